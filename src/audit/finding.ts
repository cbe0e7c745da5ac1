/** Builds findings in French and English, with the cited texts resolved from the knowledge. */
import type { Knowledge } from '../knowledge/index.ts';
import type { Finding, FindingStatus, Severity } from '../report/types.ts';

export interface Bilingual {
  fr: string;
  en: string;
}
export const both = (fr: string, en: string): Bilingual => ({ fr, en });

export function finding(
  k: Knowledge,
  f: { rule: string; status: FindingStatus; severity: Severity; subject?: string | null; title: Bilingual; evidence?: Bilingual[]; fix?: Bilingual | null; refs: string[] },
): Finding {
  const evidence = f.evidence ?? [];
  return {
    rule: f.rule,
    status: f.status,
    severity: f.severity,
    subject: f.subject ?? null,
    title: f.title.fr,
    evidence: evidence.map((e) => e.fr),
    fix: f.fix?.fr ?? null,
    references: f.refs.map((r) => {
      const text = k.references[r];
      if (!text) throw new Error(`unknown reference ${r}`);
      return text;
    }),
    en: { title: f.title.en, evidence: evidence.map((e) => e.en), fix: f.fix?.en ?? null },
  };
}

/** A lifetime in days as a person reads it: "393 j", "12 h", "30 min" (and the English units). */
export function duration(d: number): Bilingual {
  if (d < 1 / 24) {
    const m = Math.max(1, Math.round(d * 1440));
    return { fr: `${m} min`, en: `${m} min` };
  }
  if (d < 1) {
    const h = Math.round(d * 24);
    return { fr: `${h} h`, en: `${h} h` };
  }
  const n = Math.round(d);
  return { fr: `${n} j`, en: `${n} d` };
}
export const days = (d: number) => `${Math.round(d)}`;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
