import type { Localized } from '../locale';

/**
 * A clinician's own words relayed to the candidate through the bot. Marked as coming from a clinician (by
 * name) so nobody mistakes a person for the automated assistant, or the other way round.
 */
export const CLINICIAN_SAYS: Localized = {
  en: 'From {clinicianName}, a clinician on our team: {text}',
  es: 'De {clinicianName}, profesional clínico de nuestro equipo: {text}',
};
