/** Validates a report against the published JSON Schema (Node side: CLI and tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { packageRoot } from './root.ts';

let compiled: ValidateFunction | null = null;

/**
 * Compiles the schema once, on first use (about 0.15 s): the command line
 * asks for it while Chromium starts, when its process is otherwise waiting.
 */
export function prepareValidator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(packageRoot(), 'src/report/report.schema.json'), 'utf8')) as object);
  return compiled;
}

export function validateReport(data: unknown): { ok: true } | { ok: false; errors: string[] } {
  const validator = prepareValidator();
  if (validator(data)) return { ok: true };
  return { ok: false, errors: (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim()) };
}
