/**
 * A self-contained HTML report that prints well to PDF: page 1 a summary to
 * sign, then the annexes (findings in detail, texts applied, what was
 * observed). Every string from the
 * report is escaped: cookie names, page titles, link texts and storage keys
 * are hostile input.
 */
import type { Finding, Report } from './types.ts';
import { STATUS_LABEL, STATUS_ORDER } from './status.ts';
import { PATH_STEPS, pathSeen, reportSummary, type ReportSummary } from './summary.ts';

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
  // The consent banner: its kind, its controls' roles and kinds.
  choice: ['choix proposé', 'choice offered'],
  'implied-consent': ['consentement implicite', 'implied consent'],
  'info-only': ["simple information", 'information only'],
  accept: ['accepter', 'accept'],
  reject: ['refuser', 'reject'],
  settings: ['personnaliser', 'customise'],
  continue: ['continuer sans accepter', 'continue without accepting'],
  acknowledge: ["j'ai compris", 'acknowledge'],
  button: ['bouton', 'button'],
  link: ['lien', 'link'],
};
const v = (x: string | null | undefined, en: boolean) => escapeHtml(x ? (VALUES[x]?.[en ? 1 : 0] ?? x) : '');

/** A date as its reader writes it, in the local time zone ("5 décembre 2026 à 18:40"). */
export function localDateTime(iso: string, lang: 'fr' | 'en'): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

const CSS = `body{font:14px/1.5 system-ui,sans-serif;color:#161616;margin:24px;max-width:1100px}h1{font-size:20px;color:#000091}h2{font-size:15px;margin-top:22px;border-bottom:1px solid #ddd}h3{font-size:14px;margin:16px 0 4px}
table{border-collapse:collapse;width:100%;margin:6px 0}th,td{border:1px solid #ddd;padding:3px 5px;text-align:left;vertical-align:top;word-break:break-word}th{background:#f3f3f3}
.fail{color:#ce0500;font-weight:700}.warn{color:#b34000;font-weight:700}.manual{color:#0063cb;font-weight:700}.pass{color:#18753c;font-weight:700}.na{color:#666}
.finding{border-left:4px solid #ccc;padding:4px 8px;margin:6px 0;break-inside:avoid}.finding.f-fail{border-color:#ce0500}.finding.f-warn{border-color:#b34000}.finding.f-manual{border-color:#0063cb}.finding.f-pass{border-color:#18753c}
.muted{color:#666}.refs{font-size:11px;color:#444}.fix{font-size:13px}
.headline{font-size:18px;font-weight:700;margin:12px 0}.tone-fail{color:#ce0500}.tone-warn{color:#b34000}.tone-ok{color:#18753c}.demands{padding-left:20px}.demand .action{font-weight:700;font-size:13px;margin:10px 0 2px}.passed summary{cursor:pointer;color:#18753c;font-weight:700;margin:12px 0}
.cover .facts{width:auto;min-width:60%}.cover .facts th{width:12em}.cover ol.demands{font-size:14px}.cover ol.demands li{margin:4px 0}.cover .checks{font-size:13px}
.blank{color:#666}.sign{margin-top:28px;display:flex;gap:48px}.sign div{flex:1;border-top:1px solid #999;padding-top:4px;font-size:12px;color:#444}
@media print{body{margin:0}a{color:inherit}details.passed>summary{list-style:none}.cover{break-after:page}}`;

/** The numbers of the texts cited (each once, as the report numbers them), as " [1][3]"; '' when none. */
function citations(references: readonly string[], refs: Map<string, number>): string {
  const ns = [...new Set(references.map((r) => refs.get(r)).filter((n): n is number => n !== undefined))];
  return ns.length ? ` <span class="refs">${ns.map((n) => `[${n}]`).join('')}</span>` : '';
}

const demandsTitle = (en: boolean) => (en ? 'To ask of your vendor or your local authority' : 'À demander à votre éditeur ou à votre collectivité');

function findingHtml(f: Finding, lang: 'fr' | 'en', refs: Map<string, number>): string {
  const text = lang === 'en' ? f.en : f;
  const label = STATUS(f.status, lang === 'en');
  return `<div class="finding f-${f.status}"><div><span class="${f.status}">${escapeHtml(label)}</span> — ${escapeHtml(text.title)}${citations(f.references, refs)}</div>
${text.evidence.length ? `<ul>${text.evidence.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>` : ''}
${text.fix ? `<p class="fix"><strong>${lang === 'en' ? 'What to do' : 'À faire'} :</strong> ${escapeHtml(text.fix)}</p>` : ''}</div>`;
}

/** The detailed findings (annex A): the demands with the findings that prove them, the checks to make, the rest folded. */
function findingsHtml(lang: 'fr' | 'en', s: ReportSummary): string {
  const en = lang === 'en';
  const refs = s.references;
  const demands = s.demands.length
    ? `<h3>${demandsTitle(en)}</h3><ol class="demands">${s.demands
        .map((d) => `<li class="demand d-${d.status}"><p class="action">${escapeHtml(d.action)}</p>${d.findings.map((f) => findingHtml(f, lang, refs)).join('\n')}</li>`)
        .join('\n')}</ol>`
    : '';
  const manual = s.manual.length ? `<h3>${escapeHtml(STATUS('manual', en))}</h3>${s.manual.map((f) => findingHtml(f, lang, refs)).join('\n')}` : '';
  const passed = s.passed.length ? `<details class="passed"><summary>${escapeHtml(`${STATUS('pass', en)} (${s.passed.length})`)}</summary>${s.passed.map((f) => findingHtml(f, lang, refs)).join('\n')}</details>` : '';
  return `${demands}\n${manual}\n${passed}`;
}

/** How many checks to name on the first page before "and N more (annex A)": the page stays one page. */
const COVER_CHECKS = 8;

/**
 * Page 1, the summary a chef d'établissement signs: the site, the date and
 * local time, who audited, Témoin's version, the verdict, the demands, the
 * checks to make; then a place to sign. The annexes follow on the next pages.
 */
function coverHtml(r: Report, lang: 'fr' | 'en', s: ReportSummary, count: (st: Finding['status']) => number): string {
  const en = lang === 'en';
  const path = pathSeen(r);
  const seen = path ? PATH_STEPS.filter((k) => path[k]).length : null;
  const pathLine =
    seen === null
      ? ''
      : `${r.pages.length} page(s) — ${en ? 'audit path' : "parcours de l'audit"} : ${seen}/${PATH_STEPS.length} ${en ? 'steps seen' : 'étapes vues'}${seen === PATH_STEPS.length ? (en ? ' (complete)' : ' (complet)') : ''}`;
  const facts: [string, string][] = [
    [en ? 'Site audited' : 'Site audité', `<strong>${escapeHtml(r.site)}</strong> — ${escapeHtml(r.target)}`],
    ['Date', escapeHtml(localDateTime(r.finishedAt, lang))],
    [en ? 'Audited by' : 'Audit réalisé par', r.auditor ? escapeHtml(r.auditor) : `<span class="blank">${en ? '…………………………………… (name, role, school)' : '…………………………………… (nom, fonction, établissement)'}</span>`],
    [en ? 'Tool' : 'Outil', `Témoin ${escapeHtml(r.tool.version)} — ${escapeHtml(en ? 'report schema' : 'schéma du rapport')} ${escapeHtml(r.schemaVersion)}`],
    ...(pathLine ? ([['Pages', escapeHtml(pathLine)]] as [string, string][]) : []),
  ];
  const demands = s.demands.length
    ? `<h2>${demandsTitle(en)}</h2><ol class="demands">${s.demands
        .map((d) => `<li class="d-${d.status}"><span class="${d.status}">${escapeHtml(STATUS(d.status, en))}</span> — ${escapeHtml(d.action)}${citations(d.findings.flatMap((f) => f.references), s.references)}</li>`)
        .join('')}</ol>`
    : '';
  const more = s.manual.length - COVER_CHECKS;
  const checks = s.manual.length
    ? `<h2>${escapeHtml(STATUS('manual', en))} (${s.manual.length})</h2><ul class="checks">${s.manual
        .slice(0, COVER_CHECKS)
        .map((f) => `<li>${escapeHtml((en ? f.en : f).title)}</li>`)
        .join('')}${more > 0 ? `<li>${escapeHtml(en ? `and ${more} more (annex A)` : `et ${more} autre(s) (annexe A)`)}</li>` : ''}</ul>`
    : '';
  return `<section class="cover">
<h1>${escapeHtml(en ? `Témoin audit of ${r.site}` : `Audit Témoin de ${r.site}`)}</h1>
<table class="facts">${facts.map(([k, x]) => `<tr><th>${escapeHtml(k)}</th><td>${x}</td></tr>`).join('')}</table>
<p class="headline tone-${s.tone}">${escapeHtml(s.headline)}</p>
<p>${STATUS_ORDER.slice(0, 4)
    .map((st) => `<span class="${st}">${count(st)} ${escapeHtml(STATUS(st, en))}</span>`)
    .join(' · ')}</p>
${demands}
${checks}
<div class="sign"><div>Date</div><div>${en ? 'Name, role and signature' : 'Nom, fonction et signature'}</div></div>
</section>`;
}

function bannerHtml(r: Report, en: boolean): string {
  const b = r.banner;
  const title = `<h3>${en ? 'Consent banner' : 'Bandeau de consentement'}</h3>`;
  if (!b) return '';
  if (!b.detected) return `${title}<p>${en ? 'None detected on the audited pages.' : 'Aucun détecté sur les pages auditées.'}</p>`;
  const yes = (x: boolean) => (x ? '✓' : '✗');
  const name = b.cmpName ?? b.cmp ?? '';
  const rows = b.controls
    .map((c) => `<tr><td>${v(c.role, en)}</td><td>${escapeHtml(c.text)}</td><td>${v(c.kind, en)}</td><td>${c.visible ? '✓' : ''}</td><td>${c.width}×${c.height}</td><td>${c.fontSize}</td><td>${escapeHtml(c.contrast ?? '')}</td></tr>`)
    .join('');
  const storage = b.consentStorage ? `${escapeHtml(b.consentStorage.name)} : ${b.consentStorage.lifetimeDays === null ? (en ? 'no expiry' : 'sans expiration') : `${Math.round(b.consentStorage.lifetimeDays)} ${en ? 'days' : 'jours'}`}${b.consentStorage.observed ? '' : en ? ' (default, not observed)' : ' (par défaut, non observé)'}` : '—';
  return `${title}<p><strong>${escapeHtml(name)}</strong> (${v(b.kind, en)}) — ${en ? 'accept' : 'accepter'} ${yes(b.buttons.accept)}, ${en ? 'reject' : 'refuser'} ${yes(b.buttons.reject)}, ${en ? 'customise' : 'personnaliser'} ${yes(b.buttons.settings)} — ${en ? 'clicks to refuse' : 'clics pour refuser'} : ${b.rejectClicks ?? '—'}</p>
<p>${en ? 'Choice kept in' : 'Choix conservé dans'} ${storage}. ${en ? 'Way back' : 'Pour changer d’avis'} : ${b.manage.length ? b.manage.map((m) => escapeHtml(m.text)).slice(0, 3).join(', ') : '—'}.${b.screenshot ? ` ${en ? 'Screenshot' : 'Capture'} : ${escapeHtml(b.screenshot)}.` : ''}</p>
${rows ? `<table><tr><th>${en ? 'Role' : 'Rôle'}</th><th>${en ? 'Text' : 'Texte'}</th><th>${en ? 'Kind' : 'Nature'}</th><th>${en ? 'Visible' : 'Visible'}</th><th>${en ? 'Size (px)' : 'Taille (px)'}</th><th>${en ? 'Font (px)' : 'Police (px)'}</th><th>${en ? 'Contrast' : 'Contraste'}</th></tr>${rows}</table>` : ''}
${r.scenarios ? `<p>${r.scenarios.map((s) => `${escapeHtml(s.id)} : ${s.ran ? `${s.trackersAfterChoice.length} ${en ? 'tracker(s) needing consent after the choice' : 'traceur(s) soumis au consentement après le choix'}` : escapeHtml(s.error ?? '')}`).join(' · ')}</p>` : ''}`;
}

export function reportToHtml(r: Report, lang: 'fr' | 'en' = 'fr'): string {
  const en = lang === 'en';
  const count = (s: Finding['status']) => r.findings.filter((f) => f.status === s).length;
  const summary = reportSummary(r, lang);
  const refs = summary.references;
  const days = (d: number | null) => (d === null ? '—' : String(Math.round(d)));
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`Témoin — ${r.site}`)}</title><style>${CSS}</style></head><body>
${coverHtml(r, lang, summary, count)}
<h2>${en ? 'Annex A — Findings in detail' : 'Annexe A — Constats détaillés'}</h2>
${findingsHtml(lang, summary)}
${refs.size ? `<h2>${en ? 'Annex B — Texts applied' : 'Annexe B — Textes appliqués'}</h2><ol class="references">${[...refs.keys()].map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ol>` : ''}
<h2>${en ? 'Annex C — What was observed' : 'Annexe C — Ce qui a été observé'}</h2>
${bannerHtml(r, en)}
<h3>${en ? 'Pages' : 'Pages auditées'}</h3><table><tr><th>${en ? 'Role' : 'Rôle'}</th><th>${en ? 'Title' : 'Titre'}</th><th>URL</th></tr>
${r.pages.map((p) => `<tr><td>${v(p.role, en)}</td><td>${escapeHtml(p.title)}</td><td>${escapeHtml(p.url)}</td></tr>`).join('')}</table>
<h3>Cookies</h3><table><tr><th>${en ? 'Name' : 'Nom'}</th><th>${en ? 'Domain' : 'Domaine'}</th><th>${en ? 'Party' : 'Origine'}</th><th>${en ? 'Category' : 'Catégorie'}</th><th>${en ? 'Vendor' : 'Éditeur'}</th><th>${en ? 'Declared / stored (days)' : 'Demandée / stockée (jours)'}</th><th>${en ? 'Before consent' : 'Avant consentement'}</th></tr>
${r.cookies.map((c) => `<tr><td>${escapeHtml(c.name)}</td><td>${escapeHtml(c.domain)}</td><td>${v(c.party, en)}</td><td>${v(c.category, en)}</td><td>${escapeHtml(c.vendor ?? '')}</td><td>${c.session ? 'session' : c.setAt === null && c.remainingDays !== null ? (en ? `set before the audit; ${days(c.remainingDays)} left` : `déposé avant l'audit ; reste ${days(c.remainingDays)}`) : `${days(c.declaredLifetimeDays)} / ${days(c.storedLifetimeDays)}`}</td><td>${c.setBeforeConsent ? '✓' : ''}</td></tr>`).join('')}</table>
${r.deletions?.length ? `<h3>${en ? 'Cookies deleted (never present)' : 'Cookies supprimés (jamais présents)'}</h3><table><tr><th>${en ? 'Name' : 'Nom'}</th><th>${en ? 'Domain' : 'Domaine'}</th><th>${en ? 'By' : 'Par'}</th><th>${en ? 'When' : 'Quand'}</th></tr>
${r.deletions.map((d) => `<tr><td>${escapeHtml(d.name)}</td><td>${escapeHtml(d.domain)}</td><td>${escapeHtml(DELETED_BY[d.by][en ? 1 : 0])}</td><td>${escapeHtml(localDateTime(d.at, lang))}</td></tr>`).join('')}</table>` : ''}
<h3>${en ? 'Third-party hosts' : 'Hôtes tiers'}</h3><table><tr><th>${en ? 'Host' : 'Hôte'}</th><th>${en ? 'Vendor' : 'Éditeur'}</th><th>${en ? 'Category' : 'Catégorie'}</th><th>${en ? 'Requests' : 'Requêtes'}</th></tr>
${r.thirdParties.map((t) => `<tr><td>${escapeHtml(t.host)}</td><td>${escapeHtml(t.vendor ?? '')}</td><td>${v(t.category, en)}</td><td>${t.requests}</td></tr>`).join('')}</table>
<h3>${en ? 'Storage keys' : 'Clés de stockage'}</h3><table><tr><th>${en ? 'Key' : 'Clé'}</th><th>${en ? 'Area' : 'Zone'}</th><th>Origine</th><th>${en ? 'Category' : 'Catégorie'}</th></tr>
${r.storage.map((s) => `<tr><td>${escapeHtml(s.key)}</td><td>${v(s.area, en)}</td><td>${escapeHtml(s.origin)}</td><td>${v(s.category, en)}</td></tr>`).join('')}</table>
<h3>${en ? 'Footer links' : 'Liens de pied de page'}</h3><table><tr><th>${en ? 'Text' : 'Texte'}</th><th>${en ? 'Category' : 'Catégorie'}</th><th>${en ? 'Target' : 'Cible'}</th><th>HTTP</th></tr>
${r.links.map((l) => `<tr><td>${escapeHtml(l.text)}</td><td>${v(l.category, en)}</td><td>${escapeHtml(l.href)}</td><td>${l.dead ? (en ? 'dead' : 'mort') : escapeHtml(l.httpStatus ?? '')}</td></tr>`).join('')}</table>
${r.notes.length ? `<h3>${en ? 'Collection notes' : 'Limites de la collecte'}</h3><ul>${r.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
<p class="muted">${escapeHtml(en ? 'Témoin sends nothing anywhere; no cookie value appears in this report.' : "Témoin n'envoie rien nulle part ; aucune valeur de cookie ne figure dans ce rapport.")}</p>
</body></html>
`;
}
