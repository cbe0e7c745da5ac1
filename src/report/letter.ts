/**
 * A draft letter to the vendor or the collectivité: the demands of the report
 * (report/summary.ts), each with what was found and its legal basis, then the
 * points only they can confirm (the manual checks). A draft: the référent or
 * the DPO completes and signs it. Every string is escaped.
 */
import { escapeHtml, localDateTime } from './html.ts';
import { reportSummary } from './summary.ts';
import type { Report } from './types.ts';

/** A reference's short form: its title, up to the first colon (the full text is in the report). */
const shortRef = (r: string) => {
  const cut = r.indexOf(' : ') > 0 ? r.indexOf(' : ') : r.indexOf(': ');
  const s = cut > 0 ? r.slice(0, cut) : r;
  return s.length > 220 ? `${s.slice(0, 219)}…` : s;
};

export function draftLetter(r: Report, lang: 'fr' | 'en' = 'fr'): string {
  const en = lang === 'en';
  const s = reportSummary(r, lang);
  const when = localDateTime(r.finishedAt, lang);
  const demands = s.demands
    .map((d) => {
      const found = d.findings.map((f) => (en ? f.en.title : f.title));
      const basis = [...new Set(d.findings.flatMap((f) => f.references).map(shortRef))];
      return `<li><p><strong>${escapeHtml(d.action)}</strong></p><p>${en ? 'Found' : 'Constat'} : ${found.map(escapeHtml).join(' ; ')}.</p>${basis.length ? `<p class="basis">${en ? 'Legal basis' : 'Fondement'} : ${basis.map(escapeHtml).join(' ; ')}.</p>` : ''}</li>`;
    })
    .join('\n');
  const manual = s.manual.map((f) => `<li>${escapeHtml(en ? f.en.title : f.title)}</li>`).join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(en ? `Draft letter — ${r.site}` : `Brouillon de courrier — ${r.site}`)}</title>
<style>body{font:15px/1.55 system-ui,sans-serif;color:#161616;max-width:760px;margin:32px auto;padding:0 16px}.draft{color:#b34000;font-size:13px}.basis{font-size:13px;color:#3a3a3a}li{margin:10px 0}.sign{margin-top:32px}</style></head><body>
<p class="draft">${en ? 'Draft prepared by Témoin: to complete, check and sign.' : 'Brouillon préparé par Témoin : à compléter, relire et signer.'}</p>
<p>${r.auditor ? escapeHtml(r.auditor) : en ? '[Name, role, school or authority]' : '[Nom, fonction, établissement ou collectivité]'}</p>
<p>${en ? 'To: [the publisher or the local authority in charge of the service]' : 'À : [l’éditeur ou la collectivité responsable du service]'}</p>
<p><strong>${en ? 'Subject' : 'Objet'} : ${escapeHtml(en ? `personal data and cookies on ${r.site}: request for compliance` : `données personnelles et cookies sur ${r.site} : demande de mise en conformité`)}</strong></p>
<p>${en ? 'Dear Sir or Madam,' : 'Madame, Monsieur,'}</p>
<p>${escapeHtml(en ? `An audit of ${r.site} made on ${when} with Témoin ${r.tool.version} found the following.` : `Un audit du site ${r.site} réalisé le ${when} avec l’outil Témoin ${r.tool.version} a relevé les points suivants.`)} ${escapeHtml(s.headline)}</p>
${s.demands.length ? `<p>${en ? 'We ask you to:' : 'Nous vous demandons de :'}</p>\n<ol>${demands}</ol>` : `<p>${en ? 'It observed no breach.' : 'Il n’a relevé aucun manquement.'}</p>`}
${manual ? `<p>${en ? 'Please also confirm the following points, which a browser cannot observe:' : 'Merci de nous confirmer également les points suivants, qu’un navigateur ne peut pas observer :'}</p>\n<ul>${manual}</ul>` : ''}
<p>${en ? 'The audit report is attached (JSON file, with its SHA-256 fingerprint). Please tell us within one month what measures you have taken.' : 'Le rapport d’audit est joint (fichier JSON, avec son empreinte SHA-256). Nous vous remercions de nous indiquer sous un mois les mesures prises.'}</p>
<p>${en ? 'Yours faithfully,' : 'Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.'}</p>
<p class="sign">${en ? '[Signature]' : '[Signature]'}</p>
</body></html>
`;
}
