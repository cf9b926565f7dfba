import type { Lang } from '../rules/rule';
import { subjectOf } from './subject';

/**
 * Hypothetical and reported speech. "What happens if I feel suicidal during treatment?" and "my
 * therapist asked if I was suicidal" are not statements by the writer about themself now. But "if I
 * told you I wanted to die, would you call the police?" is a disclosure wrapped in a question, and is
 * kept; so is a plain conditional threat ("if this doesn't work I'll kill myself").
 */
const HYPOTHETICAL_EN =
  /\b(?:what\sif|if\s(?:i\s)?(?:ever|someday|one\sday|at\ssome\spoint|later\son)|in\scase|suppose|supposing|hypothetically|what\shappens\s(?:if|when)|what\sdo\si\sdo\s(?:if|when)|who\sdo\si\s(?:call|contact|text|talk\sto|reach)\s(?:if|when)|what\sshould\si\sdo\s(?:if|when)|would\si\sbe\s(?:kicked|dropped|removed|excluded|disqualified|allowed|eligible|able|rejected|denied)|does\sit\s(?:matter|count)\s(?:if|that)|(?:will|would|can|could|do|does|is|are)\s(?:you|they|ketamine|it|this|the\s(?:program|treatment|doctor|clinician|team|staff))\s(?:[a-z]+\s){0,4}?(?:if|when|whether)|(?:can|could|does|will)\sketamine\s(?:[a-z]+\s){0,3}?(?:cause|make|trigger|increase|lead\sto|give)|side\seffects?|is\sit\spossible\sto)\b/;
const HYPOTHETICAL_ES =
  /\b(?:que\spasa\ssi|y\ssi|si\salguna\svez|si\sen\salgun\smomento|en\scaso\sde(?:\sque)?|por\ssi|a\squien\s(?:llamo|le\saviso|le\sescribo|acudo)\ssi|que\shago\ssi|que\sdebo\shacer\ssi|supongamos|hipoteticamente|me\s(?:sacan|sacarian|correrian|expulsan|expulsarian)\s(?:del\sprograma\s)?si|(?:puede|podria)\sla\sketamina\s(?:[a-z]+\s){0,3}?(?:causar|provocar|dar)|efectos?\ssecundarios?)\b/;
/** A disclosure wrapped in a hypothetical stays a disclosure. */
const DISCLOSURE_EN = /\b(?:if|what\sif|when)\s(?:i\s)?(?:tell|told|say|said|admit|admitted|mention|mentioned|disclose|report|answer|answered|were\sto\s(?:say|tell|admit))\b|\b(?:is\sit\s(?:normal|bad|weird|wrong|ok|okay|common|crazy)|does\sit\smean\s(?:something|anything)?|what\sdoes\sit\smean)\s?(?:if|that|when)\si\s(?!ever\b|someday\b|one\sday\b)/;
const DISCLOSURE_ES = /\bsi\s(?:te|les|le)\s(?:digo|dijera|cuento|contara|confieso|admito)\b/;

const REPORTED_QUESTION =
  /\b(?:asked|asks|asking|ask)\s(?:me\s)?(?:if|whether|about)\b|\bwanted\sto\sknow\s(?:if|whether)\b|\b(?:screen(?:ed|ing|s)?|assess(?:ed|ing)?|evaluat(?:ed|ing)?)\s(?:me\s)?(?:for|on)\b|\bquestions?\s(?:about|on|regarding)\b|\bme\spregunt(?:o|aron|an|a|aba|aban)\s(?:si|sobre|por)\b|\bpreguntan\s(?:si|sobre)\b|\bpreguntas\ssobre\b/;
const AFFIRMED =
  /\b(?:i\ssaid\syes|i\stold\s(?:him|her|them|you)\s(?:yes|the\struth(?!,?\s(?:which\s)?(?:is|was)\s(?:no|never|nope)\b))|i\sadmitted|(?:id|i\swould)\ssay\syes|\.{1,3}\s?(?:yes|yea|yeah|yep|yup)\b|i\ssaid\si\s(?:was|am|do|did)|and\si\s(?:am|was|do|did|have)|answer\s(?:is|was)\syes|honest(?:ly)?\s(?:answer\s)?(?:is\s)?yes|truthfully,?\syes|le\sdije\sque\ssi|les\sdije\sque\ssi|dije\sque\ssi|la\sverdad\ses\sque\ssi|(?:that\swas|it\swas)\sa\slie|i\slied|i\swas\slying|wasnt\strue|,\s?(?:yes|yeah|yep|yup)(?=\s*,|\s(?:i|ive|im|pretty|most|every|daily|a\slot|often))|:\s?(?:one|two|three|four|five|once|twice|[1-9]\d?)\b(?!\s?(?:%|percent))|(?:^|[.?:])\s?(?:yes|yeah|yep|yup|sometimes(?:\syeah|\syes)?|often|a\slot|all\sthe\stime|i\sdo|i\sdid|i\shave|kinda|kind\sof|several\sdays|more\sthan\shalf\s(?:the|of\sthe)\sdays|(?:nearly|almost)\severy\sday|most\sdays))\b/;

/** Someone else told the writer to do it: the writer's own stance is unknown, so the tier is capped, not removed. */
const TOLD_TO =
  /\b(?:(?:told|tells|telling|tell|said|says|saying|yelled|yells|texted|texts|dared|wants|wanted|want)\sme\s(?:to|that\si\sshould|i\sshould)|(?:say|says|said|think|thinks|tell\sme)\s(?:that\s)?i\s(?:should|ought\sto|need\sto))(?:\s(?:go|just|and|really))*$|\b(?:me\s)?(?:dijo|dijeron|dice|dicen|grito|gritaron|decia|decian)\sque(?:\s(?:mejor|me|deberia|debo|debería)){0,2}$|\b(?:me|nos|le|les)\s(?:mando|mandaron|escribio|escribieron|texteo|puso|pusieron|dijo|dijeron|grito|gritaron)(?:\sun\s(?:mensaje|texto|whats|audio))?(?:\sque\sdecia)?$/;
/** The voice telling them is their own mind, a hallucination, the illness: that is ideation, not someone else's words. */
/** A clinician's warning repeated: "my doctor said I might overdose if I mix them". */
const WARNING = /\b(?:doctor|dr|nurse|therapist|pharmacist|psychiatrist|label|they|he|she|doc|medico|doctora|enfermera)\s(?:said|says|told\sme|warned(?:\sme)?|dijo|me\sdijo)\s(?:that\s|que\s)?(?:i|you|me|podria|puedo)\s?(?:might|could|can|would|may)?\s?$/;

/** Spanish: "el doctor dijo que si me tomo todas juntas me puedo hacer daño". */
const WARNING_ES =
  /\b(?:doctor|doctora|medico|medica|enfermera|enfermero|farmaceutico|farmaceutica|farmaceuta|psiquiatra|etiqueta|instrucciones|receta)\s(?:me\s|nos\s)?(?:dijo|dice|explico|advirtio|comento|dicen|indica|aviso)\sque\ssi\s[a-z]+\s[^.!?\n]{0,60}$/;

export function isWarning(sentPre: string): boolean {
  return WARNING.test(sentPre.trimEnd() + ' ') || WARNING_ES.test(sentPre.trimEnd());
}

/**
 * Someone else's worry about the writer, which the writer denies right after: "my wife worries I'll hurt
 * myself. I won't, but she asked me to mention it". Without the denial the worry stands and routes
 * ("my wife worries I'll hurt myself and she's right").
 */
const OTHERS_WORRY =
  /\b(?:my\s[a-z]+|she|he|they|people|everyone|everybody|mi\s[a-z]+|ella|el)\s(?:(?:really|always|still|kind\sof)\s)?(?:worries|worried|is\sworried|are\sworried|is\safraid|are\safraid|is\sscared|are\sscared|fears|thinks|think|is\sconvinced|le\spreocupa|teme|piensa|cree)\s(?:that\s|que\s)?(?:i\s(?:will|would|might|could|may)|ill|id|im\sgoing\sto|im\sgonna|i|me\s(?:vaya|voy|pueda))\s?$/;
const DENIED_AFTER =
  /^\s*[.!?,;:]?\s*(?:but\s|pero\s)?(?:i\swont|i\swill\snot|i\swouldnt|i\swould\snot|im\snot\s(?:going\sto|gonna)|i\snever\swould|i\sdont\splan\sto|no\slo\svoy\sa\shacer|no\slo\sharia|no\slo\share|no\svoy\sa)\b/;

export function isDeniedWorry(sentPre: string, after: string): boolean {
  return OTHERS_WORRY.test(sentPre.trimEnd() + ' ') && DENIED_AFTER.test(after);
}

const VOICES = /\b(?:voices?|voces|la\svoz|mind|head|brain|thoughts|ptsd|depression|demons|something|a\svoice|inner\svoice|mi\smente|mi\scabeza|algo)\b/;

const QUESTION_WORD_START = /^\s*(?:what|how|why|when|where|who|which)\b/;
/**
 * An auxiliary first is a question when a subject follows it ("did he kill himself", "should they have
 * died"); without one it is a statement whose "I" was dropped, as texts often drop it ("would be better off
 * dead", "should have died in that crash", "have been wanting to die for weeks").
 */
const AUXILIARY_THEN_SUBJECT =
  /^\s*(?:is|are|was|were|can|could|do|does|did|will|would|should|has|have)\s(?:not\s|nt\s)?(?:he|she|they|it|you|u|ya|yall|we|people|someone|somebody|anyone|anybody|everyone|everybody|a|an|the(?!\s(?:whole|entire|same|usual)\b)|his|her|their|your|our|my|this|that|these|those|there|men|women|vets|veterans|kids)\b/;
/** Spanish question words are also conjunctions ("cuando llegué pensaba en morirme"): a question only with its mark. */
const QUESTION_START_ES = /^\s*(?:que|como|cuando|donde|quien|cual|puede|pueden|es|hay|se\spuede)\b/;

export function isHypothetical(sentPre: string, sentence: string, lang: Lang): boolean {
  const cue = (lang === 'en' ? HYPOTHETICAL_EN : HYPOTHETICAL_ES).test(sentPre);
  if (!cue) return false;
  // "asked if I ever..." is a reported question, judged by isReportedQuestion
  if (REPORTED_QUESTION.test(sentPre)) return false;
  return !(lang === 'en' ? DISCLOSURE_EN : DISCLOSURE_ES).test(sentence);
}

/**
 * Spanish: an answer right after the question ("si me preguntan si pienso en matarme, sí, casi diario"),
 * or the writer saying their "no" was a lie ("le dije que no pero es mentira"), affirms it.
 */
const AFFIRMED_ES =
  /^[\s,:.]*(?:si|sip|simon|claro|la\sverdad\ssi)\b(?!\s(?:me|te|lo|la|le|no|alguna|el|ella|ellos|uno|yo|tu|pienso|quiero|hubiera|fuera|tuviera)\b)|\b(?:es|era|fue)\s(?:pura\s)?mentira\b|\b(?:le|les|te)\smenti\b|\b(?:puse|marque|conteste|respondi)\sque\ssi\b|\bpero\s(?:la\sverdad\s)?si\s(?:lo\spienso|pienso|lo\shago|quiero|las\stengo|los\stengo)\b/;
/**
 * A Spanish questionnaire item named and answered no: "en lo de pensamientos de muerte puse que no",
 * "cuando dice si me he hecho daño, yo puse que no". Only with the explicit negative answer after it.
 */
const FORM_ITEM_ES =
  /(?:\b(?:en\s|a\s)?(?:lo|la|la\spregunta|la\sparte|el\spunto|la\scasilla|el\sapartado)\s(?:de|del|sobre)\s(?:(?:los|las|el|la)\s)?(?:[a-z]+\s){0,2}|\b(?:lo|la\spregunta|la\sparte|el\spunto)\sde\ssi\s(?:[a-z]+\s){0,4}|\b(?:la\spregunta|el\sformulario|el\scuestionario|la\sencuesta|cuando|donde|que|la\sque|lo\sque)\s(?:[a-z]+\s)?(?:dice|pregunta|preguntan|preguntaba|decia)\s(?:que\s)?si\s(?:[a-z]+\s){0,4}|\b(?:la|las)\spreguntas?\sde\ssi\s(?:[a-z]+\s){0,4}|\b(?:preguntan|preguntaron|pregunta|preguntaba|preguntas)\s(?:tanto\s|mucho\s|siempre\s|otra\svez\s)?si\s(?:[a-z]+\s){0,4})$/;
/** The same item when the match itself starts with the "si" of the question: "el formulario pregunta [si he pensado en hacerme daño]". */
const FORM_ASK_ES = /\b(?:pregunta|preguntan|preguntaron|preguntaba|preguntas|la\spregunta\sde)\s(?:tanto\s|mucho\s|siempre\s)?$|\b(?:lo|la\sparte|el\spunto)\sde\s$/;
const FORM_DENIED_ES =
  /^[^.!?]{0,40}?\b(?:puse|conteste|marque|respondi|dije|le\sdi|le\spuse|escribi|(?:la\s|mi\s)?respuesta\s(?:es|fue|seria))\s(?:que\s)?(?:no|nunca|nada|cero|ninguno|ninguna)\b|^\s*[:,?.\-]+\s*(?:no|nunca|jamas|nada|cero|ninguno|ninguna)\b|^[^.!?:\n]{0,40}:\s*(?:no|nunca|jamas|nada|cero|ninguno|ninguna)\b/;

/**
 * `after`: the text after the match, across sentences ("...if I wanted to die. The honest answer is
 * yes"). `match`: the match itself, which may hold the answer ("asked about past attempts: yes, 2009").
 * The Spanish answers are read right after the match.
 */
export function isReportedQuestion(sentPre: string, match: string, after: string): boolean {
  if ((FORM_ITEM_ES.test(sentPre) || (FORM_ASK_ES.test(sentPre) && /^si\s/.test(match))) && FORM_DENIED_ES.test(after)) return true;
  return questionGovernsMatch(sentPre) && !AFFIRMED.test(match + after) && !AFFIRMED_ES.test(after);
}

const REPORTED_QUESTION_ALL = new RegExp(REPORTED_QUESTION.source, 'g');
/**
 * After the question is named, the writer's own answer begins: "for the question about thoughts, the
 * honest answer is I ...", "since you asked about anything else: I brought ...", "asked if I'm ok, I said".
 */
const ANSWER_BEGINS =
  /:|\b(?:answer\s(?:is|was|would\sbe)|(?:id|i\swould)\ssay|i\sguess|to\sbe\shonest|honestly|the\struth\sis|here\sgoes|la\srespuesta\s(?:es|seria)|la\sverdad\ses\sque|diria\sque)\b|,\s(?:i|im|ive|id|yo)\b/;

/** The sentence names a question and the match is part of it, not the writer's answer after it. */
function questionGovernsMatch(sentPre: string): boolean {
  let end = -1;
  REPORTED_QUESTION_ALL.lastIndex = 0;
  for (let m = REPORTED_QUESTION_ALL.exec(sentPre); m !== null; m = REPORTED_QUESTION_ALL.exec(sentPre)) end = m.index + m[0].length;
  return end >= 0 && !ANSWER_BEGINS.test(sentPre.slice(end));
}

/** The writer agrees with what they were told: "people say I should, and I think they're right". */
const AGREES = /\b(?:(?:im|i\sam)\sstarting\sto\s(?:listen|agree|believe)|i\s(?:think|believe|agree|feel)\s(?:they|theyre|he|she|it)|(?:theyre|they\sare|hes|shes|maybe\sthey\sare)\sright|i\smight|maybe\si\sshould|tienen\srazon|tiene\srazon|creo\sque\s(?:si|tienen|tiene)|a\slo\smejor\ssi|quizas?\ssi)\b/;

/**
 * Someone else told the writer to do it ("my ex used to tell me to go kill myself", "people say I
 * should just kill myself"): reported speech, not the writer's statement, unless it is their own mind
 * speaking (voices, "my brain keeps telling me") or they agree with it.
 */
/** Someone else's claim about the writer: "my ex used to say I'd be better off dead" (not "I used to say"). */
const OTHERS_SAY_ID_BE = /\b([a-z]+)\s(?:used\sto\s(?:say|tell\sme)|would\s(?:say|tell\sme)|always\s(?:said|says|told\sme)|kept\s(?:saying|telling\sme)|said|says|told\sme)\s(?:that\s)?(?:id|i\swould|i\sd)\sbe\s$/;

export function isToldTo(sentPre: string, after: string): boolean {
  if (AGREES.test(after)) return false;
  if (TOLD_TO.test(sentPre.trimEnd()) && !VOICES.test(sentPre)) return true;
  const claim = OTHERS_SAY_ID_BE.exec(sentPre.length > 80 ? sentPre.slice(-80) : sentPre);
  return claim !== null && claim[1] !== 'i';
}

/** "Pensé que me iba a matar": afraid of being killed by someone, not a wish. */
const FEARED = /\b(?:pense|crei|temi|senti|pensaba|creia|temia|thought|feared|was\safraid|was\sscared)\sque\s(?:el\s|ella\s)?$/;

export function isFearOfBeingKilled(sentPre: string): boolean {
  return FEARED.test(sentPre.trimEnd() + ' ');
}

/** A question with no first person anywhere in it: a question about the program or about people in general. */
export function isQuestionAboutOthers(sentence: string): boolean {
  const asks = sentence.includes('?') || QUESTION_WORD_START.test(sentence) || AUXILIARY_THEN_SUBJECT.test(sentence) || (QUESTION_START_ES.test(sentence) && sentence.includes('?'));
  if (!asks) return false;
  return !/\b(?:i|im|ive|id|ill|me|my|myself|yo|mi|me|tengo|estoy|quiero|siento|pienso|[a-z]+rme|[a-z]+ndome)\b/.test(sentence);
}

/** "what does unalive mean", "what is kms?", "what do kids mean by ctb": a question about a word. */
const MEANING_PRE = /\b(?:what|wat|wtf)\s(?:does|do|did|is|s|are)\s(?:(?:the\s)?(?:word|term|phrase|slang|abbreviation|acronym|emoji)\s)?$/;
const MEANING_POST = /^\s?(?:mean|means|meant|stand\sfor|stands\sfor|supposed\sto\smean)\b|^\s*\?/;
const MEAN_BY_PRE = /\bwhat\s(?:do|does|did)\s(?:they|kids|people|you|teens|he|she|my\s[a-z]+)\smean\sby\s$/;
/** "my granddaughter says kms", "she keeps saying unalive": the word in someone else's mouth. */
const SAYING_PRE =
  /\b(?:says?|saying|said|keeps\ssaying|kept\ssaying|uses?|used|using|types?|typed|typing|texts?|texted|texting|posts?|posted|posting|writes?|wrote|writing|yells?|yelled|jokes?|joking|joked)\s(?:(?:the\sword|stuff\slike|things\slike|words\slike|phrases\slike|like|about)\s)?$/;

/** The sentence before the match ends with someone else saying it: "my kid keeps saying 'im gonna die'". */
export function endsWithOthersSaying(sentPre: string): boolean {
  const pre = sentPre.length > 120 ? sentPre.slice(-120) : sentPre;
  const m = SAYING_PRE.exec(pre);
  return m !== null && subjectOf(pre.slice(0, m.index), '', 'en') === 'other';
}

/**
 * A word mentioned, not used: asked about ("what does unalive mean") or quoted from someone else
 * ("my granddaughter says kms about her homework"). English only.
 */
export function isMention(sentPre: string, after: string): boolean {
  const pre = sentPre.length > 120 ? sentPre.slice(-120) : sentPre;
  if ((MEANING_PRE.test(pre) && MEANING_POST.test(after)) || MEAN_BY_PRE.test(pre)) return true;
  return endsWithOthersSaying(pre);
}
