import { describe, expect, it } from 'vitest';
import compiled from 'virtual:report-validator';
import { audit } from '../../src/audit/audit.ts';
import { recordRequest, recordScan, recordSetCookieHeaders, recordStorage } from '../../src/background/record.ts';
import { validateReport } from '../../src/cli/validate.ts';
import { exportJson } from '../../src/report/export.ts';
import { SCHEMA_VERSION } from '../../src/report/types.ts';
import schema from '../../src/report/report.schema.json' with { type: 'json' };
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

function sampleReport() {
  const inv = visit();
  recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['oneSessionId=s3cr3tSessionValue; HttpOnly; Secure', 'ent_prefs=fr; Max-Age=63072000'], T0);
  recordRequest(inv, 'https://video.tube-demo.com/embed/1?autoplay=1', 'sub_frame', T0);
  recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'other', links: [{ text: 'Mentions légales', href: '#', inFooter: true, inShadowDom: false, hidden: false }], truncated: false }, T0);
  recordStorage(inv, 'https://ent.lycee-demo.fr/', [{ area: 'localStorage', key: 'k' }], T0);
  return audit(inv, TEST_CONTEXT);
}

describe('the published JSON Schema', () => {
  it('accepts what audit() produces, with both validators (ajv at run time and the precompiled one of the popup)', () => {
    const r = sampleReport();
    expect(validateReport(r)).toEqual({ ok: true });
    expect(compiled(r)).toBe(true);
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses a cookie that carries a value, or a report missing a contract field', () => {
    const r = sampleReport();
    const withValue = structuredClone(r) as unknown as { cookies: Record<string, unknown>[] };
    withValue.cookies[0]!.value = 'abc';
    expect(validateReport(withValue).ok).toBe(false);
    const { findings: _f, ...missing } = r;
    const res = validateReport(missing);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors.join()).toMatch(/findings/);
    expect(compiled(missing)).toBe(false);
  });

  it('requires a reference on every finding and a known rule namespace', () => {
    const r = sampleReport();
    r.findings.push({ rule: 'cookies.audience-lifetime', status: 'fail', severity: 'high', subject: null, title: 't', evidence: [], fix: null, references: [], en: { title: 't', evidence: [], fix: null } });
    expect(validateReport(r).ok).toBe(false);
    const pushed = r.findings.at(-1)!;
    pushed.references = ['Kit juridique ENT §4.10'];
    expect(validateReport(r).ok).toBe(true);
    pushed.rule = 'Cookies.Lifetime';
    expect(validateReport(r).ok).toBe(false);
  });

  it('keeps in the JSON Schema every field the report has always promised', () => {
    const props = (schema as { properties: Record<string, { items?: { required?: string[] } }> }).properties;
    expect(Object.keys(props)).toEqual(expect.arrayContaining(['schemaVersion', 'tool', 'startedAt', 'finishedAt', 'target', 'pages', 'cookies', 'storage', 'thirdParties', 'banner', 'links', 'notices', 'findings']));
    expect(props.cookies!.items!.required).toEqual(
      expect.arrayContaining(['name', 'domain', 'path', 'party', 'category', 'vendor', 'session', 'declaredLifetimeDays', 'storedLifetimeDays', 'setBeforeConsent', 'renewedOnRevisit', 'source']),
    );
  });
});

describe('exportJson', () => {
  it('exports a valid report with a safe file name, and never the session value', () => {
    const r = sampleReport();
    const e = exportJson(r);
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(e.filename).toMatch(/^temoin-lycee-demo\.fr-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.json$/);
    expect(e.json).not.toContain('s3cr3tSessionValue');
  });

  it('refuses to export a report that breaks the schema, saying where', () => {
    const r = sampleReport() as unknown as Record<string, unknown>;
    r.cookies = 'none';
    const e = exportJson(r as never);
    expect(e).toEqual({ ok: false, errors: expect.arrayContaining([expect.stringContaining('/cookies')]) });
  });
});
