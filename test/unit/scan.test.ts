// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addsContent, readStorageKeys, scanDocument } from '../../src/content/scan.ts';
import { SCAN_LIMITS } from '../../src/shared/limits.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

const texts = () => scanDocument().links.map((l) => `${l.text}${l.inShadowDom ? ' (shadow)' : ''}`);

describe('scanDocument', () => {
  it('keeps the links of <footer>, [role=contentinfo] and elements named footer or pied', () => {
    document.body.innerHTML = `<nav><a href="/messagerie">Messagerie</a></nav>
      <footer><a href="/donnees-personnelles">Données personnelles</a></footer>
      <div role="contentinfo"><a href="/mentions-legales">Mentions légales</a></div>
      <div class="site-pied"><a href="/cookies">Cookies</a></div>
      <div id="main-footer"><a href="/cgu">CGU</a></div>`;
    expect(texts()).toEqual(['Données personnelles', 'Mentions légales', 'Cookies', 'CGU']);
    expect(scanDocument().links.every((l) => l.inFooter)).toBe(true);
  });

  it('does not take a class that merely contains the letters of "pied" or "footer" for a footer', () => {
    document.body.innerHTML = `<div class="copied"><a href="/a">A</a></div><div class="footerless-layout-x"><a href="/b">B</a></div><footer><a href="/c">C</a></footer>`;
    expect(texts()).toEqual(['C']);
  });

  it('finds footer links inside open shadow roots, also when the host is named footer', () => {
    document.body.innerHTML = '<ent-footer></ent-footer><div id="w"></div>';
    document.querySelector('ent-footer')!.attachShadow({ mode: 'open' }).innerHTML = '<nav><a href="/donnees-personnelles">Protection des données</a></nav>';
    document.querySelector('#w')!.attachShadow({ mode: 'open' }).innerHTML = '<footer><a href="/ml">Mentions légales</a></footer>';
    expect(texts()).toEqual(['Protection des données (shadow)', 'Mentions légales (shadow)']);
  });

  it('falls back on the last 30 links when there is no recognisable footer', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<a href="/p${i}">p${i}</a>`).join('');
    const s = scanDocument();
    expect(s.links).toHaveLength(30);
    expect(s.links[0]!.text).toBe('p20');
    expect(s.links.every((l) => !l.inFooter)).toBe(true);
  });

  it('keeps # and javascript: hrefs as written, resolves the others', () => {
    document.body.innerHTML = `<footer><a href="#">Gestion des cookies</a><a href="javascript:void(0)">Aide</a><a href="/cgu">CGU</a></footer>`;
    expect(scanDocument().links.map((l) => l.href)).toEqual(['#', 'javascript:void(0)', `${location.origin}/cgu`]);
  });

  it('reads the keys of Web Storage, never their values, and leaves them out of the page scan', async () => {
    localStorage.setItem('player-volume', 'secret-value');
    sessionStorage.setItem('tab-id', 'secret-value');
    const { keys, truncated } = await readStorageKeys();
    expect(truncated).toBe(false);
    expect(keys).toContainEqual({ area: 'localStorage', key: 'player-volume' });
    expect(keys).toContainEqual({ area: 'sessionStorage', key: 'tab-id' });
    expect(JSON.stringify(keys)).not.toContain('secret-value');
    expect(JSON.stringify(scanDocument())).not.toContain('player-volume');
    localStorage.clear();
    sessionStorage.clear();
  });

  it('reads only the storages it is asked for (those the page used)', async () => {
    localStorage.setItem('player-volume', '1');
    sessionStorage.setItem('tab-id', '1');
    const getter = vi.spyOn(window, 'localStorage', 'get');
    try {
      const { keys } = await readStorageKeys(new Set(['sessionStorage'] as const));
      expect(keys).toEqual([{ area: 'sessionStorage', key: 'tab-id' }]);
      expect(getter).not.toHaveBeenCalled(); // the local storage was not even opened
    } finally {
      getter.mockRestore();
      localStorage.clear();
      sessionStorage.clear();
    }
  });

  it('reads at most SCAN_LIMITS.storageKeys keys per area, and says when there were more', async () => {
    for (let i = 0; i <= SCAN_LIMITS.storageKeys; i++) localStorage.setItem(`k${i}`, '1');
    const { keys, truncated } = await readStorageKeys();
    expect(keys.filter((k) => k.area === 'localStorage')).toHaveLength(SCAN_LIMITS.storageKeys);
    expect(truncated).toBe(true);
    localStorage.clear();
  });

  it('tells from mutation records whether elements were added or the title changed, and not for other changes', () => {
    document.title = 'Accueil';
    document.body.innerHTML = '<p class="a">a</p>';
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open'] });
    const after = (change: () => void) => {
      change();
      return addsContent(observer.takeRecords());
    };
    try {
      expect(after(() => document.querySelector('p')!.setAttribute('class', 'b'))).toBe(false);
      expect(after(() => document.querySelector('p')!.append(' et b'))).toBe(false);
      expect(after(() => document.querySelector('p')!.remove())).toBe(false);
      expect(after(() => document.body.insertAdjacentHTML('beforeend', '<footer><a href="/x">x</a></footer>'))).toBe(true);
      expect(after(() => (document.title = 'Données personnelles'))).toBe(true);
    } finally {
      observer.disconnect();
    }
  });
});
