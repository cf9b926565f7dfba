import type { RuleSpec } from '../rule';

/**
 * Sexta ronda, por familias, escrita después de puntuar una vez a una escritora nueva (fresh-r):
 * desear haber muerto dicho con "desearía", la tristeza de despertar y el cansancio de respirar, no
 * verle futuro ni sentido a nada, irse al mar o al monte "pa no volver" (un intento si se cuenta en
 * pasado), buscar qué tan alto o cuántas pastillas, y pistas que cuentan junto a otra: los papeles en
 * orden, el seguro de vida a nombre de los hijos, ir saliendo para el lugar, una hora sola ("esta noche.").
 */

/** Where someone goes "pa no volver". */
const AWAY_PLACE = String.raw`(?:el\s|la\s)?(?:mar|rio|lago|laguna|presa|monte|cerro|barranco|puente|vias|via\sdel\stren|desierto|selva|bosque|playa|olas|agua|carretera)`;

export const ES_RONDA6: readonly RuleSpec[] = [
  {
    id: 'es.passive.r6-desearia-haber-muerto',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "desearía haberme muerto en el accidente con ellos", "desearía no haber sobrevivido"
      String.raw`\b(?:desearia|desearía|quisiera|hubiera\squerido)\s(?:(?:yo|tambien)\s)?(?:haber(?:me)?\s(?<core>muerto|ido\scon\s(?:ellos|ellas|el|ella)|quedado\s(?:ahi|alla))|no\shaber\s(?:sobrevivido|salido\svivo|despertado))\b`,
    ],
  },
  {
    id: 'es.passive.r6-despertar',
    lang: 'es', tier: 'passive', kind: 'passive',
    // "me da flojera despertarme temprano" is a morning, not a wish
    near: { excludes: String.raw`\b(?:temprano|tempranito|para\s(?:ir|el)\s(?:trabajo|escuela|chamba|jale)|los\slunes|con\sla\salarma|despertador)\b`, before: 40, after: 40 },
    patterns: [
      // "a veces me da tristeza despertar", "odio amanecer"
      String.raw`\b(?:me\sda\s(?:tristeza|pena|miedo|coraje|angustia)|me\sduele|odio|detesto|me\spesa)\s(?:despertar(?:me)?|amanecer|abrir\slos\sojos)\b`,
      // "ando cansada de todo, de respirar, de amanecer"
      String.raw`\bcansad[oa]s?\sde\s(?:(?:todo|la\svida),?\s)?(?:de\s)?(?:respirar|amanecer|despertar|existir|seguir\saqui|seguir\scon\svida|estar\svivo|estar\sviva)\b`,
    ],
  },
  {
    id: 'es.passive.r6-sin-futuro',
    lang: 'es', tier: 'passive', kind: 'passive',
    patterns: [
      // "no le veo futuro a nada", "no le veo sentido a seguir"
      String.raw`\bno\s(?:le\s)?veo\s(?:ningun\s)?(?:futuro|sentido|salida|caso)\s(?:a|en)\s(?:nada|mi\svida|la\svida|seguir|vivir|seguir\sviviendo|seguir\saqui)(?=\s*(?:[.!?,;]|$)|\s(?:ya|la\sverdad|de\sverdad|pues|ps))`,
      // "no hay nada esperándome del otro lado de esto"
      String.raw`\bno\shay\snada\s(?:esperandome|que\sme\sespere)\s(?:del\sotro\slado|adelante|en\sel\sfuturo|despues\sde\sesto|mas\salla)\b`,
    ],
  },
  {
    id: 'es.imminent.r6-pa-no-volver',
    lang: 'es', tier: 'imminent', kind: 'suicide', pastIsAttempt: true,
    patterns: [
      // going into the sea, the river, the hills "to not come back"; told in the past it is an attempt:
      // "en 2015 me metí al mar de noche pa no volver"
      String.raw`\b(?:me\s(?:meti|meto|voy\sa\smeter|fui|voy|tire|tiro|avente|aviento)|me\sfui\scaminando|camine|maneje|manejo|sali|salgo)\s(?:(?:de\snoche|sol[oa]|solit[oa])\s)?(?:al|a\sla|a\slas|en\sel|en\sla|hacia\sel|hacia\sla|pal|pa\sla|para\sel|para\sla)\s${AWAY_PLACE}\b[^.!?\n]{0,30}?\b(?:pa|para)\sno\s(?:volver|regresar|salir)(?:\snunca|\sjamas|\smas|\snunca\smas)?(?=\s*(?:[.!?,;]|$)|\s(?:y|ya|pero|un|una|alguien|me)\b)`,
    ],
  },
  {
    id: 'es.active.r6-buscar-metodo',
    lang: 'es', tier: 'active', kind: 'suicide',
    patterns: [
      // "estuve viendo en internet qué tan alto tiene que ser un edificio", "busqué cuántas pastillas hacen falta"
      String.raw`\b(?:busque|buscaba|buscando|estuve\sviendo|estuve\sbuscando|vi|veia|investigue|investigando|lei|googlee|googlie)\s(?:en\s(?:internet|google|el\scelular|youtube)\s)?(?:que\stan\salto|cuanto\s(?:de\s)?alto|cuantos\spisos|que\saltura|cuantas\s(?:pastillas|pildoras|tabletas)|cuanto\s(?:de\s)?(?:veneno|medicina|insulina))\s(?:[a-z]+\s){0,4}?(?:tiene\sque\sser|tendria\sque\sser|se\snecesita|se\snecesitan|hace\sfalta|hacen\sfalta|para\s(?:morir|no\ssobrevivir|matar|que\ssea\sseguro)|es\smortal|son\smortales)\b`,
    ],
  },
  {
    // a sentence that is only a near time, like the English "Tonight.": "ya tengo la soga. esta noche."
    id: 'es.prep.r6-solo-la-hora',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', needsContext: true,
    patterns: [
      String.raw`(?:^|[.!?]\s)(?:esta\s(?:noche|madrugada)|hoy(?:\smismo)?|manana(?:\sen\sla\snoche|\stemprano)?|este\sfin(?:\sde\ssemana)?|(?:el\s)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?:\sen\sla\snoche)?)(?=\s*(?:[.!]|$))`,
    ],
  },
  {
    id: 'es.prep.r6-papeles',
    lang: 'es', tier: 'imminent', kind: 'imminent', subject: 'self', needsContext: true,
    near: { excludes: String.raw`\b(?:la\smudanza|me\smudo|nos\smudamos|el\sviaje|la\sboda|el\sbebe|la\sjubilacion|me\sjubilo|el\scredito|la\shipoteca|el\sbanco\sme\spidio|la\sescuela|la\sinscripcion|migracion|la\svisa|el\sabogado\sde\sinmigracion)\b`, before: 80, after: 80 },
    patterns: [
      // "ya puse en orden los papeles", "el seguro de vida está a nombre de mi hija"
      String.raw`\b(?:ya\s)?(?:puse|deje|tengo)\sen\sorden\s(?:los|mis|todos\slos|todos\smis)\s(?:papeles|asuntos|pendientes|documentos)\b|\b(?:ya\s)?(?:arregle|ordene)\s(?:los|mis|todos\smis)\s(?:papeles|asuntos|pendientes)\b`,
      String.raw`\bel\sseguro\sde\svida\s(?:ya\s)?(?:esta|quedo|lo\spuse|lo\sdeje)\sa\snombre\sde\b|\bpuse\sel\sseguro\sde\svida\sa\snombre\sde\b`,
      // on the way to the place: "voy saliendo para allá", "ya voy en camino al puente"
      String.raw`\b(?:ya\s)?(?:voy|ando|estoy)\s(?:saliendo|en\scamino|rumbo)\s(?:para|pa|hacia|al|a\sla)\s(?:alla|aya|el\spuente|el\sbarranco|el\srio|la\spresa|las\svias|el\smar|el\slugar)\b`,
    ],
  },
];
