/** Makes sure dist/ (Chromium) or dist-firefox/ holds an extension built from the current sources. */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { installed, packageRoot } from './root.ts';

export const ROOT = packageRoot();
export const DIST = join(ROOT, 'dist');
export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
export type Target = 'chromium' | 'firefox';
const outDir = (target: Target) => (target === 'firefox' ? DIST_FIREFOX : DIST);

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isStale(target: Target = 'chromium'): boolean {
  const manifest = join(outDir(target), 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  const sources = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json'].map((p) => join(ROOT, p)).filter(existsSync);
  return sources.some((p) => newestMtime(p) > built);
}

/**
 * Runs `vite build` in a child process (a clean environment: the CRX plugin
 * must not see the test runner's), when the sources are newer than dist/.
 */
export async function ensureBuilt(target: Target = 'chromium'): Promise<boolean> {
  // The installed command ships the built extension and no sources: nothing to build.
  if (installed(ROOT)) {
    if (!existsSync(join(outDir(target), 'manifest.json'))) throw new Error(`Extension absente du paquet installé (${outDir(target)}) / the built extension is missing from the installed package`);
    return false;
  }
  if (!isStale(target)) return false;
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const env: NodeJS.ProcessEnv = { ...process.env, TEMOIN_BROWSER: target };
  delete env.VITEST;
  delete env.NODE_ENV;
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: ROOT, env }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`La construction de l'extension a échoué / extension build failed:\n${stderr}`));
      else resolve();
    });
  });
  return true;
}
