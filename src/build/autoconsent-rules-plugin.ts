/**
 * Vite plugin: ships autoconsent's compact rules (about 250 KB) as a file of
 * the extension, `autoconsent/compact-rules.json`, instead of a literal in the
 * service worker's bundle. The worker reads it only when a banner our own
 * table could not name needs autoconsent (src/background/autoconsent.ts), so
 * that a fresh worker does not parse and compile it before it can answer:
 * a Manifest V3 worker cannot `import()` a module lazily.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { AUTOCONSENT_RULES_FILE } from '../background/autoconsent-config.ts';

export function autoconsentRulesPlugin(): Plugin {
  return {
    name: 'temoin-autoconsent-rules',
    apply: 'build',
    generateBundle() {
      const path = createRequire(import.meta.url).resolve('@duckduckgo/autoconsent/rules/compact-rules.json');
      // Re-serialised: the same rules, without the package's whitespace.
      this.emitFile({ type: 'asset', fileName: AUTOCONSENT_RULES_FILE, source: JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))) });
    },
  };
}
