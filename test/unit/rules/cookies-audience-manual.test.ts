/** manual checks: on inventories built from header, cookie and hit samples shaped like the real ones (vendor documentation). */
import { describe, expect, it } from 'vitest';
import { recordSetCookieHeaders } from '../../../src/background/record.ts';
import { T0, visit } from '../../helpers/inventory.ts';
import { HOME, run, find } from '../../helpers/rules.ts';

describe('manual checks', () => {
  it('asks the DPO the questions the browser cannot answer, only when an exemptable tool is used', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=x; Max-Age=100; Path=/'], T0);
    const fs = run(inv);
    expect(find(fs, 'cookies.audience-no-combination')).toMatchObject({ status: 'manual', subject: 'Matomo' });
    expect(find(fs, 'cookies.audience-data-retention').fix).toMatch(/25 mois/);
    const ga = visit();
    recordSetCookieHeaders(ga, HOME, ['_ga=x; Max-Age=100; Path=/'], T0);
    expect(run(ga).some((f) => f.rule === 'cookies.audience-data-retention')).toBe(false);
  });
});
