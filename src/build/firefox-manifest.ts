/**
 * The Firefox variant of manifest.json (pure, unit-tested): Firefox MV3 runs
 * the background as an event page (`background.scripts`), wants an add-on id
 * and the data-collection declaration (none: Témoin sends nothing), and has
 * no use for the Chromium minimum version. Firefox ESR 128 is the first with
 * main-world content scripts and `scripting.executeScript({ world: 'MAIN' })`.
 */
export const GECKO_ID = 'temoin@temoin.invalid';
export const FIREFOX_MIN_VERSION = '128.0';

interface ChromeManifest {
  background: { service_worker: string; type?: string };
  minimum_chrome_version?: string;
  [key: string]: unknown;
}

export function firefoxManifest(m: ChromeManifest): Record<string, unknown> {
  const { background, minimum_chrome_version: _chromeOnly, ...rest } = m;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type ?? 'module' },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
    },
  };
}
