import { alt } from '../rule';

/**
 * English word families shared by the rule files. Everything is written against normalised text:
 * lower case, no apostrophes ("im", "dont", "ill" = I'll), misspellings already repaired.
 */
export const SELF = String.raw`(?:myself|my\sself|meself)`;
export const TO = String.raw`(?:to|2|too)`;
/** Adverbs people put between the stance and the act: "want to just", "gonna finally". */
export const ADV = String.raw`(?:just|really|actually|seriously|honestly|literally|finally|simply|kinda|kind\sof|sort\sof|fucking|fuckin|freaking|even|already|totally|definitely|probably|so\sbadly|so\sbad|so\smuch|go\sand|go|try\sand|try\sto)`;
export const ADVS = String.raw`(?:${ADV}\s){0,2}`;

export const PILLS = alt(
  String.raw`pills?`, 'meds', String.raw`medications?`, String.raw`medicines?`, String.raw`tablets?`, String.raw`capsules?`,
  'caps', 'bars', 'xanax', 'xannies', 'xans', String.raw`oxys?`, 'oxycodone', 'oxycontin', String.raw`percs?`,
  String.raw`percocets?`, 'vicodin', 'norco', 'hydrocodone', 'ambien', 'seroquel', 'tylenol', 'advil', 'ibuprofen',
  'aspirin', 'acetaminophen', 'paracetamol', String.raw`benzos?`, 'klonopin', 'valium', 'ativan', 'lorazepam',
  'clonazepam', 'alprazolam', 'lithium', 'insulin', 'fentanyl', 'heroin', 'trazodone', 'prazosin', 'zoloft',
  'sertraline', 'prozac', 'fluoxetine', 'lexapro', 'wellbutrin', 'gabapentin', 'lyrica', 'morphine', 'methadone',
  String.raw`opioids?`, String.raw`opiates?`, String.raw`painkillers?`, String.raw`pain\skillers?`, String.raw`antidepressants?`,
  'tramadol', 'dilaudid', String.raw`sleeping\spills`, String.raw`sleep\saids?`, 'nyquil', 'benadryl', 'unisom',
  'ketamine', 'adderall', 'ritalin', 'vyvanse', 'klonopin', 'zyprexa', 'lamictal', 'depakote', 'elavil', String.raw`tabs`, String.raw`prescriptions?`, 'quetiapine', 'mirtazapine', 'amitriptyline', 'propranolol', 'clonidine',
  String.raw`whole\sbottle`, 'bottle', 'stash', 'supply',
);

/** A number or amount that turns "took pills" into an overdose. Numbers with a unit ("20mg", "10 years") are not amounts of pills. */
export const QUANT = alt(
  String.raw`all(?:\sof)?`, 'every', 'everything', String.raw`every\sone`,
  String.raw`the\s(?:whole|entire|rest\sof\s(?:the|my))`,
  String.raw`a\s(?:whole|bunch|handful|bottle|lot|ton|fistful|mouthful|box|pack|jar|container|bag|sleeve|strip|shitload|shit\sload|crapton|crap\ston|full\sbottle|months\sworth|weeks\sworth|few\sbottles)`,
  String.raw`\d+\s(?:bottles?|boxes|packs|handfuls|strips|sleeves|blister\spacks)`, 'handfuls', 'bottles', 'lots', 'enough', String.raw`my\swhole`, String.raw`as\smany\sas\si\scould`,
  String.raw`(?:\d{2,}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\shundred|dozens?|a\sdozen|several|many|way\stoo\smany|too\smany|double|triple|extra)(?!\s?(?:mg|mgs|mcg|ml|milligrams?|units?|iu|g|grams?|years?|yrs?|days?|mins?|minutes?|hours?|hrs?|am|pm|percent)\b)`,
);

export const GUN = String.raw`(?:guns?|pistols?|rifles?|shotguns?|revolvers?|glocks?|handguns?|firearms?|sidearms?|service\sweapons?|duty\sweapons?|9mm|(?:12|16|20|410)\sgauges?|(?:personal|off\sduty|duty|service|carry)\spiece|\.?30\s06)`;
export const BLADE = String.raw`(?:razors?|razor\sblades?|blades?|knife|knives|box\scutter|scalpel|shard\sof\sglass)`;
// (a rope swing, a jump rope or rope lights are toys and decorations)
export const LIGATURE = String.raw`(?:ropes?(?!\s(?:swings?|ladders?|lights?|toys?|course))|nooses?|belts?|cords?|extension\scords?|ligatures?)`;

/** Lethal means in general, for "means at hand" and means + intent. */
export const MEANS = alt(GUN, BLADE, LIGATURE, PILLS, String.raw`bullets?`, 'ammo', 'poison', 'charcoal', 'helium', 'exhaust');

/** A near time: with intent or desire it makes a statement imminent. */
export const NOW_TIME = String.raw`\b(?:tonight|today|right\snow|now|tomorrow|this\s(?:weekend|morning|afternoon|evening)|(?:on\s|this\s|next\s|by\s)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s(?:an?|a\sfew|\d+|one|two|a\scouple(?:\sof)?)\s(?:hours?|minutes?|mins?)|after\s(?:the\s)?(?:kids|everyone|everybody|my\s[a-z]+|they|she|he|the\sfamily)\s(?:are|is|go|goes|fall|falls|get|gets|went|have|has)\s(?:[a-z]+\s)?(?:asleep|to\sbed|to\ssleep|to\swork|to\sschool|out|gone|leave|left)|when\s(?:everyone|the\skids|my\s[a-z]+|they|she|he)\s(?:is|are|goes|go|falls|fall|leaves|leave)\s(?:asleep|to\sbed|to\ssleep|gone|out|to\swork)|(?:by|before)\s(?:midnight|noon|\d{1,2}(?:\s?(?:am|pm|oclock))?)|by\s(?:morning|tonight|the\sweekend|the\send\sof\s(?:the\s)?(?:day|night|week))|before\s(?:morning|sunrise|dawn|the\ssun\scomes\sup)|when\si\sget\s(?:home|off|back|out)|after\sthis\s(?:chat|conversation|call|form|message|msg|text|txt|email|session|screening)|(?:when|once)\sthis\s(?:chat|conversation|call|form)\s(?:ends|closes|is\sover|is\sdone)|after\s(?:work|my\sshift|school|the\sappointment|the\sfuneral)|once\sim\s(?:home|alone|off)|at\s(?:midnight|\d{1,2}(?:\s?(?:am|pm|oclock))?)|soon)\b`;


/** Firearms as people name their own: the gun families plus duty weapons and calibres ("the .45", "my duty weapon"). */
export const WEAPON = String.raw`(?:${GUN}|duty\s(?:weapon|pistol|gun|revolver|sidearm)|service\s(?:pistol|revolver|rifle|gun)|(?:deer|hunting|assault)\s(?:rifle|gun)|\.(?:45|38|357|22|40|44)|(?:45|38|357|22|40|44)\s(?:cal|caliber|magnum|special|auto)|ar\s?15|weapon)`;

/**
 * Words around a means in hand that make it now: a time, a count-down, a farewell, an ending.
 * Read a short way either side of the means, across sentences ("holding my revolver. counting down").
 */
export const READIED_CUE = String.raw`(?:tonight|right\snow|now|today|tomorrow|this\sis\s(?:it|the\s(?:night|day|end))|counting\s?down|count\s?down|(?:it|this|everything)\s(?:all\s)?ends|its\s(?:time|over|tonight)|goodbye|bye|forgive\sme|(?:im|so)\ssorry|sorry\sfor|i\slove\syou|love\syou\sall|tell\s(?:my|them|the|her|him|everyone)|thanks\sfor\strying|thank\syou\sfor\severything|im\s(?:finished|done)|cant\sdo\sthis|(?:not\sgonna|not\sgoing\sto|wont)\smake\s(?:it|thursday|friday|saturday|sunday|monday|tuesday|wednesday|tomorrow|the\snight|the\sweekend)|(?:be|im)\sgone\sby|last\s(?:message|text|day|words)|one\slast\stime|for\sthe\slast\stime|one\sin\sthe\schamber|safety\s(?:is\s)?off|hands?\s(?:are\s|is\s)?shaking|shaking|ready|end\sit|do\sit|finish\sit|want\s(?:someone|somebody|you|people)\sto\sknow|in\smy\smouth|to\smy\s(?:head|temple|chin|chest)|(?:wont|not)\sbe\s(?:here|around|alive)|not\stelling|working\sup|nerve|after\s(?:shift|my\sshift|work|this)|when\s(?:everyone|the\skids|my\s[a-z]+)\s(?:is|are|goes|leaves|falls)|(?:is|are)\sat\s(?:her|his|their)\s[a-z]+|going\sto\s(?:use|do)|pull\sthe\strigger|(?:dont|do\snot|please\sdont)\s(?:send|call|come|bother|try\sto\s(?:find|stop))|drunk|drank|drinking|fifth|whiskey|vodka|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
/** Thrill-seeking: "I had a death wish when I skydived" is recklessness told as past, not ideation. */
export const THRILL = String.raw`(?:skydiv\w*|sky\sdiv\w*|base\sjump\w*|bungee\w*|motorcycles?|crotch\srockets?|street\srac\w*|drag\srac\w*|cliff\s(?:div\w*|jump\w*)|free\s?solo\w*|parachut\w*|hang\sglid\w*|wingsuit\w*|bull\sriding|rodeo)`;
/** A hobby, a job or storage: a gun in hand at the range or in the safe is not a readied means. */
/**
 * A job's end, a move, a deployment, a party: what makes a goodbye an ordinary one. Read back from the
 * goodbye (a lookbehind after it), across a sentence or two: "last day at the plant ... said goodbye to everybody".
 */
export const ORDINARY_GOODBYE = String.raw`(?:last\sday|last\sshift|retir\w*|moving|movers|relocat\w*|send\soff|going\saway|new\sjob|transferr?\w*|deploy\w*|ship(?:ping|s)?\sout|party|college|dorm)`;

export const GUN_HOBBY = String.raw`(?:range|clean\sit|to\sclean|hunting|hunt|deer|duck|elk|turkey|pheasant|season|target|qualif\w*|class|lesson|competition|gun\sshow|(?<!out\sof\sthe\s)gun\ssafe|(?<!out\sof\s)the\ssafe|locked|lockbox|for\swork|at\swork|on\sduty|patrol|training|farm|ranch|coyotes?|snakes?|pawn|sell|selling|sold|trade|trading|inspection|collection|cleaning\skit|holster|concealed\scarry|ccw|permit|carry\slicense|burglar|intruder|break\sin|protect|defend|self\sdefense|airsoft|paintball|nerf|toy|water\sgun|movie|game|fortnite|call\sof\sduty)`;

/** Medication handled as prescribed: a pill organizer, a pharmacy, a dosing schedule. Not means readied. */
/** What a rope is tied to for a chore, right after "rope tied": "a rope tied around the chimney" on a roof, a load, a boat. */
export const ROPE_FOR_A_CHORE = String.raw`\s(?:around|to|onto|on)\s(?:the|a|my)\s(?:chimney|ladder|load|tarp|bumper|hitch|cleat|post|fence\spost|fence|bale|anchor|tree\sstand|boat|truck|trailer|dock|deck|kayak|canoe|roof\srack|tailgate|tent|hammock|harness)\b`;

export const MED_ROUTINE = String.raw`\b(?:pill\s?(?:organizer|organiser|box|case|minder)|pillbox|blister\spacks?|weekly\s(?:meds|pills)|for\sthe\sweek|pastillero|dispens(?:e|ed|ing)|dosing|per\s(?:session|dose)|as\sprescribed|pharmacy|pharmacist|farmacia|farmaceutic[oa])\b`;

/**
 * A pet as the one who swallowed, tested on the text that ends with the match: "my dog ate a whole bottle",
 * not "my dog ate my homework so I ate a whole bottle". Also read by the net.
 */
export const PET_ATE = String.raw`\b(?:dog|dogs|puppy|pup|cat|kitten|puppies)\s(?:(?:just|somehow|accidentally|must\shave|got\sinto\sand)\s)?(?:ate|eaten|eat|eats|swallowed|chewed\s(?:up|through)|got\sinto)\b(?:(?!\b(?:i|im|ive|id|me)\b)[^.!?\n]){0,60}$`;

/** A death named right after as someone else's: "thinking about death a lot, my mom's specifically", "death, not my own". */
export const OTHERS_DEATH = String.raw`\b(?:death|dying)(?:\s(?:a\slot|lately|constantly|so\smuch|all\sthe\stime|recently)){0,2}\s?[,;:]?\s(?:(?:well|i\smean|like|but)\s)?(?:(?:my|his|her|our)\s(?:(?:grand)?(?:moms|mothers|dads|fathers|parents)|wifes|husbands|sons|daughters|brothers|sisters|babys|friends|patients|buddys)(?=\s?(?:[,.;!?]|$)|\s(?:specifically|actually|not\smine|not\smy\sown)\b)(?![^\n]{0,40}\b(?:my\sown|mine)\s(?:too|as\swell|also)\b)|not\s(?:my\sown|mine)\b)`;
