/**
 * info.notice-content (GDPR art. 13, kit ENT Annexe 2): what each
 * notice read during the audit says, item by item, with excerpts.
 * info.audience-retention (kit ENT §4.10): audience data kept
 * 25 months at most, as declared; none declared is a manual check.
 */
import { longestLifetimeDays } from '../months.ts';
import type { AuditFacts } from '../facts.ts';
import { both, finding, type Bilingual } from '../finding.ts';
import { NOTICE_ITEMS, type NoticeItem } from '../notice.ts';
import { fold } from '../text.ts';
import { consentTrackers } from './consent-common.ts';
import vocabulary from '../../knowledge/sources/notice-vocabulary.json' with { type: 'json' };
import type { Finding, ReportNotice } from '../../report/types.ts';
import type { Rule } from './rule.ts';

const LABEL = vocabulary.items as unknown as Record<NoticeItem, { label: { fr: string; en: string }; article: string }>;
/** Required in every notice; transfers and cookies are judged less strictly (only where applicable, or on a dedicated page). */
export const REQUIRED: readonly NoticeItem[] = ['controller', 'controllerContact', 'purposes', 'legalBasis', 'recipients', 'retention', 'rights', 'dpo', 'cnilComplaint'];
/** Asked for: absent, they make the notice "nearly complete". */
const EXPECTED: NoticeItem[] = ['rightsContact', 'transfers'];
/** Said only where they apply (art. 13(1)(d), 13(2)(c), (e), (f)): listed, never held against the notice. */
const WHERE_APPLICABLE: NoticeItem[] = ['legitimateInterests', 'withdrawal', 'required', 'automatedDecisions'];
const CORE_RIGHTS = ['access', 'rectification', 'opposition', 'limitation'];
const RIGHT_FR: Record<string, string> = { access: 'accès', rectification: 'rectification', opposition: 'opposition', limitation: 'limitation', erasure: 'effacement', portability: 'portabilité' };

function noticeFinding(f: AuditFacts, n: ReportNotice, cookiePageSeen: boolean): Finding {
  if (n.format === 'pdf' && !n.pdfRead) {
    return finding(f.k, {
      rule: 'info.notice-content',
      subject: n.url,
      status: 'manual',
      severity: 'medium',
      title: both(`La ${n.kind === 'cookies' ? 'page cookies' : 'notice'} est un PDF : à vérifier à la main`, `The ${n.kind === 'cookies' ? 'cookie page' : 'notice'} is a PDF: check it by hand`),
      evidence: [both(`document PDF à l'adresse ${n.url} (Témoin ne lit pas les PDF)`, `PDF document at ${n.url} (Témoin does not read PDFs)`)],
      fix: both("Vérifier que le PDF contient les informations de l'article 13 du RGPD ; une page HTML est plus accessible qu'un PDF.", 'Check that the PDF contains the GDPR art. 13 information; an HTML page is more accessible than a PDF.'),
      refs: ['gdpr-13', 'kit-annexe-2'],
    });
  }
  if (n.language === 'other') {
    return finding(f.k, {
      rule: 'info.notice-content',
      subject: n.url,
      status: 'manual',
      severity: 'medium',
      title: both("La notice n'est ni en français ni en anglais : à lire à la main", 'The notice is in neither French nor English: read it by hand'),
      fix: both('Publier la notice en français pour les familles et les élèves.', 'Publish the notice in French for families and pupils.'),
      refs: ['gdpr-13', 'kit-annexe-2'],
    });
  }
  // Reports before 1.6.0 carry no status: an item is then present or absent.
  const st = (i: NoticeItem) => n.itemStatus?.[i] ?? (n.items[i] ? 'present' : 'absent');
  const present = NOTICE_ITEMS.filter((i) => st(i) === 'present');
  // In a text that explains the rules, nothing reads present: every required item is missing from the notice it stands for.
  const missingRequired = REQUIRED.filter((i) => st(i) === 'absent' || (n.explainsRules === true && st(i) !== 'present'));
  const unclearRequired = REQUIRED.filter((i) => st(i) === 'unclear');
  const basis = fold(n.excerpts.legalBasis ?? '');
  // Where consent or legitimate interests are a basis, withdrawal or the interests must be said.
  const applicable = [...(/consent/.test(basis) ? (['withdrawal'] as NoticeItem[]) : []), ...(/interet legitime|legitimate interest/.test(basis) ? (['legitimateInterests'] as NoticeItem[]) : [])];
  const missingRights = n.items.rights ? CORE_RIGHTS.filter((r) => !n.rights.includes(r)) : [];
  const evidence: Bilingual[] = present.map((i) =>
    both(`présent — ${LABEL[i].label.fr} (${LABEL[i].article}) : « ${n.excerpts[i] ?? ''} »`, `present — ${LABEL[i].label.en} (${LABEL[i].article}): "${n.excerpts[i] ?? ''}"`),
  );
  for (const i of NOTICE_ITEMS.filter((x) => st(x) === 'unclear')) evidence.push(both(`à préciser — ${LABEL[i].label.fr} (${LABEL[i].article}) : évoqué, mais aucune phrase ne le dit (un mot seul, une question, un blanc de modèle ou une durée vague comme « aussi longtemps que nécessaire »)`, `unclear — ${LABEL[i].label.en} (${LABEL[i].article}): touched on, but no sentence says it (a word alone, a question, a template's blank, or a vague period such as "as long as necessary")`));
  for (const i of NOTICE_ITEMS.filter((x) => st(x) === 'absent')) {
    const note = WHERE_APPLICABLE.includes(i) && !applicable.includes(i) ? both(' — seulement s’il y a lieu', ' — only where it applies') : both('', '');
    evidence.push(both(`absent — ${LABEL[i].label.fr} (${LABEL[i].article})${note.fr}`, `missing — ${LABEL[i].label.en} (${LABEL[i].article})${note.en}`));
  }
  // A guide or an article on the law, linked as the notice: what it seems to say is no notice's.
  if (n.explainsRules) {
    evidence.unshift(
      both(
        "ce texte explique les règles plutôt qu'il n'informe : un guide, une fiche ou un article sur la loi (aucun responsable nommé, jamais de « nous », la loi citée), ou une politique interne qui fixe des règles au personnel sans dire au lecteur ce que deviennent ses données ; ce qu'il semble dire reste à vérifier",
        'this text explains the rules rather than informs: a guide, a checklist or an article on the law (no controller named, never "we", the law recited), or an internal policy that sets rules for staff without telling the reader what becomes of their data; what it seems to say stays to be checked',
      ),
    );
  }
  if (n.items.rights) evidence.push(both(`droits nommés : ${n.rights.map((r) => RIGHT_FR[r]).join(', ')}`, `rights named: ${n.rights.join(', ')}`));
  if (n.items.cookies) evidence.push(both(`outils nommés dans la partie cookies : ${n.cookieTools.join(', ') || 'aucun'}`, `tools named in the cookie section: ${n.cookieTools.join(', ') || 'none'}`));
  if (n.source === 'link') evidence.push(both('lue depuis le lien du pied de page, sans être connecté', 'read from the footer link, without being logged in'));
  const base = { rule: 'info.notice-content', subject: n.url, refs: ['gdpr-13', 'kit-annexe-2'], evidence };
  if (n.kind === 'cookies') return cookiePageFinding(f, n, base);
  // A cookie lifetime declared shorter than observed is shown whatever the verdict.
  const shorter = lifetimeMismatches(f, n);
  evidence.push(...lifetimeEvidence(shorter));
  if (missingRequired.length) {
    const fr = missingRequired.map((i) => LABEL[i].label.fr).join(', ');
    const en = missingRequired.map((i) => LABEL[i].label.en).join(', ');
    return finding(f.k, {
      ...base,
      status: 'fail',
      severity: 'high',
      title: n.explainsRules ? both(`La page explique les règles sans informer : manque ${fr}`, `The page explains the rules without informing: missing ${en}`) : both(`Notice incomplète : manque ${fr}`, `Incomplete notice: missing ${en}`),
      fix: both(`Compléter la notice sur le modèle de l'Annexe 2 du kit juridique ENT : ${fr}.`, `Complete the notice after the kit ENT's Annexe 2 model: ${en}.`),
    });
  }
  if (shorter.length) {
    return finding(f.k, {
      ...base,
      refs: [...base.refs, 'cnil-2020-092-information'],
      status: 'fail',
      severity: 'medium',
      title: lifetimeTitle(shorter, false),
      fix: both('Indiquer dans la notice la durée de vie réelle de chaque cookie, ou ramener le cookie à la durée annoncée.', 'State the real lifetime of each cookie in the notice, or bring the cookie down to the lifetime declared.'),
    });
  }
  const warns: Bilingual[] = [];
  if (unclearRequired.length) warns.push(both(`à préciser : ${unclearRequired.map((i) => LABEL[i].label.fr).join(', ')}`, `unclear: ${unclearRequired.map((i) => LABEL[i].label.en).join(', ')}`));
  for (const i of [...EXPECTED.filter((x) => x !== 'transfers'), ...applicable]) {
    // The DPO is a way to exercise one's rights (GDPR art. 38(4)): a DPO contact answers "how".
    if (i === 'rightsContact' && st('dpo') === 'present') continue;
    if (st(i) !== 'present') warns.push(both(`${LABEL[i].label.fr} : non indiqué`, `${LABEL[i].label.en}: not stated`));
  }
  if (missingRights.length) warns.push(both(`droits non mentionnés : ${missingRights.map((r) => RIGHT_FR[r]).join(', ')}`, `rights not mentioned: ${missingRights.join(', ')}`));
  if (st('transfers') !== 'present') warns.push(both('rien sur les transferts hors de l’Union européenne (à dire, même pour les exclure)', 'nothing on transfers outside the EU (say so, even to rule them out)'));
  if (!n.items.cookies && !cookiePageSeen) warns.push(both('ni partie cookies ni page cookies lue pendant l’audit', 'no cookie section, and no cookie page read during the audit'));
  if (warns.length) {
    return finding(f.k, {
      ...base,
      status: 'warn',
      severity: 'medium',
      title: both(`Notice presque complète : ${warns.map((w) => w.fr).join(' ; ')}`, `Notice nearly complete: ${warns.map((w) => w.en).join('; ')}`),
      fix: both('Compléter les points signalés.', 'Complete the points reported.'),
    });
  }
  return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both("La notice contient les informations de l'article 13 du RGPD", 'The notice contains the GDPR art. 13 information') });
}

/** A cookie lifetime a text declares that is shorter than the one observed. */
interface LifetimeMismatch {
  declared: string;
  maxDays: number;
  cookie: string;
  observedDays: number;
  excerpt: string;
}
const WILDCARD = /(\.\*|\*|\.x+|x{3,})$/i;
/** Observed lifetimes (asked by the site, or stored) longer than the text declares for that name, by more than a day. */
function lifetimeMismatches(f: AuditFacts, n: ReportNotice): LifetimeMismatch[] {
  const out: LifetimeMismatch[] = [];
  for (const d of n.cookieLifetimes ?? []) {
    const prefix = WILDCARD.test(d.name) ? d.name.replace(WILDCARD, '').toLowerCase() : null;
    for (const c of f.cookies) {
      const name = c.report.name.toLowerCase();
      if (prefix !== null ? !name.startsWith(prefix) || name === prefix : name !== d.name.toLowerCase()) continue;
      const observedDays = longestLifetimeDays(c.report);
      if (observedDays === null || observedDays <= d.maxDays + 1) continue;
      if (!out.some((m) => m.cookie === c.report.name && m.declared === d.name)) out.push({ declared: d.name, maxDays: d.maxDays, cookie: c.report.name, observedDays: Math.round(observedDays), excerpt: d.excerpt });
    }
  }
  return out.slice(0, 10);
}
const lifetimeEvidence = (ms: LifetimeMismatch[]): Bilingual[] =>
  ms.map((m) =>
    both(
      `« ${m.cookie} » : le texte annonce ${m.maxDays === 0 ? 'un cookie de session' : `au plus ${m.maxDays} jours`} (« ${m.excerpt} »), le site l'a déposé pour ${m.observedDays} jours`,
      `"${m.cookie}": the text declares ${m.maxDays === 0 ? 'a session cookie' : `at most ${m.maxDays} days`} ("${m.excerpt}"), the site set it for ${m.observedDays} days`,
    ),
  );
const lifetimeTitle = (ms: LifetimeMismatch[], page: boolean): Bilingual =>
  both(
    `${page ? 'La page cookies' : 'La notice'} annonce pour ${ms.map((m) => m.cookie).join(', ')} une durée de vie plus courte que celle observée`,
    `${page ? 'The cookie page' : 'The notice'} declares a shorter lifetime for ${ms.map((m) => m.cookie).join(', ')} than the one observed`,
  );

/** The vendors observed on the site whose trackers need consent or are audience measurement: what a cookie page must name. */
function vendorsObserved(f: AuditFacts): Map<string, string> {
  const out = new Map<string, string>();
  const TRACKING = new Set(['audience', 'advertising', 'social']);
  for (const t of f.audience) if (t.vendor) out.set(t.vendor.id, t.vendor.name);
  for (const h of f.hosts) if (h.vendor && TRACKING.has(h.vendor.category)) out.set(h.vendor.id, h.vendor.name);
  for (const c of f.cookies) {
    const v = c.cls.vendorId ? f.k.vendors.get(c.cls.vendorId) : undefined;
    if (v && TRACKING.has(c.cls.category)) out.set(v.id, v.name);
  }
  return out;
}

/**
 * A cookie page, judged on what it says (the tools, their purposes and
 * lifetimes, how to refuse or withdraw) and compared with what Témoin
 * observed: a tool seen but not named, or "only necessary cookies" while
 * trackers that need consent were seen, fails with both sides shown; a tool
 * named but not seen is a note.
 */
function cookiePageFinding(f: AuditFacts, n: ReportNotice, base: { rule: string; subject: string; refs: string[]; evidence: Bilingual[] }): Finding {
  const named = new Set(n.vendorsNamed ?? []);
  const seen = vendorsObserved(f);
  const unnamed = [...seen].filter(([id]) => !named.has(id)).map(([, name]) => name);
  const notSeen = [...named].filter((id) => !seen.has(id)).map((id) => f.k.vendors.get(id)?.name ?? id);
  const needs = consentTrackers(f).needs;
  const claims = n.cookieClaims ?? { onlyNecessary: false, howToRefuse: false };
  const lifetimes = (n.retentions ?? []).filter((r) => r.category === 'cookies').length + (n.cookieLifetimes ?? []).length;
  const evidence = [
    ...base.evidence,
    both(`outils nommés : ${[...named].map((id) => f.k.vendors.get(id)?.name ?? id).join(', ') || 'aucun'} ; observés sur le site : ${[...seen.values()].join(', ') || 'aucun'}`, `tools named: ${[...named].map((id) => f.k.vendors.get(id)?.name ?? id).join(', ') || 'none'}; observed on the site: ${[...seen.values()].join(', ') || 'none'}`),
    both(`durées de vie indiquées : ${lifetimes} ; moyen de refuser ou de retirer son consentement : ${claims.howToRefuse ? 'indiqué' : 'non indiqué'}`, `lifetimes stated: ${lifetimes}; how to refuse or withdraw: ${claims.howToRefuse ? 'stated' : 'not stated'}`),
    ...(notSeen.length ? [both(`nommés mais non observés pendant l'audit : ${notSeen.join(', ')}`, `named but not observed during the audit: ${notSeen.join(', ')}`)] : []),
  ];
  const fix = both('Mettre la page cookies en accord avec ce que le site dépose : chaque outil, sa finalité, sa durée de vie, et comment refuser ou retirer son consentement.', 'Bring the cookie page in line with what the site sets: each tool, its purpose, its lifetime, and how to refuse or withdraw consent.');
  if (claims.onlyNecessary && needs.length) {
    return finding(f.k, {
      ...base,
      status: 'fail',
      severity: 'high',
      title: both("La page cookies affirme n'utiliser que des cookies nécessaires, mais des traceurs soumis au consentement ont été observés", 'The cookie page claims only necessary cookies, but trackers that need consent were observed'),
      evidence: [...evidence, both(`observés : ${needs.slice(0, 10).join(', ')}`, `observed: ${needs.slice(0, 10).join(', ')}`)],
      fix,
    });
  }
  if (unnamed.length) {
    return finding(f.k, {
      ...base,
      status: 'fail',
      severity: 'medium',
      title: both(`La page cookies ne nomme pas ${unnamed.join(', ')}, pourtant observé(s) sur le site`, `The cookie page does not name ${unnamed.join(', ')}, observed on the site`),
      evidence,
      fix,
    });
  }
  const shorter = lifetimeMismatches(f, n);
  if (shorter.length) {
    return finding(f.k, { ...base, status: 'fail', severity: 'medium', title: lifetimeTitle(shorter, true), evidence: [...evidence, ...lifetimeEvidence(shorter)], fix, refs: [...base.refs, 'cnil-2020-092-information'] });
  }
  const gaps = [
    ...(!named.size && !n.cookieTools.length ? [both('aucun outil nommé', 'no tool named')] : []),
    ...(!n.items.purposes ? [both('finalités non dites', 'purposes not stated')] : []),
    ...(!lifetimes ? [both('durées de vie non indiquées', 'lifetimes not stated')] : []),
    ...(!claims.howToRefuse ? [both('moyen de refuser ou de retirer son consentement non indiqué', 'how to refuse or withdraw not stated')] : []),
  ];
  if (gaps.length) {
    return finding(f.k, { ...base, status: 'warn', severity: 'low', title: both(`Page cookies incomplète : ${gaps.map((g) => g.fr).join(', ')}`, `Incomplete cookie page: ${gaps.map((g) => g.en).join(', ')}`), evidence, fix });
  }
  return finding(f.k, { ...base, status: 'pass', severity: 'info', title: both('Page cookies : outils, finalités, durées et moyen de refuser, en accord avec ce qui a été observé', 'Cookie page: tools, purposes, lifetimes and how to refuse, in line with what was observed'), evidence });
}

/** The kit's model: connection logs 12 months at most, account data deleted within 3 months of leaving. */
const LIMITS = vocabulary.retention.limitsMonths as { logs: number; audience: number };
const AFTER_LEAVING = vocabulary.retention.accountAfterLeavingMonths;

/**
 * info.retention-periods: the periods the notices declare, each attached to
 * its data, against the kit's model (Annexe 2) and the ENT order (account
 * data deleted within three months of leaving). A cookie's lifetime is not a
 * data retention; none declared is a manual check.
 */
function retentionPeriods(f: AuditFacts, notices: ReportNotice[]): Finding {
  const refs = ['kit-annexe-2', 'arrete-ent-2006-6', 'gdpr-13'];
  const all = notices.filter((n) => n.kind === 'notice').flatMap((n) => (n.retentions ?? []).map((r) => ({ ...r, url: n.url })));
  const fr = { logs: 'journaux de connexion', account: 'données de compte', audience: "données de mesure d'audience", cookies: 'cookies', other: 'autres données' } as const;
  const en = { logs: 'connection logs', account: 'account data', audience: 'audience data', cookies: 'cookies', other: 'other data' } as const;
  const evidence = all.filter((r) => r.category !== 'cookies').map((r) => both(`${fr[r.category]} : ${r.months === null ? 'jusqu’à une échéance' : `${r.months} mois`}${r.afterLeaving ? ' après le départ' : ''} — « ${r.excerpt} »`, `${en[r.category]}: ${r.months === null ? 'until an end' : `${r.months} months`}${r.afterLeaving ? ' after leaving' : ''} — "${r.excerpt}"`));
  const tooLong = all.filter((r) => r.months !== null && ((r.category === 'logs' && r.months > LIMITS.logs) || (r.category === 'account' && r.afterLeaving && r.months > AFTER_LEAVING)));
  if (tooLong.length) {
    return finding(f.k, {
      rule: 'info.retention-periods',
      status: 'fail',
      severity: 'medium',
      title: both(`Durée de conservation déclarée plus longue que le modèle du kit ENT : ${tooLong.map((r) => `${fr[r.category]} ${r.months} mois`).join(', ')}`, `Declared retention longer than the kit ENT model: ${tooLong.map((r) => `${en[r.category]} ${r.months} months`).join(', ')}`),
      evidence: [...evidence, both(`modèle : journaux de connexion ${LIMITS.logs} mois au plus ; données de compte supprimées ${AFTER_LEAVING} mois au plus après le départ`, `model: connection logs ${LIMITS.logs} months at most; account data deleted ${AFTER_LEAVING} months at most after leaving`)],
      fix: both('Ramener les durées à celles du modèle de l’Annexe 2 du kit juridique ENT, et les indiquer par catégorie de données.', 'Bring the periods down to the kit ENT Annexe 2 model, and state them per category of data.'),
      refs,
    });
  }
  const missing = (['logs', 'account'] as const).filter((c) => !all.some((r) => r.category === c));
  if (!notices.some((n) => n.kind === 'notice') || missing.length) {
    return finding(f.k, {
      rule: 'info.retention-periods',
      status: 'manual',
      severity: 'low',
      title: notices.some((n) => n.kind === 'notice')
        ? both(`Durées de conservation à vérifier : rien de déclaré pour ${missing.map((c) => fr[c]).join(', ')}`, `Retention to check: nothing declared for ${missing.map((c) => en[c]).join(', ')}`)
        : both('Durées de conservation : aucune notice lue', 'Retention periods: no notice read'),
      evidence,
      fix: both('Demander à l’éditeur les durées de conservation par catégorie de données (journaux de connexion, données de compte) et les faire figurer dans la notice.', 'Ask the publisher for the retention period of each category of data (connection logs, account data) and have them stated in the notice.'),
      refs,
    });
  }
  return finding(f.k, { rule: 'info.retention-periods', status: 'pass', severity: 'info', title: both('Durées de conservation déclarées dans les limites du modèle du kit ENT', 'Declared retention periods within the kit ENT model'), evidence, refs });
}

function judge(f: AuditFacts): Finding[] {
  const notices = f.notices;
  const cookiePageSeen = notices.some((n) => n.kind === 'cookies');
  const out: Finding[] = [];
  if (!notices.some((n) => n.kind === 'notice') && !f.links.some((l) => l.check?.loginRequired && l.category === 'privacy')) {
    out.push(
      finding(f.k, {
        rule: 'info.notice-content',
        status: 'manual',
        severity: 'medium',
        title: both("Aucune notice d'information lue pendant l'audit", 'No information notice read during the audit'),
        fix: both('Ouvrir la notice (lien « Données personnelles » du pied de page) pendant l’audit pour que Témoin l’analyse.', 'Open the notice (the footer\u2019s privacy link) during the audit so that Témoin analyses it.'),
        refs: ['gdpr-13', 'kit-annexe-2'],
      }),
    );
  }
  out.push(...notices.map((n) => noticeFinding(f, n, cookiePageSeen)));
  for (const l of f.links) {
    if (!l.check?.loginRequired || out.some((x) => x.rule === 'info.notice-content' && x.subject === l.record.href)) continue;
    out.push(
      finding(f.k, {
        rule: 'info.notice-content',
        subject: l.record.href,
        status: 'fail',
        severity: 'high',
        title: both(`La ${l.category === 'cookies' ? 'page cookies' : 'notice'} n'est pas lisible sans être connecté`, `The ${l.category === 'cookies' ? 'cookie page' : 'notice'} cannot be read without logging in`),
        evidence: [both(`le lien « ${l.record.text} » mène, sans session, à un formulaire de connexion`, `the link "${l.record.text}" leads, without a session, to a login form`)],
        fix: both("Rendre la notice accessible sans authentification, depuis le pied de page des écrans d'accueil et de connexion.", 'Make the notice reachable without logging in, from the footer of the home and login screens.'),
        refs: ['kit-2.2', 'gdpr-13'],
      }),
    );
  }

  out.push(retentionPeriods(f, notices));
  const declared = notices.map((n) => n.declaredAudienceRetentionMonths).filter((m): m is number => m !== null);
  const refs = ['cnil-2020-092', 'kit-4.10'];
  if (declared.length) {
    const months = Math.max(...declared);
    out.push(
      finding(f.k, {
        rule: 'info.audience-retention',
        status: months > 25 ? 'fail' : 'pass',
        severity: months > 25 ? 'medium' : 'info',
        title: months > 25 ? both(`Données de mesure d'audience conservées ${months} mois : plus de 25 mois`, `Audience data kept ${months} months: more than 25 months`) : both(`Données de mesure d'audience conservées ${months} mois : 25 mois au plus`, `Audience data kept ${months} months: 25 months at most`),
        evidence: notices.filter((n) => n.declaredAudienceRetentionMonths !== null).map((n) => both(`${n.url} : ${n.declaredAudienceRetentionMonths} mois déclarés`, `${n.url}: ${n.declaredAudienceRetentionMonths} months declared`)),
        ...(months > 25 ? { fix: both("Réduire la conservation des données de mesure d'audience à 25 mois au plus, et l'indiquer dans la notice.", 'Keep audience data 25 months at most, and say so in the notice.') } : {}),
        refs,
      }),
    );
  } else {
    out.push(
      finding(f.k, {
        rule: 'info.audience-retention',
        status: 'manual',
        severity: 'medium',
        title: notices.length ? both("La notice ne déclare pas de durée de conservation des données de mesure d'audience", 'The notice declares no retention period for audience data') : both("Durée de conservation des données de mesure d'audience : aucune notice lue", 'Audience-data retention: no notice read'),
        fix: both("Demander à l'éditeur la durée de conservation des données de mesure d'audience (25 mois au plus) et la faire figurer dans la notice.", 'Ask the publisher for the audience-data retention (25 months at most) and have it stated in the notice.'),
        refs,
      }),
    );
  }
  return out;
}

export const infoNotice: Rule = { ids: ['info.notice-content', 'info.retention-periods', 'info.audience-retention'], references: ['kit-4.10', 'cnil-2020-092', 'kit-2.2', 'gdpr-13', 'kit-annexe-2', 'cnil-2020-092-information', 'arrete-ent-2006-6'], judge };
