import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { reportValidatorPlugin } from './src/report/validator-plugin.ts';

// Content scripts are built as standalone IIFE bundles: no loader, and no
// web_accessible_resources that would let any page detect the extension.
export default defineConfig({
  plugins: [
    reportValidatorPlugin(),
    preact(),
    // The test runner only needs the sources, not the extension packaging.
    process.env.VITEST
      ? null
      : crx({
          manifest: manifest as never,
          contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/content/probe.ts'] },
        }),
  ],
  // No module-preload polyfill: the extension contains no network code at all (checked by the e2e tests).
  build: { target: 'chrome121', sourcemap: false, emptyOutDir: true, modulePreload: { polyfill: false } },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/count-reporter.ts'],
    fileParallelism: true,
  },
});
