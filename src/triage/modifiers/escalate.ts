import { GUN } from '../rules/en/lexicon';

/**
 * Message-level combinations. Ideation plus access to lethal means, or ideation plus a farewell, is
 * imminent even when each sentence alone is not ("I think about ending it. I bought a gun today.").
 */
const MEANS_ACCESS_EN =
  /\b(?:i\s(?:have|got|bought|own|keep|ve\sgot|just\sbought|picked\sup|stocked\sup\son|have\saccess\sto|can\sget)|ive\s(?:got|bought|been\s(?:saving|stockpiling|hoarding|collecting))|just\sbought|got\smyself|saving\sup|stockpiling|hoarding|collecting|saved\sup|stocked\sup\son|access\sto)\s(?:(?:a|an|the|my|some|all\sthe|enough|these|this|\d+|a\sbunch\sof|a\sbottle\sof|a\sbox\sof|a\scouple|extra|more|plenty\sof|loaded)\s)?(?:[a-z]+\s)?(?:guns?|pistol|rifle|shotgun|revolver|glock|handgun|firearm|ammo|bullets|rope|noose|razors?|razor\sblades?|blades|pills|meds|xanax|oxy|sleeping\spills|tylenol|box\scutter|poison|charcoal|helium)\b/;
const MEANS_ACCESS_ES =
  /\b(?:tengo|compre|consegui|guardo|ya\stengo|junte|he\sjuntado|estoy\sjuntando|he\sguardado|guardando|ahorrando)\s(?:(?:una|un|la|el|mis|las|los|suficientes|muchas|varias|varios|dos|tres|cuatro|cinco|\d+)\s)?(?:[a-z]+\s)?(?:pistola|arma|rifle|escopeta|soga|cuerda|navaja|cuchilla|gillette|pastillas|pildoras|veneno|balas|cajas|frascos?|botes?)\b/;
const FAREWELL_EN =
  /(?:^|[.!?,;\n]\s?)(?:bye|goodbye|good\sbye|farewell|bye\sall|im\ssorry\sfor\severything|sorry\sfor\severything|i\slove\syou\sall|love\syou\sall|forgive\sme|(?:(?:please|pls|plz|just)\s)?tell\s(?:them|everyone|my\s[a-z]+)\s(?:i\slove\s(?:them|her|him)|(?:im|i\sam)\s(?:so\s)?sorry)|its\sover|this\sis\sit|(?:(?:i\s)?(?:just\s)?(?:want|wanted|need)\syou\sto\sknow\s(?:that\s)?)?(?:its|it\sis|this\sis|none\sof\sthis\sis)\snot\s(?:your|ur)\sfault)\s*(?:[.!]|$)/;
const FAREWELL_ES =
  /(?:^|[.!?,;\n]\s?)(?:adios|adios\sa\stodos|perdon\spor\stodo|perdonenme|los\squiero\smucho|los\squiero\sa\stodos|los\samo|diganle\sa\s[a-z]+\sque\sla?o?\squiero|hasta\saqui\sllegue|ya\sno\smas|(?:(?:solo\s)?quiero\sque\ssepas\s(?:que\s)?)?(?:nada\sde\sesto\ses|no\ses)\s(?:tu|su)\sculpa)\s*(?:[.!]|$)/;
/**
 * Lethal means that an earlier message can name for a later anaphoric cue: weapons, ligatures, blades,
 * high places, gases. Nouns take an optional "s": normalising drops the apostrophe, so "the rope's in the
 * truck" reads "the ropes in the truck".
 */
const LETHAL = String.raw`${GUN}|weapons?|ammo|bullets?|ropes?|nooses?|razors?|blades?|knife|knives|bridges?|ledges?|roofs?|rooftops?|overpass|cliffs?|tracks|charcoal|helium|exhaust|arma|armas|pistola|escopeta|balas|soga|cuerda|navaja|cuchilla|puente|azotea|vias|carbon|helio|fierro|cuete`;
/** Medication, and the act named: with the lethal means, what makes an anaphoric "do it" in the same message about them. */
const MEDICATION_AND_ACTS = String.raw`pills?|meds|insulin|fentanyl|morphine|oxy|oxycodone|tabs|patches|pastillas|veneno|wrists?|cut|cutting|overdose|suicide|munecas?|venas|matarme|suicidarme`;
const MEANS_WORD = new RegExp(String.raw`\b(?:${LETHAL}|${MEDICATION_AND_ACTS})\b`);

/** Object fronted in Spanish: "el arma la tengo aquí", "las pastillas ya las tengo". */
const MEANS_FRONTED_ES =
  /\b(?:el|la|mi|las|los|mis)\s(?:pistola|arma|rifle|escopeta|soga|cuerda|navaja|cuchilla|gillette|pastillas|pildoras|veneno|balas)\s(?:ya\s)?(?:la|lo|las|los)\s(?:tengo|traigo|cargo|guardo|junte|compre|consegui)\b/;

/**
 * Whether an expression can match the message: false when the message lacks every literal the
 * expression requires (scan.ts finds them in its one pass). A long message then skips most of these
 * expressions instead of running each over all of it. Without a scan, every expression runs.
 */
export interface Present {
  present(re: RegExp): boolean;
}
const ALWAYS: Present = { present: () => true };

function found(re: RegExp, text: string, literals: Present): boolean {
  return literals.present(re) && re.test(text);
}

export function hasMeansAccess(text: string, present: Present = ALWAYS): boolean {
  return found(MEANS_ACCESS_EN, text, present) || found(MEANS_ACCESS_ES, text, present) || found(MEANS_FRONTED_ES, text, present);
}

/** Farewell phrases; two different ones in one message are a farewell even with no crisis word. */
const FAREWELL_PHRASES: readonly RegExp[] = [
  /\b(?:goodbye|good\sbye|farewell|adios)\b(?!\s(?:for\snow|por\sahora|for\stoday|till|until|hasta))/,
  /\b(?:i\s)?love\syou\s(?:all|guys|so\smuch|mom|dad)\b|\blos\s(?:quiero|amo)(?:\s(?:a\stodos|mucho))?\s*(?:[.!,]|$)/,
  /\b(?:im\s)?sorry\s(?:for\severything|for\sthis|in\sadvance|mom|dad)\b|\bim\ssorry\s*(?:[.!]|$)|\bperdon(?:enme)?\s(?:por\stodo|mama|papa|por\sesto)\b/,
  // not the ordinary kind: "forgive me if I don't do it right", "forgive me for the delay"
  /\bforgive\sme\b(?!\s(?:if|but|for\s(?:the\s(?:delay|late\sreply|long\s(?:message|post)|length|wait|typos|mess)|my\s(?:spelling|english|grammar|typos|handwriting|ignorance|late\sreply)|any\s(?:typos|mistakes|errors|confusion)|asking|writing\sso\smuch|rambling|bothering\syou)))|\bperdonenme\b/,
  // what a note tells the ones left: "it's not your fault", "nada de esto es tu culpa"
  /\b(?:its|it\sis|this\sis|none\sof\sthis\sis)\snot\s(?:your|ur)\sfault\b(?!\s(?:that|the|if|we|they|it|he|she|i|you)\b)|\b(?:nada\sde\sesto\ses|no\ses)\s(?:tu|su)\sculpa\b(?!\s(?:que|si|lo))/,
  /\b(?:thank\syou|thanks)\sfor\severything\b|\bgracias\spor\stodo\b/,
  /\btake\scare\sof\s(?:my|the|them|her|him)\b|\bcuiden\s(?:a|de)\b/,
  /\b(?:this\sis|es)\s(?:my|mi)\s(?:last|ultimo|ultima)\b|\bultimo\smensaje\b/,
  // "I'm done." as a sentence of its own: counted only beside another farewell phrase
  /\b(?:im|i\sam)\s(?:so\s)?done\s*(?:[.!]|$)/,
  // an ending said of oneself: "it's over for me", "ya se acabó para mí"
  /\b(?:its|it\sis)\s(?:all\s)?over\sfor\sme\b|\b(?:ya\s)?se\sacabo\spara\smi\b/,
];
/** "goodbye" closing the message. */
const FAREWELL_END = /(?:^|\s)(?:bye|byee|goodbye|good\sbye|adios|bye\sbye)\s*[.!]*$/;

/** Two or more different farewell phrases. */
function twoFarewellPhrases(text: string, present: Present): boolean {
  let n = 0;
  for (const re of FAREWELL_PHRASES) if (found(re, text, present) && ++n >= 2) return true;
  return false;
}

/** Two or more different farewell phrases and nothing else needed: "GOODBYE. I LOVE YOU ALL. I'M SORRY". */
const FAREWELL_WORDS = /bye|adios|love\syou|quiero|amo\b|sorry|perdon|forgive|thank|gracias|take\scare|cuiden|last|ultim|fault|culpa|done/;

/**
 * How a message says goodbye: `said`, a farewell (a farewell sentence, "goodbye" closing it, or two
 * farewell phrases); `whole`, a message made of farewell phrases, which is imminent by itself. Read once
 * per message: detect.ts asks both.
 */
export interface Farewell {
  readonly said: boolean;
  readonly whole: boolean;
}

export function farewellOf(text: string, present: Present = ALWAYS): Farewell {
  const phrases = twoFarewellPhrases(text, present);
  const whole = phrases && FAREWELL_WORDS.test(text);
  return { said: phrases || found(FAREWELL_EN, text, present) || found(FAREWELL_ES, text, present) || found(FAREWELL_END, text, present), whole };
}

export function hasFarewell(text: string, present: Present = ALWAYS): boolean {
  return farewellOf(text, present).said;
}

/** The message-level expressions above, each given its own gate target by scan.ts (see Present). */
export const MESSAGE_EXPRESSIONS: readonly RegExp[] = [MEANS_ACCESS_EN, MEANS_ACCESS_ES, MEANS_FRONTED_ES, FAREWELL_EN, FAREWELL_ES, FAREWELL_END, ...FAREWELL_PHRASES, MEANS_WORD];

/**
 * Medicine named with what it treats, as an intake asks for it ("tomo pastillas para la presión", "pills
 * for my blood pressure"): not a means for an anaphoric cue. Sleep, pain and mood medicines stay means.
 */
const MEDICINE_FOR_A_CONDITION =
  /\b(?:pills?|meds|medications?|pastillas|medicinas?|medicamentos?)\s(?:[a-z]+\s){0,2}?(?:for|para)\s(?:(?:my|the|la|el|mi|mis)\s)?(?:blood\spressure|bp|diabetes|sugar|cholesterol|thyroid|asthma|allergies|heart|presion|azucar|colesterol|tiroides|asma|alergias|corazon|la\spresion)\b/g;

export function mentionsMeans(text: string, present: Present = ALWAYS): boolean {
  if (!found(MEANS_WORD, text, present)) return false;
  MEDICINE_FOR_A_CONDITION.lastIndex = 0;
  if (!MEDICINE_FOR_A_CONDITION.test(text)) return true;
  return MEANS_WORD.test(text.replace(MEDICINE_FOR_A_CONDITION, ' '));
}

/**
 * Lethal means named in an earlier message, for a later anaphoric cue. Medication is left out: an intake
 * asks for the medications someone takes, and the next question asks which days suit a call.
 */
const LETHAL_MEANS = new RegExp(String.raw`\b(?:${LETHAL})\b`);

export function namesLethalMeans(text: string): boolean {
  return LETHAL_MEANS.test(text);
}
