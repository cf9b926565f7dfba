/**
 * Facts about the program that appear in copy. The program name and support contact are configurable
 * (see src/config.ts); copy receives them as template variables so that no clinic's details are hard-coded.
 *
 * SMS copy must not name any drug: US carriers filter messages that name controlled substances, and a
 * filtered crisis reply is a crisis reply that never arrived. So the copy says "the program", never the
 * treatment's drug name.
 */
export interface ProgramFacts {
  /** e.g. "Harbor PTSD Care". */
  programName: string;
  /** How to reach a human at the clinic for non-urgent questions, e.g. "support@example.org". */
  supportContact: string;
}
