import type { Lang } from '../rules/rule';

/**
 * Whose statement is it? For rules whose pattern carries no first person ("suicidal", "overdose",
 * "ideas suicidas"), the nearest subject before the match decides: "my brother is suicidal" is about
 * someone else (none), "I'm suicidal" about the writer. With no subject at all the writer is assumed:
 * SMS drops pronouns ("suicidal thoughts every night"), and a missed signal costs more than a false one.
 */
export type Subject = 'first' | 'other' | 'unknown';

const FIRST = new Set([
  'i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our',
  'yo', 'mi', 'mis', 'conmigo', 'tengo', 'estoy', 'siento', 'pienso', 'quiero', 'soy', 'sufro', 'padezco', 'tuve', 'estuve',
  'intente', 'nosotros',
  // Spanish first-person verbs that name the writer as the subject of what follows
  'pense', 'quise', 'trate', 'decidi', 'necesito', 'deseo', 'planeo', 'sigo', 'ando',
]);
// "our son", "my brother": a person noun is nearer to the statement than the possessive, so it wins.
const PERSON = new Set([
  'friend', 'friends', 'buddy', 'buddies', 'brother', 'brothers', 'sister', 'sisters', 'bro', 'sis', 'mom', 'mother', 'mum',
  'mama', 'dad', 'father', 'papa', 'son', 'sons', 'daughter', 'daughters', 'wife', 'husband', 'spouse', 'partner', 'cousin',
  'cousins', 'uncle', 'aunt', 'grandpa', 'grandma', 'grandfather', 'grandmother', 'granddaughter', 'grandson', 'grandkid', 'grandkids', 'grandchild', 'grandchildren', 'nephew', 'niece', 'boyfriend', 'girlfriend',
  'bf', 'gf', 'fiance', 'fiancee', 'ex', 'coworker', 'coworkers', 'sponsor', 'sponsee', 'mentor', 'patient', 'patients', 'client', 'clients', 'teammate', 'teammates', 'classmate', 'classmates', 'colleague', 'colleagues', 'roommate', 'neighbor', 'kid',
  'kids', 'child', 'children', 'baby', 'guy', 'guys', 'man', 'woman', 'men', 'women', 'people', 'person', 'persons', 'soldier',
  'soldiers', 'marine', 'marines', 'veteran', 'veterans', 'vet', 'vets', 'sailor', 'sailors', 'airman', 'medic', 'officer',
  'officers', 'cop', 'cops', 'firefighter', 'firefighters', 'patient', 'patients', 'client', 'clients', 'classmate',
  'teammate', 'sergeant', 'sgt', 'lieutenant', 'captain', 'boss', 'pastor', 'teacher', 'student', 'students', 'member',
  'members', 'family', 'unit', 'squad', 'platoon', 'team', 'crew', 'stepdad', 'stepmom', 'stepson', 'stepdaughter', 'twin',
  'bestie', 'bff', 'robber', 'robbers', 'attacker', 'attackers', 'mugger', 'muggers', 'gunman', 'gunmen', 'shooter', 'intruder', 'stranger', 'strangers', 'abuser', 'kidnapper', 'kidnappers', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'folks', 'teen', 'teens',
  'teenager', 'teenagers', 'individuals', 'adults', 'survivors', 'comrade', 'comrades', 'battle', 'peers', 'pal', 'mate',
  'amigo', 'amigos', 'amiga', 'amigas', 'hermano', 'hermanos', 'hermana', 'hermanas', 'madre', 'padre', 'hijo', 'hijos',
  'hija', 'hijas', 'esposo', 'esposa', 'marido', 'mujer', 'novio', 'novia', 'primo', 'primos', 'prima', 'primas', 'tio',
  'tios', 'tia', 'tias', 'abuelo', 'abuela', 'sobrino', 'sobrina', 'pareja', 'companero', 'companeros', 'companera',
  'vecino', 'vecina', 'compa', 'cuate', 'carnal', 'jefe', 'jefa', 'paciente', 'pacientes', 'soldado', 'soldados', 'gente',
  'persona', 'personas', 'alguien', 'cunado', 'cunada', 'suegro', 'suegra', 'chavo', 'chava', 'muchacho', 'muchacha',
  'nino', 'ninos', 'nina', 'ninas', 'hombre', 'hombres', 'mujeres', 'veterano', 'veteranos',
]);
const THIRD = new Set([
  'he', 'she', 'they', 'hes', 'shes', 'theyre', 'theyve', 'theyd', 'hed', 'him', 'her', 'them', 'his', 'their', 'hers',
  'theirs', 'himself', 'herself', 'themselves', 'who', 'whom', 'whose', 'ella', 'ellos', 'ellas', 'usted', 'ustedes',
  'quien', 'quienes', 'su', 'sus', 'tiene', 'tienen', 'piensa', 'piensan', 'sufre', 'sufren', 'padece', 'padecen', 'quiere',
  'quieren',
]);
/** Not a person at all, or the reader: "can you overdose on ketamine", "it reduces suicidal thoughts". */
const OTHER = new Set([
  'you', 'your', 'youre', 'youd', 'youve', 'yall', 'yourself', 'it', 'its', 'this', 'that', 'thats', 'ketamine',
  'esketamine', 'spravato', 'program', 'treatment', 'therapy', 'medication', 'study', 'studies', 'research', 'article',
  'tu', 'ti', 'vos', 'programa', 'tratamiento', 'terapia', 'ketamina',
  // media: "the movie had a suicide scene", "a show about suicide"
  'movie', 'movies', 'film', 'show', 'episode', 'series', 'documentary', 'book', 'novel', 'song', 'podcast', 'character',
]);

const WORD = /[a-z0-9]+/g;
const DEMONSTRATIVE = new Set(['it', 'its', 'this', 'that', 'thats']);
/** Words that attach a following person to the statement: "suicide OF my brother", "took my son". */
const POSSESSIVE_LINK = new Set(['of', 'by', 'took', 'killed', 'claimed', 'de', 'del', 'por', 'se', 'mato']);

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

const NOUN_SUBJECT = /\b(?:a|an|the|this|that|his|her|their)\s(?!(?:whole|entire|same|usual|full|past|previous|prior|former|thought|idea|urge|urges|ideas|only|way|point|plan|need|temptation|hour|minute|minutes|day|days|night|nights|week|weeks|while|moment|time|bit|lot|year|years|month|months|morning|evening|weekend|end|truck|car|shower|dark|garage|bathroom|bed|room)\b)[a-z]+\s*$/;

const WITNESS =
  /\b(?:seen|saw|see|witnessed|responded\sto|respond\sto|worked|handled|taken\scalls\sfrom|treated|pulled|cleaned\sup\safter|investigated|visto|vi|veo|atendido|atiendo|atender|presenciado|me\sha\stocado\sver|me\stoca\sver|casos\sde|trabajado)\s(?:(?:a\slot\sof|lots\sof|many|so\smany|dozens\sof|hundreds\sof|more|too\smany|several|some|muchos|muchas|varios|varias|tantos|tantas|mas|cientos\sde|docenas\sde|demasiados|demasiadas)\s)?(?:[a-z]+\s){0,5}?$/;

const HAD_AN_EVENT = /\b(?:we|they|the\s(?:unit|base|squadron|company|department|station|school|ward))\s(?:had|have\shad|lost)\s(?:a|another|two|three|several|our\sfirst)\s$/;

/** A history of what follows, told as a record ("family history of", "antecedentes familiares de"). */
const HISTORY_OF = /\b(?:history|hx|antecedentes|historial)\s(?:(?:familiar|familiares|familiar\sde)\s)?(?:of|de|del)\s$/;
/** ...unless it is the writer's: "I have a history of", "personal history of", "tengo antecedentes de". */
const OWN_HISTORY = /\b(?:(?:i\s(?:have|had)|ive\s(?:got|had)|my|tengo|tuve|mi|mis)\s(?:(?:a|an|long|some|personal|own|propio|propios)\s){0,2}|personal\s|own\s|personales\s)(?:history|hx|antecedentes|historial)\s/;
const FAMILY = /\bfamil/;
/** "history of suicide: my dad", "antecedentes de suicidio: sí, mi tío". */
const WHO_FOLLOWS = /^\s?[:,-]?\s?(?:(?:yes|si)\s?,?\s?)?(?:my|mi|mis|his|her|su|sus|our|nuestro|nuestra)\s[a-z]+/;

/** A history named as the family's, or followed by whose it was ("history of suicide: my dad"). */
function isFamilys(tail: string, sentPost: string): boolean {
  const post = sentPost.length > 60 ? sentPost.slice(0, 60) : sentPost;
  return FAMILY.test(tail) || FAMILY.test(post) || WHO_FOLLOWS.test(post);
}

/** "lost two officers to suicide": the people lost are the subject. */
const LOST_TO = /\b(?:lost|losing|lose|perdi|perdimos|perdio)\s(?:[a-z0-9]+\s){0,6}?(?:to|a|por)\s(?:(?:an?|the|una?|la|el)\s)?$/;

/** Words used to address the reader at the start of a message ("tío, ...", "bro, ...", "man, ..."). */
const VOCATIVE_ONLY = new Set(['wey', 'guey', 'mano', 'dude', 'bruh', 'bro', 'man', 'hermano', 'hermana', 'carnal', 'compa', 'tio', 'tia', 'amigo', 'amiga', 'chamo', 'chama', 'parce', 'pana', 'mijo', 'mija', 'doc', 'doctor', 'doctora', 'sis', 'mate', 'buddy', 'pal']);
const VOCATIVE = /^\s*(?:(?:hey|oye|mira|ey|hola|look|listen)\s)?([a-z]+)\s?,\s/;

/**
 * "Tío, me he tomado...", "bro, I took...": a person word alone at the start of the sentence, set off by
 * a comma, addresses the reader and is not the subject. Only for a lone word (never "my uncle, ...").
 */
/** Forms of address that are never a subject, even with no comma ("bro ayer me volví a cortar"). */
const VOCATIVE_BARE = /^\s*(?:bro|bruh|dude|wey|guey|chamo|chama|parce|parcero|pana|carnal|compa|man|tio|tia|mano|maje|mae|loco|loca|hermano|hermana|mija|mijo|amigo|amiga|weon|boludo|chaval|cuate)\s/;

/**
 * The writer introducing themself at the start of a sentence, then going on without "I": "former medic,
 * attempted twice in my 20s", "army vet here, tried in 09". The role is the writer, not a subject.
 */
const SELF_INTRODUCTION =
  /^\s*(?:(?:(?:former|ex|retired|prior|combat|army|navy|marine|usmc|air\sforce|coast\sguard|national\sguard|disabled|active\sduty|old|infantry)\s){1,3}(?:medic|corpsman|soldier|marine|grunt|sailor|airman|cop|officer|deputy|trooper|firefighter|paramedic|emt|nurse|vet|veteran|infantryman|ranger|guard|dispatcher)|(?:(?:[a-z]+\s){0,2})(?:medic|corpsman|soldier|marine|grunt|sailor|airman|cop|officer|deputy|trooper|firefighter|paramedic|emt|nurse|vet|veteran|infantryman|ranger|dispatcher)\shere)\s?[,:-]\s/;

function stripVocative(sentPre: string): string {
  const intro = SELF_INTRODUCTION.exec(sentPre);
  if (intro !== null) return sentPre.slice(intro[0].length);
  const m = VOCATIVE.exec(sentPre);
  if (m === null) {
    const bare = VOCATIVE_BARE.exec(sentPre);
    return bare === null ? sentPre : sentPre.slice(bare[0].length);
  }
  const w = m[1] as string;
  return VOCATIVE_ONLY.has(w) || PERSON.has(w) ? sentPre.slice(m[0].length) : sentPre;
}

/** Spanish: the writer reporting their own words, "le dije a mi esposo que ya no quiero vivir": the person is the listener. */
const TOLD_BY_ME_ES =
  /\b(?:le|les|te)?\s?(?:dije|conte|confese|admiti|explique|escribi|comente|platique|avise|mande\sa\sdecir)\s(?:(?:a|al)\s(?:[a-z]+\s){1,3}?)?que\s(?:(?:ya|yo|a\sveces|hay\sdias\sque)\s)?$/;

export function subjectOf(sentPreRaw: string, sentPost: string, lang: Lang, postSubject = false): Subject {
  const sentPre = stripVocative(sentPreRaw);
  if (lang === 'es' && TOLD_BY_ME_ES.test(sentPre.length > 80 ? sentPre.slice(-80) : sentPre)) return 'first';
  if (lang === 'es' && DEATH_CLAUSE_ES.test(sentPre.length > 80 ? sentPre.slice(-80) : sentPre)) return 'unknown';
  if (LOST_TO.test(sentPre.length > 120 ? sentPre.slice(-120) : sentPre)) return 'other';
  // "I've seen a lot of overdoses", "he visto muchos intentos de suicidio": witnessed, not lived
  if (WITNESS.test(sentPre.length > 100 ? sentPre.slice(-100) : sentPre)) return 'other';
  // "the blast burned my arms", "a pickup hit my side": a noun phrase right before the verb is its subject
  if (lang === 'en' && NOUN_SUBJECT.test(sentPre)) return 'other';
  // "we had a suicide on base last month": an event among others, not the writer's
  if (HAD_AN_EVENT.test(sentPre.length > 40 ? sentPre.slice(-40) : sentPre)) return 'other';
  // "there's a history of suicide in my family", "antecedentes de suicidio: mi abuelo": a family's history
  // (the writer's own, "I have a history of ...", goes on to the first person below)
  const tail = sentPre.length > 60 ? sentPre.slice(-60) : sentPre;
  if (HISTORY_OF.test(tail) && !OWN_HISTORY.test(tail) && isFamilys(tail, sentPost)) return 'other';
  const pre = sentPre.length > 200 ? sentPre.slice(-200) : sentPre;
  const before = words(pre);
  // words before the last comma or colon: a demonstrative there ("not gonna lie on this: yes, ...",
  // "i did that last week, burned my hand") is not the subject of what follows
  const nearCount = lang === 'en' ? words(pre.slice(Math.max(pre.lastIndexOf(','), pre.lastIndexOf(':')) + 1)).length : before.length;
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
    const w = before[i] as string;
    if (seen >= nearCount && DEMONSTRATIVE.has(w)) continue;
    // "he": English third person, Spanish "I have" ("he pensado en suicidarme")
    if (w === 'he') return lang === 'es' ? 'first' : 'other';
    if (PERSON.has(w) || THIRD.has(w) || OTHER.has(w)) return 'other';
    // "my dads overdose", "my brothers suicide": a possessive person (the apostrophe is gone)
    if (lang === 'en' && w.length > 3 && w.endsWith('s') && PERSON.has(w.slice(0, -1))) return 'other';
    if (FIRST.has(w)) return 'first';
  }
  if (!postSubject) return 'unknown';
  // nothing before: "the suicide of my brother", "overdose took my son" are someone else's
  const after = words(sentPost.length > 80 ? sentPost.slice(0, 80) : sentPost);
  if (after.length > 0 && POSSESSIVE_LINK.has(after[0] as string)) {
    for (let i = 1; i < after.length && i < 4; i++) {
      const w = after[i] as string;
      if (PERSON.has(w) || THIRD.has(w)) return 'other';
    }
  }
  return 'unknown';
}

const POSSESSIVE = new Set(['mi', 'mis', 'su', 'sus', 'tu', 'tus', 'nuestro', 'nuestra', 'my', 'his', 'her', 'their', 'our']);
const PREPOSITION = new Set(['a', 'al', 'de', 'del', 'con', 'para', 'por', 'sin', 'y', 'o', 'to', 'for', 'with']);
/** "le dije a mi hermana que me quiero matar": a complement clause after a verb of saying, not a relative one. */
const SPEECH_BEFORE_ES =
  /\b(?:dije|dijo|dijeron|digo|dice|dicen|conte|conto|decia|decian|pregunte|pregunto|explique|escribi|avise|grite|mande\sa\sdecir|confese|admiti|platique|comente|jure|prometi|pedi|pidio|rogue|supo|sabe|saben|cree|creen|piensa|piensan)\s(?:(?:le|les|a|al)\s)?(?:[a-z]+\s){0,3}?que\s*$/;
const DONE_TO_ME_ES = /\bme\s(?!dieron\sganas|entraron\sganas|vinieron\sganas)[a-z]{2,}(?:aron|ieron)\s(?:(?:con|a|en)\s)?(?:(?:un|una|el|la|los|las|mi|mis|su|sus)\s)?$/;
/** "cuando murió mi esposo quise morirme": the person is the subject of the death, not of what follows. */
const DEATH_CLAUSE_ES =
  /\b(?:murio|fallecio|se\sfue|se\smato|se\ssuicido|mataron\sa|perdi\sa|enterramos\sa|enterre\sa|falto)\s(?:(?:mi|mis|el|la|nuestro|nuestra)\s)[a-z]+\s(?:(?:de\s[a-z]+|y|yo)\s)?$/;
/** Spanish agents of a relative clause ("el tipo que me golpeaba"), beyond the person nouns. */
const RELATIVE_AGENT = new Set([
  'tipo', 'tipos', 'senor', 'senora', 'vato', 'vatos', 'morro', 'morros', 'man', 'manes', 'padrastro', 'madrastra', 'pandillero',
  'pandilleros', 'marero', 'mareros', 'coyote', 'policia', 'policias', 'militar', 'militares', 'guardia', 'sicario', 'sicarios',
  'ladron', 'ladrones', 'asaltante', 'asaltantes', 'maestro', 'maestra', 'entrenador', 'padrino', 'pastor', 'cura', 'sacerdote',
  'gente', 'el', 'ella', 'ellos', 'ellas', 'quien', 'quienes',
]);
// not "he": before a Spanish clitic it is "I have" ("he pensado en matarme")
const THIRD_ADJACENT = new Set(['ella', 'ellos', 'ellas', 'usted', 'alguien', 'nadie', 'quien', 'she', 'they', 'someone']);

/**
 * For Spanish clitics ("me mato", "matarme", "me quería matar") the first person is in the verb, so only
 * a third person right before it can take the statement away: "mi ex me quería matar", "él me lastimó".
 * A person after a preposition is an object ("si me quitan a mis hijos me mato") and does not count.
 */
export function adjacentSubject(sentPreRaw: string, matchStartsWithMe: boolean): Subject {
  const sentPre = stripVocative(sentPreRaw);
  const before = words(sentPre.length > 80 ? sentPre.slice(-80) : sentPre);
  // "él me lastimó" without the accent: "el" right before the clitic is the pronoun, elsewhere the article
  if (matchStartsWithMe && before[before.length - 1] === 'el') return 'other';
  // "me pusieron una pistola en la cabeza": a third-person plural preterite right after "me", in this clause
  const clause = sentPre.slice(Math.max(sentPre.lastIndexOf(','), sentPre.lastIndexOf(':')) + 1);
  if (DONE_TO_ME_ES.test(clause)) return 'other';
  if (DEATH_CLAUSE_ES.test(sentPre.length > 80 ? sentPre.slice(-80) : sentPre)) return 'unknown';
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const w = before[i] as string;
    if (FIRST.has(w) && w !== 'me' && w !== 'mi' && w !== 'mis') return 'first';
    if (w === 'he') return 'first';
    // a relative clause: "un hombre que me golpeaba", "el tipo que me pegaba" — the person is its subject
    if (w === 'que' && i === before.length - 1 && !SPEECH_BEFORE_ES.test(sentPre)) {
      const prev = before[i - 1];
      // "soy una mujer que me corto": the writer is the person
      const self = before.slice(Math.max(0, i - 4), i - 1).some((x) => x === 'soy' || x === 'yo');
      if (prev !== undefined && !self && (RELATIVE_AGENT.has(prev) || PERSON.has(prev))) return 'other';
    }
    if (w === 'que' || w === 'si' || w === 'y' || w === 'pero' || w === 'porque') return 'unknown';
    if (THIRD_ADJACENT.has(w)) return 'other';
    if (PERSON.has(w) || (w.startsWith('ex') && PERSON.has(w.slice(2)))) {
      const prev = before[i - 1];
      const prev2 = before[i - 2];
      if (prev !== undefined && POSSESSIVE.has(prev)) return prev2 !== undefined && PREPOSITION.has(prev2) ? 'unknown' : 'other';
      if (prev === 'la' || prev === 'el' || prev === 'los' || prev === 'las' || prev === 'the') return prev2 !== undefined && PREPOSITION.has(prev2) ? 'unknown' : 'other';
      if (prev === undefined) return 'other';
    }
  }
  return 'unknown';
}

/** "Me lastimó" / "me cortó" (with the accent): a third person did it to the writer. */
export function accentSaysThirdPerson(original: string): boolean {
  return /\bme\s+\p{L}+[óÓ](?!\p{L})/u.test(original);
}
