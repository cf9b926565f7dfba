import restify from 'restify';
import type { Logger } from '../../logging';
import { isValidTwilioSignature } from './signature';

export interface TwilioWebhookConfig {
  publicBaseUrl: string;
  authToken: string;
  validateSignatures: boolean;
  maxBodyBytes: number;
}

/** restify's form parser with our size limit (restify has none by default): 413 above it. */
export function twilioFormParser(config: TwilioWebhookConfig) {
  return restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, rejectUnknown: true });
}

/**
 * What every Twilio webhook route does first: a flat form body (400 otherwise) signed by Twilio over the
 * public URL it called (403 otherwise). Returns the parameters, or undefined when it has already answered.
 */
export function signedTwilioForm(req: restify.Request, res: restify.Response, config: TwilioWebhookConfig, logger: Logger, route: string): Record<string, string> | undefined {
  const params = req.is('application/x-www-form-urlencoded') ? formParams(req.body) : undefined;
  if (!params) {
    res.send(400, { error: 'expected a form-encoded body' });
    return undefined;
  }
  if (config.validateSignatures) {
    const publicUrl = `${config.publicBaseUrl}${req.getPath()}${req.getQuery() ? `?${req.getQuery()}` : ''}`;
    if (!isValidTwilioSignature({ authToken: config.authToken, signature: req.header('X-Twilio-Signature') || undefined, publicUrl, params })) {
      logger.warn('twilio.bad-signature', { route });
      res.send(403, { error: 'invalid or missing X-Twilio-Signature' });
      return undefined;
    }
  }
  return params;
}

/** Only flat string parameters are Twilio's; anything else (nested or repeated keys) is a malformed body. */
export function formParams(body: unknown): Record<string, string> | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value !== 'string') return undefined;
    params[key] = value;
  }
  return params;
}
