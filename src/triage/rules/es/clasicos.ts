import type { RuleSpec } from '../rule';

/**
 * Frases clásicas que salían none en una prueba de 300 frases comunes de crisis y sus parecidas (cuarta
 * sesión, 2026-11-28): el deseo propio preguntado como si fuera normal ("¿es normal querer morirse?"),
 * juntar pastillas para el final, ensayar con la soga y la última despedida. (Pedirle a Dios "llévame
 * contigo" está con las demás formas en es.passive.dios-me-lleve.)
 */
export const ES_CLASICOS: readonly RuleSpec[] = [
  {
    id: 'es.passive.normal-querer-morir',
    lang: 'es', tier: 'passive', kind: 'passive', negatable: false,
    patterns: [
      String.raw`\b(?:es|sera|seria)\s(?:normal|raro|malo|grave)\s(?:querer|desear|pensar\sen|tener\sganas\sde|sentir\sganas\sde)\s(?:estar\smuert[oa]|no\sdespertar|desaparecer\spara\ssiempre|ya\sno\sestar\saqui)\b`,
    ],
  },
  {
    id: 'es.active.normal-querer-morir',
    lang: 'es', tier: 'active', kind: 'die', negatable: false, escalates: false,
    patterns: [
      String.raw`\b(?:es|sera|seria)\s(?:normal|raro|malo|grave)\s(?:querer|desear|pensar\sen|tener\sganas\sde|sentir\sganas\sde)\s(?:morir(?:me|se)?|matar(?:me|se)|suicidar(?:me|se)|quitar(?:me|se)\sla\svida)\b`,
    ],
  },
  {
    id: 'es.imminent.juntar-pastillas',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "he estado juntando pastillas para matarme", "llevo meses guardando las pastillas para cuando me decida"
      String.raw`\b(?:juntando|guardando|ahorrando|acumulando|escondiendo|junte|guarde|ahorre|acumule)\s(?:(?:mis|las|unas|todas\s(?:mis|las))\s)?(?:pastillas|pildoras|medicinas|medicamentos|calmantes|somniferos|clonazepam|tafil|rivotril|xanax)\s(?:(?:desde\shace\s[a-z]+|hace\s[a-z]+|de\s[a-z]+)\s)?(?:para\s(?:matarme|morirme|quitarme\sla\svida|cuando|el\sdia|el\smomento|acabar|terminar|no\sdespertar|tomarmelas\stodas)|por\ssi\s(?:me\sdecido|un\sdia))\b`,
    ],
  },
  {
    id: 'es.imminent.ensayo',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    near: { excludes: String.raw`\b(?:escalar|escalada|velero|barco|nudos?\sde\s(?:marinero|scout)|scouts?|rodeo|lazo|brincar|saltar\sla\scuerda|gimnasio|rapel|rescate|entrenamiento|clase)\b`, before: 60, after: 60 },
    patterns: [
      // "practiqué con la soga anoche", "hice un ensayo con el cinturón"
      String.raw`\b(?:practique|ensaye|estuve\spracticando|estuve\sensayando|hice\sun\s(?:ensayo|intento\sde\sprueba|simulacro))\s(?:con\s)?(?:la|el|una|un|mi)\s(?:soga|cuerda|cinturon|lazo|nudo)\b`,
    ],
  },
  {
    id: 'es.imminent.dejado-para-cuando-no-este',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "le di mi perro a mi hermana para cuando ya no esté"
      String.raw`\b(?:le\s|les\s)?(?:di|deje|regale|encargue|entregue)\s(?:a\s)?(?:mi|mis|el|la|los|las)\s(?:perr[oa]s?|gat[oa]s?|mascotas?|pistolas?|armas?|troca|camioneta|cosas|herramientas|medallas)\s(?:a\s)?[^.!?\n]{0,60}?\bpara\s(?:cuando|que\scuando)\s(?:ya\s)?no\s(?:este|estare)\b(?!\s(?:en\s(?:la\scasa|casa)|de\s(?:viaje|vacaciones)|aqui\sesta\ssemana))`,
    ],
  },
  {
    id: 'es.imminent.ultima-despedida',
    lang: 'es', tier: 'imminent', kind: 'imminent',
    patterns: [
      // "mija cuida a tus hermanos, esta es mi última despedida"; no una despedida de soltera
      String.raw`\bmi\sultima\sdespedida\b(?!\sde\s(?:soltera|soltero|trabajo|la\s(?:chamba|oficina|escuela)))|\bme\sdespido\sde\s(?:ustedes|todos|ti)\spara\ssiempre\b`,
    ],
  },
];
