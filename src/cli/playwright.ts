/**
 * Playwright's Chromium driver, loaded with `require`: Node's ESM import of
 * this CommonJS package first lexes it for its named exports, which cost
 * about 0.1 s of every start of the command (measured: 343 ms by `import`,
 * 240 ms by `require`, for the same object).
 */
import { createRequire } from 'node:module';
import type * as Playwright from 'playwright-core';

export const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof Playwright;
