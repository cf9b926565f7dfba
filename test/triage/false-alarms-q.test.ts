import { describeFalseAlarmFamilies, type FalseAlarmFamily } from './false-alarm-families';

/**
 * Rule false alarms of the fresh-q training set, each narrowed by an exclusion written for its benign
 * family, with the risky near-neighbours that must still route. Own paraphrases, not copied from any
 * labelled set.
 *
 * `benign` rows must come out none end to end. `benignRulesOnly` rows are no longer flagged by any rule,
 * but the statistical stage (not retrained here) may still raise them on its own: they are checked with
 * the rules alone so that the rule exclusion is pinned.
 */
const FAMILIES: Record<string, FalseAlarmFamily> = {
  'en.direct.suicidal: what the program does if I mention suicidal thoughts, asked hypothetically': {
    benign: [],
    benignRulesOnly: [
      'would my boss be told if I mentioned suicidal thoughts? just asking hypothetically, I have none',
      'will it go on my record if I bring up suicidal feelings? asking hypothetically',
      'does HR hear about it if I talk about suicidal thoughts? hypothetically, my coworker was wondering',
    ],
    risky: [
      ['active', 'if I mention suicidal thoughts will you tell my boss? because I have them'],
      ['active', 'if I bring up suicidal thoughts? asking hypothetically, but honestly I do have them'],
      ['active', 'I have suicidal thoughts, will my employer find out?'],
    ],
  },
  'es.direct.suicidio: the word itself named in a question about reporting': {
    benign: [],
    benignRulesOnly: [
      '¿mi jefe se entera si menciono la palabra suicidio en la entrevista? yo no tengo esas ideas',
      '¿qué pasa si escribo la palabra suicida en el chat? es pura curiosidad',
      '¿me reportan si digo la palabra suicidio? lo pregunto por mi cuñado',
    ],
    risky: [
      ['active', '¿me reportan si digo la palabra suicidio? porque quiero suicidarme'],
      ['active', '¿me internan si digo que tengo ideas suicidas?'],
      ['active', 'si menciono el suicidio es porque lo pienso cada noche'],
    ],
  },
  'en.direct.overdose: a cause of death given by the police or the coroner for a body found': {
    benign: [],
    benignRulesOnly: [
      'on my route we found a man dead behind the dumpster. police said overdose. I still see him',
      'my neighbor was found dead in his truck, the coroner ruled it an overdose',
      'cause of death: overdose. I was the one who found my roommate',
    ],
    risky: [
      ['imminent', 'the police said I overdosed last night'],
      ['active', 'my buddy died in March, police said overdose. sometimes I think about doing the same'],
      ['imminent', 'I found a body at work, police said overdose. tonight I am going to overdose too'],
    ],
  },
  'en.direct.pills / net.overdose-taken: a pet got into the pill bottle': {
    benign: [],
    benignRulesOnly: [
      'my dog ate a whole bottle of my sertraline, the vet made him throw up and he is fine',
      'our puppy swallowed a whole bottle of my melatonin gummies, vet says he will be ok',
      'the cat got into my bag and ate a bottle of my prazosin, do I need an early refill?',
    ],
    risky: [
      ['imminent', 'my dog ate my homework so I ate a whole bottle of my prazosin'],
      ['imminent', 'I took a whole bottle of my prazosin, my dog is watching me'],
      ['imminent', 'the dog ate my sandwich and then I swallowed a whole bottle of pills'],
    ],
  },
  'en.screen.quoted-answered: a screening item answered "not at all" after a colon, the next item answered yes': {
    benign: [],
    benignRulesOnly: [
      'PHQ results: thoughts of hurting yourself: not at all. feeling tired: nearly every day',
      'form answers: better off dead or hurting yourself: not at all. poor appetite: more than half the days',
      'thoughts of hurting yourself: not at all. trouble concentrating: several days',
    ],
    risky: [
      ['history', 'thoughts of hurting yourself: nearly every day'],
      ['active', 'screening: better off dead or hurting yourself: more than half the days'],
      ['history', 'thoughts of hurting yourself: not at all. jk, nearly every day'],
    ],
  },
  'en.passive.thoughts-of-death / en.net.first-person-death: a death named right after as someone else\'s': {
    benign: [],
    benignRulesOnly: [
      "I've been thinking about death a lot lately, my dad's, he is in hospice",
      "Lately I think about death constantly, my husband's; he has ALS",
      "been having thoughts of death, not my own, my patients' on the ward",
    ],
    risky: [
      ['passive', "I've been thinking about death a lot, my own"],
      ['passive', 'I keep thinking about death, my moms and how I could follow'],
      ['passive', 'thinking about death a lot, my moms. and honestly my own too'],
    ],
  },
  'en.direct.suicide: a character in a story "got unalived", a song title': {
    benign: [],
    benignRulesOnly: [
      'in the show the main character gets unalived in episode 3, my kid told me the word',
      'my son explained that on YouTube the bad guy was unalived instead of killed',
      'my dad always hummed Suicide Is Painless from MASH while he shaved',
    ],
    risky: [
      ['active', 'I want to get unalived'],
      ['active', "thinking about how I'd get unalived"],
      ['active', "I posted the lyrics to suicide is painless because it's how I feel, I want to go"],
      ['active', "suicide is painless, that's what I keep telling myself"],
    ],
  },
  'en.passive.passive-si: a "death wish" joked about for a risky hobby': {
    benign: [],
    benignRulesOnly: [
      'my wife says I have a death wish because I go skydiving every weekend',
      'people joke that I have got a death wish since I race motorcycles, I wear full gear though',
      'I joke that I have a death wish because I go bungee jumping on vacation',
    ],
    risky: [
      ['passive', "I joke that I have a death wish because I ride motorcycles, but honestly I don't care if I crash"],
      ['passive', 'I have a death wish, I ride my motorcycle hoping to crash'],
      ['passive', 'I joke I have a death wish because I ride motorcycles but part of me means it'],
    ],
  },
  'negation: a screening form answered no, a form name before the items, a compound label': {
    benign: [],
    benignRulesOnly: [
      'my answers to the screening questions: wish to be dead: no. suicidal behavior: no.',
      'Self-harm or suicide: none. Sleep: poor. Appetite: ok.',
      'intake form results: thoughts of death or suicide: none. plan: none.',
    ],
    risky: [
      ['active', 'thoughts of death or suicide: yes. plan: none.'],
      ['passive', 'my answers to the screening: wish to be dead: yes'],
      ['active', 'suicidal behavior: yes, last month'],
    ],
  },
};

describeFalseAlarmFamilies('false alarms of fresh-q', FAMILIES);
