/**
 * The verdicts a DPO signs, on inventories built from real header, cookie
 * and hit shapes: exemption needs every observed condition, a consent
 * vendor's other cookies are not consent cookies, a deletion is not a
 * cookie, renewal compares identifiers, the exempt mode of each tag
 * generation, a profile that is not new, and 13 months without tolerance.
 * 20 of these 22 tests failed on the code before these rules were written;
 * the other two guard what already held (an identified visitor under the
 * exempt mode, a lower bound over 13 months).
 */
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/audit.ts';
import { DAY_MS } from '../../src/audit/lifetime.ts';
import { classifyName } from '../../src/audit/classify.ts';
import { scenarioOf } from '../../src/audit/scenarios.ts';
import { KNOWLEDGE } from '../../src/knowledge/index.ts';
import { recordInteraction, recordRequest, recordScriptCookies, recordSetCookieHeaders, recordStoreCookie, type StoreCookie } from '../../src/background/record.ts';
import type { Finding, Report } from '../../src/report/types.ts';
import type { Inventory } from '../../src/shared/inventory.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

const HOME = 'https://ent.lycee-demo.fr/';
const PAGE2 = 'https://ent.lycee-demo.fr/actualites';
const W = KNOWLEDGE.observedKeys;
const report = (inv: Inventory): Report => {
  const r = audit(inv, TEST_CONTEXT);
  expect(validateReport(r)).toEqual({ ok: true });
  return r;
};
const find = (r: Report, rule: string, subject?: string): Finding => {
  const f = r.findings.find((x) => x.rule === rule && (subject === undefined || x.subject?.startsWith(subject)));
  if (!f) throw new Error(`no ${rule} ${subject ?? ''}: ${r.findings.map((x) => `${x.rule}/${x.subject}`).join(', ')}`);
  return f;
};
const cookie = (r: Report, name: string) => r.cookies.find((c) => c.name === name || c.name.startsWith(name));
const store = (name: string, days: number, extra: Partial<StoreCookie> = {}): StoreCookie => ({
  name,
  domain: 'ent.lycee-demo.fr',
  hostOnly: true,
  path: '/',
  session: false,
  expirationDate: (T0 + days * DAY_MS) / 1000,
  secure: true,
  httpOnly: false,
  sameSite: 'lax',
  ...extra,
});
/** A Matomo 4 visitor cookie: 16-hex visitor id, creation timestamp. */
const PK_ID = '_pk_id.1.a1b2=0123456789abcdef.1763800000.; Max-Age=33955200; Path=/';
const matomoHit = (inv: Inventory, at: number) => recordRequest(inv, 'https://ent.lycee-demo.fr/matomo.php?idsite=1&rec=1&_id=0123456789abcdef&_idts=1763800000', 'image', at, null, W);

describe('exemption needs every condition', () => {
  it('Matomo re-setting _pk_id with the same visitor id on each page fails renewal, and with no banner counts before consent', () => {
    let inv = visit();
    recordSetCookieHeaders(inv, HOME, [PK_ID], T0);
    matomoHit(inv, T0);
    inv = visit(PAGE2, 7, inv, T0 + 60_000);
    recordSetCookieHeaders(inv, PAGE2, [PK_ID], T0 + 60_000);
    matomoHit(inv, T0 + 60_000);
    const r = report(inv);
    expect(find(r, 'cookies.audience-no-renewal', '_pk_id').status).toBe('fail');
    expect(find(r, 'cookies.audience-exempt-config', 'Matomo').status).toBe('fail');
    expect(cookie(r, '_pk_id')!.needsConsent).toBe(true);
    const b1 = find(r, 'consent.no-tracker-before-consent');
    expect(b1.status).toBe('fail');
    expect(b1.evidence.join('\n')).toMatch(/cookie « _pk_id\.1\.a1b2 » .*\(Matomo\)/);
    expect(b1.evidence.join('\n')).toMatch(/requête\(s\) vers ent\.lycee-demo\.fr \(Matomo\)/);
  });

  it('an audience cookie over 13 months makes its tool need consent, and its hits count too', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=0123456789abcdef.1763800000.; Max-Age=63072000; Path=/'], T0);
    matomoHit(inv, T0);
    const r = report(inv);
    expect(find(r, 'cookies.audience-lifetime', '_pk_id').status).toBe('fail');
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('fail');
    expect(r.thirdParties).toEqual([]); // first-party collection: counted among the trackers, not the third parties
  });

  it('hits of an audience tool collecting on a shared third-party domain count as trackers before consent', () => {
    const inv = visit();
    recordRequest(inv, 'https://logs1412.xiti.com/hit.xiti?s=123&s2=1&p=accueil&idclient=abc', 'image', T0, null, W);
    const r = report(inv);
    expect(find(r, 'cookies.audience-first-party', 'Piano').status).toBe('fail');
    expect(r.thirdParties.find((t) => t.host === 'logs1412.xiti.com')!.needsConsent).toBe(true);
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('fail');
  });

  it('an audience cookie of a tool Témoin does not know (Adobe Analytics s_vi) needs consent, never "conditional"', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['s_vi=[CS]v1|2F3A4B5C6D7E8F90-600001234567890A[CE]; Max-Age=63072000; Path=/'], T0);
    const r = report(inv);
    expect(cookie(r, 's_vi')!.needsConsent).toBe(true);
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('fail');
    expect(find(r, 'cookies.audience-exempt-config').status).toBe('fail');
  });

  it('a failing condition is a breach only when the tool ran before consent; after it, consent must cover it (manual, never pass)', () => {
    const inv = visit();
    recordInteraction(inv, T0 + 10);
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=0123456789abcdef.1763800000.; Max-Age=63072000; Path=/'], T0 + 20);
    const r = report(inv);
    const f = find(r, 'cookies.audience-lifetime', '_pk_id');
    expect(f.status).toBe('manual');
    expect(f.evidence.join('\n')).toMatch(/le consentement doit le couvrir/);
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('pass');
  });

  it('the refusal scenario counts an audience tool that fails a condition', () => {
    const inv = visit();
    recordInteraction(inv, T0 + 10);
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=0123456789abcdef.1763800000.; Max-Age=63072000; Path=/'], T0 + 20);
    const s = scenarioOf('reject', report(inv), ['Tout refuser']);
    expect(s.trackersAfterChoice.join()).toMatch(/_pk_id/);
  });
});

describe("consent vendors' other cookies", () => {
  it('only the cookie that stores the choice is a consent cookie', () => {
    expect(classifyName(KNOWLEDGE, 'CookieConsent', 'lycee-demo.fr').category).toBe('consent');
    expect(classifyName(KNOWLEDGE, 'OptanonConsent', 'lycee-demo.fr').category).toBe('consent');
    // Cookiebot's cross-site sharing and per-visitor id, consentmanager's per-visitor id, CookieYes' session.
    for (const name of ['CookieConsentBulkTicket', 'consentUUID', '__cmpiuid', 'cookieyes_session', 'osano_consentmanager_uuid']) {
      expect(classifyName(KNOWLEDGE, name, 'lycee-demo.fr').category, name).not.toBe('consent');
    }
  });

  it('an unknown name on a consent manager\'s domain is to review, not a consent cookie', () => {
    const c = classifyName(KNOWLEDGE, 'visitor_xyz', 'consent.cookiebot.com');
    expect(c).toMatchObject({ category: 'unknown', vendorName: 'Cookiebot' });
  });

  it('a consent vendor\'s per-visitor id before any interaction is to review in the report', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['consentUUID=7f0c2d1e-1111-2222-3333-444455556666; Max-Age=31536000; Path=/'], T0);
    const r = report(inv);
    expect(cookie(r, 'consentUUID')!.needsConsent).toBeNull();
    const f = find(r, 'consent.no-tracker-before-consent');
    expect(f.status).toBe('warn');
    expect(f.evidence.join('\n')).toMatch(/consentUUID/);
  });
});

describe('a deletion is not a cookie', () => {
  it('Max-Age=0, an Expires in the past or a script deletion are reported as deletions, never as trackers', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_ga=; Max-Age=0; Path=/; Domain=lycee-demo.fr', '_gid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/'], T0);
    recordScriptCookies(inv, HOME, [{ name: '_fbp', valueHash: '0', domain: 'lycee-demo.fr', path: '/', expiresAt: T0 - DAY_MS, partitioned: false, at: T0 }], T0);
    const r = report(inv);
    expect(r.cookies.map((c) => c.name)).toEqual([]);
    expect(r.deletions!.map((d) => `${d.name}:${d.by}`).sort()).toEqual(['_fbp:script', '_ga:http', '_gid:http']);
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('pass');
    expect(find(r, 'cookies.audience-lifetime').status).toBe('na');
  });

  it('a cookie set and then deleted was present: it stays, with when it was deleted', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_fbp=fb.1.1.1; Max-Age=7776000; Path=/'], T0);
    recordSetCookieHeaders(inv, HOME, ['_fbp=; Max-Age=0; Path=/'], T0 + 5_000);
    const r = report(inv);
    expect(cookie(r, '_fbp')!.deletedAt).toBe(new Date(T0 + 5_000).toISOString());
    expect(find(r, 'consent.no-tracker-before-consent').status).toBe('fail');
  });
});

describe('renewal: the same identifier with a later expiry', () => {
  it('AT Internet atuserid keeps its id in "val" and its expiry in "options.end": pushed forward on a revisit, it is renewed', () => {
    const at = (end: string) => `atuserid=${encodeURIComponent(JSON.stringify({ name: 'atuserid', val: '4c1f2e3d-aaaa-bbbb-cccc-0123456789ab', options: { end, path: '/' } }))}; Max-Age=34128000; Path=/`;
    let inv = visit();
    recordSetCookieHeaders(inv, HOME, [at('2027-12-22T09:00:00.000Z')], T0);
    inv = visit(PAGE2, 7, inv, T0 + 60_000);
    recordSetCookieHeaders(inv, PAGE2, [at('2027-12-22T09:01:00.000Z')], T0 + 60_000);
    const r = report(inv);
    expect(cookie(r, 'atuserid')!.valueChanged).toBe(false);
    expect(find(r, 'cookies.audience-no-renewal', 'atuserid').status).toBe('fail');
  });

  it("Matomo 3's _pk_id carries visit counters beside the id: still the same identifier", () => {
    const pk = (visits: number, ts: number) => `_pk_id.1.a1b2=0123456789abcdef.1763800000.${visits}.${ts}.${ts}.; Max-Age=33955200; Path=/`;
    let inv = visit();
    recordSetCookieHeaders(inv, HOME, [pk(1, 1763802000)], T0);
    inv = visit(PAGE2, 7, inv, T0 + 60_000);
    recordSetCookieHeaders(inv, PAGE2, [pk(2, 1763802060)], T0 + 60_000);
    expect(find(report(inv), 'cookies.audience-no-renewal', '_pk_id').status).toBe('fail');
  });

  it('a new identifier with a new expiry is a new cookie: no renewal, no warning', () => {
    let inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pk_id.1.a1b2=0123456789abcdef.1763800000.; Max-Age=33955200; Path=/'], T0);
    inv = visit(PAGE2, 7, inv, T0 + 60_000);
    recordSetCookieHeaders(inv, PAGE2, ['_pk_id.1.a1b2=fedcba9876543210.1763800060.; Max-Age=33955200; Path=/'], T0 + 60_000);
    const f = find(report(inv), 'cookies.audience-no-renewal', '_pk_id');
    expect(f.status).toBe('pass');
  });
});

describe('exempt mode, every tag generation', () => {
  it("Piano's consent API 'essential' mode is its exempt mode", () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['_pcid=%7B%22browserId%22%3A%22abc%22%7D; Max-Age=34128000; Path=/'], T0);
    const body = JSON.stringify([{ name: 'page.display', data: { visitor_privacy_mode: 'essential', visitor_privacy_consent: false } }]);
    recordRequest(inv, 'https://collecte.lycee-demo.fr/event?s=612345&idclient=abc', 'ping', T0, body, W);
    const f = find(report(inv), 'cookies.audience-exempt-config', 'Piano');
    expect(f.status).toBe('pass');
    expect(f.title).toMatch(/aucun manquement observé/);
  });

  it('SmartTag as the DNMA deploys it: the exempt mode stored in atauthority, hits to hit.xiti on the site\'s own collection host', () => {
    const authority = (mode: string) => `atauthority=${encodeURIComponent(JSON.stringify({ name: 'atauthority', val: { authority_name: 'cnil', visitor_mode: mode } }))}; Max-Age=33696000; Path=/`;
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['atuserid=%7B%22val%22%3A%22v-1%22%7D; Max-Age=33696000; Path=/', authority('exempt')], T0);
    recordRequest(inv, 'https://logs.lycee-demo.fr/hit.xiti?s=612345&s2=1&p=accueil&idclient=v-1', 'image', T0, null, W);
    const f = find(report(inv), 'cookies.audience-exempt-config', 'Piano');
    expect(f.status).toBe('pass');
    expect(f.evidence.join('\n')).toMatch(/mode exempté enregistré par l'outil dans le cookie « atauthority » \(exempt\)/);

    const optin = visit();
    recordSetCookieHeaders(optin, HOME, ['atuserid=%7B%22val%22%3A%22v-1%22%7D; Max-Age=33696000; Path=/', authority('optin')], T0);
    recordRequest(optin, 'https://logs.lycee-demo.fr/hit.xiti?s=612345&s2=1&p=accueil&idclient=v-1', 'image', T0, null, W);
    expect(find(report(optin), 'cookies.audience-exempt-config', 'Piano').status).toBe('manual');
  });

  it('the Piano SDK before 6.8 stores its mode in pa_privacy; the cookie store reports it too', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, ['pa_vid=abc; Max-Age=33696000; Path=/'], T0);
    recordStoreCookie(inv, store('pa_privacy', 390, { privacyMode: 'exempt' }), { removed: false, cause: 'explicit' }, T0);
    recordRequest(inv, 'https://collecte.lycee-demo.fr/event?s=612345&idclient=abc', 'ping', T0, null, W);
    expect(find(report(inv), 'cookies.audience-exempt-config', 'Piano').status).toBe('pass');
  });

  it('the exempt mode does not hide an identified visitor', () => {
    const inv = visit();
    const body = JSON.stringify([{ name: 'page.display', data: { visitor_privacy_mode: 'exempt' } }]);
    recordRequest(inv, 'https://collecte.lycee-demo.fr/event?s=612345&idclient=abc&user_id=42', 'ping', T0, body, W);
    expect(find(report(inv), 'cookies.audience-exempt-config', 'Piano').status).toBe('fail');
  });
});

describe('a profile that is not new', () => {
  it('a cookie there before the audit began has no known set date: a 10-year cookie with a year left is not a pass', () => {
    const inv = visit();
    recordStoreCookie(inv, store('_pk_id.1.a1b2', 365), null, T0);
    const r = report(inv);
    expect(cookie(r, '_pk_id')).toMatchObject({ setBeforeAudit: true, setAt: null, remainingDays: 365 });
    const f = find(r, 'cookies.audience-lifetime', '_pk_id');
    expect(f.status).toBe('manual');
    expect(f.evidence.join('\n')).toMatch(/déposé avant le début de l'audit/);
  });

  it('what is left of it is a lower bound: more than 13 months left fails', () => {
    const inv = visit();
    recordStoreCookie(inv, store('_pk_id.1.a1b2', 400), null, T0);
    expect(find(report(inv), 'cookies.audience-lifetime', '_pk_id').status).toBe('fail');
  });

  it('a creation date its identifier carries dates it (read in the worker, never stored as a value)', () => {
    const inv = visit();
    const nineYearsAgo = T0 - 9 * 365 * DAY_MS;
    recordStoreCookie(inv, store('_pk_id.1.a1b2', 365, { createdDay: Math.floor(nineYearsAgo / DAY_MS) * DAY_MS }), null, T0);
    const r = report(inv);
    expect(cookie(r, '_pk_id')!.setAt).toBe(new Date(Math.floor(nineYearsAgo / DAY_MS) * DAY_MS).toISOString());
    expect(find(r, 'cookies.audience-lifetime', '_pk_id').status).toBe('fail');
  });

  it('a consent choice stored before the audit: "before any interaction" cannot be established, and the user is told how to start clean', () => {
    const inv = visit();
    recordStoreCookie(inv, store('tarteaucitron', 300), null, T0);
    recordSetCookieHeaders(inv, HOME, ['_fbp=fb.1.1.1; Max-Age=7776000; Path=/'], T0);
    const f = find(report(inv), 'consent.no-tracker-before-consent');
    expect(f.status).toBe('manual');
    expect(f.evidence.join('\n')).toMatch(/tarteaucitron/);
    expect(f.fix).toMatch(/fenêtre de navigation privée/);
  });
});

describe('13 months, no tolerance invented', () => {
  it("AT Internet's 397 days set in February (13 months = 393 days) is a warning with the overshoot, not a pass", () => {
    const feb = Date.UTC(2026, 1, 15, 9);
    const inv = visit(HOME, 7, null, feb);
    recordSetCookieHeaders(inv, HOME, ['atuserid=x; Max-Age=34300800; Path=/'], feb);
    const f = find(audit(inv, { ...TEST_CONTEXT, now: feb + 60_000 }), 'cookies.audience-lifetime', 'atuserid');
    expect(f.status).toBe('warn');
    expect(f.evidence.join('\n')).toMatch(/dépasse de 4 j les 13 mois calendaires/);
    expect(f.evidence.join('\n')).not.toMatch(/tolérance de 397/);
  });

  it('cites délibération 2020-092 art. 5 for 13 months and no extension, 2020-091 art. 5 for the exemption conditions', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, HOME, [PK_ID], T0);
    matomoHit(inv, T0);
    const r = report(inv);
    expect(find(r, 'cookies.audience-lifetime', '_pk_id').references[0]).toMatch(/2020-092 .*art\. 5/);
    expect(find(r, 'cookies.audience-no-renewal', '_pk_id').references[0]).toMatch(/2020-092 .*art\. 5/);
    expect(find(r, 'cookies.audience-first-party', 'Matomo').references[0]).toMatch(/2020-091 .*art\. 5/);
    for (const f of r.findings) for (const ref of f.references) expect(ref).not.toMatch(/shared\//);
  });
});
