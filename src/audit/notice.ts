/**
 * What an information notice says, against GDPR art. 13 and the kit ENT's
 * Annexe 2 model: which items are present (with a short excerpt), which
 * rights are named, which tools its cookie section names, and the retention
 * it declares for audience-measurement data. Pure: the same function serves
 * the notice page the user is on, and the tests and benchmark.
 */
import vocabulary from '../knowledge/sources/notice-vocabulary.json' with { type: 'json' };
import { anyMatch, compile, fold } from './text.ts';
import { MAX_NOTICE_CHARS } from './notice-limits.ts';

export { MAX_NOTICE_CHARS };

export const NOTICE_ITEMS = ['controller', 'purposes', 'legalBasis', 'recipients', 'retention', 'rights', 'dpo', 'cnilComplaint', 'transfers', 'cookies'] as const;
export type NoticeItem = (typeof NOTICE_ITEMS)[number];
export const RIGHTS = ['access', 'rectification', 'opposition', 'limitation', 'erasure', 'portability'] as const;
export type Right = (typeof RIGHTS)[number];

export interface NoticeAnalysis {
  language: 'fr' | 'en' | null;
  items: Record<NoticeItem, boolean>;
  /** A short excerpt of the original text per item found (as evidence). */
  excerpts: Partial<Record<NoticeItem, string>>;
  rights: Right[];
  cookieTools: string[];
  declaredAudienceRetentionMonths: number | null;
  /** Characters analysed (the text is bounded). */
  length: number;
}

const EXCERPT = 160;

type ItemDef = { patterns: string[]; contact?: string[] };
const ITEMS = Object.fromEntries(Object.entries(vocabulary.items as Record<string, ItemDef>).map(([k, v]) => [k, { patterns: compile(v.patterns), contact: v.contact ? compile(v.contact) : null }]));
const RIGHT_CONTEXT = compile(vocabulary.rights.context);
const RIGHT_NAMES = Object.entries(vocabulary.rights.named).map(([k, v]) => [k as Right, compile(v)] as const);
const AUD = { subject: compile(vocabulary.audienceRetention.subject), kept: compile(vocabulary.audienceRetention.kept), notLifetime: compile(vocabulary.audienceRetention.notLifetime) };
const TOOLS = vocabulary.tools.map((t) => [t, new RegExp(`\\b${t}\\b`)] as const);
const LANG = { fr: compile(vocabulary.language.fr), en: compile(vocabulary.language.en) };

/** Sentences (and list items and headings) of the original text, with their folded form. */
function sentences(text: string): { raw: string; folded: string }[] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+/)
    .map((s) => s.replace(/[*#_>|`]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 1)
    .map((raw) => ({ raw, folded: fold(raw) }));
}

const excerpt = (s: string) => (s.length > EXCERPT ? s.slice(0, EXCERPT - 1) + '…' : s);

const DURATION = /(\d+(?:[.,]\d+)?|un|une|deux|trois|six|douze|treize|vingt-cinq|one|two|three|six|twelve|thirteen)\s*(jours?|mois|ans?|annees?|days?|months?|years?)\b/;
const WORD_NUMBERS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, six: 6, douze: 12, treize: 13, 'vingt-cinq': 25, one: 1, two: 2, three: 3, twelve: 12, thirteen: 13 };

/** A duration in a folded sentence, in months. */
export function durationMonths(folded: string): number | null {
  const m = DURATION.exec(folded);
  if (!m) return null;
  const n = WORD_NUMBERS[m[1]!] ?? Number(m[1]!.replace(',', '.'));
  const unit = m[2]!;
  if (/^(jour|day)/.test(unit)) return Math.round((n / 30.4375) * 10) / 10;
  if (/^(mois|month)/.test(unit)) return n;
  return n * 12;
}

export function analyseNotice(input: string): NoticeAnalysis {
  const text = input.slice(0, MAX_NOTICE_CHARS);
  const ss = sentences(text);
  const items = Object.fromEntries(NOTICE_ITEMS.map((i) => [i, false])) as Record<NoticeItem, boolean>;
  const excerpts: Partial<Record<NoticeItem, string>> = {};
  const rights = new Set<Right>();

  for (let idx = 0; idx < ss.length; idx++) {
    const s = ss[idx]!;
    for (const item of NOTICE_ITEMS) {
      if (item === 'rights' || items[item]) continue;
      const def = ITEMS[item]!;
      if (!anyMatch(def.patterns, s.folded)) continue;
      // A DPO counts with a way to reach them: in the sentence, or an address within the next two lines.
      if (def.contact) {
        const near = [s, ss[idx + 1], ss[idx + 2]].filter((x) => x !== undefined).map((x) => x.folded);
        const ok = anyMatch(def.contact, s.folded) || near.slice(1).some((n) => /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/.test(n));
        if (!ok) continue;
      }
      items[item] = true;
      excerpts[item] = excerpt(s.raw);
    }
    if (anyMatch(RIGHT_CONTEXT, s.folded)) {
      for (const [right, res] of RIGHT_NAMES) {
        if (anyMatch(res, s.folded)) {
          if (!rights.size) excerpts.rights = excerpt(s.raw);
          rights.add(right);
        }
      }
    }
  }
  items.rights = rights.size > 0;

  // Audience-data retention: a sentence about audience data being kept, with a duration, that is not a cookie lifetime.
  let audienceMonths: number | null = null;
  for (const s of ss) {
    if (!anyMatch(AUD.subject, s.folded) || !anyMatch(AUD.kept, s.folded) || anyMatch(AUD.notLifetime, s.folded)) continue;
    const months = durationMonths(s.folded);
    if (months !== null) audienceMonths = Math.max(audienceMonths ?? 0, months);
  }

  const folded = fold(text);
  const score = (res: RegExp[]) => res.reduce((n, r) => n + (folded.match(new RegExp(r.source, 'g'))?.length ?? 0), 0);
  const fr = score(LANG.fr);
  const en = score(LANG.en);
  return {
    language: fr + en < 5 ? null : fr >= en ? 'fr' : 'en',
    items,
    excerpts,
    rights: RIGHTS.filter((r) => rights.has(r)),
    cookieTools: TOOLS.filter(([, re]) => re.test(folded)).map(([t]) => t),
    declaredAudienceRetentionMonths: audienceMonths,
    length: text.length,
  };
}
