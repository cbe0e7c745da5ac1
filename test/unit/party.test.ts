/** audit/party.ts: first or third party, registrable site, domain matching. */
import { describe, expect, it } from 'vitest';
import { domainMatches, partyOf, siteOf } from '../../src/audit/party.ts';

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
