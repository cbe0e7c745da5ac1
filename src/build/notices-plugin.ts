/**
 * Vite plugin: the built extension carries what it ships from others —
 * NOTICE (attributions), the Open Cookie Database's Apache-2.0 licence, and
 * the licences of the libraries bundled into it — copied from their one
 * source (the repository, or the installed package).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const file = (p: string) => readFileSync(fileURLToPath(new URL(p, import.meta.url)), 'utf8');

/** Libraries bundled into the extension (runtime dependencies, and theirs). */
export const BUNDLED = ['@duckduckgo/autoconsent', 'webextension-polyfill', 'preact', 'tldts', 'tldts-experimental', 'tldts-core'];
// Not require.resolve: some packages do not export their package.json.
const licenceOf = (pkg: string) => readFileSync(join(fileURLToPath(new URL('../../node_modules/', import.meta.url)), pkg, 'LICENSE'), 'utf8');

export function noticesPlugin(): Plugin {
  return {
    name: 'temoin-notices',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'NOTICE.txt', source: file('../../NOTICE') });
      this.emitFile({ type: 'asset', fileName: 'LICENSE.txt', source: file('../../LICENSE') });
      this.emitFile({ type: 'asset', fileName: 'licenses/open-cookie-database-LICENSE.txt', source: file('../knowledge/sources/open-cookie-database/LICENSE') });
      for (const pkg of BUNDLED) this.emitFile({ type: 'asset', fileName: `licenses/${pkg.replace('/', '__')}-LICENSE.txt`, source: licenceOf(pkg) });
    },
  };
}
