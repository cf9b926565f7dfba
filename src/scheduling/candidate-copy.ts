import { BOOKING_NOTES, SCHEDULING_MESSAGES, type SchedulingForm } from '../../dialogs/copy/scheduling';
import { SMS_CHANNEL } from '../channels/sms/sms-channel';
import { CONVERSATIONS_CHANNEL } from '../channels/twilio/conversations-route';
import { fill } from '../../dialogs/copy/template';
import type { ProgramFacts } from '../../dialogs/copy/program';
import type { HandoffRecord } from './record/schema';
import type { SchedulingSettings } from './settings';
import { fillBookingLink } from './booking-link';
import { shortReference } from './ids';

/** The prefilled booking link for this hand-off, when one is configured for its outcome. */
export function bookingLinkFor(record: HandoffRecord, settings: Pick<SchedulingSettings, 'bookingLink'>): string | undefined {
  const booking = settings.bookingLink;
  if (!booking || !booking.outcomes.includes(record.outcome.kind)) return undefined;
  return fillBookingLink(booking.template, {
    name: record.contact.firstName,
    email: record.contact.email,
    notes: fill(BOOKING_NOTES[record.language], { handoffId: record.handoffId }),
    handoffId: record.handoffId,
  });
}

function vars(record: HandoffRecord, program: ProgramFacts, settings: SchedulingSettings, link: string | undefined) {
  return {
    firstName: record.contact.firstName,
    email: record.contact.email,
    programName: program.programName,
    supportContact: program.supportContact,
    businessDays: settings.businessDays,
    reference: shortReference(record.handoffId),
    link: link ?? '',
  };
}

/** Texts show on a lock screen: the SMS form leaves the email address out. */
function formFor(channel: string): SchedulingForm {
  return channel === SMS_CHANNEL || channel === CONVERSATIONS_CHANNEL ? 'sms' : 'web';
}

/** What happens next and when: book now with the link, or wait for the team (after a clinician's review). */
export function confirmationText(record: HandoffRecord, program: ProgramFacts, settings: SchedulingSettings): string {
  const link = bookingLinkFor(record, settings);
  const key = link ? 'confirmWithLink' : record.outcome.kind === 'likely-fit' ? 'confirmLikelyFit' : 'confirmNeedsReview';
  return fill(SCHEDULING_MESSAGES[key][formFor(record.channel)][record.language], vars(record, program, settings, link));
}

export function followUpText(record: HandoffRecord, program: ProgramFacts, settings: SchedulingSettings): string {
  const link = bookingLinkFor(record, settings);
  return fill(SCHEDULING_MESSAGES[link ? 'followUpWithLink' : 'followUp'][formFor(record.channel)][record.language], vars(record, program, settings, link));
}
