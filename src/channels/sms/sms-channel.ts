import { triage } from '../../triage';
import type { IntakeEngine } from '../../engine/intake-engine';
import { KeyedLock } from '../../engine/keyed-lock';
import type { MessageRecord, Store } from '../../store/types';
import type { Clock } from '../../clock';
import type { Logger } from '../../logging';
import type { Locale } from '../../../dialogs/locale';
import type { ProgramFacts } from '../../../dialogs/copy/program';
import { SMS_COMPLIANCE } from '../../../dialogs/copy/sms-compliance';
import { fill } from '../../../dialogs/copy/template';
import { localeOfGreeting } from '../../../dialogs/parse/commands';
import { smsKeyword } from './keywords';

export const SMS_CHANNEL = 'sms';

export interface InboundSms {
  /** Twilio's MessageSid: a retried webhook carries the same one. */
  messageSid: string;
  from: string;
  body: string;
}

/** What to text back, with the stored message ids (for delivery reports). Empty when nothing may be sent. */
export interface SmsAnswer {
  replies: MessageRecord[];
  duplicate: boolean;
}

/**
 * SMS rules around the engine: carrier keywords (STOP, START, HELP and their synonyms) and the opt-out
 * state. Safety comes first: a message with a crisis signal always goes to the engine and is answered with
 * 988, even from a number that opted out (it is a new contact from them). Everything else from an opted-out
 * number is stored and not answered.
 */
export class SmsChannel {
  private readonly lock = new KeyedLock();

  constructor(
    private readonly deps: {
      engine: IntakeEngine;
      store: Store;
      clock: Clock;
      logger: Logger;
      program: ProgramFacts;
      /** Texts from on-call clinicians (roster numbers): their replies, or undefined for anyone else. */
      clinicians?: (from: string, body: string) => Promise<string[] | undefined>;
    },
  ) {}

  handle(sms: InboundSms): Promise<SmsAnswer> {
    return this.lock.run(sms.from, () => this.handleInOrder(sms));
  }

  private async handleInOrder(sms: InboundSms): Promise<SmsAnswer> {
    const { store, engine } = this.deps;
    const prior = await store.findInbound(SMS_CHANNEL, sms.messageSid);
    if (prior) return { replies: prior.replies, duplicate: true };

    // Carrier keywords come first for everyone, clinicians included (STOP must always opt out, HELP always answers).
    const keyword = smsKeyword(sms.body);
    if (!keyword) {
      const clinicianReplies = await this.deps.clinicians?.(sms.from, sms.body);
      if (clinicianReplies) return this.record(sms, clinicianReplies.map((body) => ({ body, payload: { clinician: true } })), null, null);
    }

    // A context-free read, only to decide whether safety overrides the keyword rules; the engine triages
    // again with the open question as context.
    const read = triage(sms.body);
    const signal = read.risk !== 'none';
    if (!signal) {
      const optedOut = await store.isOptedOut(SMS_CHANNEL, sms.from);
      if (keyword === 'opt-out') return this.exchange(sms, optedOut ? [] : ['optedOut'], 'set');
      if (keyword === 'help') return this.exchange(sms, ['help'], null);
      if (optedOut) {
        if (keyword === 'opt-in') return this.exchange(sms, ['optedIn'], 'clear');
        // Someone in crisis who opted out still reaches the clinician holding their case (the message is
        // forwarded), but no reply is texted to a number that said STOP.
        const conversation = await store.findConversation(SMS_CHANNEL, sms.from);
        if (conversation && conversation.risk !== 'none' && conversation.state.startsWith('crisis')) {
          await engine.handleInbound({ channel: SMS_CHANNEL, style: 'sms', participant: sms.from, externalId: sms.messageSid, text: sms.body });
          return { replies: [], duplicate: false };
        }
        // "got the rope" … "tonight.": a cue only the person's earlier messages explain is read with them
        // by the engine, which acts only on a crisis; as with crisis words, safety then overrides STOP
        if (conversation && read.needsEarlier === true) {
          await engine.handleInbound({ channel: SMS_CHANNEL, style: 'sms', participant: sms.from, externalId: sms.messageSid, text: sms.body, onlyIfCrisis: true });
          const stored = await store.findInbound(SMS_CHANNEL, sms.messageSid);
          if (stored) return { replies: stored.replies, duplicate: false };
        }
        return this.exchange(sms, [], null);
      }
    }

    const turn = await engine.handleInbound({ channel: SMS_CHANNEL, style: 'sms', participant: sms.from, externalId: sms.messageSid, text: sms.body });
    const stored = await store.findInbound(SMS_CHANNEL, sms.messageSid);
    return { replies: stored?.replies ?? [], duplicate: turn.duplicate };
  }

  private async exchange(sms: InboundSms, keys: (keyof typeof SMS_COMPLIANCE)[], optOut: 'set' | 'clear' | null): Promise<SmsAnswer> {
    const { store, program } = this.deps;
    const conversation = await store.findConversation(SMS_CHANNEL, sms.from);
    const locale: Locale = (conversation?.locale as Locale | undefined) ?? localeOfGreeting(sms.body) ?? 'en';
    const outbound = keys.map((key) => ({ body: fill(SMS_COMPLIANCE[key][locale], { ...program }), payload: { compliance: key } }));
    return this.record(sms, outbound, optOut, conversation?.id ?? null);
  }

  /** Stores a message the channel answered itself, with its replies, in one transaction. */
  private async record(sms: InboundSms, outbound: { body: string; payload: unknown }[], optOut: 'set' | 'clear' | null, conversationId: string | null): Promise<SmsAnswer> {
    const { store, clock, logger } = this.deps;
    const result = await store.recordChannelExchange({
      conversationId,
      channel: SMS_CHANNEL,
      participant: sms.from,
      inbound: { externalId: sms.messageSid, body: sms.body },
      outbound,
      optOut,
      at: clock.now().toISOString(),
    });
    if (!result.ok) {
      const prior = await store.findInbound(SMS_CHANNEL, sms.messageSid);
      return { replies: prior?.replies ?? [], duplicate: true };
    }
    if (optOut) logger.info(optOut === 'set' ? 'sms.opted-out' : 'sms.opted-in', { conversation: conversationId ? logger.hashId(conversationId) : undefined });
    return { replies: result.replies, duplicate: false };
  }
}
