import { describeFamilies, type Row } from './helpers';

/**
 * Classic phrasings that came out none or too low in a probe of 300 common crisis sentences and their
 * look-alikes (fourth session, 2026-11-28), each as a family with paraphrases and hard negatives.
 */
const FAMILIES: Record<string, readonly Row[]> = {
  "the writer's own wish, asked as whether it is normal": [
    ['active', 'is it normal to want to die?'],
    ['active', 'Is it normal to want to die all the time'],
    ['active', 'is it weird that i keep thinking about killing myself'],
    ['active', 'its not normal to want to end it all is it'],
    ['passive', 'Is it normal to wish you were dead?'],
    ['passive', 'is it bad that I hope I dont wake up'],
    ['active', '¿Es normal querer morirse?'],
    ['active', 'será normal pensar en matarme todos los días?'],
    ['passive', '¿Es normal querer estar muerta?'],
    ['passive', 'es raro desear no despertar?'],
  ],
  'what is normal, about something else': [
    ['none', 'is it normal to be scared of dying during surgery?'],
    ['none', 'is it normal to feel dizzy after the ketamine session?'],
    ['none', 'is it normal to want to sleep all day after a night shift'],
    ['none', '¿es normal tener miedo a morir en el avión?'],
    ['none', '¿es normal querer dormir todo el día?'],
  ],
  'a rehearsal with a ligature': [
    ['imminent', 'I practiced with the rope last night'],
    ['imminent', 'did a practice run with the belt in the closet'],
    ['imminent', 'practiqué con la soga anoche'],
    ['imminent', 'hice un ensayo con el cinturón en el baño'],
    ['none', 'practiced with the rope at the climbing gym tonight'],
    ['none', 'we practiced with a rope in sailing class, bowlines all day'],
    ['none', 'practiqué con la cuerda en la clase de escalada'],
    ['none', 'practiced with my belt for the karate test saturday'],
    ['none', 'probé el cable del cargador y no sirve'],
    ['none', 'the kids practiced with a rope swing at the lake'],
  ],
  'pills saved up for the end (Spanish)': [
    ['imminent', 'He estado juntando pastillas para matarme'],
    ['imminent', 'llevo meses guardando mis pastillas para cuando me decida'],
    ['imminent', 'junté las pastillas para el día que ya no aguante'],
    ['none', 'estoy guardando mis pastillas en el pastillero para la semana'],
    ['none', 'guardé las medicinas para el viaje'],
  ],
  'goodbyes at an ordinary ending told after them': [
    ['none', 'Said my goodbyes at the retirement party'],
    ['none', 'said goodbyes to everyone before I moved to college'],
    ['none', 'Me voy de viaje a Colombia, ya me despedí de todos'],
    ['none', 'salgo de vacaciones mañana y ya me despedí de mi familia'],
    ['imminent', 'I said my goodbyes. thank you for trying'],
    ['imminent', 'ya me despedí de todos, perdónenme'],
  ],
  'a pet or a gun handed on for when the writer is gone': [
    ['imminent', "Gave my dog to my sister so she's taken care of when I'm gone"],
    ['imminent', 'gave my cat to my neighbor, she will take care of her when im gone'],
    ['imminent', 'left my guns to my brother for when im not around'],
    ['imminent', 'le di mi perro a mi hermana para cuando ya no esté'],
    ['none', 'gave my cat to my mom to watch when im gone on vacation next week'],
    ['none', 'le dejé mi perro a mi hermana para cuando no esté de viaje'],
  ],
  'a note written while waiting for the house to sleep': [
    ['imminent', 'wrote my note, just waiting for everyone to go to sleep'],
    ['imminent', 'finished the letters. once the kids are asleep'],
    ['none', 'wrote my note to the teacher, waiting for the kids to go to sleep so i can watch tv'],
  ],
  "a statement whose 'I' was dropped, not a question": [
    ['passive', 'should have died in that crash'],
    ['passive', 'should of died in iraq'],
    ['passive', 'would be better off dead'],
    ['passive', 'would rather be dead honestly'],
    ['active', 'have been wanting to die for weeks'],
    ['none', 'did he kill himself'],
    ['none', 'should he have died'],
    ['none', 'would they be better off dead?'],
    ['none', 'could someone die from 10 tylenol'],
  ],
  "what a note tells the ones left ('it's not your fault'), beside another farewell": [
    ['imminent', "Just want you to know it's not your fault. I'm done."],
    ['imminent', "it's not your fault. I'm sorry for everything"],
    ['imminent', 'no es tu culpa. perdónenme'],
    ['imminent', 'nada de esto es tu culpa, los quiero mucho'],
    ['none', "it's not your fault the appointment moved"],
    ['none', "it's not your fault. the doctor rescheduled"],
    ['none', 'no es tu culpa que se cancelara la cita'],
    ['none', "ok I'm done. thanks"],
    ['none', "I'm done with the form, thanks"],
  ],
};

describeFamilies('classic phrasings', FAMILIES);
