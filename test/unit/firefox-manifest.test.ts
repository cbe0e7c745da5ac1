import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { FIREFOX_MIN_VERSION, GECKO_ID, firefoxManifest } from '../../src/build/firefox-manifest.ts';
import { OBSERVED_PAGES } from '../../src/content/registered.ts';

describe('the Firefox manifest', () => {
  const ff = firefoxManifest(manifest);

  it('runs the background as an event page and declares an id, a minimum version and no data collection', () => {
    expect(ff.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(ff.browser_specific_settings).toEqual({ gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } } });
    expect(ff).not.toHaveProperty('minimum_chrome_version');
  });

  it('keeps everything else of the Chromium manifest: permissions, host access, locales, and declares no content script', () => {
    for (const key of ['permissions', 'host_permissions', 'default_locale', 'action', 'version']) expect(ff[key], key).toEqual(manifest[key as keyof typeof manifest]);
    expect(JSON.stringify(ff)).not.toContain('web_accessible_resources');
    expect(ff).not.toHaveProperty('content_scripts'); // registered only while observing (src/background/observation.ts)
  });
});

describe('the Chromium manifest', () => {
  it('asks host access for exactly the pages an observation covers (the scripts, webRequest and the site-access check use OBSERVED_PAGES)', () => {
    expect(manifest.host_permissions).toEqual([...OBSERVED_PAGES]);
  });
});

describe('capability notes', () => {
  it('say what a browser hides instead of silently missing it', async () => {
    const { capabilityNotes } = await import('../../src/background/capabilities.ts');
    expect(capabilityNotes({ firefox: false, extraHeaders: true })).toEqual([]);
    expect(capabilityNotes({ firefox: false, extraHeaders: false })[0]).toMatch(/Set-Cookie invisibles/);
    expect(capabilityNotes({ firefox: true, extraHeaders: false })).toEqual([expect.stringMatching(/^Firefox : les cookies tiers sont partitionnés/)]);
  });
});
