import type { RuleSpec } from '../rule';

/** Spanish passive ideation: wishes to be dead or not wake up, no reason to live, burden, "mejor sin mí". */

const END = String.raw`(?=\s*(?:[.!?,;:]|$))`;

export const ES_PASSIVE: readonly RuleSpec[] = [
  {
    id: 'es.passive.ojala',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      String.raw`\bojala\s(?:que\s)?(?:yo\s)?(?:ya\s)?(?<core>(?:coffin|grave|poison|la\smuerte|morir(?:me)?)\b|(?:la|esa|el|ese|una|un)\s(?:bala|bomba|explosion|accidente|choque|balazo|mina|ied)\sme\s(?:hubiera|hubiese)\s(?:dado|matado|tocado|llevado|pegado)|me\s(?:muera|muriera|muriese|hubiera\smuerto|hubiese\smuerto|llev(?:e|ara)\sdios|recoj(?:a|iera)\sdios|atropell[ae][a-z]*|caiga\sun\srayo|de\sun\sinfarto|diera\sun\sinfarto|maten|mataran|pase\salgo)|no\s(?:(?:despierte|despertara|despertase|despertar(?:me)?)(?!\s(?:a\s(?:mi|mis|tu|tus|su|sus|nadie|nuestr[oa]s?)\b|al\s(?:bebe|nino|nene|chiquito|perro|vecino|abuelo|marido|esposo|jefe)\b|a\s(?:los|las|la|el)\s(?:bebes?|ninos?|ninas?|nenes?|vecin[oa]s?|demas|otros|abuel[oa]s?|perros?|chiquit[oa]s?|muchachos)\b))|amanezca|amaneciera|hubiera\snacido|hubiese\snacido|existiera|estuviera\s(?:aqui|viv[oa])|haber\snacido|volver\sa\sdespertar)|estuviera\s(?:muert[oa]|bajo\stierra)|(?:dios|diosito)\sme\s(?:lleve|llevara|recoja|recogiera)|muriera|me\sfuera\spara\ssiempre|desapareciera|nunca\shubiera\snacido|ya\sno\sestuviera\saqui)`,
      // "ojalá me diera algo y me muriera de una vez", "ojalá me durmiera un día y no despertara"
      String.raw`\bojala\s(?:que\s)?(?:me\s(?:diera|de|pasara|pase|agarrara|agarre|dejara|durmiera|duerma|acostara|quedara\sdormid[oa])\s(?:[a-z]+\s){0,3}?y\s)(?:ya\s)?(?<core>me\s(?:muera|muriera|muriese|quedara\sahi|fuera\spara\ssiempre)|no\s(?:despertara|despierte|volviera\sa\sdespertar|amaneciera|amanezca|me\slevantara))\b`,
      // someone or something else as the agent: "ojalá el covid me hubiera llevado a mí", "ojalá los del cartel me hubieran matado"
      String.raw`\bojala\s(?:que\s)?(?:(?:el|la|los|las|un|una|esa|ese|esos|esas|aquel|aquella|mi)\s)?(?:[a-z]+\s){0,3}?me\s(?<core>(?:hubiera|hubiese|hubieran|hubiesen|hubieras)\s(?:matado|atropellado|disparado|ahogado|tragado|llevado(?=\s(?:a\smi(?!\s(?:a\s|al\s|de\s|con\s|tambien\sa))|en\s(?:vez|lugar)\sde)))|(?:matara|mataran))\b`,
      String.raw`\bojala\s(?:que\s)?(?:(?:el|la|esa|ese|una|un|mi)\s)?(?:covid|cancer|virus|enfermedad|muerte|dios|diosito|bala|rio|mar|guerra|accidente|choque|explosion|bomba|infarto|tumor|desierto|migra|huracan|terremoto)\s(?:(?:tambien|mejor)\s)?me\s(?<core>(?:hubiera|hubiese)\sllevado|llevara|lleve)\b`,
      // God named before: "le digo a Dios que ojalá me recoja ya"
      String.raw`\b(?:dios|diosito|senor|virgen|virgencita|la\smuerte)\b[^.!?\n]{0,40}?\bojala\s(?:que\s)?(?:ya\s)?me\s(?<core>recoja|lleve|llame|recogiera|llevara)\b`,
    ],
  },
  {
    id: 'es.passive.quisiera-no-estar',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:quisiera|desearia|deseo|deseaba|he\sdeseado|desee|me\sgustaria|preferiria|prefiero|quiero|queria|he\squerido|quise|quiero\smejor|me\sencantaria|solo\squiero|nomas\squiero)\s(?:(?:ya|mejor|solo|nomas|simplemente)\s){0,2}(?<core>no\sestar(?=\s*(?:[.!?,;]|$))|no\sestar\sen\s(?:este\smundo|esta\svida|la\stierra)|estar\s(?:muert[oa]|bajo\stierra|en\sun\sataud|en\sla\stumba|en\sel\scielo\scon)|no\s(?:despertar(?:me)?(?!\s(?:a\s(?:mi|mis|tu|tus|su|sus|nadie|nuestr[oa]s?)\b|al\s(?:bebe|nino|nene|chiquito|perro|vecino|abuelo|marido|esposo|jefe)\b|a\s(?:los|las|la|el)\s(?:bebes?|ninos?|ninas?|nenes?|vecin[oa]s?|demas|otros|abuel[oa]s?|perros?|chiquit[oa]s?|muchachos)\b))|existir|estar\s(?:aqui|viv[oa])|haber\snacido|volver\sa\sdespertar|amanecer)|desaparecer(?!\s(?:un\s(?:rato|ratito|tiempo|dia|fin)|unos\s(?:dias|meses)|de\s(?:las\sredes|redes|facebook|face|insta|instagram|tiktok|whatsapp|twitter|el\sgrupo|el\schat|el\strabajo|la\scasa|aqui|la\sciudad|este\spueblo)|del\s(?:trabajo|grupo|chat|mapa)|por\sun|(?:en|a)\s(?:una|un|la|el)\s(?:cabana|playa|isla|montana|sierra|rancho|hotel|spa|retiro|crucero)\b|(?:de|del)\s(?:[a-z]+\s){1,2}?(?:un\s(?:rato|ratito|tiempo)|unos\sdias|por\sun)))|dejar\sde\s(?:existir|vivir|respirar)|dormir(?:me)?\s(?:y\s(?:no|nunca)\s(?:despertar(?:me)?|volver\sa\sdespertar)|para\ssiempre)|irme\s(?:para\ssiempre|de\seste\smundo)|no\shaber\s(?:nacido|sobrevivido|regresado|vuelto))\b`,
    ],
  },
  {
    id: 'es.passive.dios-me-lleve',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      String.raw`\b(?:que|ojala)\s(?:dios|diosito|el\ssenor|la\smuerte|mi\sdios)\s(?:ya\s)?(?:me\s)?(?<core>lleve|recoja|llame|quite\sla\svida|venga\spor\smi|lleve\sya|recogiera|llevara)\b(?!\s(?:con\sbien|bien|sano|sana|sanos|sanas|con\scuidado|de\sregreso|a\s(?:mi|la|su)\s(?:casa|casita|destino|trabajo)|a\scasa)\b)`,
      String.raw`\b(?:le\s)?(?:pido|pedia|ruego|rogaba|rezo|rezaba|digo|decia|dije)\s(?:(?:a|al)\s(?:dios|diosito|senor|cielo)\s)?(?:(?:todas\slas\snoches|cada\snoche|siempre|a\sveces)\s)?(?:para\s)?que\s(?:ya\s)?(?:me\s)?(?<core>lleve|recoja|llame|quite\sla\svida|venga\spor\smi|deje\smorir|muera)\b(?!\s(?:con\sbien|bien|sano|sana|sanos|sanas|con\scuidado|de\sregreso|a\s(?:mi|la|su)\s(?:casa|casita|destino|trabajo)|a\scasa)\b)`,
      String.raw`\bpara\s(?:ya\s)?no\s(?:despertar(?:me)?|volver\sa\sdespertar(?:me)?|amanecer)\b`,
      // asked of God directly: "ay Señor llévame contigo", "Diosito recógeme ya"; no "Señor llévame con bien" (un viaje)
      String.raw`\b(?:senor|dios(?:\smio)?|diosito|jesus|virgencita|padre\ssanto)\s(?:ya\s)?(?:llevame|recogeme|llamame)\s(?:contigo|ya|pronto|de\suna\svez|a\stu\slado)\b|\b(?:llevame|recogeme)\s(?:contigo|ya|a\stu\slado)\s(?:senor|dios(?:\smio)?|diosito|jesus)\b`,
      // going to God: "ya quiero estar con Dios", "estoy lista para irme con el Señor", "quiero irme con Diosito"
      String.raw`\b(?:quiero|quisiera|queria|ya\squiero|ya\sme\squiero|me\squiero|ganas\sde|estoy\slist[oa]\spara|ojala\spudiera|ya\sme\s[bv]oy\sa)\s(?:(?:ya|irme\sa|ir\sa)\s)?(?<core>(?:irme|ir(?:me)?\sa\sdescansar|descansar|reunirme)\scon|ya\sestar\scon)\s(?:dios|diosito|el\ssenor|mi\sdios|papa\sdios|jesus|cristo|la\svirgen|la\svirgencita|el\sde\sarriba)\b(?!\s(?:en\s(?:misa|la\siglesia|oracion|mi\svida)|el\sdomingo|cada|todos\slos|rezando|orando|a\smisa))`,
      String.raw`\bya\squiero\s(?<core>estar)\scon\s(?:dios|diosito|el\ssenor|mi\sdios|papa\sdios|jesus|cristo|la\svirgen|el\sde\sarriba)\b(?!\s(?:en\s(?:misa|la\siglesia|oracion|mi\svida)|el\sdomingo|cada|todos\slos|rezando|orando))`,
    ],
  },
  {
    id: 'es.passive.debi-morir',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:debi|debi\sde|deberia|deberia\sde|debia|debia\sde|tuve\sque|tenia\sque)\s(?:haber(?:me)?\s)?(?<core>muerto|morir(?:me)?|quedado\salla|morirme\scon\sellos)\b`,
      String.raw`\bno\s(?:debi|deberia|debia)\s(?:haber\s)?(?<core>sobrevivido|sobrevivir|nacido|regresado|vuelto|estar\s(?:aqui|viv[oa]))\b`,
    ],
  },
  {
    id: 'es.passive.no-quiero-vivir',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, negatable: false, subject: 'open',
    patterns: [
      String.raw`\b(?:ya\sno|no|nunca|tampoco|ya\sni|ni)\s(?:me\s)?(?:quiero|deseo|tengo\sganas\sde|quisiera|aguanto|puedo|soporto|le\sveo\ssentido\sa|se\ssi\squiero|encuentro\srazones\spara|se\spara\sque|se\spor\sque|tengo\sfuerzas\spara|me\sinteresa)\s(?:(?:ya|mas|seguir)\s){0,2}(?<core>seguir\s(?:viviendo|adelante|aqui|en\seste\smundo|con\svida|viv[oa]|asi)|vivir|estar\s(?:viv[oa]|aqui|en\seste\smundo)|existir|despertar(?:me)?|amanecer|respirar(?<!\b(?:puedo|aguanto|soporto)\s(?:(?:ya|mas)\s){0,2}respirar))\b(?!\s(?:en\b|con\b|aqui\b|alla\b|cerca|lejos|sol[oa]\b|sin\b|asi\s(?:de|en)|el\b|la\b|los\b|las\b|un\b|una\b|mas\stemprano|temprano|a\slas|tan\stemprano|con\sel|tomando|estudiando|trabajando|haciendo|de\s(?:esta|nuevo\sen)|para\s(?:el|la|ir)))`,
      String.raw`\bya\sno\s(?:quiero|puedo)\sseguir${END}`,
      String.raw`\bno\s(?:se|estoy\sseguro|estoy\segura)\s(?:si|de\sque)\s(?:quiero|vale\sla\spena|puedo)\s(?:seguir\s(?:viviendo|adelante)|vivir|estar\sviv[oa]|seguir${END})`,
    ],
  },
  {
    id: 'es.passive.sin-razon',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, negatable: false,
    patterns: [
      String.raw`\b(?:no\stengo|no\shay|no\sveo|no\sencuentro|no\shallo|sin|ya\sno\stengo|ya\sno\shay|perdi|he\sperdido)\s(?:(?:ninguna|ningun|una|un|la|las|el|mis|mas)\s)?(?:razon(?:es)?|motivos?|sentido|caso|ganas|proposito|por\sque|para\sque)\s(?:[a-z]+\s)?(?:(?:para|de|por\sla\scual|por\sel\scual|en)\s)?(?<core>vivir|seguir(?:\sviviendo|\sadelante)?|estar\sviv[oa]|existir|seguir\saqui)\b(?!\s(?:en\b|con\b|aqui\b|alla\b|cerca|asi\sde|con\sel|el\stratamiento|la\sterapia|con\sesto|tomando|estudiando|trabajando))`,
      String.raw`\b(?:seria|es|sera|era|fue)\smejor\s(?:no\s(?:existir|estar(?:\saqui)?|despertar(?:me)?|haber\snacido|seguir)|morir(?:me)?|estar\smuert[oa]|desaparecer(?:\spara\ssiempre)?|que\sme\smuera)\b`,
      String.raw`\bpaso\sde\s(?:vivir|seguir(?:\sviviendo)?|la\svida|existir|todo\sy\sde\stodos)\b`,
      String.raw`\b(?:la\svida|mi\svida|vivir|la\sexistencia|mi\sexistencia)\s(?:ya\s)?no\s(?:tiene\s(?:sentido|caso|proposito|razon\sde\sser)|vale\sla\spena|sirve\spara\snada)\b`,
      String.raw`\b(?:ya\s)?no\s(?:tiene|hay|le\sveo|le\sencuentro|le\shallo)\s(?:(?:ningun|ninguna|ni)\s)?(?:caso|sentido|chiste|objeto|razon|motivo)\s(?:(?:a|de|el)\s)?(?:seguir(?:\sviviendo|\saqui)?|vivir|estar\sviv[oa]|existir|seguir\sadelante)\b`,
      String.raw`\bno\sle\s(?:encuentro|hallo|veo)\s(?:ninguna\s|ningun\s)?(?:razon|motivo|caso|sentido)\sa\s(?:seguir\sviviendo|vivir|seguir|la\svida|mi\svida)\b`,
      String.raw`\b(?:nomas|solo|solamente|nada\smas)?\s?(?:estoy\s)?esperando\s(?:a\s)?(?:que\s)?(?:me\s)?(?:llegue\s(?:la\smuerte|la\shora|mi\shora)|muera|morirme|morir|la\smuerte|el\sdia\sen\sque\sme\smuera|mi\shora)\b|\bespero\s(?:el\sdia\s(?:en\s)?que\sme\smuera|la\smuerte|morirme|que\sme\sllegue\sla\smuerte|mi\shora)\b`,
      String.raw`\b(?:me\sda\sigual|me\sda\slo\smismo|no\sme\simporta|me\svale)\s(?:si\s)?(?:vivir|vivo|morir|muero|seguir\sviv[oa])\s(?:o|y)\s(?:morir|muero|vivir|vivo|no)\b|\bme\s(?:da\sigual|vale|da\slo\smismo)\s(?:si\s)?(?:me\smuero|morirme|morir)\b`,
      String.raw`\b(?:que|ojala)\s(?:ya\s)?se\s(?:acabe|termine)\s(?:mi\svida|todo\spara\smi|esta\svida)\b|\bquiero\sque\s(?:ya\s)?se\s(?:acabe|termine)\smi\svida\b`,
      String.raw`\bno\svale\sla\spena\s(?:vivir|seguir(?:\sviviendo|\saqui)?|estar\sviv[oa])\b|\bno\sle\s(?:encuentro|hallo|veo)\s(?:ningun\s)?(?:sentido|caso|chiste)\sa\s(?:la|mi)\svida\b`,
      String.raw`\bpara\sque\s(?:seguir(?:\sviviendo)?|vivir|estar\sviv[oa]|existir|sigo\sviv[oa]|sigo\saqui|sigo\sviviendo|sigo\sen\seste\smundo|sobrevivi|naci|regrese\sviv[oa])\b(?!\s(?:en\s(?:esta|este|la|el)\s(?:casa|ciudad|pais|trabajo)|con\s(?:el|ella|mis|mi)\b))|\bpor\sque\s(?:sigo|estoy)\s(?:viv[oa]|respirando)\b|\bpor\sque\ssigo\saqui\b`,
      // "hubiera sido mejor morirme ahí con ella", "sería un alivio morirme", "qué alivio sería no despertar"
      String.raw`\b(?:hubiera|habria|hubiese)\ssido\smejor\s(?:morir(?:me)?|no\s(?:sobrevivir|haber\s(?:sobrevivido|nacido|regresado))|quedarme\s(?:alla|ahi)|que\sme\s(?:muriera|mataran)|que\sno\s(?:sobreviviera|regresara))\b`,
      String.raw`\b(?:seria|es|sera|que)\s(?:(?:un|una|tan|tanto)\s)?(?:alivio|descanso|bendicion|liberacion|regalo|paz)\s(?:(?:seria|ya)\s)?(?:morir(?:me)?|no\s(?:despertar(?:me)?|amanecer|existir)|estar\smuert[oa]|que\sme\s(?:muera|muriera|llevara\sdios)|dejar\sde\s(?:existir|vivir|respirar)|irme\sde\seste\smundo)\b`,
      // "ni me importa si amanezco o no", "no me importa si no despierto", "me da igual si mañana no amanezco"
      String.raw`\b(?:me\sda\s(?:igual|lo\smismo)|(?:ya\s)?(?:no|ni)\sme\simporta(?:ria)?|me\svale(?:\s(?:gorro|madre|verga|queso))?|me\sda\sexactamente\slo\smismo)\s(?:si\s)?(?:(?:manana|ya)\s)?(?:amanezco|amanecer|no\s(?:amanezco|despierto|despertara|amaneciera|despertar|vuelvo\sa\sdespertar)|despierto(?=\so\sno)|me\smuero|morirme|muero(?!\sde)|sigo\sviv[oa]|estoy\sviv[oa]|llego\sa\smanana|sigo\saqui\so\sno)\b(?!\s(?:temprano|tarde|a\slas|antes|con\s))`,
      // "sigo viva nomás por mi mamá", "si no fuera por mis hijos ya no estaría aquí"
      String.raw`\bsigo\s(?:viv[oa]|respirando|en\seste\smundo)\s(?:(?:nomas|solo|solamente|nada\smas|unicamente)\s)?(?:por|para\sno\s(?:dejar|hacer(?:le)?))\s(?:mi|mis)\s[a-z]+\b|\bsigo\saqui\s(?:nomas|solo|solamente|nada\smas|unicamente)\spor\s(?:mi|mis)\s(?:hij[oa]s?|mama|mami|papa|madre|padre|familia|ninos|nietos|perro|perrita|gato|esposa|esposo|jefa|vieja)\b|\bsi\sno\sfuera\spor\s(?:mis?\s[a-z]+|ellos|ella|el)\s?,?\s(?:ya\s)?(?:no\s(?:estaria|seguiria)\s(?:aqui|viv[oa])|me\shabria\smatado|me\shubiera\s(?:matado|muerto)|ya\sme\shubiera\s(?:matado|muerto))\b`,
    ],
  },
  {
    id: 'es.passive.cansado-de-vivir',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true, subject: 'open',
    patterns: [
      String.raw`\b(?:cansad[oa]|hart[oa]|agotad[oa]|fastidiad[oa]|podrid[oa]|fatigad[oa])s?\s(?:(?:ya|tambien)\s)?de\s(?<core>vivir|la\svida|estar\sviv[oa]|existir|mi\svida|seguir\sviviendo|despertar(?:me)?|respirar|este\smundo|todo\sy\sde\stodos)\b(?!\s(?:en\b|con\b|asi\sde|aqui|de\s(?:renta|alquiler)|lejos|sol[oa]))`,
    ],
  },
  {
    id: 'es.passive.carga',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      String.raw`\b(?:soy|me\ssiento|siento\sque\ssoy|me\ssiento\scomo|solo\ssoy|nomas\ssoy|he\ssido|me\she\sconvertido\sen|yo\ssoy|creo\sque\ssoy|siento\sque\sles?\sestorbo|im|im\sjust|i\sam|i\sfeel\slike|just|no\ssirvo\spara\snada,?\snomas|nomas|solo)\s(?:(?:una?|solo|nada\smas\sque|puro|pura|tan|la|el|mas\sque)\s){0,2}(?:carga|estorbo|molestia|lastre|peso\smuerto|problema\spara\stodos)\b`,
      String.raw`\bsiento\sque\s(?:les?\s)?estorbo\b|\bnomas\sestorbo\b|\bsolo\sestorbo\b`,
      // "no valgo nada, estorbo en esta casa", "les estorbo a todos"
      String.raw`\b(?:les?\s)?estorbo\s(?:a\stodos\s)?(?:en\s(?:esta\scasa|este\smundo|la\scasa|mi\scasa)|a\stodos)(?=\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'es.passive.estoy-de-mas',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "estoy de más en este mundo", "sobro en esta vida", "aquí nomás estorbo en este mundo"
      String.raw`\b(?:estoy|ando|me\ssiento|siento\sque\sestoy|salgo|soy)\s(?:(?:ya|nomas|solo)\s)?de\smas\s(?:en\s(?:este|el)\smundo|en\s(?:esta|la)\s(?:vida|tierra)|aqui\sen\s(?:la\stierra|este\smundo)|en\stodos\slados|en\stodas\spartes)\b|\b(?:sobro|estorbo)\s(?:en\s(?:este|el)\smundo|en\s(?:esta|la)\s(?:vida|tierra)|en\stodos\slados|en\stodas\spartes)\b`,
      // "siento que sobro", "aquí nomás salgo sobrando", "yo estoy de más en esta casa"
      String.raw`\b(?:siento\sque|creo\sque|se\sque|aqui|yo|ya)\s(?:(?:ya|nomas|solo|solamente|yo)\s)?(?:sobro|salgo\ssobrando|estoy\sde\smas|estoy\ssobrando|ando\sde\smas)\b(?=\s*(?:[.!?,;:]|$)|\s(?:en\s(?:esta|mi|la|su)\s(?:casa|familia|vida)|aqui|para\s(?:todos|todo\sel\smundo|ellos|mi\sfamilia)|y\s(?:ya|nadie|ni)))`,
    ],
  },
  {
    id: 'es.passive.mejor-sin-mi',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      String.raw`\bmejor\sme\s(?:muero|muriera|mato|matara|mataria|voy\sde\seste\smundo|desaparezco\s(?:para\ssiempre|de\seste\smundo|de\suna\svez\spara\ssiempre))\b|\bmejor\s(?:estar\s)?muert[oa]s?\b|\bestaria\smejor\s(?:muert[oa]|bajo\stierra|tres\smetros\sbajo\stierra|en\sel\spanteon|en\sel\scementerio|en\suna\scaja)\b|\bmejor\s(?:que|si)\s(?:yo\s)?(?:no\sestuviera|no\sexistiera|me\smuriera|desapareciera|ya\sno\sestuviera)\b`,
      String.raw`\b[a-z]+(?:ria|rian)\s(?:(?:mas|mejor|tranquil[oa]s|en\spaz|bien|felices)\s){0,2}(?:sin\smi|si\s(?:yo\s)?(?:no\sestuviera|me\smuero|me\smuriera|muriera|desapareciera|no\sexistiera|ya\sno\sestuviera))\b(?!\s(?:(?:un|una|unos|unas|por\s(?:un|una|unos|unas)|durante|esta|este|el)\s(?:rato|ratito|dia|dias|semana|semanas|mes|finde|fin|tiempo|turno|viaje)|de\s(?:vacaciones|viaje)|en\s(?:la|el)\s(?:junta|reunion|turno|viaje)))`,
      String.raw`\b(?:mejor|better\soff)\s(?:sin|without)\s(?:un|una|a)\s(?:[a-z]+\s){0,2}?(?:como\syo|like\sme)\b`,
      String.raw`\b(?:les|le)\s(?:haria|haria\sun|hago)\s(?:un\s)?favor\s(?:a\stodos\s)?(?:si|al)\s(?:me\smuero|me\smuriera|muero|morirme|desaparezco|desaparecer|me\smato)\b`,
      String.raw`\b(?:mejor|mas\sfelices|mas\sfeliz|mas\stranquil[oa]s?|en\spaz|bien|tranquil[oa]s?|better\soff|happier)\s(?<core>sin\smi(?!\s(?:(?:un|una|unos|unas|por\s(?:un|una|unos|unas)|durante|esta|este|el)\s(?:rato|ratito|dia|dias|semana|semanas|mes|finde|fin|tiempo|turno|viaje)|de\s(?:vacaciones|viaje)|en\s(?:la|el)\s(?:junta|reunion|turno|viaje)))|without\sme|si\s(?:yo\s)?(?:no\sestuviera|me\smuero|me\smuriera|muriera|desapareciera|me\sfuera\spara\ssiempre|no\sexistiera|me\smato|me\smatara|no\shubiera\snacido|ya\sno\sestoy|ya\sno\sestuviera))\b(?!\s(?:un\s(?:rato|tiempo|dia|fin)|unos\sdias|en\sla\s(?:casa|fiesta|reunion)|el\sfin))`,
    ],
  },
  {
    id: 'es.passive.nadie-me-extranaria',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      String.raw`\b(?:a\s)?(?:nadie|ninguno)\s(?:me\s)?(?:le\s)?(?:extranaria|va\sa\sextranar|extranara|lloraria|va\sa\sllorar|iria\sa\smi\sfuneral|vendria\sa\smi\sfuneral)\b`,
      // "nadie me echaría de menos" said of life, not of a meeting ("en la junta si falto")
      String.raw`\bnadie\sme\s(?:echaria|echara|va\sa\sechar)\sde\smenos(?=\s*(?:[.!?,;]|$))`,
      String.raw`\b(?:a\s)?nadie\s(?:(?:le|me|se)\s)?(?:notaria|le\simportaria|importaria|le\simporta|se\sdaria\scuenta|va\sa\snotar|daria\scuenta)\s(?:si|cuando)\s(?:yo\s)?(?:me\s)?(?:muero|muriera|desaparezco|desapareciera|me\smato|me\smatara|me\sfuera|ya\sno\sestoy|ya\sno\sestuviera|no\sdespierto|no\sdespertara)\b`,
      String.raw`\bsi\s(?:yo\s)?(?:me\s)?(?:muero|muriera|desaparezco|desapareciera|me\smato|me\smatara|me\sfuera\spara\ssiempre)\s(?:(?:manana|hoy|ahorita)\s)?(?:a\s)?(?:nadie|nadien|ninguno)\b`,
    ],
  },
  {
    id: 'es.passive.pienso-en-la-muerte',
    lang: 'es', tier: 'passive', kind: 'passive', subject: 'open',
    patterns: [
      String.raw`\b(?:pienso|pensando|pensar|pense|pensaba|pensamientos|ideas|sueno|sonando|fantaseo|fantaseando)\s(?:(?:mucho|todo\sel\stiempo|a\smenudo|seguido|siempre|diario|cada\sdia)\s)?(?:en|de|con)\s(?:la\s|mi\s)?(?<core>muerte(?!\s(?:de|del))|morir(?:me)?|estar\smuert[oa]|no\sdespertar|no\sexistir|mi\s(?:propia\s)?muerte|mi\sfuneral|desaparecer(?:\spara\ssiempre)?)\b`,
    ],
  },
  {
    id: 'es.passive.la-muerte-seria-alivio',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      String.raw`\b(?:la\smuerte|morir(?:me)?|estar\smuert[oa]|no\sdespertar|si\sme\smuero(?:\s(?:manana|hoy))?|si\smuriera),?\s(?:[a-z]+,?\s){0,4}?(?:se\sme\shace|me\sparece|seria|es|sera|suena|se\sve)\s(?:como\s)?(?:un\s|una\s)?(?:descanso|alivio|paz|liberacion|salida|buena\sidea|tentador[a]?|bonit[oa]|bendicion|regalo|lo\smejor)\b`,
      String.raw`\bla\sunica\s(?:salida|forma\sde\sdescansar|paz|solucion)\s(?:[a-z]+\s){0,3}?(?:es|seria|sera)\s(?:la\smuerte|morir(?:me)?|matarme|el\ssuicidio|no\sestar)\b`,
      String.raw`\benvidio\sa\s(?:los|las)\sque\s(?:no\sregresaron|murieron|ya\sno\sestan|se\sfueron|no\svolvieron|descansan|se\smataron)\b`,
    ],
  },
];
