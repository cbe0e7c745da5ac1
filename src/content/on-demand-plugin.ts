/**
 * Vite plugin: builds the content scripts the worker injects on demand
 * (`scripting.executeScript({ files })`), not declared in the manifest, as
 * standalone IIFE files next to the declared ones. Today: cmp-names.ts
 * (autoconsent), injected only into a top frame whose banner our own table
 * could not name (src/background/autoconsent.ts, CMP_NAMES_SCRIPT).
 */
import { build, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

export function onDemandScriptsPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'temoin-on-demand-scripts',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        publicDir: false,
        logLevel: 'warn',
        build: {
          outDir: `${outDir}/src/content`,
          emptyOutDir: false,
          target: ['chrome121', 'firefox128'],
          minify: true,
          lib: { entry: fileURLToPath(new URL('./cmp-names.ts', import.meta.url)), formats: ['iife'], name: 'temoinCmpNames', fileName: () => 'cmp-names.js' },
        },
      });
    },
  };
}
