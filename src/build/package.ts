/**
 * `npm run package`: builds both variants from the current sources and packs
 * them into packages/ — temoin-chromium-<version>.zip (Chrome Web Store,
 * Edge Add-ons, or unpacked) and temoin-firefox-<version>.xpi (signed on
 * AMO, or loaded temporarily from about:debugging). web-ext does the packing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, DIST_FIREFOX, ROOT, ensureBuilt } from '../cli/build.ts';

const version = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;
const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
const out = join(ROOT, 'packages');

for (const [target, dir, file] of [
  ['chromium', DIST, `temoin-chromium-${version}.zip`],
  ['firefox', DIST_FIREFOX, `temoin-firefox-${version}.xpi`],
] as const) {
  await ensureBuilt(target);
  execFileSync(webExt, ['build', '--source-dir', dir, '--artifacts-dir', out, '--filename', file, '--overwrite-dest'], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`${join('packages', file)}`);
}
