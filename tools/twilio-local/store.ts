import { newSid } from './sids';
import type { ConversationMessage, FailureStatus, MessageFilter, RecordedMessage } from './types';
import type { SignedRequest } from './webhook-client';

/** Twilio's codes for the usual failures: unreachable handset, and a landline or unreachable carrier. */
export const DEFAULT_ERROR_CODE: Record<FailureStatus, number> = { undelivered: 30003, failed: 30006 };

/** A delivery failure arranged for one phone number. */
export interface FailureRule {
  status: FailureStatus;
  errorCode: number;
}

interface Conversation {
  sid: string;
  chatServiceSid: string;
  nextIndex: number;
  /** Participant SIDs of the SMS authors seen in this conversation, by address. */
  participants: Map<string, string>;
}

/**
 * Everything the stand-in remembers, in memory, in the order it happened. reset() forgets it all so that
 * one stand-in can serve many tests.
 */
export class Store {
  private messageList: RecordedMessage[] = [];
  private messageBySid = new Map<string, RecordedMessage>();
  private conversations = new Map<string, Conversation>();
  private conversationMessageList: ConversationMessage[] = [];
  private failures = new Map<string, FailureRule>();
  private optedOut = new Set<string>();
  /** The exact signed webhooks sent for simulated inbound messages, so a test can resend one unchanged. */
  private sentWebhooks = new Map<string, SignedRequest>();

  /** Stable for the stand-in's lifetime, like a real account's Conversation Service and webhook. */
  readonly chatServiceSid = newSid('IS');
  readonly messagingServiceSid = newSid('MG');
  readonly webhookSid = newSid('WH');

  addMessage(message: RecordedMessage): void {
    this.messageList.push(message);
    this.messageBySid.set(message.sid, message);
  }

  message(sid: string): RecordedMessage | undefined {
    return this.messageBySid.get(sid);
  }

  messages(filter: MessageFilter = {}): RecordedMessage[] {
    return this.messageList.filter(
      (m) =>
        (filter.to === undefined || m.to === filter.to) &&
        (filter.from === undefined || m.from === filter.from) &&
        (filter.direction === undefined || (filter.direction === 'inbound') === (m.direction === 'inbound')),
    );
  }

  /** The conversation with this SID, created on first use (a phone texting in starts one on Twilio). */
  conversation(sid: string): Conversation {
    let conversation = this.conversations.get(sid);
    if (!conversation) {
      conversation = { sid, chatServiceSid: this.chatServiceSid, nextIndex: 0, participants: new Map() };
      this.conversations.set(sid, conversation);
    }
    return conversation;
  }

  hasConversation(sid: string): boolean {
    return this.conversations.has(sid);
  }

  addConversationMessage(message: ConversationMessage): void {
    this.conversationMessageList.push(message);
  }

  conversationMessages(conversationSid?: string): ConversationMessage[] {
    return this.conversationMessageList.filter((m) => conversationSid === undefined || m.conversationSid === conversationSid);
  }

  conversationMessage(sid: string): ConversationMessage | undefined {
    return this.conversationMessageList.find((m) => m.sid === sid);
  }

  setFailure(to: string, rule: FailureRule | null): void {
    if (rule) this.failures.set(to, rule);
    else this.failures.delete(to);
  }

  failure(to: string): FailureRule | undefined {
    return this.failures.get(to);
  }

  setOptedOut(phone: string, twilioNumber: string, optedOut: boolean): void {
    const key = `${phone}|${twilioNumber}`;
    if (optedOut) this.optedOut.add(key);
    else this.optedOut.delete(key);
  }

  isOptedOut(phone: string, twilioNumber: string): boolean {
    return this.optedOut.has(`${phone}|${twilioNumber}`);
  }

  rememberWebhook(messageSid: string, request: SignedRequest): void {
    this.sentWebhooks.set(messageSid, request);
  }

  sentWebhook(messageSid: string): SignedRequest | undefined {
    return this.sentWebhooks.get(messageSid);
  }

  reset(): void {
    this.messageList = [];
    this.messageBySid.clear();
    this.conversations.clear();
    this.conversationMessageList = [];
    this.failures.clear();
    this.optedOut.clear();
    this.sentWebhooks.clear();
  }
}
