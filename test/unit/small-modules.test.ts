import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BROWSER_CAP_DAYS, DAY_MS, lifetimeDays } from '../../src/audit/lifetime.ts';
import { domainMatches, partyOf, siteOf } from '../../src/audit/party.ts';
import { maskPersonal, maskUrl, queryParamNames } from '../../src/audit/mask-url.ts';
import { pageRole, roleOfPath } from '../../src/audit/page-role.ts';
import { shortHash } from '../../src/audit/hash.ts';

describe('lifetimeDays', () => {
  it('is null for a session cookie and exact for whole days', () => {
    expect(lifetimeDays(0, null)).toBeNull();
    expect(lifetimeDays(1000, 1000 + 730 * DAY_MS)).toBe(730);
    expect(lifetimeDays(5, 5 + BROWSER_CAP_DAYS * DAY_MS)).toBe(400);
  });
  it('keeps short lifetimes visible (30 minutes is not 0 days)', () => {
    expect(lifetimeDays(0, 30 * 60_000)).toBeCloseTo(0.021, 3);
  });
  it('is within a thousandth of a day of the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 0, max: 5000 * DAY_MS }), (setAt, span) => {
        return Math.abs(lifetimeDays(setAt, setAt + span)! - span / DAY_MS) <= 0.0005 + 1e-9;
      }),
    );
  });
});

describe('party and site', () => {
  it('uses the Public Suffix List, not string tricks', () => {
    expect(siteOf('ent.lycee-demo.fr')).toBe('lycee-demo.fr');
    expect(siteOf('.www.ac-lyon.fr')).toBe('ac-lyon.fr');
    expect(siteOf('foo.bar.gouv.fr')).toBe('bar.gouv.fr');
    expect(siteOf('a.b.github.io')).toBe('b.github.io'); // private suffix
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('localhost')).toBe('localhost');
  });
  it('tells first from third party by registrable domain', () => {
    expect(partyOf('stats.lycee-demo.fr', 'ent.lycee-demo.fr')).toBe('first');
    expect(partyOf('lycee-demo.fr', 'ent.lycee-demo.fr')).toBe('first');
    expect(partyOf('video.tube-demo.com', 'ent.lycee-demo.fr')).toBe('third');
    expect(partyOf('ent.other-demo.fr', 'ent.lycee-demo.fr')).toBe('third');
    expect(partyOf('x.github.io', 'y.github.io')).toBe('third');
  });
  it('domain-matches as RFC 6265 does', () => {
    expect(domainMatches('ent.lycee-demo.fr', '.lycee-demo.fr')).toBe(true);
    expect(domainMatches('lycee-demo.fr', 'lycee-demo.fr')).toBe(true);
    expect(domainMatches('evil-lycee-demo.fr', 'lycee-demo.fr')).toBe(false);
  });
});

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

describe('pageRole', () => {
  it.each([
    ['https://ent.fr/', '', false, 'home'],
    ['https://ent.fr/auth/login', 'Connexion', true, 'login'],
    ['https://ent.fr/donnees-personnelles', '', false, 'notice'],
    ['https://ent.fr/politique-de-confidentialit%C3%A9', '', false, 'notice'],
    ['https://ent.fr/cookies', '', false, 'cookies'],
    ['https://ent.fr/page', 'Politique de cookies', false, 'cookies'],
    ['https://ent.fr/messagerie', 'Messagerie', false, 'other'],
  ] as const)('%s → %s', (url, title, pw, role) => {
    expect(pageRole(url, title, pw)).toBe(role);
    // The content script's form, from location.pathname: the same answer.
    expect(roleOfPath(new URL(url).pathname, title, pw)).toBe(role);
  });
  it('is "other" for a URL that does not parse', () => expect(pageRole('pas une url', 'Politique de cookies', false)).toBe('other'));
});

describe('shortHash', () => {
  it('is 8 hex characters and deterministic', () => {
    expect(shortHash('abc')).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).not.toBe(shortHash('abd'));
  });
});
