import type { RuleSpec } from '../rule';

/**
 * Spanish self-harm. "Me lastimó" (he hurt me) and "me lastimo" (I hurt myself) differ only by an
 * accent people often drop, so these rules check the subject, and the detector reads the accent in
 * the original text when it is there.
 */
const NOT_ACCIDENT = String.raw`(?!\s(?:(?:los|unos|dos|tres)\sdedos|un\sdedo|las\syemas|el\s(?:pelo|cabello|fleco|dedo|pie|tobillo|hombro|menton)|la\s(?:barba|rodilla|espalda|mano|lengua|cara\sal\srasurarme)|las\s(?:unas|puntas|cuticulas)|los\s(?:padrastros|pellejitos)|con\s(?:el\ssol|el\spapel|una\shoja|aceite|la\splancha)|al\s(?:sol|cocinar|rasurarme|afeitarme|caer)|cocinando|rasurandome|afeitandome|en\sel\s(?:gym|gimnasio|trabajo)|jugando|entrenando|sin\squerer|por\saccidente|en\sla\s(?:cocina|playa)))`;

export const ES_SELF_HARM: readonly RuleSpec[] = [
  {
    id: 'es.selfharm.hacerme-dano',
    lang: 'es', tier: 'active', kind: 'selfharm', wish: true, subject: 'adjacent',
    patterns: [
      String.raw`\b(?:cortar|lastimar|herir|quemar|golpear|rasgunar|aranar|danar|autolesionar|mutilar|rajar|castigar)me\b${NOT_ACCIDENT}`,
      String.raw`\bhacerme\s(?:dano|danio)\b${NOT_ACCIDENT}(?!\s?:?\s(?:no|tampoco|nunca|ninguno|ningunos|ninguna|nada|jamas)\s*(?:[.!?,;]|$))`,
    ],
  },
  {
    id: 'es.selfharm.me-quiero-cortar',
    lang: 'es', tier: 'active', kind: 'selfharm', wish: true, subject: 'adjacent',
    patterns: [
      String.raw`\bme\s(?:quiero|queria|[bv]oy\sa|iba\sa|acabo\sde|(?:dan|daban|dieron|entran)\sganas\sde|he\sestado|he\svuelto\sa|he|estoy|estaba|estuve|ando|andaba|sigo|vuelvo\sa|volvi\sa|empece\sa|solia|puedo|deberia|tengo\sque|pienso)\s(?:(?:a|de|en)\s)?(?<core>cortar|lastimar|herir|quemar|golpear|hacer\sdano|autolesionar|rasgunar|aranar|danar|mutilar|cortando|lastimando|hiriendo|quemando|golpeando|haciendo\sdano|autolesionando|rasgunando|aranando|mordiendo|pellizcando|rajando|cortado|lastimado|quemado|hecho\sdano|autolesionado)\b${NOT_ACCIDENT}`,
    ],
  },
  {
    id: 'es.selfharm.me-corto',
    lang: 'es', tier: 'active', kind: 'selfharm', wish: true, subject: 'adjacent', tenseInCore: true,
    patterns: [
      String.raw`\bme\s(?<core>corto|corte|cortaba|lastimo|lastime|lastimaba|hiero|heri|heria|quemo|queme|quemaba|golpeo|golpee|golpeaba|hago\sdano|hice\sdano|hacia\sdano|autolesiono|autolesione|autolesionaba|rasguno|rasgune|mutilo|muerdo|mordi|mordia|pego\sen\sla\scabeza|pegaba\sen\sla\scabeza|doy\sde\scabezazos|daba\sde\scabezazos|golpeo\sla\scabeza|golpeaba\sla\scabeza|estrello\sla\scabeza)\b${NOT_ACCIDENT}(?!\s(?:con\sel\scuchillo\scocinando|cuando\sme\scai))`,
    ],
  },
  {
    id: 'es.selfharm.gerundio',
    lang: 'es', tier: 'active', kind: 'selfharm', wish: true, subject: 'adjacent',
    patterns: [
      // the clitic after the gerund: "sigo haciéndome daño", "ando cortándome otra vez", "estuve quemándome con cigarros"
      String.raw`\b(?:sigo|estoy|ando|he\sestado|estuve|estaba|andaba|segui|volvi\sa\sestar|vuelvo\sa\sestar|llevo\s[a-z0-9]+\s(?:dias|semanas|meses))\s(?:(?:otra\svez|de\snuevo|todavia|aun)\s)?(?<core>haciendome\s(?:dano|danio)|cortandome|lastimandome|quemandome|golpeandome|autolesionandome|rasgunandome|aranandome|pegandome\s(?:en\sla\scabeza|contra|cabezazos)|mordiendome|rajandome)\b${NOT_ACCIDENT}`,
    ],
  },
  {
    id: 'es.selfharm.cortadas',
    lang: 'es', tier: 'active', kind: 'selfharm', wish: true, subject: 'adjacent', tenseInCore: true,
    patterns: [
      // "me hago cortadas en la panza", "me hacía rayones en los brazos", "me pego la cabeza contra la pared"
      String.raw`\b(?<core>me\s(?:hago|hacia|hice|he\shecho|sigo\shaciendo|vuelvo\sa\shacer|volvi\sa\shacer))\s(?:(?:unas|mis|algunas|muchas|varias|otra|otras|mas)\s)?(?:cortadas|cortes|cortaduras|cortaditas|heridas|quemaduras|rayones|rasgunos)\b(?!\s(?:de\s(?:pelo|cabello|luz|cuentas|caja)|con\sel\s(?:papel|cuchillo\scocinando)|al\s(?:cocinar|rasurarme|afeitarme)|en\sla\s(?:cocina|chamba\scon)|jugando|trabajando))`,
      String.raw`\b(?<core>me\s(?:pego|golpeo|estrello|azoto))\s(?:(?:la|mi)\scabeza|con\sla\scabeza|cabezazos)\s(?:(?:bien\s)?(?:fuerte|duro)\s)?(?:contra|en)\s(?:la|el|las|los)\s(?:pared|paredes|muro|espejo|piso|suelo)\b(?![^.!?\n]{0,20}\bpor\s(?:no|haber|pendej|tont|burr|menso|mensa))`,
    ],
  },
  {
    id: 'es.selfharm.noun',
    lang: 'es', tier: 'active', kind: 'selfharm', escalates: false, subject: 'open',
    patterns: [
      String.raw`\b(?:autolesion(?:es|arme|ando|e|o)?|auto\s?lesion(?:es)?|autodano|auto\sdano|cortes\sen\s(?:los\sbrazos|las\spiernas|las\smunecas|el\scuerpo|mis\sbrazos|mis\spiernas))\b`,
    ],
  },
  {
    id: 'es.selfharm.marcas',
    lang: 'es', tier: 'active', kind: 'selfharm',
    patterns: [
      String.raw`\b(?:vio|vieron|encontro|encontraron|noto|notaron|escondo|tapo|oculto|escondia|tapaba)\s(?:las|mis)\s(?:cortadas|cortaduras|cortes|heridas|quemaduras)\b`,
      String.raw`\b(?:knife|razor|blade|navaja|gillette)\s(?:[a-z]+\s){0,3}?(?:en\s(?:las|los|mis)\s)?(?:piernas|brazos|munecas|muslos|panza)\b`,
    ],
  },
];
