/** audit/request-facts.ts: the key names of a request, and only whitelisted values. */
import { describe, expect, it } from 'vitest';
import { requestFacts } from '../../src/audit/request-facts.ts';

describe('requestFacts', () => {
  it('keeps key names from query and JSON or form bodies, and only whitelisted enumeration values', () => {
    const f = requestFacts('https://c.fr/event?s=1&idclient=SECRET', JSON.stringify({ events: [{ data: { visitor_privacy_mode: 'exempt', user_id: 'camille', visitor_privacy_consent: false } }] }), ['visitor_privacy_mode', 'user_id']);
    expect(f.keys).toEqual(expect.arrayContaining(['s', 'idclient', 'events', 'data', 'visitor_privacy_mode', 'user_id']));
    expect(f.observed).toEqual([['visitor_privacy_mode', 'exempt'], ['user_id', 'camille']]);
    expect(requestFacts('https://c.fr/', 'a=1&uid=42', []).keys).toEqual(['a', 'uid']);
  });

  it('does not record values that look like identifiers, and bounds hostile bodies', () => {
    const f = requestFacts('https://c.fr/?visitor_privacy_mode=' + 'x'.repeat(100), null, ['visitor_privacy_mode']);
    expect(f.observed).toEqual([]);
    const deep = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ [`k${i}`]: i })));
    expect(requestFacts('https://c.fr/', deep, []).keys.length).toBeLessThanOrEqual(200);
    expect(requestFacts('https://c.fr/', '{not json', []).keys).toEqual([]);
  });
});
