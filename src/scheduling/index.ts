/**
 * What a system receiving hand-offs imports: the `intake.completed` v1 and `intake.withdrawn` v1 schemas and
 * their types, the delivery checks (signature, replay window, idempotency key, schema), the signing functions
 * for its own tests and for the booking callback, the FHIR structural validator, and the Questionnaires the
 * responses answer. JSON Schemas of both records are generated into schemas/ for receivers in other languages.
 */
export { handoffRecordSchema, HANDOFF_EVENT_TYPE, HANDOFF_SCHEMA_VERSION, REVIEW_REASONS, type HandoffRecord } from './record/schema';
export { intakeWithdrawnSchema, WITHDRAWN_EVENT_TYPE, WITHDRAWN_SCHEMA_VERSION, WITHDRAWN_REASON, type WithdrawnRecord } from './record/withdrawn-schema';
export {
  verifyHandoffDelivery, verifyWithdrawalDelivery, verifySchedulingDelivery,
  type VerifiedDelivery, type VerifiedWithdrawal, type VerifiedSchedulingEvent,
} from './receiver';
export { SIGNATURE_HEADER, signIntakeBody, verifyIntakeSignature } from '../escalation/notifiers/webhook-signature';
export { signBookedCallback } from './booked-signature';
export { validateFhirBundle, validateQuestionnaireResponse, type FhirIssue } from './fhir/validate';
export { allQuestionnaires } from './fhir/questionnaires';
export { BOOKED_PATH } from './booked-route';
