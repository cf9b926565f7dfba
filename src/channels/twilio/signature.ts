import twilio from 'twilio';

/**
 * Twilio signs each webhook with HMAC-SHA1 over the URL it called plus the sorted POST parameters. The URL
 * must be the public one Twilio used (PUBLIC_BASE_URL + path + query), not what this process sees behind a
 * proxy, or every signature fails.
 */
export function isValidTwilioSignature(args: {
  authToken: string;
  signature: string | undefined;
  publicUrl: string;
  params: Record<string, string>;
}): boolean {
  if (!args.signature) return false;
  return twilio.validateRequest(args.authToken, args.signature, args.publicUrl, args.params);
}
