/** The short human summary printed after an audit (French or English). */
import type { Report } from '../report/types.ts';

const TEXT = {
  fr: {
    title: (r: Report) => `Audit Témoin de ${r.site} (${r.pages.length} page(s) vues)`,
    verdict: (fail: number, warn: number, manual: number, pass: number) => `Constats : ${fail} non-conformité(s), ${warn} à examiner, ${manual} vérification(s) manuelle(s), ${pass} conforme(s)`,
    cookies: (n: number, third: number, session: number) => `Cookies : ${n} (dont ${third} tiers, ${session} de session)`,
    long: 'Cookies de plus de 13 mois demandés par le site :',
    capped: (d: number | null, s: number | null) => `demandé ${fmt(d)} j, conservé ${fmt(s)} j par le navigateur`,
    third: (n: number) => `Hôtes tiers contactés : ${n}`,
    storage: (n: number) => `Clés de stockage local : ${n}`,
    links: (n: number) => `Liens de pied de page : ${n}`,
    notes: 'Limites de la collecte :',
    written: (p: string) => `Rapport écrit : ${p}`,
  },
  en: {
    title: (r: Report) => `Témoin audit of ${r.site} (${r.pages.length} page(s) seen)`,
    verdict: (fail: number, warn: number, manual: number, pass: number) => `Findings: ${fail} non-compliance(s), ${warn} to review, ${manual} manual check(s), ${pass} compliant`,
    cookies: (n: number, third: number, session: number) => `Cookies: ${n} (${third} third-party, ${session} session)`,
    long: 'Cookies the site asked to keep longer than 13 months:',
    capped: (d: number | null, s: number | null) => `asked ${fmt(d)} d, kept ${fmt(s)} d by the browser`,
    third: (n: number) => `Third-party hosts contacted: ${n}`,
    storage: (n: number) => `Local storage keys: ${n}`,
    links: (n: number) => `Footer links: ${n}`,
    notes: 'Collection notes:',
    written: (p: string) => `Report written: ${p}`,
  },
};

function fmt(d: number | null): string {
  return d === null ? '—' : String(Math.round(d));
}

/** 13 calendar months is at most 397 days. */
const THIRTEEN_MONTHS_MAX_DAYS = 397;

export function summarise(r: Report, lang: 'fr' | 'en', outPath: string): string {
  const t = TEXT[lang];
  const n = (status: string) => r.findings.filter((f) => f.status === status).length;
  const lines = [t.title(r), '  ' + t.verdict(n('fail'), n('warn'), n('manual'), n('pass'))];
  for (const f of r.findings.filter((x) => x.status === 'fail').slice(0, 12)) lines.push(`    ✗ ${lang === 'en' ? f.en.title : f.title}`);
  lines.push('  ' + t.cookies(r.cookies.length, r.cookies.filter((c) => c.party === 'third').length, r.cookies.filter((c) => c.session).length));
  const long = r.cookies.filter((c) => (c.declaredLifetimeDays ?? c.storedLifetimeDays ?? 0) > THIRTEEN_MONTHS_MAX_DAYS);
  if (long.length) {
    lines.push('  ' + t.long);
    for (const c of long) lines.push(`    - ${c.name} (${c.domain}) : ${t.capped(c.declaredLifetimeDays, c.storedLifetimeDays)}`);
  }
  lines.push('  ' + t.third(r.thirdParties.length), '  ' + t.storage(r.storage.length), '  ' + t.links(r.links.length));
  if (r.notes.length) {
    lines.push('  ' + t.notes);
    for (const n of r.notes.slice(0, 10)) lines.push(`    - ${n}`);
  }
  lines.push(t.written(outPath));
  return lines.join('\n');
}
