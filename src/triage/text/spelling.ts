/**
 * Token-level repairs: the misspellings, SMS abbreviations and run-together words people actually
 * type in a crisis. The rules are written against the repaired spelling, so one entry here fixes
 * every rule that uses the word. Keys and values are already normalised (lower case, no accents,
 * no apostrophes). A value may hold several words.
 */
const ENTRIES: Record<string, readonly string[]> = {
  // English: the crisis vocabulary
  suicide: ['suicde', 'sucide', 'suiside', 'suicied', 'suecide', 'sucicide', 'suisde', 'suiciede', 'suiscide', 'suicidee', 'suicidde', 'suicie', 'siucide', 'suidice', 'suicdie'],
  suicidal: ['sucidal', 'suicdal', 'suisidal', 'suicidial', 'suicidel', 'sucicidal', 'suicial', 'suiscidal', 'suididal', 'suicdial', 'suacidal', 'siucidal', 'suicidle', 'suicidall', 'suisidle'],
  myself: ['myslef', 'myslf', 'mysef', 'mysefl', 'myelf', 'mself', 'mysel', 'myselv', 'myselff', 'myswlf', 'mydelf', 'mysrlf', 'mysled', 'myaelf', 'mysekf', 'mtself', 'mysself', 'myseld', 'mysefl', 'myslelf', 'mysrlf', 'muself', 'myseof', 'myselg'],
  kill: ['kil', 'kll', 'kiil', 'kilk', 'kilm', 'kiill'],
  killing: ['kiling', 'kilng', 'killng', 'kilin', 'killin', 'kiilling', 'killiing', 'kiing'],
  killed: ['kiled', 'kild'],
  want: ['wnat', 'wnt', 'watn', 'wamt', 'wabt', 'waant'],
  wanna: ['wana', 'wanan', 'wnana', 'wnna', 'wanaa', 'wnaa'],
  gonna: ['gunna', 'gona', 'gna', 'goona', 'gonan', 'gnna', 'gonnna'],
  imma: ['ima', 'iama'],
  going: ['goin', 'gonig', 'giong'],
  dying: ['dieing', 'dyin', 'dyng', 'diying'],
  die: ['dei', 'diee', 'di3'],
  dead: ['ded'],
  death: ['deth', 'deaht', 'detah'],
  life: ['lyfe', 'lfe', 'lief'],
  living: ['livin', 'liveing', 'lving', 'livng'],
  overdose: ['ovrdose', 'overdoze', 'overdos', 'ovedose', 'overdoce', 'overdoes', 'ovredose', 'overdse'],
  overdosing: ['overdosin', 'overdoseing', 'overdozing', 'ovrdosing'],
  overdosed: ['overdozed', 'ovrdosed'],
  thought: ['thot', 'thougt', 'thoght', 'thougth', 'thouhgt'],
  thoughts: ['thots', 'thougts', 'thoghts', 'thougths', 'thouhgts'],
  thinking: ['thinkin', 'thinkng', 'thnking', 'thiking', 'tinking'],
  think: ['thnk', 'thik'],
  trying: ['tryin', 'triyng', 'tyring'],
  tried: ['tryed', 'tride'],
  attempt: ['atempt', 'attemt', 'attmpt', 'attemp'],
  attempted: ['atempted', 'attemted', 'attempeted'],
  anymore: ['anymroe', 'anymor', 'nymore', 'anymre', 'anymoe', 'anyomre'],
  everyone: ['evryone', 'every1', 'evry1', 'everyon', 'evry'],
  someone: ['some1', 'sum1'],
  'no one': ['no1', 'noone'],
  anyone: ['any1'],
  because: ['cuz', 'coz', 'bc', 'bcuz', 'bcoz', 'becuz', 'becase', 'bcs'],
  'right now': ['rn'],
  tonight: ['tonite', 'tonigt', 'tonihgt', '2nite', '2night', 'tnite', 'tonght', 'toninght', 'tonigth'],
  tomorrow: ['tmrw', 'tmr', 'tmrrw', 'tmro', '2moro', '2morrow', '2mrw', 'tomoro', 'tommorow', 'tomorow', 'tommorrow', 'tomorrw', 'tmrow', '2morow'],
  today: ['2day', 'tday'],
  before: ['b4'],
  through: ['thru', 'thruogh', 'throught'],
  forever: ['4ever', '4eva', 'forver', 'furever', 'foreva'],
  you: ['u'],
  // SMS shorthand: "relapsed w the razor", "kids r with their mom" (not "n" for "and": forms write "n/a")
  with: ['w', 'wiht'],
  are: ['r'],
  // a contraction once its apostrophe is gone: "nobody'd miss me"
  'nobody would': ['nobodyd'],
  'everyone would': ['everyoned', 'everybodyd'],
  your: ['ur'],
  yourself: ['urself', 'yourslef', 'urslf', 'yourselfe'],
  people: ['ppl'],
  probably: ['prolly', 'probs'],
  'i dont know': ['idk', 'idek'],
  'i dont care': ['idc', 'idgaf'],
  never: ['nvr', 'neva', 'nevr', 'nevah'],
  please: ['pls', 'plz', 'pleas'],
  seriously: ['srsly'],
  dont: ['dnt', 'dotn', 'dnot'],
  cant: ['cnt', 'cannt', 'cannot'],
  wont: ['wotn'],
  'i am': ['iam'],
  be: ['b'],
  burden: ['burdon', 'berden', 'burdan', 'burdin', 'burdn', 'bruden'],
  hurting: ['hurtin', 'hurtng'],
  pills: ['pils', 'pillz', 'pilss'],
  goodbye: ['gudbye', 'goodby', 'godbye', 'gbye'],
  'a lot': ['alot'],
  was: ['wuz', 'waz', 'wus'],
  hoy: ['oy'],
  matar: ['matr', 'mtar'],
  suicidar: ['suisidar', 'sucidar', 'suicdar'],
  about: ['bout', 'abt', 'abut', 'abou'],
  ending: ['endin', 'endng'],
  cutting: ['cuttin', 'cuting'],
  // run-together words and hashtags
  'self harm': ['selfharm', 'selfharn'],
  'self harming': ['selfharming'],
  'self harmed': ['selfharmed'],
  'self injury': ['selfinjury'],
  'kill myself': ['killmyself', 'kilmyself', 'killmyslef', 'killmyslf'],
  'end my life': ['endmylife'],
  'end it all': ['enditall'],
  'i want to die': ['iwanttodie', 'iwannadie'],
  'want to die': ['wanttodie'],
  'wanna die': ['wannadie'],
  'let me die': ['letmedie'],
  'hang myself': ['hangmyself'],
  'suicidal thoughts': ['suicidalthoughts'],
  // Spanish
  quiero: ['kiero', 'qiero', 'quero', 'qero', 'kero', 'qro', 'qiero', 'quieroo'],
  quieres: ['kieres', 'qieres'],
  que: ['q', 'ke', 'k', 'qe'],
  porque: ['xq', 'pq', 'porq', 'xk', 'pk', 'porke', 'xque', 'porqe'],
  de: ['d'],
  tambien: ['tmb', 'tb', 'tmbn', 'tambn'],
  nadie: ['nadien', 'naiden', 'nadies'],
  para: ['pa'],
  aqui: ['aki', 'aca'],
  estoy: ['stoy', 'toy', 'estoi'],
  tengo: ['tng', 'tngo', 'teng'],
  ahora: ['aora', 'ahra'],
  suicidarme: ['suisidarme', 'suicidarm', 'sucidarme', 'suisidarm', 'suicidarrme'],
  suicidio: ['sucidio', 'suisidio', 'suicido_'],
  morirme: ['morirm', 'morime', 'morrirme'],
  matarme: ['matarm', 'matarmee'],
  ojala: ['oxala', 'ogala', 'ojalaa', 'ojla'],
  pastillas: ['pastiyas', 'pastias', 'pastiyas'],
  vida: ['vyda'],
  mejor: ['mejo'],
};

/** Gerunds typed without the final g ("slittin", "hangin"): "-in" restored when the "-ing" word is one of these. */
const GERUNDS = (
  'killing dying cutting ending hanging slitting shooting jumping overdosing drowning hurting harming thinking trying ' +
  'going living wanting feeling bleeding burning taking planning wishing hoping praying waiting sitting holding ' +
  'standing writing saying getting starving choking punching hitting scratching unaliving offing nothing something ' +
  'doing driving crashing swallowing loading staring looking calling telling begging pulling pushing hiding sleeping ' +
  'crying shaking screaming texting leaving giving losing breaking falling drinking using putting starting checking ' +
  'fighting running counting cleaning hearing seeing'
).split(' ');

export const SPELLING: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const g of GERUNDS) map.set(g.slice(0, -1), g);
  for (const [right, wrongs] of Object.entries(ENTRIES)) {
    for (const wrong of wrongs) if (wrong !== right) map.set(wrong, right);
  }
  // 'toy' in English is a toy; keep it Spanish only where it is clearly "estoy": drop the ambiguous one.
  map.delete('toy');
  map.delete('suicido_');
  return map;
})();

/**
 * Words a run of repeated letters may be restoring ("diiiie" -> "die", "byeeee" -> "bye"). A run of
 * three or more is first cut to two; when the one-letter form is a known word it is preferred.
 */
export const VOCAB: ReadonlySet<string> = new Set(
  (
    'die dead death dying kill killing killed myself self harm hurt cut cutting want wanna need so no yes please bye goodbye ' +
    'me now done gone tired alone hate life live living help sorry sad fine good too soon feel sleep keep deep bleed ' +
    'bleeding pills gun rope end over never ever anymore cant dont wont just really very much to do go i im ive my ' +
    'suicide suicidal overdose tonight today tomorrow forever sick anyone everyone nobody care wish hope pray god ' +
    'tried try plan ready lost empty numb pain hurts scared afraid okay ok hello hi hey lol omg ugh fuck shit damn ' +
    'morir muerte muerto muerta matar matarme quiero ya nada nadie vida vivir adios ayuda mas triste solo sola ' +
    'cansado cansada noche hoy manana siempre nunca mejor dios si'
  ).split(/\s+/),
);

/** Words a '*' or '#' censoring may hide ("k*ll", "su*cide"): matched by length and the letters shown. */
export const CENSORED_TARGETS: readonly string[] = [
  'kill', 'killing', 'killed', 'myself', 'suicide', 'suicidal', 'die', 'dead', 'death', 'dying', 'unalive',
  'unaliving', 'self', 'harm', 'cut', 'cutting', 'hang', 'shoot', 'overdose', 'matarme', 'morir', 'suicidarme', 'fuck', 'fucking', 'shit',
];
