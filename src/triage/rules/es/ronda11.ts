import type { RuleSpec } from '../rule';

/**
 * Undécima ronda, escrita después de puntuar una vez a una escritora nueva (fresh-x): envidiar a los que
 * se fueron, que ya no importe lo que pase, que el avión se caiga o la enfermedad gane, alegrarse de un
 * cáncer, "mejor cobrando el seguro", "si mañana no me levanto mejor", pensar en cómo lo haría, ideas de
 * "hacerme algo", la idea que persigue, ganas de clavarse un cuchillo o de jalar el gatillo, pensar en
 * agarrar el arma de la casa, y hacerlo igual que alguien que se vio en un video.
 */
export const ES_RONDA11: readonly RuleSpec[] = [
  {
    id: 'es.passive.r11-envidia-y-descuido',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "los que se fueron tuvieron suerte", "envidio a mi compa que se mató, él ya no sufre"
      String.raw`\blos\sque\s(?:se\sfueron|murieron|ya\sno\sestan|se\smataron|no\svolvieron)\s(?:tuvieron|tienen)\ssuerte\b|\benvidio\sa\s(?:mi|los|las|la|el|mis)\s[a-z]+\s(?:que\s)?(?:se\smato|murio|se\sfue|ya\sno\sesta|se\smurio)\b|\benvidio\sa\slos\sque\s(?:ya\s)?(?:se\sfueron|murieron|no\sestan|descansan)\b`,
      // "ya no me importa lo que me pase", "si me pasara algo en la obra no me molestaría"
      String.raw`\bya\sno\sme\simporta\s(?:lo\sque\sme\s(?:pase|suceda)|si\svivo\so\s(?:me\s)?muero|vivir|si\sme\smuero)\b|\bsi\sme\s(?:pasara|pasa|llegara\sa\spasar)\salgo\b[^.!?\n]{0,40}\bno\sme\s(?:molestaria|importaria|preocuparia|doleria)\b`,
      // "si mañana no me levanto mejor"
      String.raw`\bsi\s(?:manana\s)?no\sme\s(?:levanto|despierto)\s(?:mas\s)?(?:mejor|ni\smodo|que\sbueno|ojala)\b`,
    ],
  },
  {
    id: 'es.passive.r11-que-algo-me-lleve',
    lang: 'es', tier: 'passive', kind: 'passive', wish: true,
    patterns: [
      // "ojalá se cayera el avión cuando viajo", "quisiera que la enfermedad me ganara de una vez"
      String.raw`\bojala\s(?:que\s)?se\s(?:cayera|cae|caiga|estrellara|estrelle)\sel\s(?:avion|camion|autobus|bus)\b|\b(?:quisiera|ojala|deseo|que)\s(?:que\s)?(?:la\senfermedad|el\scancer|la\sdiabetes|el\scorazon|el\scovid)\sme\s(?:ganara|llevara|matara|gane|lleve|mate)\b`,
      // "si me dieran la noticia de un cáncer creo que me alegraría", "mejor cobrando el seguro que aguantándome"
      String.raw`\bsi\sme\s(?:dieran|dan|diagnosticaran)\s(?:la\snoticia\sde\s)?(?:un\s)?cancer\b[^.!?\n]{0,30}\bme\s(?:alegraria|daria\sgusto|pondria\sfeliz)\b|\bmejor\scobrando\sel\sseguro\b`,
    ],
  },
  {
    id: 'es.active.r11-pensar-como',
    lang: 'es', tier: 'active', kind: 'suicide',
    patterns: [
      // "no dejo de pensar en cómo lo haría", "la idea de hacerlo me persigue"
      String.raw`\bno\s(?:dejo|paro)\sde\spensar\sen\scomo\slo\s(?:haria|hago|voy\sa\shacer)\b(?!\s(?:mi|mis|el|la|tu|su|sus|otra|otro)\s[a-z]+)|\bla\sidea\sde\shacerlo\sme\s(?:persigue|ronda|sigue|atormenta|acompana)\b`,
      // "tengo unos pensamientos bien feos de hacerme algo", "me están dando ideas de hacerme algo"
      String.raw`\b(?:pensamientos|ideas|ganas)\s(?:(?:bien|muy|re)\s)?(?:(?:feos|feas|raros|raras|malos|malas|oscuros|oscuras)\s)?de\shacerme\salgo\b`,
      // "vos sabés lo que es tener ganas de clavarte un cuchillo? así ando"
      String.raw`\bganas\sde\s(?:clavarte|cortarte|tirarte|colgarte)\b[^.!\n]{0,40}\?\s?asi\s(?:ando|estoy|me\s(?:siento|tiene))\b|\bganas\sde\s(?:clavarme|jalar\sel\sgatillo|apretar\sel\sgatillo|halar\sel\sgatillo)\b`,
    ],
  },
  {
    id: 'es.active.r11-arma-de-la-casa',
    lang: 'es', tier: 'active', kind: 'suicide',
    near: { requires: String.raw`\b(?:arma|pistola|escopeta|rifle|fusca|cuete)\b`, before: 100, after: 10 },
    patterns: [
      // "tiene su arma en la casa y últimamente pienso mucho en agarrarla"
      String.raw`\bpienso\s(?:mucho\s|mucho\smucho\s)?en\s(?:agarrarla|usarla|tomarla|sacarla|agarrarlo|usarlo)\b`,
    ],
  },
  {
    id: 'es.active.r11-como-en-el-video',
    lang: 'es', tier: 'active', kind: 'suicide',
    near: { requires: String.raw`\b(?:video|como\slo\shizo|se\smato|se\ssuicido|suicidio)\b`, before: 100, after: 10 },
    patterns: [
      // "vi el video de cómo lo hizo ese youtuber y me quedé pensando en hacerlo igual"
      String.raw`\bpensando\sen\shacerlo\s(?:igual|asi|tambien|yo)\b`,
    ],
  },
];
