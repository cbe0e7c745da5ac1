/** The banner in the message contract (the consent-banner logic that needs no browser). */
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/shared/messages.ts';
import { control, banner, scanWith } from '../helpers/banner.ts';

describe('the banner in the message contract', () => {
  const msg = (b: unknown) => parseMessage({ type: 'page-scan', scan: { ...scanWith(null), banner: b } });

  it('keeps a well-formed banner and clamps its measures', () => {
    const m = msg(banner([control('reject', 'Tout refuser', { width: 1e9, contrast: 99 })]));
    expect(m?.type === 'page-scan' && m.scan.banner?.controls[0]).toMatchObject({ role: 'reject', width: 100_000, contrast: 21 });
  });

  it('drops a malformed banner or control instead of trusting half of it', () => {
    expect(msg({ cmp: 42, controls: [] })).toMatchObject({ scan: { banner: null } });
    expect(msg('<script>')).toMatchObject({ scan: { banner: null } });
    const m = msg(banner([control('reject', 'x'), { role: 'click-me', text: 'y' } as never, ...Array.from({ length: 100 }, () => control('other', 'z'))]));
    expect(m?.type === 'page-scan' && m.scan.banner?.controls.length).toBe(29); // 30 read, the bad one dropped
    expect(m?.type === 'page-scan' && m.scan.banner?.controls.every((c) => c.role !== ('click-me' as never))).toBe(true);
  });
});
