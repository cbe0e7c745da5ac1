/**
 * A self-contained HTML report that prints well to PDF. Every string from the
 * report is escaped: cookie names, page titles, link texts and storage keys
 * are hostile input.
 */
import type { Finding, Report } from './types.ts';
import { STATUS_LABEL, STATUS_ORDER } from './status.ts';
import { reportSummary } from './summary.ts';

export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STATUS = (st: Finding['status'], en: boolean) => STATUS_LABEL[st][en ? 'en' : 'fr'];
const DELETED_BY: Record<'http' | 'script' | 'browser', [string, string]> = {
  http: ['en-tête Set-Cookie', 'Set-Cookie header'],
  script: ['script de la page', "the page's script"],
  browser: ['navigateur (magasin de cookies)', 'browser (cookie store)'],
};


/** Table values in the reader's language (the JSON keeps its enumerations). */
const VALUES: Record<string, [string, string]> = {
  home: ["page d'accueil", 'home page'],
  login: ['page de connexion', 'login page'],
  portal: ['page après connexion', 'page after login'],
  notice: ['notice', 'notice'],
  cookies: ['page cookies', 'cookie page'],
  legal: ['mentions légales', 'legal notice'],
  other: ['autre', 'other'],
  first: ['site audité', 'first party'],
  third: ['tiers', 'third party'],
  necessary: ['nécessaire', 'necessary'],
  audience: ["mesure d'audience", 'audience measurement'],
  advertising: ['publicité', 'advertising'],
  social: ['réseau social', 'social network'],
  functional: ['fonctionnel', 'functional'],
  consent: ['consentement', 'consent'],
  unknown: ['inconnu', 'unknown'],
  localStorage: ['stockage local', 'local storage'],
  sessionStorage: ['stockage de session', 'session storage'],
  indexedDB: ['IndexedDB', 'IndexedDB'],
  privacy: ['données personnelles', 'privacy'],
  terms: ["conditions d'utilisation", 'terms'],
  accessibility: ['accessibilité', 'accessibility'],
  'consent-settings': ['gestion des cookies', 'cookie settings'],
};
const v = (x: string | null | undefined, en: boolean) => escapeHtml(x ? (VALUES[x]?.[en ? 1 : 0] ?? x) : '');

/** A date as its reader writes it, in the local time zone ("5 décembre 2026 à 18:40"). */
export function localDateTime(iso: string, lang: 'fr' | 'en'): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

const CSS = `body{font:14px/1.5 system-ui,sans-serif;color:#161616;margin:24px;max-width:1100px}h1{font-size:20px;color:#000091}h2{font-size:15px;margin-top:22px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #ddd;padding:3px 5px;text-align:left;vertical-align:top;word-break:break-word}th{background:#f3f3f3}
.fail{color:#ce0500;font-weight:700}.warn{color:#b34000;font-weight:700}.manual{color:#0063cb;font-weight:700}.pass{color:#18753c;font-weight:700}.na{color:#666}
.finding{border-left:4px solid #ccc;padding:4px 8px;margin:6px 0;break-inside:avoid}.finding.f-fail{border-color:#ce0500}.finding.f-warn{border-color:#b34000}.finding.f-manual{border-color:#0063cb}.finding.f-pass{border-color:#18753c}
.muted{color:#666}.refs{font-size:11px;color:#444}.fix{font-size:13px}
.headline{font-size:18px;font-weight:700;margin:12px 0}.tone-fail{color:#ce0500}.tone-warn{color:#b34000}.tone-ok{color:#18753c}.demands{padding-left:20px}.demand .action{font-weight:700;font-size:13px;margin:10px 0 2px}.passed summary{cursor:pointer;color:#18753c;font-weight:700;margin:12px 0}
@media print{body{margin:0}a{color:inherit}details.passed>summary{list-style:none}}`;

/** The texts the findings apply, each cited once in the report and numbered; a finding carries its numbers. */
function numberedReferences(findings: Finding[]): Map<string, number> {
  const refs = new Map<string, number>();
  for (const f of findings) for (const r of f.references) if (!refs.has(r)) refs.set(r, refs.size + 1);
  return refs;
}

function findingHtml(f: Finding, lang: 'fr' | 'en', refs: Map<string, number>): string {
  const text = lang === 'en' ? f.en : f;
  const label = STATUS(f.status, lang === 'en');
  const cites = f.references.map((r) => refs.get(r)).filter((n): n is number => n !== undefined);
  return `<div class="finding f-${f.status}"><div><span class="${f.status}">${escapeHtml(label)}</span> — ${escapeHtml(text.title)}${cites.length ? ` <span class="refs">${cites.map((n) => `[${n}]`).join('')}</span>` : ''}</div>
${text.evidence.length ? `<ul>${text.evidence.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>` : ''}
${text.fix ? `<p class="fix"><strong>${lang === 'en' ? 'What to do' : 'À faire'} :</strong> ${escapeHtml(text.fix)}</p>` : ''}</div>`;
}

/** The first part: the conclusion, what to ask for, what to check oneself (report/summary.ts, as the popup shows it). */
function summaryHtml(r: Report, lang: 'fr' | 'en', refs: Map<string, number>): string {
  const en = lang === 'en';
  const s = reportSummary(r, lang);
  const demands = s.demands.length
    ? `<h2>${en ? 'To ask of your vendor or your local authority' : 'À demander à votre éditeur ou à votre collectivité'}</h2><ol class="demands">${s.demands
        .map((d) => `<li class="demand d-${d.status}"><p class="action">${escapeHtml(d.action)}</p>${d.findings.map((f) => findingHtml(f, lang, refs)).join('\n')}</li>`)
        .join('\n')}</ol>`
    : '';
  const manual = s.manual.length ? `<h2>${escapeHtml(STATUS('manual', en))}</h2>${s.manual.map((f) => findingHtml(f, lang, refs)).join('\n')}` : '';
  const passed = s.passed.length ? `<details class="passed"><summary>${escapeHtml(`${STATUS('pass', en)} (${s.passed.length})`)}</summary>${s.passed.map((f) => findingHtml(f, lang, refs)).join('\n')}</details>` : '';
  return `<p class="headline tone-${s.tone}">${escapeHtml(s.headline)}</p>\n${demands}\n${manual}\n${passed}`;
}

function bannerHtml(r: Report, en: boolean): string {
  const b = r.banner;
  const title = `<h2>${en ? 'Consent banner' : 'Bandeau de consentement'}</h2>`;
  if (!b) return '';
  if (!b.detected) return `${title}<p>${en ? 'None detected on the audited pages.' : 'Aucun détecté sur les pages auditées.'}</p>`;
  const yes = (x: boolean) => (x ? '✓' : '✗');
  const name = b.cmpName ?? b.cmp ?? '';
  const rows = b.controls
    .map((c) => `<tr><td>${escapeHtml(c.role)}</td><td>${escapeHtml(c.text)}</td><td>${escapeHtml(c.kind)}</td><td>${c.visible ? '✓' : ''}</td><td>${c.width}×${c.height}</td><td>${c.fontSize}</td><td>${escapeHtml(c.contrast ?? '')}</td></tr>`)
    .join('');
  const storage = b.consentStorage ? `${escapeHtml(b.consentStorage.name)} : ${b.consentStorage.lifetimeDays === null ? (en ? 'no expiry' : 'sans expiration') : `${Math.round(b.consentStorage.lifetimeDays)} ${en ? 'days' : 'jours'}`}${b.consentStorage.observed ? '' : en ? ' (default, not observed)' : ' (par défaut, non observé)'}` : '—';
  return `${title}<p><strong>${escapeHtml(name)}</strong> (${escapeHtml(b.kind ?? '')}) — ${en ? 'accept' : 'accepter'} ${yes(b.buttons.accept)}, ${en ? 'reject' : 'refuser'} ${yes(b.buttons.reject)}, ${en ? 'customise' : 'personnaliser'} ${yes(b.buttons.settings)} — ${en ? 'clicks to refuse' : 'clics pour refuser'} : ${b.rejectClicks ?? '—'}</p>
<p>${en ? 'Choice kept in' : 'Choix conservé dans'} ${storage}. ${en ? 'Way back' : 'Pour changer d’avis'} : ${b.manage.length ? b.manage.map((m) => escapeHtml(m.text)).slice(0, 3).join(', ') : '—'}.${b.screenshot ? ` ${en ? 'Screenshot' : 'Capture'} : ${escapeHtml(b.screenshot)}.` : ''}</p>
${rows ? `<table><tr><th>${en ? 'Role' : 'Rôle'}</th><th>${en ? 'Text' : 'Texte'}</th><th>${en ? 'Kind' : 'Nature'}</th><th>${en ? 'Visible' : 'Visible'}</th><th>${en ? 'Size (px)' : 'Taille (px)'}</th><th>${en ? 'Font (px)' : 'Police (px)'}</th><th>${en ? 'Contrast' : 'Contraste'}</th></tr>${rows}</table>` : ''}
${r.scenarios ? `<p>${r.scenarios.map((s) => `${escapeHtml(s.id)} : ${s.ran ? `${s.trackersAfterChoice.length} ${en ? 'tracker(s) needing consent after the choice' : 'traceur(s) soumis au consentement après le choix'}` : escapeHtml(s.error ?? '')}`).join(' · ')}</p>` : ''}`;
}

export function reportToHtml(r: Report, lang: 'fr' | 'en' = 'fr'): string {
  const en = lang === 'en';
  const count = (s: Finding['status']) => r.findings.filter((f) => f.status === s).length;
  const shown = r.findings.filter((f) => f.status !== 'na');
  const refs = numberedReferences([...shown].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)));
  const days = (d: number | null) => (d === null ? '—' : String(Math.round(d)));
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`Témoin — ${r.site}`)}</title><style>${CSS}</style></head><body>
<h1>${escapeHtml(en ? `Témoin audit of ${r.site}` : `Audit Témoin de ${r.site}`)}</h1>
<p class="muted">${escapeHtml(r.target)} — ${escapeHtml(en ? 'audit of' : 'audit du')} ${escapeHtml(localDateTime(r.finishedAt, lang))} — Témoin ${escapeHtml(r.tool.version)}, ${escapeHtml(en ? 'report schema' : 'schéma du rapport')} ${escapeHtml(r.schemaVersion)}</p>
<p>${STATUS_ORDER.slice(0, 4)
    .map((s) => `<span class="${s}">${count(s)} ${escapeHtml(STATUS(s, en))}</span>`)
    .join(' · ')}</p>
${summaryHtml(r, lang, refs)}
${refs.size ? `<h2>${en ? 'Texts applied' : 'Textes appliqués'}</h2><ol class="references">${[...refs.keys()].map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ol>` : ''}
${bannerHtml(r, en)}
<h2>${en ? 'Pages' : 'Pages auditées'}</h2><table><tr><th>${en ? 'Role' : 'Rôle'}</th><th>${en ? 'Title' : 'Titre'}</th><th>URL</th></tr>
${r.pages.map((p) => `<tr><td>${v(p.role, en)}</td><td>${escapeHtml(p.title)}</td><td>${escapeHtml(p.url)}</td></tr>`).join('')}</table>
<h2>Cookies</h2><table><tr><th>${en ? 'Name' : 'Nom'}</th><th>${en ? 'Domain' : 'Domaine'}</th><th>${en ? 'Party' : 'Origine'}</th><th>${en ? 'Category' : 'Catégorie'}</th><th>${en ? 'Vendor' : 'Éditeur'}</th><th>${en ? 'Declared / stored (days)' : 'Demandée / stockée (jours)'}</th><th>${en ? 'Before consent' : 'Avant consentement'}</th></tr>
${r.cookies.map((c) => `<tr><td>${escapeHtml(c.name)}</td><td>${escapeHtml(c.domain)}</td><td>${v(c.party, en)}</td><td>${v(c.category, en)}</td><td>${escapeHtml(c.vendor ?? '')}</td><td>${c.session ? 'session' : c.setAt === null && c.remainingDays !== null ? (en ? `set before the audit; ${days(c.remainingDays)} left` : `déposé avant l'audit ; reste ${days(c.remainingDays)}`) : `${days(c.declaredLifetimeDays)} / ${days(c.storedLifetimeDays)}`}</td><td>${c.setBeforeConsent ? '✓' : ''}</td></tr>`).join('')}</table>
${r.deletions?.length ? `<h2>${en ? 'Cookies deleted (never present)' : 'Cookies supprimés (jamais présents)'}</h2><table><tr><th>${en ? 'Name' : 'Nom'}</th><th>${en ? 'Domain' : 'Domaine'}</th><th>${en ? 'By' : 'Par'}</th><th>${en ? 'When' : 'Quand'}</th></tr>
${r.deletions.map((d) => `<tr><td>${escapeHtml(d.name)}</td><td>${escapeHtml(d.domain)}</td><td>${escapeHtml(DELETED_BY[d.by][en ? 1 : 0])}</td><td>${escapeHtml(localDateTime(d.at, lang))}</td></tr>`).join('')}</table>` : ''}
<h2>${en ? 'Third-party hosts' : 'Hôtes tiers'}</h2><table><tr><th>${en ? 'Host' : 'Hôte'}</th><th>${en ? 'Vendor' : 'Éditeur'}</th><th>${en ? 'Category' : 'Catégorie'}</th><th>${en ? 'Requests' : 'Requêtes'}</th></tr>
${r.thirdParties.map((t) => `<tr><td>${escapeHtml(t.host)}</td><td>${escapeHtml(t.vendor ?? '')}</td><td>${v(t.category, en)}</td><td>${t.requests}</td></tr>`).join('')}</table>
<h2>${en ? 'Storage keys' : 'Clés de stockage'}</h2><table><tr><th>${en ? 'Key' : 'Clé'}</th><th>${en ? 'Area' : 'Zone'}</th><th>Origine</th><th>${en ? 'Category' : 'Catégorie'}</th></tr>
${r.storage.map((s) => `<tr><td>${escapeHtml(s.key)}</td><td>${v(s.area, en)}</td><td>${escapeHtml(s.origin)}</td><td>${v(s.category, en)}</td></tr>`).join('')}</table>
<h2>${en ? 'Footer links' : 'Liens de pied de page'}</h2><table><tr><th>${en ? 'Text' : 'Texte'}</th><th>${en ? 'Category' : 'Catégorie'}</th><th>${en ? 'Target' : 'Cible'}</th><th>HTTP</th></tr>
${r.links.map((l) => `<tr><td>${escapeHtml(l.text)}</td><td>${v(l.category, en)}</td><td>${escapeHtml(l.href)}</td><td>${l.dead ? (en ? 'dead' : 'mort') : escapeHtml(l.httpStatus ?? '')}</td></tr>`).join('')}</table>
${r.notes.length ? `<h2>${en ? 'Collection notes' : 'Limites de la collecte'}</h2><ul>${r.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
<p class="muted">${escapeHtml(en ? 'Témoin sends nothing anywhere; no cookie value appears in this report.' : "Témoin n'envoie rien nulle part ; aucune valeur de cookie ne figure dans ce rapport.")}</p>
</body></html>
`;
}
