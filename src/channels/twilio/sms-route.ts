import restify from 'restify';
import twilio from 'twilio';
import { z } from 'zod';
import type { Logger } from '../../logging';
import { describeError } from '../../logging';
import type { MessageRecord } from '../../store/types';
import { splitForSms } from '../sms/split';
import { triage } from '../../triage';
import { crisisReply } from '../../../dialogs/copy/crisis';
import type { SmsChannel } from '../sms/sms-channel';
import { signedTwilioForm, twilioFormParser, type TwilioWebhookConfig } from './signed-form';


/** Loose on purpose: Twilio adds parameters without notice; only what the bot needs is required. */
const InboundSmsParams = z
  .object({
    MessageSid: z.string().regex(/^(SM|MM)[0-9a-zA-Z]{32}$/),
    From: z.string().min(3).max(64),
    Body: z.string().max(20_000).default(''),
  })
  .loose();

/**
 * POST /api/twilio/sms: Programmable Messaging's incoming-message webhook. 403 for a bad or missing
 * signature, 413 over the body limit (the body parser's), 400 for a malformed body; otherwise 200 with
 * TwiML, so the reply (and a crisis reply above all) goes out in the response to the message that caused it.
 */
export function mountTwilioSms(server: restify.Server, deps: { sms: SmsChannel; config: TwilioWebhookConfig; logger: Logger }): void {
  const { config, logger } = deps;
  server.post(
    '/api/twilio/sms',
    twilioFormParser(config),
    async (req: restify.Request, res: restify.Response) => {
      const params = signedTwilioForm(req, res, config, logger, 'sms');
      if (!params) return;
      const parsed = InboundSmsParams.safeParse(params);
      if (!parsed.success) {
        res.send(400, { error: `malformed webhook: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}` });
        return;
      }

      try {
        const answer = await deps.sms.handle({ messageSid: parsed.data.MessageSid, from: parsed.data.From, body: parsed.data.Body });
        sendTwiml(res, answer.replies, `${config.publicBaseUrl}/api/twilio/status`);
      } catch (error) {
        // The message could not be stored or processed. Twilio does not retry a 5xx by default, so a crisis
        // signal still gets the 988 reply here, and the failure is loud in the logs.
        logger.error('sms.failed', { error: describeError(error) });
        const risk = triage(parsed.data.Body).risk;
        if (risk === 'none') {
          res.send(500, { error: 'could not process the message' });
          return;
        }
        logger.error('sms.crisis-not-recorded', { tier: risk });
        const twiml = new twilio.twiml.MessagingResponse();
        for (const body of splitForSms(crisisReply(risk, 'en', 'sms'))) twiml.message(body);
        res.setHeader('Content-Type', 'text/xml');
        res.sendRaw(200, twiml.toString());
      }
    },
  );
}

/**
 * The stored replies as TwiML. They are joined into one text (split only past 1,600 characters) because
 * separate SMS can arrive out of order. The delivery report is tagged with the crisis reply's id when there
 * is one, so a crisis reply that never arrives can page on-call.
 */
function sendTwiml(res: restify.Response, replies: readonly MessageRecord[], statusUrl: string): void {
  const twiml = new twilio.twiml.MessagingResponse();
  if (replies.length > 0) {
    const tagged = replies.find((r) => hasCrisisTier(r.payload)) ?? replies[0];
    const text = replies.map((r) => r.body).join('\n\n');
    for (const body of splitForSms(text)) twiml.message({ action: `${statusUrl}?m=${tagged.id}`, method: 'POST' }, body);
  }
  res.setHeader('Content-Type', 'text/xml');
  res.sendRaw(200, twiml.toString());
}


export function hasCrisisTier(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && typeof (payload as { crisisTier?: unknown }).crisisTier === 'string';
}
