import { describeFamilies, riskOf, type Row } from './helpers';

/**
 * Every English rule family, with messages written for the test. Each row is the tier the detector
 * must give. Families follow the issue: direct statements, passive wishes, burden, means + intent,
 * time, farewells, acts in progress, self-harm, slang, history, preparation.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'direct statements': [
    ['active', 'I want to kill myself'],
    ['active', 'I keep thinking about ending my life'],
    ['active', "I've been having suicidal thoughts again"],
    ['active', "I'm seriously considering suicide"],
    ['active', 'i wanna die'],
    ['active', 'I feel like dying every single day'],
  ],
  slang: [
    ['active', 'kinda want to kms ngl'],
    ['active', 'thinking about unaliving'],
    ['active', 'sewer slide is on my mind a lot'],
    ['active', 'ctb vibes honestly'],
    ['active', 'honestly I might just off myself'],
    ['active', 'been having SI again'],
  ],
  methods: [
    ['active', 'I think about shooting myself a lot'],
    ['active', 'every night I think about eating my gun'],
    ['active', 'sometimes I think about driving off the road'],
    ['active', 'My mind keeps telling me to jump in front of a train'],
    ['active', "I'm thinking of overdosing on my sleeping pills"],
  ],
  'passive wishes': [
    ['passive', 'I wish I was dead'],
    ['passive', "sometimes I hope I don't wake up"],
    ['passive', "I don't want to live anymore"],
    ['passive', 'I want to go to sleep and never wake up'],
    ['passive', "I wish I'd never been born"],
    ['passive', 'life isn\'t worth living'],
    ['passive', 'I should have died over there with my guys'],
  ],
  burden: [
    ['passive', 'everyone would be better off without me'],
    ['passive', "I'm such a burden to my family"],
    ['passive', 'nobody would miss me'],
    ['passive', "my kids would be better off if I wasn't around"],
  ],
  'means + intent': [
    ['imminent', 'i have the pills counted out in front of me right now'],
    ['imminent', 'sitting here with the gun loaded'],
    ['imminent', 'i bought a gun today and i keep thinking about using it on myself'],
    ['imminent', 'i have a plan to kill myself'],
    ['imminent', 'googled how many ambien it takes to die'],
  ],
  time: [
    ['imminent', 'im gonna kill myself tonight'],
    ['imminent', 'I want to die tonight'],
    ['imminent', 'i will hang myself when everyone is asleep'],
    ['imminent', "I've decided. Friday is the day I end my life"],
  ],
  farewells: [
    ['imminent', 'this is my last text. tell my kids i love them. goodbye'],
    ['imminent', 'I wrote goodbye letters to my wife and kids'],
    ['imminent', "By the time you read this I'll be gone"],
    ['imminent', 'GOODBYE. I LOVE YOU ALL. IM SORRY'],
  ],
  'acts in progress or just done': [
    ['imminent', 'I just swallowed a whole bottle of tylenol'],
    ['imminent', 'took like 40 of my seroquel about an hour ago'],
    ['imminent', 'the rope is tied and im standing on the chair'],
    ['imminent', 'i cut too deep and it wont stop bleeding'],
    ['imminent', "I'm on the bridge and I'm going to jump"],
  ],
  'self-harm': [
    ['active', "I've been cutting again"],
    ['active', 'i burn myself with cigarettes when the flashbacks get bad'],
    ['active', 'I cut my thighs when it gets bad'],
    ['active', 'i have urges to cut'],
    ['active', 'I want to hurt myself'],
    ['active', 'I hit my head against the wall until I see stars'],
  ],
  history: [
    ['history', 'I attempted suicide when I was 19'],
    ['history', 'I tried to kill myself after my divorce'],
    ['history', 'I used to cut in high school'],
    ['history', "i haven't self harmed in 3 years"],
    ['history', 'I survived an attempt in 2012'],
    ['history', 'I got baker acted when I was 16'],
  ],
  preparation: [
    ['imminent', "ive decided. sunday. i already know how"],
    ['imminent', 'the plan is done, the date is set'],
    ['imminent', "I can't promise I won't hurt myself tonight"],
    ['imminent', "if you're reading this i'm already gone"],
  ],
};

/**
 * Families added for writers the rules had never seen (paraphrases written for the test, not the data's
 * sentences), each with the hard negatives that must stay none.
 */
const NEW_FAMILIES: Record<string, readonly Row[]> = {
  'means in hand, readied': [
    ['imminent', 'gripping my pistol right now. counting down from ten'],
    ['imminent', 'parked at the lake with my service pistol. tell my boys i love them'],
    ['imminent', 'i grabbed my fathers old shotgun. this is it'],
    ['imminent', 'took out the revolver again. im done'],
    ['imminent', 'the noose is up in the shed. tonight when everyone is asleep'],
    ['imminent', 'cant sleep. i have the extension cord and nobody is home tonight'],
    ['imminent', 'got a length of hose hooked up to the exhaust'],
    ['imminent', 'slapped every one of the fentanyl patches on'],
    ['imminent', 'i know how much insulin it takes and i drew it up, sitting in my car now'],
    ['imminent', 'after my shift im using my duty pistol. bye'],
    ['imminent', 'already slit my wrists in the bath'],
    ['imminent', 'heading to the woods with the bottle of my oxy tonight'],
    ['active', 'sitting on the bed with my glock'],
  ],
  'means in hand, not readied': [
    ['none', 'cleaning my rifle tonight before deer season opens'],
    ['none', 'took my pistol out of the safe for the range tomorrow'],
    ['none', 'my neighbor was holding his shotgun when the dog got loose'],
    ['none', 'bought a new hose for the dryer exhaust today'],
    ['none', 'one of the robbers put a gun to my head, i still hear it'],
    ['none', 'they held a pistol to my head during the carjacking'],
    ['none', 'we are finally pulling the trigger and buying the house'],
    ['none', 'ready to pull the trigger on the new job offer'],
  ],
  'terse plans': [
    ['imminent', 'plans set. saturday. pills.'],
    ['imminent', 'the plan question? yeah. the overpass by my work'],
    ['imminent', 'my doctor asked if i have a plan. yes. the rope in the garage'],
    ['imminent', "I'll be dead by morning"],
    ['imminent', 'i wont make it through the night'],
    ['imminent', 'my plan is the bridge on the county road'],
    ['imminent', 'my uncle hanged himself and i think im going the same way tonight'],
    ['imminent', "you've been kind. won't need the intake. bye. already took them"],
    ['imminent', 'the pistol is loaded. everything ends here'],
    ['none', 'ok the plan is set, see you on tuesday'],
    ['none', "i'll be gone by morning, early flight to see my mom"],
    ['none', "not gonna make thursday's session, can we reschedule"],
    ['none', 'my treatment plan is done, thanks for the help'],
  ],
  'passive, new shapes': [
    ['passive', 'wish the cancer had taken me instead of my wife'],
    ['passive', 'i wish it had been me who died in that car'],
    ['passive', 'every shift i hope this is the fire i dont come back from'],
    ['passive', 'if a bus hit me on the way home id be fine with that'],
    ['passive', 'lying awake hoping my heart would just give out'],
    ['passive', 'every morning im angry i woke up again'],
    ['passive', 'god can take me any day now, the sooner the better'],
    ['passive', 'death cant come soon enough'],
    ['passive', 'my wife would be better off with a dead husband'],
    ['passive', "i'm worth more dead than alive, the policy would pay off the house"],
    ['passive', 'i feel like im just wasting oxygen'],
    ['passive', 'all i want most days is to not exist'],
    ['passive', 'i pray each night that the lord takes me home'],
    ['none', 'disappointed i woke up late and missed the bus'],
    ['none', 'hope i dont come back from vacation broke'],
    ['none', 'wish they had taken me to the concert'],
    ['none', 'that old couch is taking up space in the garage'],
  ],
  'history, new shapes': [
    ['history', 'back in 2016 i stood on the overpass for hours until a trooper talked me down'],
    ['history', 'the scars on my forearms are from high school'],
    ['history', 'in 2011 i held the pistol to my temple and couldnt do it'],
    ['history', 'twice, 2008 and 2012, pills both times'],
    ['history', 'nearly did it in 2018 but my dog barked and i stopped'],
    ['history', 'attempted in 2015. i dont talk about it'],
    ['history', "i've tried before, 2013, with my dads gun"],
    ['none', 'the scars on my arms are from a dog bite when i was a kid'],
    ['none', 'i stood on the bridge and watched the fireworks with my kids'],
    ['none', 'my boss talked me off the ledge about quitting'],
  ],
  'self-harm and answers': [
    ['active', 'the need to cut has been really strong this week'],
    ['active', 'pressed my arm against the iron on purpose last night'],
    ['active', 'i punch the mirror until my knuckles bleed'],
    ['history', 'in high school i hit the mirror until my hand was bloody'],
    ['active', "I'm not suicidal, but i cut again yesterday"],
    ['passive', 'the nurse asked if i wished i was dead. honestly yes'],
    ['active', 'my psychiatrist asked if i ever think about killing myself and i said no. i lied'],
    ['none', 'accidentally burned my hand on the stove making dinner'],
  ],
  'slang mentioned, not used': [
    ['none', 'what does kms mean? my son types it in the group chat'],
    ['none', "what is 'unalive'?"],
    ['none', 'my nephew keeps saying unalive about his teachers'],
    ['active', 'i say kms a lot but lately i mean it'],
  ],
  'denials, idioms, other people and media': [
    ['none', 'I have zero intention of killing myself, I just need sleep'],
    ['none', "i wasn't trying to kill myself, i was trying to get out of the fire"],
    ['none', 'i want to disappear from facebook for a bit'],
    ['none', 'the coroner said my brothers overdose was accidental'],
    ['none', 'that show had a suicide storyline and i had to turn it off'],
  ],
};

describeFamilies('English rule families, second pass', NEW_FAMILIES);

describeFamilies('English rule families', FAMILIES);

/** Third pass: plans with a time or a deception, sideways passive wishes, history told as an answer, and hard negatives. */
const THIRD_PASS: Record<string, readonly Row[]> = {
  'plans with a time or a deception': [
    ['imminent', "my plan is for right after my son's recital in june. i want to hear him play with him first"],
    ['imminent', 'Chose the overpass. going there when my shift ends at 9'],
    ['imminent', "Tomorrow. I've decided and I feel oddly peaceful"],
    ['imminent', 'kept the bottle of pills in my bag all week. the kids are out of the house at 4 and then thats it'],
    ['imminent', "Loaded the revolver and cocked it. it isn't anybody's fault, i want that known"],
    ['imminent', "took my uncle's rifle from his cabinet. told him it was for target practice. it's not for target practice."],
    ['imminent', "I'm sitting in the tub with a razor blade and I feel calm"],
  ],
  'passive said sideways': [
    ['passive', "my parents would've been better off if i came home from iraq in a box"],
    ['passive', "sometimes I wish she'd finished me off that night"],
    ['passive', 'on the highway I kinda hope a truck hits me'],
    ['passive', 'honestly my son would be better off with only his mom'],
    ['passive', 'I lived through the crash but most days I wish I hadnt'],
    ['passive', 'item 9, the one about hurting yourself: several days'],
  ],
  'history as an answer': [
    ['history', 'ever attempted? yeah, twice, both in college'],
    ['history', 'my sister read my note when i was 15, thats when i started therapy'],
  ],
  'active said sideways': [
    ['active', 'do you see people who are suicidal? asking bc thats me'],
    ['active', 'I know exactly how many of my pills would do it and I think about it at night'],
  ],
  'hard negatives': [
    ['none', 'my cactus is basically on suicide watch after i forgot to water it'],
    ['none', 'the guards had him on suicide watch for a week'],
    ['none', 'If a family member is suicidal, can they still join the group sessions?'],
    ['none', "As a crisis counselor I've handled a lot of suicide calls this year"],
    ['none', 'the surgeons said by all rights I shouldnt have survived the crash'],
    ['none', "I'm not depressed or suicidal, just on edge all the time"],
    ['none', 'my counselor asked if I ever hurt myself and I told her the truth, which is no'],
    ['none', 'the plan is for after the holidays to start the program'],
    ['none', 'we picked the spot for the picnic, heading there when work ends at 5'],
    ['none', 'is the nasal spray like the party drug? bc thats the last thing i want'],
    ['none', 'cleaned my rifle and loaded it for deer season'],
    ['none', 'the phq question about being better off dead: not at all'],
  ],
};

describeFamilies('English rule families, third pass', THIRD_PASS);

describe('medication handled as prescribed is not means readied', () => {
  it.each([
    ['none', 'my meds are counted out in my pill organizer for the week'],
    ['none', 'is the lozenge counted out by the pharmacy or do i do the dosing myself?'],
    ['imminent', 'pills counted out on the table, tonight is the night'],
    ['imminent', 'i have all my pills counted out in front of me. im done'],
  ] as const)('%s: %s', (tier, text) => {
    expect(`${riskOf(text)} ${text}`).toBe(`${tier} ${text}`);
  });
});


/** Fourth pass: the logistics of an ending, means got under a pretext, acts told flatly, farewells in thanks, thoughts said sideways; and the same logistics with an innocent purpose. */
const FOURTH_PASS: readonly Row[] = [
  // logistics, two cues or a cue with a means
  ['imminent', 'the landlord has my spare key now. rent is paid through april so nobody gets stuck with it'],
  ['imminent', 'found a new home for my two cats. my banking passwords are in the red folder in the desk, my brother knows'],
  ['imminent', 'my cousin is taking the dog for good. everything else is taken care of. friday'],
  ['imminent', "closed my social media accounts and gave my guitar to my nephew. tell my dad i love him"],
  ['imminent', 'I wont be needing the follow up appointment. the pills are in my nightstand now'],
  ['imminent', 'cancel my next session please, I wont need it. my will is signed and the cat is with my neighbor'],
  ['imminent', 'you wont hear from me again. thanks for everything'],
  ['imminent', 'I picked the date: the day after my sons graduation. I wont ruin it for him. after that im done'],
  ['imminent', "my husband's gone until sunday so the apartment will be empty. that's when"],
  ['imminent', 'I told the doctor I lost my prescription so he wrote another one. I have enough now'],
  ['imminent', 'told the guy at the hardware store the rope was for my boat. the garage will do'],
  ['imminent', 'Last message. Please tell my sister I love her.'],
  ['imminent', 'Thank you for being kind to me. Please dont call anyone, none of this is on you. I wont be answering after tonight'],
  ['imminent', 'the note for my wife is in the glovebox. driving up to the cliff now'],
  ['imminent', 'I left the front door unlocked so whoever finds me wont have to break in'],
  ['imminent', 'swallowed whatever was left of my sleeping pills about twenty minutes ago. getting really sleepy'],
  ['imminent', 'took three bottles of advil earlier today, feel kind of fine, is that bad'],
  ['imminent', 'this is the night I go through with it'],
  ['imminent', 'gonna do it when my girlfriend leaves for her shift'],
  ['imminent', 'Im hiking up to the overlook right now'],
  ['imminent', 'stopped taking my insulin on purpose last week'],
  // sideways current thoughts and self-harm
  ['active', 'been running the numbers on how much of my lithium it would take'],
  ['active', 'I keep staring at the beam in the basement longer than I should'],
  ['active', 'i keep eyeing my dads revolver in the top drawer'],
  ['active', 'on my commute I think about just swerving into one of the trucks'],
  ['active', 'I lie in the tub and think about not coming back up'],
  ['active', 'I scratch words into my arm with a paperclip'],
  ['active', 'I dont feel safe around myself lately'],
  ['imminent', 'I dont feel safe around myself tonight'],
  ['active', 'Suicidal thoughts? thoughts of suicide: yes, most days'],
  // passive and history said sideways
  ['passive', 'honestly death seems restful right now'],
  ['passive', 'it wouldnt be so bad if my heart gave out in my sleep'],
  ['passive', 'I no longer care whether I live or die'],
  ['passive', 'I only stay alive because dying would destroy my sister'],
  ['history', 'I took a bunch of pills when I was 14, I got help after'],
  ['history', 'first attempt at 17, nothing since'],
  ['history', 'as a teenager I used to pray to die'],
  // hard negatives: the same logistics with an innocent purpose
  ['none', "we're moving to Denver, so I rehomed the cat with my aunt. rent is paid through june"],
  ['none', 'I updated my will after the cancer diagnosis, my lawyer has the envelope'],
  ['none', 'paid all my bills through december before my deployment. my brother has the spare key'],
  ['none', 'last message before my flight, talk monday!'],
  ['none', 'this is my last text for today, going to bed'],
  ['none', "I won't be here for the appointment on Tuesday because I'm on vacation, can we reschedule?"],
  ['none', 'I wont need the appointment after all, I found a therapist closer to work'],
  ['none', 'the kids are at camp all week so the house is quiet, good time for a session?'],
  ['none', "left a note on the counter for the dog walker with the spare key"],
  ['none', 'took my usual sleeping pill half an hour ago so I might be slow'],
  ['none', 'took my nightly meds and getting sleepy, talk tomorrow'],
  ['none', 'giving away my old clothes because im moving to a smaller apartment'],
  ['none', 'wrote goodbye notes to my coworkers on my last day at the job'],
  ['none', 'I finished the whole bottle of antibiotics like my doctor told me'],
  ['none', 'bought a rope to tie the tarp down, we move on saturday'],
  ['none', 'new email, this is it. please update my file'],
  ['none', 'my mom told me I was dead to her when I came out'],
  ['none', 'looking at the rafters in the garage, the contractor says theyre rotten'],
  ['none', 'my dad cleans his rifle every sunday before hunting season'],
  ['none', 'scheduled the email to my boss for 6am so it looks like i was up early'],
  ['none', "I'm driving to the overlook right now to meet my friends for sunset"],
  ['none', 'I picked the date for the wedding, my birthday in june'],
];

describe('English rule families, fourth pass (logistics, pretexts, sideways thoughts)', () => {
  it.each(FOURTH_PASS)('%s: %s', (tier, text) => {
    expect(`${riskOf(text)} ${text}`).toBe(`${tier} ${text}`);
  });
});
