import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STATUS_LABEL } from '../../src/report/status.ts';
import { reportToHtml } from '../../src/report/html.ts';
import { summarise } from '../../src/cli/summary.ts';
import { audit } from '../../src/audit/audit.ts';
import { TEST_CONTEXT, visit } from '../helpers/inventory.ts';
import fr from '../../public/_locales/fr/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const sources = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.(tsx?|json)$/.test(f)).map((f) => readFileSync(join(SRC, f), 'utf8'));

describe('_locales', () => {
  it('has the same keys in French and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [k, v] of [...Object.entries(fr), ...Object.entries(en)]) expect(v.message.trim(), k).not.toBe('');
  });

  it('has every key the code asks for, including the composed ones', () => {
    const used = new Set<string>();
    for (const s of sources) for (const m of s.matchAll(/\bt\('([A-Za-z_]+)'/g)) if (!m[1]!.endsWith('_')) used.add(m[1]!); // 'role_' + … is composed
    for (const prefix of ['role_', 'cat_', 'status_', 'badge_', 'linkcat_']) expect(Object.keys(fr).some((k) => k.startsWith(prefix)), prefix).toBe(true);
    for (const r of ['home', 'login', 'notice', 'cookies', 'other']) used.add(`role_${r}`);
    for (const c of ['necessary', 'audience', 'advertising', 'social', 'functional', 'consent', 'unknown']) used.add(`cat_${c}`);
    for (const s of ['fail', 'warn', 'manual', 'pass']) used.add(`status_${s}`).add(`badge_${s}`);
    for (const c of ['privacy', 'legal', 'cookies', 'consent_settings', 'terms', 'accessibility']) used.add(`linkcat_${c}`);
    expect([...used].filter((k) => !(k in fr))).toEqual([]);
  });

  it('names the statuses with the one vocabulary of report/status.ts, as the printed report, the batch summary and the command line do', () => {
    for (const s of ['fail', 'warn', 'manual', 'pass', 'na'] as const) {
      for (const [cat, lang] of [[fr, 'fr'], [en, 'en']] as const) {
        const c = cat as Record<string, { message: string }>;
        expect(c[`badge_${s}`]!.message, `badge_${s} ${lang}`).toBe(STATUS_LABEL[s][lang]);
        expect(c[`status_${s}`]!.message, `status_${s} ${lang}`).toBe(STATUS_LABEL[s][lang]);
      }
    }
    expect(reportToHtml(audit(visit(), TEST_CONTEXT), 'fr')).toContain(STATUS_LABEL.pass.fr);
    expect(summarise(audit(visit(), TEST_CONTEXT), 'fr', 'x.json')).toContain(STATUS_LABEL.manual.fr.toLowerCase());
  });

  it('fits the store limits (name ≤ 45, description ≤ 132 characters)', () => {
    for (const cat of [fr, en]) {
      expect(cat.extName.message.length).toBeLessThanOrEqual(45);
      expect(cat.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });
});
