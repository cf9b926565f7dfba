import { z } from 'zod';
import { US_STATES } from '../dialogs/parse/us-state';
import { bookingTemplateProblem } from './scheduling/booking-link';
import { HANDED_OFF_OUTCOMES } from './scheduling/handed-off-outcomes';

/**
 * Every setting the service reads, validated once at start-up. Each default is the embedded, no-config
 * development setup; production mode (NODE_ENV=production) refuses the defaults that would be unsafe there.
 * Every variable is listed in .env.example.
 */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ALL_STATE_CODES = US_STATES.map((s) => s.code);

const servedStates = z.string().transform((value, ctx) => {
  if (value.trim().toUpperCase() === 'ALL') return ALL_STATE_CODES;
  const codes = value.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
  const unknown = codes.filter((c) => !ALL_STATE_CODES.includes(c));
  if (unknown.length > 0 || codes.length === 0) {
    ctx.addIssue({ code: 'custom', message: `not a list of two-letter state codes (unknown: ${unknown.join(', ') || 'none given'})` });
    return z.NEVER;
  }
  return codes;
});

// --- scheduling hand-off ---
const bookingTemplate = z.string().transform((value, ctx) => {
  const problem = bookingTemplateProblem(value);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return value;
});
const [LIKELY_FIT, NEEDS_REVIEW] = HANDED_OFF_OUTCOMES;
const handoffOutcomes = z
  .enum([LIKELY_FIT, `${LIKELY_FIT},${NEEDS_REVIEW}` as const])
  .transform((value) => value.split(',') as (typeof HANDED_OFF_OUTCOMES)[number][]);
/** Signs and checks hand-off requests in development and tests when HANDOFF_WEBHOOK_SECRET is not set; never in production. */
export const DEV_HANDOFF_SECRET = 'development-only-handoff-secret';
/** The example domains of RFC 2606 (and their subdomains): fine in development, never a real deployment's address. */
const EXAMPLE_HOST = /(^|\.)example\.(org|com|net)$/i;
// --- end scheduling hand-off ---

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  DATABASE_URL: z.string().default('sqlite:data/intake.db'),
  PROGRAM_NAME: z.string().min(1).max(80).default('Demo PTSD Program'),
  SUPPORT_CONTACT: z.string().min(1).max(120).default('support@example.org'),
  SERVED_STATES: servedStates.default(ALL_STATE_CODES),
  PCL5_CUTOFF: z.coerce.number().int().min(0).max(80).default(33),
  PCL5_BORDERLINE_BAND: z.coerce.number().int().min(0).max(20).default(5),
  ENABLE_PHQ9: flag.default(false),
  ENABLE_GAD7: flag.default(false),
  /** The address Twilio and browsers use to reach this service; webhook signatures are computed over it. */
  PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:3978'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(1_048_576).default(64 * 1024),
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, 'must look like AC followed by 32 hex digits').optional(),
  TWILIO_AUTH_TOKEN: z.string().min(8).optional(),
  TWILIO_FROM_NUMBER: z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number like +15555550100').optional(),
  TWILIO_MESSAGING_SERVICE_SID: z.string().regex(/^MG[0-9a-fA-F]{32}$/).optional(),
  /** Where the twilio library sends REST calls; unset means Twilio itself. Development points it at the local stand-in. */
  TWILIO_API_BASE_URL: z.url().optional(),
  /** The author name the bot posts under in Twilio Conversations; its own messages are recognised by it. */
  TWILIO_CONVERSATIONS_IDENTITY: z.string().min(1).max(64).default('intake-bot'),
  /** Checking X-Twilio-Signature can be switched off for local experiments only; production refuses that. */
  TWILIO_VALIDATE_SIGNATURES: flag.default(true),
  /** The on-call roster (levels, rotations, timeouts, fallback). Unset in development: the shipped example. */
  ONCALL_ROSTER_FILE: z.string().optional(),
  /** Signs the case links in pages; a link opens one case until it expires. */
  CASE_LINK_SECRET: z.string().min(16).default('development-only-case-link-secret'),
  CASE_LINK_TTL_HOURS: z.coerce.number().min(1).max(24 * 14).default(72),
  PAGERDUTY_EVENTS_URL: z.url().default('https://events.pagerduty.com/v2/enqueue'),
  /** The signing secret of the PagerDuty v3 webhook subscription; checks POST /api/pagerduty/webhook. */
  PAGERDUTY_WEBHOOK_SECRET: z.string().min(16, 'must be the signing secret PagerDuty gave the webhook subscription').optional(),
  /** The clinic's time zone, for the times shown in pages. */
  CLINIC_TIME_ZONE: z.string().default('America/New_York'),
  /** Hours after a person's last message before the one reminder to finish (never 9 p.m. to 9 a.m. their time). */
  REMINDER_DELAY_HOURS: z.coerce.number().min(1).max(24 * 14).default(24),
  // --- scheduling hand-off ---
  /** Where clean intakes are POSTed, signed. Unset: they stay in the database for `npm run handoffs`. */
  HANDOFF_WEBHOOK_URL: z.url().optional(),
  /**
   * Signs the hand-off webhook and checks the signed booking callback (POST /api/scheduling/booked). Unset:
   * a public development secret, except in production, where the callback is then not mounted at all.
   */
  HANDOFF_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** Attempts of every scheduling job (hand-off, webhook, withdrawal, confirmation, follow-up, hold) before it is dead-lettered with an alarm. */
  HANDOFF_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  /** The booking page link sent to the candidate, with {name}, {email}, {notes}, {handoffId}. Unset: the team books. */
  BOOKING_LINK_TEMPLATE: bookingTemplate.optional(),
  /** Which outcomes get the booking link; needs-review ones are otherwise booked after a clinician looked. */
  BOOKING_LINK_OUTCOMES: handoffOutcomes.default(['likely-fit']),
  /** Hours after the hand-off before the one follow-up to a candidate who has not booked. */
  HANDOFF_FOLLOW_UP_HOURS: z.coerce.number().min(1).max(24 * 14).default(48),
  /** What the confirmation promises: the team contacts the candidate within this many business days. */
  SCHEDULING_CONTACT_BUSINESS_DAYS: z.coerce.number().int().min(1).max(10).default(2),
  /** Where our FHIR Questionnaires and the PCL-5 CodeSystem are published (an address the clinic controls). */
  FHIR_CANONICAL_BASE: z.url().transform((url) => url.replace(/\/+$/, '')).default('http://ptsd-intake.example.org/fhir'),
  // --- end scheduling hand-off ---
  // >>> web chat (Bot Framework endpoint and local Direct Line; src/channels/web, docs/web-chat.md)
  /** The Azure Bot registration. Set: POST /api/messages accepts activities the Bot Framework SDK authenticates (JWT). */
  MicrosoftAppId: z.string().min(1).max(100).optional(),
  MicrosoftAppPassword: z.string().min(1).optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().min(1).max(100).optional(),
  /** Serve the local Direct Line (/api/web/token, /v3/directline) the widget uses without any cloud service. */
  DIRECTLINE_LOCAL: flag.default(true),
  /** Signs the local Direct Line's tokens. */
  WEB_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').default('development-only-web-token-secret-0123456789'),
  /** Lifetime of a Direct Line token. Web Chat refreshes its token every 15 minutes, so at least 20. */
  WEB_TOKEN_TTL_MINUTES: z.coerce.number().int().min(20).max(24 * 60).default(30),
  /** How long after its token expired a visitor may still refresh it and keep their conversation (a long call to 988). */
  WEB_TOKEN_REFRESH_GRACE_HOURS: z.coerce.number().min(0).max(30 * 24).default(24),
  /** A web chat session's absolute end: no token outlives it, and refresh is refused after it. */
  WEB_SESSION_MAX_DAYS: z.coerce.number().min(1).max(90).default(7),
  /**
   * Origins of pages that run Web Chat themselves against the local Direct Line (CORS), comma separated, or *
   * in development. The project's widget needs none: its panel calls the service from the service's own origin.
   * Production without it allows no other origin, and refuses *.
   */
  WEB_ALLOWED_ORIGINS: z
    .string()
    .default('*')
    .transform((v) => v.split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean)),
  /** Behind a reverse proxy: take the client address for rate limits from X-Forwarded-For. */
  WEB_TRUST_PROXY: flag.default(false),
  /** How many proxies append to X-Forwarded-For in front of the service (a CDN and a load balancer are 2). */
  WEB_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  WEB_TOKENS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  WEB_POSTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  WEB_POLLS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  // <<< web chat
  /** The widget's Twilio Conversations transport (data-transport="twilio"): an API key (SK...) and its secret sign the
   *  visitors' access tokens, for this Conversations service (IS...). All three, with TWILIO_ACCOUNT_SID, or none. */
  TWILIO_API_KEY_SID: z.string().regex(/^SK[0-9a-fA-F]{32}$/, 'must look like SK followed by 32 hex digits').optional(),
  TWILIO_API_KEY_SECRET: z.string().min(16).optional(),
  TWILIO_CONVERSATIONS_SERVICE_SID: z.string().regex(/^IS[0-9a-fA-F]{32}$/, 'must look like IS followed by 32 hex digits').optional(),
  /** How often the website widget polls for messages that come by themselves (a clinician's words), in ms. Replies to
   *  the visitor do not wait for it: the panel fetches them as soon as its message is sent. */
  WIDGET_POLLING_INTERVAL_MS: z.coerce.number().int().min(200).max(10_000).default(2000),
  /** Which sites may embed the chat panel (CSP frame-ancestors): "*" or a space-separated list of origins. */
  WIDGET_FRAME_ANCESTORS: z
    .string()
    .regex(/^(\*|(https?:\/\/[a-z0-9.*-]+(:\d+)?)( https?:\/\/[a-z0-9.*-]+(:\d+)?)*)$/i, 'must be * or a space-separated list of origins like https://clinic.example')
    .default('*'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  LOG_ID_SALT: z.string().min(8).default('development-only-salt'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings in an .env file mean "not set", not "set to empty".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  // The development default lets any page try Web Chat against the local Direct Line; production allows none unless listed.
  if (config.NODE_ENV === 'production' && !present.WEB_ALLOWED_ORIGINS) config.WEB_ALLOWED_ORIGINS = [];
  const conversationsWeb = [config.TWILIO_API_KEY_SID, config.TWILIO_API_KEY_SECRET, config.TWILIO_CONVERSATIONS_SERVICE_SID];
  if (conversationsWeb.some(Boolean) && (!conversationsWeb.every(Boolean) || !config.TWILIO_ACCOUNT_SID)) {
    throw new ConfigError('Invalid configuration:\n  TWILIO_API_KEY_SID, TWILIO_API_KEY_SECRET and TWILIO_CONVERSATIONS_SERVICE_SID go together, with TWILIO_ACCOUNT_SID');
  }
  if (config.NODE_ENV === 'production') {
    const unsafe: string[] = [];
    if (!env.LOG_ID_SALT) unsafe.push('LOG_ID_SALT must be set to a secret (it keeps hashed ids in logs unguessable)');
    if (!env.SUPPORT_CONTACT) unsafe.push('SUPPORT_CONTACT must name how candidates reach the clinic');
    if (!env.PROGRAM_NAME) unsafe.push('PROGRAM_NAME must be set');
    if (!env.SERVED_STATES) unsafe.push('SERVED_STATES must list the states the clinic is licensed in');
    if (!env.PUBLIC_BASE_URL || !config.PUBLIC_BASE_URL.startsWith('https://')) unsafe.push('PUBLIC_BASE_URL must be the public https address (pages carry links to case pages)');
    if (!config.TWILIO_VALIDATE_SIGNATURES) unsafe.push('TWILIO_VALIDATE_SIGNATURES=false lets anyone post fake messages');
    if (config.TWILIO_API_BASE_URL) unsafe.push('TWILIO_API_BASE_URL points Twilio calls somewhere other than Twilio');
    if (!config.TWILIO_ACCOUNT_SID || !config.TWILIO_AUTH_TOKEN) unsafe.push('TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set');
    if (!config.TWILIO_FROM_NUMBER && !config.TWILIO_MESSAGING_SERVICE_SID) unsafe.push('TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID must be set');
    // Until on-call escalation is delivered (pages, acknowledgements), a crisis would only be written to the
    // outbox: not safe to run for real candidates.
    if (!env.ONCALL_ROSTER_FILE) unsafe.push('ONCALL_ROSTER_FILE must name the on-call roster (the example roster pages fictional numbers)');
    if (!env.CASE_LINK_SECRET) unsafe.push('CASE_LINK_SECRET must be set to a long random secret (it signs the links in pages)');
    // PagerDuty acknowledgements stop paging: they must come from PagerDuty. (A roster with PagerDuty contacts is checked in compose.)
    if (env.PAGERDUTY_EVENTS_URL && !config.PAGERDUTY_WEBHOOK_SECRET) unsafe.push('PAGERDUTY_WEBHOOK_SECRET must be set when PagerDuty is used (the v3 webhook subscription\'s signing secret)');
    // --- scheduling hand-off ---
    unsafe.push(...schedulingProductionProblems(config));
    // --- end scheduling hand-off ---
    // >>> web chat
    unsafe.push(...webChatProductionProblems(config, env));
    // <<< web chat
    if (unsafe.length > 0) throw new ConfigError(`Refusing to start in production:\n  ${unsafe.join('\n  ')}`);
  }
  return config;
}

// --- scheduling hand-off ---
/**
 * The hand-off's production rules. Without HANDOFF_WEBHOOK_SECRET the booking callback is not mounted (see
 * src/scheduling/settings.ts), so the public development secret never opens it; a webhook or a booking link
 * needs the secret, and a webhook sends FHIR canonical URLs, which must be the clinic's own.
 */
function schedulingProductionProblems(config: Config): string[] {
  const problems: string[] = [];
  if (config.HANDOFF_WEBHOOK_URL && !config.HANDOFF_WEBHOOK_URL.startsWith('https://')) problems.push('HANDOFF_WEBHOOK_URL must be https (it carries health information)');
  if ((config.HANDOFF_WEBHOOK_URL || config.BOOKING_LINK_TEMPLATE) && !config.HANDOFF_WEBHOOK_SECRET) {
    problems.push('HANDOFF_WEBHOOK_SECRET must be set to a long random secret (it signs hand-offs and booking callbacks)');
  }
  if (config.HANDOFF_WEBHOOK_SECRET === DEV_HANDOFF_SECRET) problems.push('HANDOFF_WEBHOOK_SECRET must not be the public development secret');
  if (config.HANDOFF_WEBHOOK_URL && EXAMPLE_HOST.test(new URL(config.FHIR_CANONICAL_BASE).hostname)) {
    problems.push('FHIR_CANONICAL_BASE must be an address the clinic controls (the example.org default names nobody\'s FHIR server)');
  }
  return problems;
}
// --- end scheduling hand-off ---

// >>> web chat
/**
 * The web channel's production rules. /api/messages only ever runs with app credentials (the SDK then checks
 * every activity's JWT); without them it is closed, so the only web path is the local Direct Line, whose own
 * tokens need a real secret.
 */
function webChatProductionProblems(config: Config, env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const msi = config.MicrosoftAppType === 'UserAssignedMSI';
  const credentials = Boolean(config.MicrosoftAppId && (config.MicrosoftAppPassword || msi));
  if (config.MicrosoftAppId && !credentials) problems.push('MicrosoftAppPassword must be set with MicrosoftAppId');
  if (!config.MicrosoftAppId && config.MicrosoftAppPassword) problems.push('MicrosoftAppId must be set with MicrosoftAppPassword');
  if (config.MicrosoftAppType === 'SingleTenant' && !config.MicrosoftAppTenantId) problems.push('MicrosoftAppTenantId must be set for a SingleTenant app');
  if (!config.DIRECTLINE_LOCAL && !credentials) {
    problems.push('the web channel needs MicrosoftAppId and MicrosoftAppPassword (Azure Bot Service), or DIRECTLINE_LOCAL=true (the local Direct Line)');
  }
  if (config.DIRECTLINE_LOCAL && !env.WEB_TOKEN_SECRET) problems.push('WEB_TOKEN_SECRET must be set to a long random secret (it signs the web chat tokens)');
  if (env.WEB_ALLOWED_ORIGINS && config.WEB_ALLOWED_ORIGINS.includes('*')) {
    problems.push('WEB_ALLOWED_ORIGINS must list the origins allowed to call the Direct Line, not * (the widget itself needs none)');
  }
  return problems;
}
// <<< web chat
