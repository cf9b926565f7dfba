import * as idiom from './modifiers/idiom';
import * as speech from './modifiers/hypothetical';
import * as negation from './modifiers/negation';
import * as subject from './modifiers/subject';
import * as tense from './modifiers/tense';
import * as windows from './modifiers/window';
import * as normaliser from './normalise';
import type { Normalised } from './normalise';
import { NOW_TIME } from './rules/en/lexicon';
import { NOW_TIME_ES } from './rules/es/lexicon';
import type { Rule } from './rules/rule';
import * as tiers from './tiers';
import type { RiskTier } from './tiers';

/**
 * One match, one tier: the modifier pipeline. In order: whose statement it is (third person, someone
 * else's accent), accident, negation, hypothetical and reported speech, idiom, then stance, tense and
 * time. A match that says nothing about the writer is dropped; a modifier may lower a first-person
 * wish to die but only negation, third person and non-statements remove it.
 */

// Imported bindings are read once here: some module loaders (tsx, esbuild) turn every read of an
// imported name into a getter call, which shows up in code that runs per match.
const { idiomaticTail, isAccident } = idiom;
const { endsWithOthersSaying, isDeniedWorry, isFearOfBeingKilled, isHypothetical, isMention, isQuestionAboutOthers, isReportedQuestion, isToldTo, isWarning } = speech;
const { negationOf } = negation;
const { accentSaysThirdPerson, adjacentSubject, subjectOf } = subject;
const { stanceOf, tenseOf, timeMarks } = tense;
const { windowAt } = windows;
const { originalSpan } = normaliser;
const { maxTier, minTier } = tiers;

export interface Hit {
  readonly rule: Rule;
  readonly tier: RiskTier;
  /** The modifiers that changed the tier ("intent", "time", "past"...), shown in the reason. */
  readonly tags: readonly string[];
  /** Normalised span. */
  readonly start: number;
  readonly end: number;
}

const NOW_EN_RE = new RegExp(NOW_TIME);
const FIRST_PERSON_START = /^(?:i|im|ive|id|ill)\b/;
const NOW_ES_RE = new RegExp(NOW_TIME_ES);
const IMAGINED = /\b(?:think|thinks|thinking|thought|imagine|imagining|imagined|picture|picturing|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|pienso|pensando|pense|imagino|imaginando|sueno\scon)\b/;
const SELF_HARM_MORE = /\b(?:want\sto\s(?:do\sworse|do\smore|go\sdeeper|keep\sgoing|do\sit\sagain)|not\sstopping|cant\sstop|going\sto\skeep\sgoing|quiero\s(?:seguir|mas|otra\svez)|voy\sa\sseguir|no\spuedo\sparar)\b/;

/** A short fragment right after the sentence ("make it 23. tonight."), read with it for time. */
function nextFragment(text: string, from: number): string {
  const m = /^[^.!?;\n]*[.!?;\n]+\s*([^.!?;\n]{0,24})(?:[.!?;\n]|$)/.exec(text.slice(from, from + 200));
  if (m === null || m[1] === undefined) return '';
  return m[1].trim().split(/\s+/).length <= 3 ? ` ${m[1]}` : '';
}

/**
 * Whether a statement about the writer was found and denied or put as a hypothesis or a question
 * ("I'm not suicidal", "what if I killed myself?"): the message says where the writer stands, so the
 * statistical stage does not raise it from its words alone (detect.ts).
 */
export interface Denials {
  found: boolean;
}

const DENIAL_REASONS: ReadonlySet<string> = new Set(['negated', 'reported question', 'hypothetical', 'question answered no', 'idiom']);
/** An answer "no" to a question, labelled or not: "No.", "A: no", "respuesta: nunca". */
const NO_ANSWER = String.raw`(?:(?:a|answer|my\sanswer|respuesta|r)\s?[:=-]?\s?)?(?:no|nope|nah|never|nunca|not\sat\sall|none|ninguno|ninguna)`;
/**
 * The rest of a question, then its answer: no ("Have I had thoughts of hurting myself? No."), but not
 * "? no one cares", "? no idea", "? no, but ...".
 */
const ANSWERED_NO = new RegExp(
  String.raw`^[^?.!\n]{0,80}\?\s*${NO_ANSWER}\b(?!\s(?:one|body|idea|clue|se|longer|more|point|way|reason|matter|sirve|puedo|quiero|aguanto|hay))(?![^.!?\n]{0,24}\b(?:but|pero|though|aunque)\b)`,
);
/** A message that ends in a question answered no: "¿Ha deseado estar muerto...? No." (detect.ts: the model does not raise it). */
export const ENDS_ANSWERED_NO = new RegExp(String.raw`\?\s*${NO_ANSWER}\s*[.!]*$`);

/** A match dropped, and why: traced for rule authors, and a denial remembered for the statistical stage. */
function dropped(rule: Rule, n: Normalised, start: number, end: number, trace: string[] | undefined, denials: Denials | undefined, why: string): null {
  trace?.push(`${rule.id} "${n.text.slice(start, end)}" dropped: ${why}`);
  if (denials !== undefined && DENIAL_REASONS.has(why)) denials.found = true;
  return null;
}

/** Set one match's tier from its surroundings. Returns null when the match says nothing about the writer. */
export function assess(rule: Rule, n: Normalised, original: string, start: number, coreStart: number, end: number, hasCore: boolean, trace?: string[], denials?: Denials): Hit | null {
  const text = n.text;
  const w = windowAt(text, start, coreStart, end);
  const lang = rule.lang;
  const tags: string[] = [];
  let tier: RiskTier = rule.tier;

  // a question answered no: "Q: have you wished you were dead? A: no", "Have I had thoughts of hurting myself? No."
  if (ANSWERED_NO.test(text.slice(end, end + 120))) return dropped(rule, n, start, end, trace, denials, 'question answered no');

  // whose statement: someone else's suicide or risk is not the writer's
  // a match that starts with the writer ("i have a gun") is the writer's, whatever stands before it ("this time ...")
  const writerStart = lang === 'en' && FIRST_PERSON_START.test(text.slice(start, start + 6)) && !endsWithOthersSaying(w.sentPre);
  if (rule.subject === 'open' && !writerStart) {
    const subject = subjectOf(w.sentPre, w.sentPost, lang, rule.postSubject === true);
    if (subject === 'other') return dropped(rule, n, start, end, trace, denials, 'third person');
    if (subject === 'unknown' && isQuestionAboutOthers(w.sentence)) return dropped(rule, n, start, end, trace, denials, 'question about others');
  } else if (rule.subject === 'adjacent' && adjacentSubject(w.sentPre, text.startsWith('me ', start)) === 'other') {
    return dropped(rule, n, start, end, trace, denials, 'third person');
  }
  if (rule.requiresRe !== null && !rule.requiresRe.test(text)) return dropped(rule, n, start, end, trace, denials, 'requirement absent');
  if (rule.near !== undefined) {
    const around = text.slice(Math.max(0, start - rule.near.before), end + rule.near.after);
    if (rule.nearRequiresRe !== null && !rule.nearRequiresRe.test(around)) return dropped(rule, n, start, end, trace, denials, 'no cue near');
    if (rule.nearExcludesRe !== null && rule.nearExcludesRe.test(around)) return dropped(rule, n, start, end, trace, denials, 'excluded word near');
  }
  if (lang === 'es') {
    const span = originalSpan(n, start, end);
    if (accentSaysThirdPerson(original.slice(span.start, span.end))) return dropped(rule, n, start, end, trace, denials, 'accent: third person');
  }
  if ((rule.kind === 'selfharm' || rule.kind === 'suicide') && isAccident(w.sentence, rule.kind === 'selfharm' && rule.subject !== 'self')) return dropped(rule, n, start, end, trace, denials, 'accident');

  // negation: a denial is none; "no longer" is history
  if (rule.negatable !== false) {
    const neg = negationOf(
      { clausePre: w.clausePre, clausePost: w.clausePost, sentPre: w.sentPre, sentPost: w.sentPost, after: text.slice(end, end + 40), match: text.slice(start, end) },
      lang,
    );
    if (neg === 'negated') return dropped(rule, n, start, end, trace, denials, 'negated');
    if (neg === 'no-longer') return { rule, tier: 'history', tags: ['no-longer'], start, end };
  }

  // hypothetical and reported speech are not the writer's statement
  const after = text.slice(end, end + 120);
  // the answer may be inside the match ("asked about past attempts: yes, 2009") or after it
  if (isReportedQuestion(w.sentPre, text.slice(start, end), after)) return dropped(rule, n, start, end, trace, denials, 'reported question');
  if (isHypothetical(w.sentPre, w.sentence, lang)) return dropped(rule, n, start, end, trace, denials, 'hypothetical');
  if (lang === 'en' && !writerStart && isMention(w.sentPre, after)) return dropped(rule, n, start, end, trace, denials, 'mention');
  if (isToldTo(w.sentPre, after)) return dropped(rule, n, start, end, trace, denials, 'reported speech');
  if (isWarning(w.sentPre)) return dropped(rule, n, start, end, trace, denials, 'reported warning');
  if (isDeniedWorry(w.sentPre, after)) return dropped(rule, n, start, end, trace, denials, "someone else's worry, denied");
  if (lang === 'es' && isFearOfBeingKilled(w.sentPre)) return dropped(rule, n, start, end, trace, denials, 'fear of being killed');

  if (rule.wish) {
    const idiom = idiomaticTail(w.clausePost, lang, w.sentence + after);
    if (idiom === 'light') return dropped(rule, n, start, end, trace, denials, 'idiom'); // "me muero de risa": laughter, not a wish
    if (idiom === 'heavy') {
      tier = minTier(tier, 'passive');
      tags.push('idiom');
    }
  }

  // stance, tense and time
  const stance = stanceOf(w.clausePre, lang);
  const verbText = !hasCore ? text.slice(start, end) : rule.tenseInCore ? text.slice(coreStart, end) : '';
  const tense = tenseOf(w.clausePre, verbText, lang);
  const marks = timeMarks(w.sentence, lang);
  const attemptLike = stance === 'attempt' || (stance === 'intent' && tense.past) || (rule.pastIsAttempt === true && tense.past);

  if (stance === 'habit') {
    tier = 'history';
    tags.push('used-to');
  } else if (rule.kind === 'history') {
    if (marks.now && !marks.distant) {
      tier = 'imminent';
      tags.push('recent');
    } else if (marks.recent && !marks.distant) {
      tier = 'active';
      tags.push('recent');
    }
  } else if (tense.past) {
    if (rule.kind === 'imminent') {
      if (marks.distant && !marks.now) {
        tier = 'history';
        tags.push('past');
      }
    } else if (rule.pastIsAct && !attemptLike) {
      if (marks.distant && !marks.now) {
        tier = 'history';
        tags.push('past');
      } else if (marks.recent && !marks.now) {
        tier = maxTier(tier, 'active');
        tags.push('recent');
      } else {
        tier = 'imminent';
        tags.push('act');
      }
    } else if (attemptLike) {
      if (marks.now && !marks.distant) {
        tier = 'imminent';
        tags.push('attempt', 'recent');
      } else if (marks.recent && !marks.distant) {
        tier = maxTier(tier, 'active');
        tags.push('attempt', 'recent');
      } else {
        tier = 'history';
        tags.push('attempt');
      }
    } else if (!(marks.now || marks.recent) || marks.distant) {
      tier = 'history';
      tags.push('past');
    }
  } else if ((tense.ambiguousPast || tense.presentPerfect) && marks.distant && !marks.now && !marks.recent) {
    tier = 'history';
    tags.push('past');
  } else if (rule.kind === 'suicide' || rule.kind === 'selfharm' || rule.kind === 'die') {
    if (stance === 'intent') {
      tier = 'imminent';
      tags.push('intent');
    } else if (tier === 'active' && rule.escalates !== false && stance !== 'thought' && (lang === 'en' ? NOW_EN_RE : NOW_ES_RE).test(w.sentence + nextFragment(text, end))) {
      tier = 'imminent';
      tags.push('time');
    }
  }

  // "I think about putting a gun to my head": an imagined act is ideation, not an act in progress
  if (rule.kind === 'imminent' && tier === 'imminent' && IMAGINED.test(w.clausePre)) {
    tier = 'active';
    tags.push('imagined');
  }

  // self-harm just done, and wanting more: "burned myself just now and I want to do worse"
  if (rule.kind === 'selfharm' && tense.past && marks.now && !marks.distant && SELF_HARM_MORE.test(w.sentence + after)) {
    tier = 'imminent';
    tags.push('more');
  }
  return { rule, tier, tags, start, end };
}

