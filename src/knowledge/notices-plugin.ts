/**
 * Vite plugin: the built extension carries the data it ships from others —
 * NOTICE (attributions) and the Open Cookie Database's Apache-2.0 licence —
 * copied from their one source in the repository.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const file = (p: string) => readFileSync(fileURLToPath(new URL(p, import.meta.url)), 'utf8');

export function noticesPlugin(): Plugin {
  return {
    name: 'temoin-notices',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'NOTICE.txt', source: file('../../NOTICE') });
      this.emitFile({ type: 'asset', fileName: 'LICENSE.txt', source: file('../../LICENSE') });
      this.emitFile({ type: 'asset', fileName: 'licenses/open-cookie-database-LICENSE.txt', source: file('./sources/open-cookie-database/LICENSE') });
    },
  };
}
