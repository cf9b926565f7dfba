/**
 * What a system receiving hand-offs imports: the `intake.completed` v1 schema and its type, the delivery check
 * (signature, replay window, idempotency key, schema), the signing function for its own tests, the FHIR
 * structural validator, and the Questionnaires the responses answer. The JSON Schema of the record is
 * generated into schemas/intake.completed.v1.schema.json for receivers in other languages.
 */
export { handoffRecordSchema, HANDOFF_EVENT_TYPE, HANDOFF_SCHEMA_VERSION, REVIEW_REASONS, type HandoffRecord } from './record/schema';
export { verifyHandoffDelivery, type VerifiedDelivery } from './receiver';
export { SIGNATURE_HEADER, signIntakeBody, verifyIntakeSignature } from '../escalation/notifiers/webhook-signature';
export { validateFhirBundle, validateQuestionnaireResponse, type FhirIssue } from './fhir/validate';
export { allQuestionnaires } from './fhir/questionnaires';
export { BOOKED_PATH } from './booked-route';
