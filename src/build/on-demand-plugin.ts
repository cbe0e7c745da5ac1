/**
 * Vite plugin: builds the content scripts that the manifest does not
 * declare, as standalone IIFE files (no loader, and no
 * web_accessible_resources that would let any page detect the extension):
 * - the scripts of an observation (src/content/registered.ts), which the
 *   worker registers only while the user observes; every function of them
 *   runs on every observed page, so they carry V8's compile hint
 *   (src/build/compile-hints-plugin.ts);
 * - cmp-names.ts (autoconsent), injected only into a top frame whose banner
 *   our own table could not name (src/background/autoconsent.ts).
 */
import { build, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { OBSERVED_PAGE_SCRIPTS, builtPath } from '../content/registered.ts';
import { withCompileHint } from './compile-hints-plugin.ts';

interface Script {
  /** Source, relative to the project root; built at the same path with `.js`. */
  source: string;
  compileHint: boolean;
}

export const ON_DEMAND_SCRIPTS: readonly Script[] = [
  ...OBSERVED_PAGE_SCRIPTS.map((s) => ({ source: s.source, compileHint: true })),
  { source: 'src/content/cmp-names.ts', compileHint: false },
];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Prepends the compile hint to the built script. */
const compileHint = (): Plugin => ({
  name: 'temoin-compile-hint',
  generateBundle(_options, bundle) {
    for (const out of Object.values(bundle)) if (out.type === 'chunk') out.code = withCompileHint(out.code);
  },
});

export function onDemandScriptsPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'temoin-on-demand-scripts',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    async closeBundle() {
      for (const script of ON_DEMAND_SCRIPTS) {
        const out = builtPath(script);
        const dir = out.slice(0, out.lastIndexOf('/'));
        const file = out.slice(dir.length + 1);
        await build({
          configFile: false,
          publicDir: false,
          logLevel: 'warn',
          plugins: script.compileHint ? [compileHint()] : [],
          build: {
            outDir: `${outDir}/${dir}`,
            emptyOutDir: false,
            target: ['chrome121', 'firefox128'],
            minify: true,
            lib: { entry: ROOT + script.source, formats: ['iife'], name: 'temoin', fileName: () => file },
          },
        });
      }
    },
  };
}
