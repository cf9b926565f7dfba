import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { handoffRecordSchema } from '../src/scheduling/record/schema';
import { intakeWithdrawnSchema } from '../src/scheduling/record/withdrawn-schema';

/**
 * Writes the JSON Schemas of `intake.completed` v1 and `intake.withdrawn` v1 (generated from the zod schemas
 * with z.toJSONSchema) to schemas/, for receivers that do not run TypeScript. `--check` exits 1 when a
 * committed file is out of date (CI runs it), so the contract in the repository is always the one the code sends.
 *
 * Generated for input, so additional properties are allowed: version 1 may grow by optional fields without
 * breaking a receiver that validates strictly. What JSON Schema cannot say (the FHIR bundle's structural
 * rules) is checked by the zod schema and validateFhirBundle.
 */
const SCHEMAS_DIR = join(__dirname, '..', 'schemas');
export const SCHEMA_PATH = join(SCHEMAS_DIR, 'intake.completed.v1.schema.json');
export const WITHDRAWN_SCHEMA_PATH = join(SCHEMAS_DIR, 'intake.withdrawn.v1.schema.json');

function jsonSchema(schema: z.ZodType, id: string): string {
  return `${JSON.stringify({ $id: id, ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) }, null, 2)}\n`;
}

export function handoffJsonSchema(): string {
  return jsonSchema(handoffRecordSchema, 'intake.completed.v1.schema.json');
}

export function withdrawnJsonSchema(): string {
  return jsonSchema(intakeWithdrawnSchema, 'intake.withdrawn.v1.schema.json');
}

if (require.main === module) {
  const files: [string, string][] = [
    [SCHEMA_PATH, handoffJsonSchema()],
    [WITHDRAWN_SCHEMA_PATH, withdrawnJsonSchema()],
  ];
  if (process.argv.includes('--check')) {
    let stale = false;
    for (const [path, text] of files) {
      let committed = '';
      try {
        committed = readFileSync(path, 'utf8');
      } catch {
        // Missing counts as out of date.
      }
      if (committed !== text) {
        process.stderr.write(`schemas/${path.split('/').pop()} is out of date: run npm run schema:handoff and commit the result.\n`);
        stale = true;
      }
    }
    if (stale) process.exit(1);
  } else {
    for (const [path, text] of files) {
      writeFileSync(path, text);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
}
