/**
 * The part of FHIR R4 (hl7.org/fhir/R4) the hand-off emits: a Bundle of a Patient, the Questionnaires of the
 * instruments asked and one QuestionnaireResponse per instrument. Element names and value sets are R4's;
 * validate.ts checks a received bundle against the rules these types cannot express.
 */

export const QUESTIONNAIRE_RESPONSE_STATUSES = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'] as const;
export const PUBLICATION_STATUSES = ['draft', 'active', 'retired', 'unknown'] as const;
export const ITEM_TYPES = [
  'group', 'display', 'boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url',
  'choice', 'open-choice', 'attachment', 'reference', 'quantity',
] as const;
export const BUNDLE_TYPES = [
  'document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection',
] as const;
export const ENABLE_WHEN_OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;

export type QuestionnaireResponseStatus = (typeof QUESTIONNAIRE_RESPONSE_STATUSES)[number];
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export type ItemType = (typeof ITEM_TYPES)[number];
export type BundleType = (typeof BUNDLE_TYPES)[number];
export type EnableWhenOperator = (typeof ENABLE_WHEN_OPERATORS)[number];

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueDecimal?: number;
}

export interface Reference {
  reference: string;
}

export interface AnswerOption {
  valueCoding: Coding;
  extension?: Extension[];
}

export interface EnableWhen {
  question: string;
  operator: EnableWhenOperator;
  answerCoding?: Coding;
  answerBoolean?: boolean;
}

export interface QuestionnaireItem {
  linkId: string;
  code?: Coding[];
  prefix?: string;
  text?: string;
  type: ItemType;
  enableWhen?: EnableWhen[];
  enableBehavior?: 'all' | 'any';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  answerOption?: AnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: PublicationStatus;
  subjectType?: string[];
  publisher?: string;
  description?: string;
  copyright?: string;
  code?: Coding[];
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueCoding?: Coding;
  valueInteger?: number;
  valueBoolean?: boolean;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  language?: string;
  questionnaire: string;
  status: QuestionnaireResponseStatus;
  subject?: Reference;
  authored: string;
  item: QuestionnaireResponseItem[];
}

export interface ContactPoint {
  system: 'phone' | 'email' | 'sms';
  value: string;
}

export interface Patient {
  resourceType: 'Patient';
  id: string;
  name: { given: string[] }[];
  telecom: ContactPoint[];
  address: { state: string; country: string }[];
  communication: { language: { coding: Coding[] }; preferred: boolean }[];
}

export type Resource = Patient | Questionnaire | QuestionnaireResponse;

export interface BundleEntry {
  fullUrl: string;
  resource: Resource;
}

export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  identifier: { system: string; value: string };
  type: BundleType;
  timestamp: string;
  entry: BundleEntry[];
}
