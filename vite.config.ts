import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { reportValidatorPlugin } from './src/build/validator-plugin.ts';
import { noticesPlugin } from './src/build/notices-plugin.ts';
import { onDemandScriptsPlugin } from './src/build/on-demand-plugin.ts';
import { autoconsentRulesPlugin } from './src/build/autoconsent-rules-plugin.ts';
import { firefoxManifest } from './src/build/firefox-manifest.ts';

/** `TEMOIN_BROWSER=firefox vite build` (npm run build:firefox) builds the Firefox variant into dist-firefox/. */
const firefox = process.env.TEMOIN_BROWSER === 'firefox';
/**
 * `TEMOIN_BUILD=cli vite build` (npm run build:cli) builds the command line as one JavaScript file for
 * Node (dist-cli/temoin.js, run by bin/temoin.js): the installed package needs no TypeScript at run time.
 */
const cli = process.env.TEMOIN_BUILD === 'cli';
const dependencies = Object.keys((await import('./package.json', { with: { type: 'json' } })).default.dependencies);

// The manifest declares no content script: the worker registers them while
// the user observes (src/content/registered.ts), and onDemandScriptsPlugin
// builds them as standalone IIFE bundles.
export default defineConfig(cli ? {
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    target: 'node20',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { external: (id: string) => id.startsWith('node:') || dependencies.some((d) => id === d || id.startsWith(`${d}/`)), output: { entryFileNames: 'temoin.js', format: 'es' } },
  },
} : {
  plugins: [
    reportValidatorPlugin(),
    noticesPlugin(),
    process.env.VITEST ? null : onDemandScriptsPlugin(),
    process.env.VITEST ? null : autoconsentRulesPlugin(),
    preact(),
    // The test runner only needs the sources, not the extension packaging.
    process.env.VITEST
      ? null
      : crx({
          manifest: (firefox ? firefoxManifest(manifest) : manifest) as never,
          browser: firefox ? 'firefox' : 'chrome',
        }),
  ],
  // No module-preload polyfill: the extension contains no network code at all (checked by the e2e tests).
  build: { outDir: firefox ? 'dist-firefox' : 'dist', target: firefox ? ['chrome121', 'firefox128'] : 'chrome121', sourcemap: false, emptyOutDir: true, modulePreload: { polyfill: false } },
  test: {
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/count-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], testTimeout: 20_000 } },
      // One real browser at a time: several Chromium instances on a 2-core machine starve each other.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
