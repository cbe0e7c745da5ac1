// @vitest-environment happy-dom
// What the content script's banner scan finds by selectors and text. Visibility, styles and real CMP
// libraries need a real browser: those are test/e2e/banners.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { detectBanner, manageEntries } from '../../src/content/banner.ts';
import { SPLIT_FROM_ELEMENTS } from '../../src/content/select.ts';
import { pageOfSize } from '../helpers/page-size.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

const sizes = [
  ['a small page', 0],
  ['a large page (selector lists asked one selector at a time)', SPLIT_FROM_ELEMENTS],
] as const;

describe.each(sizes)('detectBanner (which CMPs are present), on %s', (_label, size) => {
  it('says nothing on a page with no CMP and no banner', () => {
    pageOfSize('<main><p>Cahier de textes</p></main><footer><a href="/cookies">Cookies</a></footer>', size);
    expect(detectBanner()).toBeNull();
  });

  it('names every CMP whose root is in the page, in the table order', () => {
    pageOfSize('<div class="fr-consent-banner"></div><div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"></div></div>', size);
    const scan = detectBanner();
    expect(scan?.cmpsPresent).toEqual(['tarteaucitron', 'dsfr']);
    expect(scan?.cmp).toBe('tarteaucitron');
  });

  it('names a CMP found by any selector of its list, not only the first', () => {
    pageOfSize('<div id="cc--main"></div>', size);
    expect(detectBanner()?.cmpsPresent).toEqual(['cookieconsent']);
  });
});

describe.each(sizes)('manageEntries (ways to change one\'s choice later), on %s', (_label, size) => {
  it('finds the CMPs\' own entry points, in document order, and the links and buttons named so', () => {
    pageOfSize(`
      <button class="ot-sdk-show-settings">Paramètres</button>
      <footer>
        <a href="/cookies">Cookies</a>
        <a href="#" id="tarteaucitronManager">Panneau</a>
        <a href="/gestion">Gérer   les
           cookies</a>
        <button aria-label="Paramétrer les cookies"><svg></svg></button>
        <a href="/long">${'Gérer les cookies '.repeat(12)}</a>
      </footer>`, size);
    const entries = manageEntries();
    expect(entries.map((e) => [e.text, e.source])).toEqual([
      ['Paramètres', 'signature'],
      ['Panneau', 'signature'],
      ['Gérer les cookies', 'vocabulary'],
      ['Paramétrer les cookies', 'vocabulary'],
    ]);
  });

  it('takes an aria-label only when the control has no text of its own', () => {
    pageOfSize('<button aria-label="Gérer les cookies">Menu</button>', size);
    expect(manageEntries()).toEqual([]);
  });

  it('finds nothing on a page without one', () => {
    pageOfSize('<footer><a href="/cookies">Cookies</a><a href="/donnees">Données personnelles</a></footer>', size);
    expect(manageEntries()).toEqual([]);
  });
});
