/** Validates a report against the published JSON Schema (Node side: CLI and tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { packageRoot } from './root.ts';

const schema = JSON.parse(readFileSync(join(packageRoot(), 'src/report/report.schema.json'), 'utf8')) as object;
const validator = new Ajv({ allErrors: true, strict: true }).compile(schema);

export function validateReport(data: unknown): { ok: true } | { ok: false; errors: string[] } {
  if (validator(data)) return { ok: true };
  return { ok: false, errors: (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()) };
}
