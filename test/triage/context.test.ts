import { triage } from '../../src/triage';

/**
 * The question the bot last asked changes what a short answer means: a bare answer to a structured
 * question is scored by the structured-answer path, a bare "no" to a suicide question is none, and an
 * ideation statement is triaged whatever the context.
 */
describe('context', () => {
  describe('a bare answer to a structured question is not free text', () => {
    it.each(['yes', 'Yes.', 'sí', 'no', 'nope', '2', 'b', 'not at all', 'several days', 'nearly every day', 'a veces', 'casi todos los días'])(
      '%s to a yes/no or choice question is none',
      (text) => {
        expect(triage(text, { answerKind: 'yes-no', aboutSelfHarm: true }).risk).toBe('none');
        expect(triage(text, { answerKind: 'choice', aboutSelfHarm: true }).risk).toBe('none');
      },
    );
  });

  it.each(['no', 'No.', 'never', 'nunca', 'nah', 'no, never', 'not at all', "I'm fine"])('a bare "%s" to a question about suicide is none', (text) => {
    expect(triage(text, { aboutSelfHarm: true }).risk).toBe('none');
    expect(triage(text, { aboutSelfHarm: true, answerKind: 'free-text' }).risk).toBe('none');
  });

  it('an ideation statement is triaged normally whatever the context', () => {
    expect(triage('yes, I want to kill myself', { answerKind: 'yes-no', aboutSelfHarm: true }).risk).toBe('active');
    expect(triage('sí, me quiero morir', { answerKind: 'yes-no', aboutSelfHarm: true }).risk).toBe('active');
    expect(triage('3, and I have a plan', { answerKind: 'choice', aboutSelfHarm: true }).risk).toBe('imminent');
    expect(triage('no, I want to die', { answerKind: 'yes-no', aboutSelfHarm: true }).risk).toBe('active');
  });

  it('an affirmative free-text answer to a self-harm question routes', () => {
    expect(triage('yes', { aboutSelfHarm: true, answerKind: 'free-text' }).risk).toBe('passive');
    expect(triage('sometimes', { aboutSelfHarm: true }).risk).toBe('passive');
    expect(triage('a veces, sí', { aboutSelfHarm: true }).risk).toBe('passive');
  });

  it('an affirmative with a time, a plan or a means is imminent', () => {
    expect(triage('yes, tonight', { aboutSelfHarm: true, answerKind: 'yes-no' }).risk).toBe('imminent');
    expect(triage('yeah I have the pills', { aboutSelfHarm: true }).risk).toBe('imminent');
    expect(triage('sí, esta noche', { aboutSelfHarm: true }).risk).toBe('imminent');
  });

  it('without context a bare answer is none and carries no signal', () => {
    expect(triage('yes').risk).toBe('none');
    expect(triage('2').risk).toBe('none');
    expect(triage('quite a bit').risk).toBe('none');
  });

  it('an anaphoric statement counts when the question was about self-harm', () => {
    expect(triage("I'm doing it tonight").risk).toBe('none');
    expect(triage("I'm doing it tonight", { aboutSelfHarm: true }).risk).toBe('imminent');
  });

  describe('earlier messages of the same conversation', () => {
    it('give an anaphoric cue its referent when one named a lethal means, said goodbye or carried a signal', () => {
      expect(triage('tonight.', { earlier: ['got the rope', "it's in the truck"] }).risk).toBe('imminent');
      expect(triage("I've decided", { earlier: ['bought a shotgun today'] }).risk).toBe('imminent');
      expect(triage("I've decided", { earlier: ['honestly I just want to die'] }).risk).toBe('imminent');
      expect(triage('esta noche', { earlier: ['ya tengo la soga'] }).risk).toBe('imminent');
      expect(triage('tonight.', { earlier: ['goodbye everyone, I love you all'] }).risk).toBe('imminent');
    });

    it('are asked for only when a cue has nothing in its own message to anchor it', () => {
      expect(triage('tonight.').needsEarlier).toBe(true);
      expect(triage("I've decided").needsEarlier).toBe(true);
      expect(triage('hello, how long is each session?').needsEarlier).toBeUndefined();
      expect(triage('I want to die tonight').needsEarlier).toBeUndefined();
      // once given (even none), or when the question asks for a day, they are not asked for again
      expect(triage('tonight.', { earlier: [] }).needsEarlier).toBeUndefined();
      expect(triage('Saturday.', { asksForTime: true }).needsEarlier).toBeUndefined();
    });

    it('say why in the reasons', () => {
      expect(triage('tonight.', { earlier: ['got the rope'] }).reasons.map((r) => r.rule)).toContain('context.earlier-messages');
    });

    it('leave the cue alone when they are ordinary, or name only medication', () => {
      expect(triage('tonight.', { earlier: ['we are going to the movies'] }).risk).toBe('none');
      expect(triage('saturday.', { earlier: ['I take insulin and sertraline'] }).risk).toBe('none');
      expect(triage('tonight.').risk).toBe('none');
    });

    it('do not turn a decision about something named into a plan', () => {
      expect(triage("I've decided to start the program", { earlier: ['I hunt deer with my rifle'] }).risk).toBe('none');
      expect(triage("I've decided on the morning slots", { earlier: ['I hunt deer with my rifle'] }).risk).toBe('none');
      expect(triage("I've decided.", { earlier: ['I hunt deer with my rifle'] }).risk).toBe('imminent');
    });

    it('do not turn a day given to a question about days into a plan', () => {
      expect(triage('Saturday.', { earlier: ['I keep a rifle for hunting'], asksForTime: true }).risk).toBe('none');
      expect(triage('Saturday.', { earlier: ['I keep a rifle for hunting'] }).risk).toBe('imminent');
    });

    it('are read a few at a time: only the last three count', () => {
      const old = ['got the rope', 'ok', 'sure', 'fine'];
      expect(triage('tonight.', { earlier: old }).risk).toBe('none');
      expect(triage('tonight.', { earlier: old.slice(0, 3) }).risk).toBe('imminent');
    });
  });

  it('a means named with "\'s" or in the plural anchors an anaphoric time cue', () => {
    // normalising drops the apostrophe: "rope's" reads "ropes"
    expect(triage("rope's in the truck. tonight").risk).toBe('imminent');
    expect(triage("the pistol's loaded. tonight").risk).toBe('imminent');
    expect(triage('the ropes in the truck. tonight').risk).toBe('imminent');
    // the same cue beside ordinary nouns stays none
    expect(triage("truck's packed. tonight").risk).toBe('none');
    expect(triage("the kids are asleep. tonight").risk).toBe('none');
  });

  it('"number 9 is a 3" is the PHQ-9 self-harm item only outside another numbered questionnaire', () => {
    expect(triage('number 9 is a 3').risk).toBe('active');
    expect(triage('q9: 3', { answerKind: 'choice', questionId: 'phq9_9' }).risk).not.toBe('none');
    expect(triage('number 9 is a 3', { answerKind: 'choice', questionId: 'pcl5_9' }).risk).toBe('none');
    expect(triage('for item 9 i would say 2, quite a bit', { answerKind: 'choice', questionId: 'gad7_7' }).risk).toBe('none');
    // a statement of ideation typed during the PCL-5 still routes
    expect(triage('number 9 is a 3 and honestly i want to die', { answerKind: 'choice', questionId: 'pcl5_9' }).risk).not.toBe('none');
  });
});

