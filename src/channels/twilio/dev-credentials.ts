/**
 * Credentials for development against the local Twilio stand-in (tools/twilio-local uses the same defaults).
 * Not secrets: they only ever sign loopback traffic, and production refuses to start without real TWILIO_*
 * settings.
 */
export const DEV_TWILIO_ACCOUNT_SID = 'AC00000000000000000000000000000000';
export const DEV_TWILIO_AUTH_TOKEN = 'feedfacefeedfacefeedfacefeedface';
/** The number candidates text in development. */
export const DEV_TWILIO_FROM_NUMBER = '+15555550100';
