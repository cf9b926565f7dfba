/**
 * The webhook signing secret in development, shared with the local PagerDuty stand-in (tools/pagerduty-local
 * uses the same default). Not a secret: it only signs loopback traffic, and production refuses to start
 * without a real PAGERDUTY_WEBHOOK_SECRET when PagerDuty is used, and serves no webhook route without one.
 */
export const DEV_PAGERDUTY_WEBHOOK_SECRET = 'development-only-pagerduty-webhook-secret';
