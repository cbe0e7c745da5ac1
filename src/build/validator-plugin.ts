/**
 * Vite plugin: compiles report.schema.json into a standalone validator
 * module (`virtual:report-validator`) at build time. Extension pages cannot
 * run ajv's code generation (MV3 forbids eval), so the popup imports the
 * precompiled function; the command line and tests use ajv directly on the
 * same schema.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';

const ID = 'virtual:report-validator';
const RESOLVED = '\0' + ID;
const SCHEMA = fileURLToPath(new URL('../report/report.schema.json', import.meta.url));

export function compileValidatorModule(): string {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as object;
  const ajv = new Ajv({ code: { source: true, esm: true }, allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  return standaloneCode(ajv, validate);
}

export function reportValidatorPlugin(): Plugin {
  return {
    name: 'temoin-report-validator',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(SCHEMA);
      return compileValidatorModule();
    },
  };
}
