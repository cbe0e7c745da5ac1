/**
 * The folder of Témoin's package: the repository when run from a clone
 * (src/cli/), the installed package when run from the built command
 * (dist-cli/). Found by walking up to Témoin's package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'temoin') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json de Témoin introuvable au-dessus de ${dirname(fileURLToPath(from))} / Témoin's package.json not found`);
    dir = up;
  }
}

/** Run from the built, installed package (no sources to build from). */
export const installed = (root: string = packageRoot()): boolean => !existsSync(join(root, 'vite.config.ts'));
