import { alt } from '../rule';

/**
 * Spanish word families (Mexico, Central America, Caribbean, Spain), written against normalised text:
 * no accents ("mañana" -> "manana", "tomé" -> "tome"), lower case, SMS spellings repaired ("kiero").
 */

/** Verbs of killing oneself, infinitive without the clitic: "me quiero [matar]". */
export const KILL_INF = alt(
  'matar', 'suicidar', String.raw`quitar\sla\svida`, String.raw`quitar\s(?:de\sen\smedio|del\smedio)`, 'colgar', 'ahorcar', 'envenenar', 'disparar', String.raw`cortar\slas\svenas`,
  String.raw`(?:tirar|aventar|lanzar|arrojar|botar)\s(?:de|del|desde|por|al|a\s(?:la|las|los|un|una)|bajo)`,
  String.raw`(?:pegar|dar|meter)\sun\s(?:tiro|balazo|plomazo|plomo|escopetazo)`,
  String.raw`volar\s(?:la\scabeza|los\sesos|la\stapa\sde\slos\sesos)`,
);

/** Idioms after "matar(me)": working or studying oneself to death, laughing. */
export const KILL_IDIOM = String.raw`(?!\s(?:a\s(?:(?:mi|mis|su|sus|tu|tus|ese|esa|este|esta|el|los)\s(?!mism[oa]\b)[a-z]+|alguien|todos)|al\s(?:jefe|vecino|perro|gato|maestro|profe|mosco|mosquito)|trabajando|estudiando|entrenando|haciendo|corriendo|limpiando|de\s(?:risa|trabajo|hambre|cansancio|la\srisa)|a\s(?:trabajar|estudiar|chambear)|por\s(?:ti|ellos|mis\shijos|mi\sfamilia|verte|conseguir|sacar)|en\sel\s(?:trabajo|gym|gimnasio)|con\sel\strabajo|chambeando|con\s(?:tanto|tanta|tantos|tantas|el|la|los|las|esa|ese|esos|esas)\s(?:refresco|refrescos|coca|comida|azucar|trabajo|cigarro|cigarros|cafe|chatarra|desvelo|desvelos|estres|dulces|grasa|alcohol|chelas|cerveza)))`;

export const PILLS_ES = alt(
  String.raw`pastillas?`, 'pastis', 'pildoras', String.raw`medicinas?`, 'medicamentos', 'tabletas', 'capsulas', 'pastas',
  'calmantes', 'somniferos', 'antidepresivos', 'ansioliticos', 'clonazepam', 'rivotril', 'alprazolam', 'xanax',
  'diazepam', 'valium', 'tafil', 'lorazepam', 'paracetamol', 'tylenol', 'ibuprofeno', String.raw`aspirinas?`, 'insulina',
  'tramadol', 'opioides', 'fentanilo', 'benzos', 'ketamina', 'frasco', 'bote', 'veneno', 'raticida', 'cloro',
);

export const QUANT_ES = alt(
  String.raw`todas?\s(?:las|los|mis)`, String.raw`todo\sel\s(?:frasco|bote|pote|tarro|potecito|frasquito|envase|blister|paquete)`,
  String.raw`toda\sla\s(?:caja|botella|medicina|medicacion|tira)`,
  // "me inyecté toda la insulina": the whole supply, only right before the drug
  String.raw`toda\s(?:la|mi)(?=\s(?:insulina|medicina|medicacion|morfina|metadona|dosis))`,
  String.raw`un\s(?:frasco|bote|pote|tarro|potecito|frasquito|envase|monton|puno|punado|chingo|bonche|blister|paquete|tubo|chorro|mundo|friego|titipuchal)(?:\sentero)?`,
  String.raw`una\s(?:caja|tira|botella|bolsa|pila|sarta|bola|punada)(?:\sentera)?`, String.raw`(?:el|un)\spomo(?:\sentero)?`,
  String.raw`(?:el|la|un|una|mi)\s(?:frasco|bote|pote|tarro|potecito|frasquito|envase|caja|tira|botella|blister|paquete|tubo|sobre)\s(?:complet[oa]|enter[oa])`,
  // the whole container named with what was in it: "me tragué el pote de las pastillas pa dormir"
  String.raw`(?:el|mi)\s(?:frasco|bote|pote|tarro|potecito|frasquito|envase|blister)(?=\sde\s)`,
  String.raw`much[oa]s`, String.raw`demasiad[oa]s`, 'varias', 'varios', 'hartas', 'bastantes', String.raw`un\sbuen`,
  String.raw`(?:\d{2,}|veinte|treinta|cuarenta|cincuenta|cien)(?!\s?(?:mg|ml|mcg|miligramos|gramos|anos|dias|minutos|horas)\b)`,
);

export const NOW_TIME_ES = String.raw`\b(?:esta\s(?:noche|tarde|madrugada)|hoy|ahora(?:\smismo)?|ahorita|horita|orita|hoy\smismo|esta\smisma\snoche|tonight|today|right\snow|manana|ya\smismo|en\sun\srato|este\sfin\sde\ssemana|el\s(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|(?:cuando|en\scuanto|apenas|ni\sbien)\s(?:se\sduerman|todos\s(?:duerman|se\sduerman|se\svayan)|se\svayan(?:\stodos)?|me\sdejen\ssol[oa]|me\squede\ssol[oa])|de\suna\svez|al\srato|(?:por|x)\sla\snoche|en\sla\smadrugada|antes\sde\s(?:las\s\d{1,2}|la\smedianoche|medianoche)|en\sunas\shoras|a\sla\smedianoche|a\slas\s\d{1,2}|este\sfin|saliendo\s(?:de\s(?:aqui|aca|la\scita|el\strabajo|la\schamba|trabajar)|del\s(?:turno|trabajo|jale))|cuando\ssalga\sdel\strabajo|llegando\sa\scasa)\b`;

/**
 * After "ya tengo todo listo": not ready for an errand. "ya tengo todo listo: INE, tarjeta del seguro y la
 * forma", "todo listo para la cita" (a colon, a list of papers, an appointment).
 */
export const NOT_FOR_AN_ERRAND = String.raw`(?!\s?:|\s(?:para\s(?:la|el|mi)\s(?:cita|consulta|viaje|sesion|tratamiento|entrevista|llamada|videollamada)|(?:el|la|los|las|mi|mis)\s(?:documentos|papeles|ine|formularios?|forma|maleta|pasaporte)))`;
