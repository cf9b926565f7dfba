import type { RuleSpec } from '../rule';

/**
 * Décima ronda, escrita después de puntuar una vez a un escritor nuevo (fresh-w): del lado de afuera de
 * la baranda, "la última vez que van a saber de mí", solo con el arma (no de cacería), y preparativos que
 * cuentan junto a otro (el testamento firmado, la mascota dada a alguien, un correo programado, "esto es
 * un adiós", "se acabó todo").
 */
export const ES_RONDA10: readonly RuleSpec[] = [
  {
    id: 'es.imminent.r10-afuera-de-la-baranda',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "estoy en el balcón del piso 14, del lado de afuera de la baranda"
      String.raw`\b(?:del\slado\sde\s(?:afuera|fuera)|del\sotro\slado|por\sfuera)\sde\s(?:la|el)\s(?:baranda|barandal|barandilla|reja\sdel\s(?:puente|balcon))\b`,
    ],
  },
  {
    id: 'es.imminent.r10-ultima-vez',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "esta es la última vez que van a saber de mí", "estos son mis últimos mensajes", "esto es un adiós"
      String.raw`\b(?:esta\ses|esta\sva\sa\sser|sera)\sla\sultima\svez\sque\s(?:van\sa\s|vas\sa\s|va\sa\s)?(?:saber|sepan|sabran|oir|oyen|escuchar|escuchen)\s(?:algo\s)?de\smi\b|\b(?:estos\sson|este\ses)\s(?:mis|mi)\s(?:ultimos|ultimo)\s(?:mensajes?|textos?)\b(?!\s(?:de\shoy|por\shoy|antes))|\besto\ses\sun\sadios\b`,
    ],
  },
  {
    id: 'es.imminent.r10-solo-con-el-arma',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    // de cacería, en el campo de tiro o limpiándola: no es un medio a la mano
    near: { excludes: String.raw`\b(?:caceria|cazar|cazando|venado|coyotes?|campo\sde\stiro|practica|limpiando|limpiarla|limpiar|vendiendo|venderla)\b`, before: 80, after: 80 },
    patterns: [
      // "estoy solo con la escopeta en la mesa", "estoy sentado en la patrulla con el arma de cargo"
      String.raw`\b(?:estoy|ando|me\s(?:quede|quedo))\s(?:(?:solo|sola|sentad[oa]|aqui|encerrad[oa])\s)(?:(?:en\s(?:la|el|mi)\s[a-z]+)\s)?con\s(?:la|el|mi)\s(?:escopeta|pistola|arma|rifle|fusca|cuete|soga|cuerda)\b`,
    ],
  },
  {
    id: 'es.prep.r10-arreglos',
    lang: 'es', tier: 'imminent', kind: 'imminent', needsContext: true,
    patterns: [
      // "el testamento ya está firmado", "la perra se la di a mi sobrina"
      String.raw`\bel\stestamento\s(?:ya\s)?(?:esta|quedo)\s(?:firmado|hecho|listo)\b|\b(?:el|la|mi)\s(?:perr[oa]|gat[oa]|perrit[oa]|gatit[oa])\s(?:se\s(?:la|lo)\s)?(?:di|deje|regale|entregue)\s(?:a|con)\s(?:mi|mis)\s[a-z]+\b`,
      // "ya programé un correo pa mi familia q sale mañana", "se acabó el turno y se acabó todo"
      String.raw`\b(?:ya\s)?program(?:e|ado)\sun\s(?:correo|mail|mensaje|email)\s(?:pa|para)\s(?:mi|mis)\s[a-z]+\b|\by\sse\sacabo\stodo\b`,
    ],
  },
];
