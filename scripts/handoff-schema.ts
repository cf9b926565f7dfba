import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { handoffRecordSchema } from '../src/scheduling/record/schema';

/**
 * Writes the JSON Schema of `intake.completed` v1 (generated from the zod schema with z.toJSONSchema) to
 * schemas/, for receivers that do not run TypeScript. `--check` exits 1 when the committed file is out of date
 * (CI runs it), so the contract in the repository is always the one the code sends.
 *
 * Generated for input, so additional properties are allowed: version 1 may grow by optional fields without
 * breaking a receiver that validates strictly. What JSON Schema cannot say (the FHIR bundle's structural
 * rules) is checked by the zod schema and validateFhirBundle.
 */
export const SCHEMA_PATH = join(__dirname, '..', 'schemas', 'intake.completed.v1.schema.json');

export function handoffJsonSchema(): string {
  const schema = z.toJSONSchema(handoffRecordSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: 'intake.completed.v1.schema.json', ...schema }, null, 2)}\n`;
}

if (require.main === module) {
  const text = handoffJsonSchema();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (committed !== text) {
      process.stderr.write('schemas/intake.completed.v1.schema.json is out of date: run npm run schema:handoff and commit the result.\n');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_PATH, text);
    process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
  }
}
