/**
 * How Témoin gets into the browser. By default the command line loads it
 * through the DevTools command Extensions.loadUnpacked (the way Google
 * Chrome 137+ still allows); --load-extension is kept for a Chromium without
 * that command. Both must see the same page the same way: the same findings,
 * cookies, requests and storage on the demo ENT.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_HOME } from '../../src/demo-ent/server.ts';
import type { Report } from '../../src/report/types.ts';
import { auditTwice, startHarnessLoading, type Harness } from './harness.ts';

const open: Harness[] = [];
afterAll(async () => {
  for (const h of open) await h.close();
});

/** What an audit observed and judged, without its times. */
const facts = (r: Report) => ({
  findings: r.findings.map((f) => `${f.rule} ${f.subject ?? ''} ${f.status}`).sort(),
  cookies: r.cookies.map((c) => `${c.name} ${c.domain}`).sort(),
  thirdParties: r.thirdParties.map((t) => t.host).sort(),
  storage: r.storage.map((s) => `${s.origin} ${s.area} ${s.key}`).sort(),
  pages: r.pages.map((p) => `${p.role} ${p.url}`),
});

describe('loading the extension', () => {
  it('through DevTools by default and through --load-extension on request, the two reports alike', async () => {
    const byDevtools = await startHarnessLoading(undefined);
    open.push(byDevtools);
    expect(byDevtools.browser.environment.args).toContain('--enable-unsafe-extension-debugging');
    expect(byDevtools.browser.environment.args.some((a) => a.startsWith('--load-extension'))).toBe(false);
    const viaDevtools = await auditTwice(byDevtools, DEMO_HOME);
    await byDevtools.close();
    open.pop();

    const byFlag = await startHarnessLoading('flag');
    open.push(byFlag);
    expect(byFlag.browser.environment.args).not.toContain('--enable-unsafe-extension-debugging');
    const viaFlag = await auditTwice(byFlag, DEMO_HOME);

    expect(viaDevtools.findings.length).toBeGreaterThan(5);
    expect(viaDevtools.cookies.length).toBeGreaterThan(2);
    expect(facts(viaDevtools)).toEqual(facts(viaFlag));
  });
});
