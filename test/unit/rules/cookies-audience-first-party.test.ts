/** cookies.audience-first-party: on inventories built from header, cookie and hit samples shaped like the real ones (vendor documentation). */
import { describe, expect, it } from 'vitest';
import { recordRequest, recordSetCookieHeaders } from '../../../src/background/record.ts';
import { T0, visit } from '../../helpers/inventory.ts';
import { HOME, W, run, find } from '../../helpers/rules.ts';

describe('cookies.audience-first-party', () => {
  it('fails an identifier on a shared third-party collection domain, passes a first-party one', () => {
    const inv = visit();
    recordRequest(inv, 'https://logs1412.xiti.com/hit.xiti?s=123&idclient=x', 'image', T0, null, W);
    recordSetCookieHeaders(inv, 'https://logs1412.xiti.com/hit.xiti', ['idrxvr=abc; Domain=xiti.com; Max-Age=34128000; Path=/; Secure; SameSite=None'], T0);
    const f = find(run(inv), 'cookies.audience-first-party', 'Piano');
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/cookie tiers « idrxvr » sur xiti\.com/);
    expect(f.evidence.join('\n')).toMatch(/requête\(s\) de collecte vers le domaine tiers logs1412\.xiti\.com/);

    const fp = visit();
    recordSetCookieHeaders(fp, HOME, ['_pk_id.1.a1b2=x; Max-Age=100; Path=/'], T0);
    recordRequest(fp, 'https://stats.lycee-demo.fr/matomo.php?idsite=1&rec=1', 'image', T0, null, W);
    expect(find(run(fp), 'cookies.audience-first-party', 'Matomo').status).toBe('pass');
  });
});
