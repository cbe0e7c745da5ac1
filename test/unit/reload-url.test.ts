/** The address an audit reloads when it starts afresh in a tab (src/audit/reload-url.ts). */
import { describe, expect, it } from 'vitest';
import { reloadUrl } from '../../src/audit/reload-url.ts';

describe('reloadUrl', () => {
  it('drops a CAS service ticket or a SAML artifact, keeping the rest of the address', () => {
    expect(reloadUrl('https://ent.lycee-demo.fr/?ticket=ST-12-abcDEF-cas')).toBe('https://ent.lycee-demo.fr/');
    expect(reloadUrl('https://ent.lycee-demo.fr/timeline?fr=1&ticket=ST-1&tab=2#news')).toBe('https://ent.lycee-demo.fr/timeline?fr=1&tab=2#news');
    expect(reloadUrl('https://sp.example.fr/acs?SAMLart=AAQAA&RelayState=%2Fhome')).toBe('https://sp.example.fr/acs?RelayState=%2Fhome');
    expect(reloadUrl('https://ent.lycee-demo.fr/?ticket=a&ticket=b')).toBe('https://ent.lycee-demo.fr/');
  });

  it('leaves an address without one-time credentials to a plain reload, and ignores what is not a web address', () => {
    for (const url of ['https://ent.lycee-demo.fr/', 'https://ent.lycee-demo.fr/?tickets=3&myticket=4', 'https://ent.lycee-demo.fr/?Ticket=ST-1', 'chrome://newtab/?ticket=1', 'not a url', ''])
      expect(reloadUrl(url)).toBeNull();
  });
});
