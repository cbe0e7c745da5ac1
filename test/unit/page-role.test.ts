/** audit/page-role.ts: the role of a page from its address, title and form. */
import { describe, expect, it } from 'vitest';
import { pageRole, roleOfPath } from '../../src/audit/page-role.ts';

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
