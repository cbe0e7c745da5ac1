/** audit/mask-url.ts: addresses and names masked of tokens and personal data. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskPersonal, maskUrl, queryParamNames } from '../../src/audit/mask-url.ts';

describe('maskUrl', () => {
  it('keeps parameter names and masks their values', () => {
    expect(maskUrl('https://cas.ac-demo.fr/cas/login?service=https%3A%2F%2Fent&ticket=ST-123-abcdef')).toBe(
      'https://cas.ac-demo.fr/cas/login?service=…&ticket=…',
    );
    expect(queryParamNames('https://s/matomo.php?idsite=1&uid=camille&uid=x')).toEqual(['idsite', 'uid']);
  });
  it('masks credentials, fragments, matrix parameters and token-like path segments', () => {
    expect(maskUrl('https://user:pw@ent.fr/app;jsessionid=ABCDEF0123456789/x#access_token=abc')).toBe('https://ent.fr/app;jsessionid=…/x#…');
    expect(maskUrl('https://ent.fr/reset/4f8b2c1d9e7a6b5c4d3e2f1a0b9c8d7e/confirm')).toBe('https://ent.fr/reset/…/confirm');
    expect(maskUrl('https://ent.fr/donnees-personnelles-et-cookies-du-site')).toBe('https://ent.fr/donnees-personnelles-et-cookies-du-site');
  });
  it('masks what may name a person in a path: logins after user-like segments, pupil numbers, e-mail addresses, short tokens', () => {
    expect(maskUrl('https://ent.fr/users/marie.martin/agenda')).toBe('https://ent.fr/users/…/agenda');
    expect(maskUrl('https://ent.fr/eleve/lucas-bernard/notes')).toBe('https://ent.fr/eleve/…/notes');
    expect(maskUrl('https://ent.fr/pupil/20231187/')).toBe('https://ent.fr/pupil/…/');
    expect(maskUrl('https://ent.fr/mail/marie.martin%40lycee-demo.fr/inbox')).toBe('https://ent.fr/mail/…/inbox');
    expect(maskUrl('https://ent.fr/doc/a1b2c3d4/voir')).toBe('https://ent.fr/doc/…/voir');
    expect(maskUrl('https://ent.fr/~mmartin/')).toBe('https://ent.fr/…/');
    // What an auditor needs stays: ordinary words, short numbers, file names.
    expect(maskUrl('https://stats.fr/matomo.php?idsite=1')).toBe('https://stats.fr/matomo.php?idsite=…');
    expect(maskUrl('https://ent.fr/g/collect/v2')).toBe('https://ent.fr/g/collect/v2');
    expect(maskUrl('https://ent.fr/documents/politique-2024')).toBe('https://ent.fr/documents/politique-2024');
    expect(maskUrl('https://ent.fr/eleves-de-2nde/fiche-1187')).toBe('https://ent.fr/eleves-de-2nde/fiche-…');
    expect(maskPersonal('msal.1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718.idtoken')).not.toMatch(/1f2e3d4c|c3d4e5f60718/);
    expect(maskPersonal('marie.martin@lycee-demo.fr')).toBe('…');
  });
  it('never lets a query value through', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[A-Za-z0-9]{6,40}$/), (k, v) => k.includes(v) || !maskUrl(`https://h.fr/p?${k}=${v}`).includes(`=${v}`)),
    );
  });
  it('does not throw on garbage', () => {
    expect(maskUrl('not a url')).toContain('URL');
    expect(maskUrl('data:text/html,<b>secret</b>')).toBe('data:…');
  });
});
