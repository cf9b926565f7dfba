import type { Context } from './context';
import type { MessageStatus, RecordedMessage } from './types';
import { signRequest } from './webhook-client';

/**
 * What happens to an outbound message after Twilio accepted it: it is sent to the carrier, then the carrier
 * reports it delivered, or undelivered/failed with an error code when an admin call arranged that for the
 * number. Each step updates the record (what a fetch returns) and, when the message has a StatusCallback,
 * posts a signed callback like Twilio's. A Messaging Service send first goes from 'accepted' to 'queued'
 * (Twilio picks the sender then) and reports that step too.
 */

interface Step {
  status: MessageStatus;
  errorCode: number | null;
}

export function scheduleDelivery(context: Context, message: RecordedMessage, startAfter: Promise<void>): void {
  // The failure rule in force when the message was accepted decides its fate, as a carrier's would.
  const failure = context.store.failure(message.to);
  const steps: Step[] = [];
  if (message.status === 'accepted') steps.push({ status: 'queued', errorCode: null });
  steps.push({ status: 'sent', errorCode: null });
  steps.push(failure ? { status: failure.status, errorCode: failure.errorCode } : { status: 'delivered', errorCode: null });

  context.outbox.schedule(async () => {
    const generation = context.outbox.currentGeneration;
    for (const step of steps) {
      if (context.options.deliveryDelayMs > 0) await sleep(context.options.deliveryDelayMs);
      if (generation !== context.outbox.currentGeneration) return;
      applyStep(context, message, step);
      if (message.statusCallback) await sendStatusCallback(context, message, step);
    }
  }, startAfter);
}

function applyStep(context: Context, message: RecordedMessage, step: Step): void {
  const now = new Date();
  if (step.status === 'queued' && message.from === null) message.from = context.options.senderNumbers?.[0] ?? context.options.phoneNumber;
  if (step.status === 'sent') message.dateSent = now;
  message.status = step.status;
  message.errorCode = step.errorCode;
  message.dateUpdated = now;
}

async function sendStatusCallback(context: Context, message: RecordedMessage, step: Step): Promise<void> {
  const url = message.statusCallback ?? '';
  const params: Record<string, string> = {
    AccountSid: message.accountSid,
    ApiVersion: '2010-04-01',
    From: message.from ?? '',
    To: message.to,
    MessageSid: message.sid,
    SmsSid: message.sid,
    MessageStatus: step.status,
    SmsStatus: step.status,
  };
  if (message.messagingServiceSid) params.MessagingServiceSid = message.messagingServiceSid;
  if (step.errorCode !== null) params.ErrorCode = String(step.errorCode);
  // The carrier's delivery receipt time (YYMMDDhhmm, UTC) comes with final carrier outcomes.
  if (step.status === 'delivered' || step.status === 'undelivered') params.RawDlrDoneDate = dlrDate(new Date());
  try {
    const response = await context.webhooks.send(signRequest(context.options.authToken, url, params));
    message.callbacks.push({ status: step.status, url, httpStatus: response.status, error: null });
  } catch (error) {
    // Twilio does not retry a failed status callback; it logs error 11200 and moves on. So does the stand-in.
    message.callbacks.push({ status: step.status, url, httpStatus: null, error: error instanceof Error ? error.message : String(error) });
  }
}

function dlrDate(date: Date): string {
  const iso = date.toISOString();
  return iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10) + iso.slice(11, 13) + iso.slice(14, 16);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
