/** What a report may claim when the browser withholds access to some sites (src/audit/site-access.ts). */
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.ts';
import { DAY_MS } from '../../src/audit/lifetime.ts';
import { RESTRICTED_ACCESS_NOTE } from '../../src/audit/site-access.ts';
import { recordRequest, recordScan, recordScriptCookies, recordSetCookieHeaders } from '../../src/background/record.ts';
import { validateReport } from '../../src/cli/validate.ts';
import type { Inventory } from '../../src/shared/inventory.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

const HOME = 'https://ent.lycee-demo.fr/';
const restricted = { ...TEST_CONTEXT, environment: { ...TEST_CONTEXT.environment, siteAccess: 'restricted' as const } };
const withAll = { ...TEST_CONTEXT, environment: { ...TEST_CONTEXT.environment, siteAccess: 'all' as const } };

/** A page with footer links and a session cookie, and nothing that needs consent. */
function quietPage(): Inventory {
  const inv = visit();
  recordSetCookieHeaders(inv, HOME, ['JSESSIONID=abcdef0123456789; Path=/; Secure; HttpOnly'], T0);
  recordScan(
    inv,
    {
      url: HOME,
      title: 'Accueil',
      hasPasswordField: false,
      roleHint: 'other',
      links: [
        { text: 'Mentions légales', href: `${HOME}mentions-legales`, inFooter: true, inShadowDom: false, hidden: false },
        { text: 'Données personnelles', href: `${HOME}donnees-personnelles`, inFooter: true, inShadowDom: false, hidden: false },
      ],
      truncated: false,
    },
    T0,
  );
  return inv;
}

const status = (r: ReturnType<typeof audit>, rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => f.status);

describe('site access withheld by the browser', () => {
  it('changes nothing with access to all sites, or when the access was not recorded (reports before 1.5.0)', () => {
    const inv = quietPage();
    const before = audit(inv, TEST_CONTEXT);
    const all = audit(inv, withAll);
    expect(all.findings).toEqual(before.findings);
    expect(all.notes).toEqual(before.notes);
    expect(status(all, 'consent.no-tracker-before-consent')).toEqual(['pass']);
  });

  it('turns the verdicts that rest on an absence into manual checks, says why in both languages, and says it in the notes', () => {
    const inv = quietPage();
    const all = audit(inv, withAll);
    const r = audit(inv, restricted);
    expect(validateReport(r)).toEqual({ ok: true });
    expect(r.environment.siteAccess).toBe('restricted');
    expect(r.notes[0]).toBe(RESTRICTED_ACCESS_NOTE);

    const tracker = r.findings.find((f) => f.rule === 'consent.no-tracker-before-consent')!;
    expect(tracker).toMatchObject({ status: 'manual', severity: 'low', title: all.findings.find((f) => f.rule === tracker.rule)!.title });
    expect(tracker.evidence[0]).toMatch(/^Accès aux sites restreint/);
    expect(tracker.en.evidence[0]).toMatch(/^Site access restricted/);
    expect(tracker.fix).toMatch(/Autoriser Témoin sur tous les sites/);
    expect(tracker.en.fix).toMatch(/Allow Témoin on all sites/);
    expect(tracker.references.length).toBeGreaterThan(0);

    // "No audience tool observed" is an absence too.
    expect(status(all, 'cookies.audience-lifetime')).toEqual(['na']);
    expect(status(r, 'cookies.audience-lifetime')).toEqual(['manual']);
    // Nothing else rests on an absence of observation: the footer links were seen in the audited page itself.
    for (const f of all.findings.filter((x) => x.rule.startsWith('info.'))) expect(r.findings.find((x) => x.rule === f.rule && x.subject === f.subject)).toEqual(f);
    // No verdict of "nothing observed" is left.
    expect(r.findings.filter((f) => (f.rule.startsWith('consent.') || f.rule.startsWith('cookies.')) && f.status === 'na')).toEqual([]);
  });

  it('keeps what was observed: a tracker seen before consent is still a failure', () => {
    const inv = quietPage();
    recordScriptCookies(inv, HOME, [{ name: '_ga', valueHash: 'h1', domain: 'lycee-demo.fr', path: '/', expiresAt: T0 + 730 * DAY_MS, partitioned: false, at: T0 }], T0);
    recordRequest(inv, 'https://www.google-analytics.com/g/collect?v=2&tid=G-XXXX', 'ping', T0);
    const all = audit(inv, withAll);
    const r = audit(inv, restricted);
    expect(status(r, 'consent.no-tracker-before-consent')).toEqual(['fail']);
    expect(r.findings.find((f) => f.rule === 'consent.no-tracker-before-consent')).toEqual(all.findings.find((f) => f.rule === 'consent.no-tracker-before-consent'));
    expect(status(r, 'cookies.audience-lifetime')).toEqual(status(all, 'cookies.audience-lifetime'));
    expect(status(r, 'cookies.audience-lifetime')).toContain('fail');
  });
});
