/** The short human summary printed after an audit (French or English). */
import { STATUS_LABEL as L } from '../report/status.ts';
import type { Report } from '../report/types.ts';
import { exceedsThirteenMonths } from '../audit/months.ts';

const TEXT = {
  fr: {
    title: (r: Report) => `Audit Témoin de ${r.site} (${r.pages.length} page(s) vues)`,
    verdict: (fail: number, warn: number, manual: number, pass: number) => `Constats : ${fail} ${L.fail.fr.toLowerCase()}, ${warn} ${L.warn.fr.toLowerCase()}, ${manual} ${L.manual.fr.toLowerCase()}, ${pass} ${L.pass.fr.toLowerCase()}`,
    cookies: (n: number, third: number, session: number) => `Cookies : ${n} (dont ${third} tiers, ${session} de session)`,
    long: 'Cookies de plus de 13 mois demandés par le site :',
    capped: (d: number | null, s: number | null) => `demandé ${fmt(d)} j, conservé ${fmt(s)} j par le navigateur`,
    third: (n: number) => `Hôtes tiers contactés : ${n}`,
    storage: (n: number) => `Clés de stockage local : ${n}`,
    links: (n: number) => `Liens de pied de page : ${n}`,
    notes: 'Limites de la collecte :',
    written: (p: string) => `Rapport écrit : ${p}`,
    noBanner: 'Bandeau de consentement : aucun détecté',
    banner: (name: string, a: string, r: string, s: string, clicks: string) => `Bandeau de consentement : ${name} — accepter ${a}, refuser ${r}${clicks}, personnaliser ${s}`,
    clicks: (n: number) => ` (${n} clic${n > 1 ? 's' : ''})`,
    custom: 'propre au site',
    infoOnly: "boîte d'information sans choix",
    scenario: (id: string, n: number, err: string | null) => `Scénario « ${id === 'reject' ? 'refuser' : 'accepter'} » : ${err ? `non exécuté (${err})` : `${n} traceur(s) soumis au consentement après le choix`}`,
  },
  en: {
    title: (r: Report) => `Témoin audit of ${r.site} (${r.pages.length} page(s) seen)`,
    verdict: (fail: number, warn: number, manual: number, pass: number) => `Findings: ${fail} ${L.fail.en.toLowerCase()}, ${warn} ${L.warn.en.toLowerCase()}, ${manual} ${L.manual.en.toLowerCase()}, ${pass} ${L.pass.en.toLowerCase()}`,
    cookies: (n: number, third: number, session: number) => `Cookies: ${n} (${third} third-party, ${session} session)`,
    long: 'Cookies the site asked to keep longer than 13 months:',
    capped: (d: number | null, s: number | null) => `asked ${fmt(d)} d, kept ${fmt(s)} d by the browser`,
    third: (n: number) => `Third-party hosts contacted: ${n}`,
    storage: (n: number) => `Local storage keys: ${n}`,
    links: (n: number) => `Footer links: ${n}`,
    notes: 'Collection notes:',
    written: (p: string) => `Report written: ${p}`,
    noBanner: 'Consent banner: none detected',
    banner: (name: string, a: string, r: string, s: string, clicks: string) => `Consent banner: ${name} — accept ${a}, reject ${r}${clicks}, customise ${s}`,
    clicks: (n: number) => ` (${n} click${n > 1 ? 's' : ''})`,
    custom: "the site's own",
    infoOnly: 'information box with no choice',
    scenario: (id: string, n: number, err: string | null) => `Scenario "${id}": ${err ? `not run (${err})` : `${n} tracker(s) needing consent after the choice`}`,
  },
};

function fmt(d: number | null): string {
  return d === null ? '—' : String(Math.round(d));
}


export function summarise(r: Report, lang: 'fr' | 'en', outPath: string): string {
  const t = TEXT[lang];
  const n = (status: string) => r.findings.filter((f) => f.status === status).length;
  const lines = [t.title(r), '  ' + t.verdict(n('fail'), n('warn'), n('manual'), n('pass'))];
  for (const f of r.findings.filter((x) => x.status === 'fail').slice(0, 12)) lines.push(`    ✗ ${lang === 'en' ? f.en.title : f.title}`);
  lines.push('  ' + t.cookies(r.cookies.length, r.cookies.filter((c) => c.party === 'third').length, r.cookies.filter((c) => c.session).length));
  const long = r.cookies.filter((c) => exceedsThirteenMonths(c, Date.parse(r.finishedAt)));
  if (long.length) {
    lines.push('  ' + t.long);
    for (const c of long) lines.push(`    - ${c.name} (${c.domain}) : ${t.capped(c.declaredLifetimeDays, c.storedLifetimeDays)}`);
  }
  lines.push('  ' + t.third(r.thirdParties.length), '  ' + t.storage(r.storage.length), '  ' + t.links(r.links.length));
  const b = r.banner;
  if (b && !b.detected) lines.push('  ' + t.noBanner);
  if (b?.detected) {
    const name = b.cmpName ?? (b.cmp === 'custom' ? t.custom : b.cmp === 'info-only' ? t.infoOnly : (b.cmp ?? '?'));
    const mark = (x: boolean) => (x ? '✓' : '✗');
    lines.push('  ' + t.banner(name, mark(b.buttons.accept), mark(b.buttons.reject), mark(b.buttons.settings), b.rejectClicks ? t.clicks(b.rejectClicks) : ''));
  }
  for (const s of r.scenarios?.filter((x) => x.id !== 'none') ?? []) lines.push('  ' + t.scenario(s.id, s.trackersAfterChoice.length, s.error));
  if (r.notes.length) {
    lines.push('  ' + t.notes);
    for (const n of r.notes.slice(0, 10)) lines.push(`    - ${n}`);
  }
  lines.push(t.written(outPath));
  return lines.join('\n');
}
