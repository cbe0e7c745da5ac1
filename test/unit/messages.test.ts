import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFromCapture } from '../../src/audit/set-cookie.ts';
import { ask, auditSettled, parseMessage, SENDERS, type AuditStatus } from '../../src/shared/messages.ts';

describe('parseMessage (the contract at the worker boundary)', () => {
  it('accepts the view messages with a valid tab id only', () => {
    expect(parseMessage({ type: 'get-report', tabId: 12 })).toEqual({ type: 'get-report', tabId: 12 });
    expect(parseMessage({ type: 'get-report', tabId: -1 })).toBeNull();
    expect(parseMessage({ type: 'get-report', tabId: '12' })).toBeNull();
    expect(parseMessage({ type: 'reset-audit', tabId: 1.5 })).toBeNull();
  });

  it('starts observing with or without a tab (a bad tab id is refused, not ignored), and stops', () => {
    expect(parseMessage({ type: 'start-observing' })).toEqual({ type: 'start-observing' });
    expect(parseMessage({ type: 'start-observing', tabId: 7 })).toEqual({ type: 'start-observing', tabId: 7 });
    for (const tabId of [-1, '7', 1.5, null]) expect(parseMessage({ type: 'start-observing', tabId })).toBeNull();
    expect(parseMessage({ type: 'stop-observing', tabId: 7 })).toEqual({ type: 'stop-observing' });
  });

  it('calls an audit settled once its pages are scanned, its links checked, and it has been quiet long enough', () => {
    const s: AuditStatus = { tabId: 1, site: 'lycee-demo.fr', pages: 2, scannedPages: 2, cookies: 4, lastEventAt: 10_000, pendingChecks: 0, bannerShown: false, observing: true, observationOn: true, observingSince: 0 };
    expect(auditSettled(s, 2, 11_000, 1000)).toBe(true);
    expect(auditSettled(s, 2, 10_999, 1000)).toBe(false); // not quiet yet
    expect(auditSettled(s, 3, 20_000, 1000)).toBe(false); // a page not scanned yet
    expect(auditSettled({ ...s, pendingChecks: 1 }, 2, 20_000, 1000)).toBe(false);
    expect(auditSettled({ ...s, lastEventAt: null }, 0, 20_000, 1000)).toBe(false); // nothing recorded at all
  });

  it('rejects unknown types and non-objects', () => {
    for (const raw of [null, undefined, 42, 'get-report', [], { type: 'eval', code: 'x' }, { tabId: 1 }]) expect(parseMessage(raw)).toBeNull();
  });

  it('keeps only well-formed script cookie writes, bounded in number', () => {
    const good = { name: '_ga', valueHash: 'abcd1234', attributes: ' max-age=63072000; path=/', at: 0 };
    const m = parseMessage({
      type: 'script-cookies',
      writes: [good, { ...good, name: 5 }, { ...good, attributes: 42 }, { ...good, value: 'SECRET' }, ...Array(500).fill(good)],
    });
    expect(m?.type).toBe('script-cookies');
    if (m?.type !== 'script-cookies') return;
    expect(m.writes.length).toBeLessThanOrEqual(200);
    expect(m.writes[1]).toEqual(good);
    expect(JSON.stringify(m)).not.toContain('SECRET');
  });

  it('parses a captured write in the worker: attributes, declared expiry, deletion', () => {
    const at = Date.UTC(2026, 10, 22);
    expect(writeFromCapture({ name: '_ga', valueHash: 'abcd1234', attributes: ' expires=Tue, 22 Nov 2028 00:00:00 GMT; domain=.lycee-demo.fr; path=/; Partitioned', at })).toEqual({
      name: '_ga',
      valueHash: 'abcd1234',
      domain: 'lycee-demo.fr',
      path: '/',
      expiresAt: Date.UTC(2028, 10, 22),
      partitioned: true,
      at,
    });
    expect(writeFromCapture({ name: 'x', valueHash: 'h', attributes: 'max-age=0', at })?.expiresAt).toBe(at);
    expect(writeFromCapture({ name: 'x', valueHash: 'h', attributes: '', at })?.expiresAt).toBeNull();
    expect(writeFromCapture({ name: 'x', valueHash: 'h', attributes: 'path=/\u0001', at })).toBeNull();
  });

  it('clips page scans and flags them truncated', () => {
    const link = { text: 'x'.repeat(10_000), href: 'https://a/', inFooter: true, inShadowDom: 'yes', hidden: false };
    const m = parseMessage({ type: 'page-scan', scan: { url: 'https://a/', title: 't', hasPasswordField: true, roleHint: 'admin', links: Array(1500).fill(link) } });
    if (m?.type !== 'page-scan') throw new Error('rejected');
    expect(m.scan.links).toHaveLength(1000);
    expect(m.scan.links[0]!.text.length).toBe(2000);
    expect(m.scan.links[0]!.inShadowDom).toBe(false);
    expect(m.scan.roleHint).toBe('other');
    expect(m.scan.truncated).toBe(true);
  });

  it("keeps a document's times only when both are numbers in order", () => {
    const times = (document: unknown) => {
      const m = parseMessage({ type: 'page-scan', scan: { url: 'https://a/', title: 't', links: [], document } });
      if (m?.type !== 'page-scan') throw new Error('rejected');
      return m.scan.document;
    };
    expect(times({ navigationStart: 1_796_000_000_000, scriptStart: 1_796_000_000_150 })).toEqual({ navigationStart: 1_796_000_000_000, scriptStart: 1_796_000_000_150 });
    expect(times({ navigationStart: 1_796_000_000_150, scriptStart: 1_796_000_000_000 })).toBeUndefined();
    expect(times({ navigationStart: '1', scriptStart: 2 })).toBeUndefined();
    expect(times({ navigationStart: 0, scriptStart: 2 })).toBeUndefined();
    expect(times(null)).toBeUndefined();
  });

  it('keeps a frame\'s well-formed storage keys only, bounded in number and length', () => {
    const m = parseMessage({ type: 'storage-keys', url: 'https://video.tube-demo.com/embed/1', keys: [{ area: 'cookieStore', key: 'k' }, { area: 'localStorage', key: 'x'.repeat(5000) }, { area: 'indexedDB', key: 7 }, null, ...Array(3000).fill({ area: 'sessionStorage', key: 's' })] });
    if (m?.type !== 'storage-keys') throw new Error('rejected');
    expect(m.keys[0]).toEqual({ area: 'localStorage', key: 'x'.repeat(1024) });
    expect(m.keys.length).toBeLessThanOrEqual(2000);
    expect(m.keys.every((k) => k.area === 'localStorage' || k.area === 'sessionStorage')).toBe(true);
    expect(m.truncated).toBe(true); // more keys than the worker takes
    const few = parseMessage({ type: 'storage-keys', url: 'https://a/', keys: [{ area: 'localStorage', key: 'k' }] });
    expect(few?.type === 'storage-keys' && few.truncated).toBe(false);
    const capped = parseMessage({ type: 'storage-keys', url: 'https://a/', keys: [], truncated: true });
    expect(capped?.type === 'storage-keys' && capped.truncated).toBe(true);
    expect(parseMessage({ type: 'storage-keys', url: 'https://a/', keys: 'k' })).toBeNull();
    expect(parseMessage({ type: 'storage-keys', keys: [] })).toBeNull();
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => { parseMessage(v); parseMessage({ type: 'page-scan', scan: v }); parseMessage({ type: 'script-cookies', writes: v }); }));
  });
});

describe('one typed path to the worker', () => {
  it('says who may send each message: content scripts report, extension pages ask and command', () => {
    expect(Object.entries(SENDERS).filter(([, s]) => s === 'content-script').map(([t]) => t).sort()).toEqual(['autoconsent', 'page-scan', 'script-cookies', 'storage-keys', 'user-interaction']);
    expect(SENDERS['get-report']).toBe('extension-page');
    expect(SENDERS['record-pdf-notice']).toBe('extension-page');
  });

  it('asks through the transport it is given, and counts no answer as a failure', async () => {
    const sent: unknown[] = [];
    const answer = await ask(async (m) => (sent.push(m), { ok: true, status: { tabId: 3 } }), { type: 'get-status', tabId: 3 });
    expect(sent).toEqual([{ type: 'get-status', tabId: 3 }]);
    expect(answer.ok && answer.status.tabId).toBe(3);
    expect(await ask(async () => undefined, { type: 'stop-observing' })).toEqual({ ok: false, error: 'no-answer' });
  });
});
