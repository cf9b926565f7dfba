/**
 * Twilio's default opt-out handling on long codes, simulated when `carrierOptOut` is on. Twilio matches the
 * whole message (trimmed, any case) against its keyword lists, answers the keyword itself, still forwards
 * the message to the webhook, and from an opt-out on refuses to send to that phone from that number
 * (error 21610) until the phone opts back in. This matters to the product: its own STOP confirmation and any
 * later reply (a crisis reply included) are blocked by Twilio, not by the bot.
 * The reply texts are Twilio's documented defaults; an account can customise them with Advanced Opt-Out.
 */

export type CarrierKeyword = 'STOP' | 'START' | 'HELP';

const OPT_OUT = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'];
const OPT_IN = ['START', 'YES', 'UNSTOP'];
const HELP = ['HELP', 'INFO'];

export function carrierKeyword(body: string): CarrierKeyword | null {
  const word = body.trim().toUpperCase();
  if (OPT_OUT.includes(word)) return 'STOP';
  if (OPT_IN.includes(word)) return 'START';
  if (HELP.includes(word)) return 'HELP';
  return null;
}

export const CARRIER_REPLIES: Record<CarrierKeyword, string> = {
  STOP: 'You have successfully been unsubscribed. You will not receive any more messages from this number. Reply START to resubscribe.',
  START: 'You have successfully been re-subscribed to messages from this number. Reply HELP for help. Reply STOP to unsubscribe. Msg&Data Rates May Apply.',
  HELP: 'Reply STOP to unsubscribe. Msg&Data Rates May Apply.',
};
