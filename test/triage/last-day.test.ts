import { describeFamilies, type Row } from './helpers';

/**
 * A final day of life told as today or tonight (fourth session, 2026-11-28). "today is the last day of
 * my life", "hoy es el último día de mi vida" and "tonight is my last night" came out none: only "my
 * last day alive / on earth / here" was known. Hard negatives: the proverb, the past, a last night in a
 * city or on a shift, a last day of a working life. (The statistical stage alone still raises "como si
 * fuera el último día de mi vida, así lo disfruté" to passive: no rule reads the proverb, so nothing
 * tells it the words are not the writer's.)
 */
const FAMILIES: Record<string, readonly Row[]> = {
  'a last day or night of life, now': [
    ['imminent', 'today is the last day of my life'],
    ['imminent', 'this is the last day of my life'],
    ['imminent', 'tomorrow will be the final day of my life'],
    ['imminent', 'last day of my life today'],
    ['imminent', 'tonight is my last night'],
    ['imminent', 'i am living my last day'],
    ["imminent", "Im spending my last day, thank you for trying"],
    ['imminent', 'hoy es el último día de mi vida'],
    ['imminent', 'mañana es mi último día en este mundo'],
    ['imminent', 'mi ultimo dia con vida es el viernes'],
    ['imminent', 'estoy viviendo mi última noche'],
    ['imminent', 'el ultimo dia de mi vida es hoy'],
  ],
  'a last day of something else, a proverb, or the past': [
    ['none', 'live every day like its the last day of your life'],
    ['none', "live like it's the last day of my life, that's my motto"],
    ['none', 'that was the last day of my life as I knew it'],
    ['none', 'it was the last day of my life before the army'],
    ['none', 'today is the last day of my life as a single man lol'],
    ['none', 'tonight is my last night in Denver'],
    ['none', 'tonight is my last night shift'],
    ['none', 'this is the last day of my vacation'],
    ['none', 'hoy es el último día de mi vida laboral'],
    ['none', 'vive como si fuera el último día de tu vida'],
    ['none', 'mi ultima noche en la ciudad'],
  ],
};

describeFamilies('a final day of life, told as now', FAMILIES);
