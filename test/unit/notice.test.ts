import { describe, expect, it } from 'vitest';
import { analyseNotice, durationMonths, NOTICE_ITEMS, sentencesOf, type NoticeItem } from '../../src/audit/notice.ts';
import { isDeadHref, linkCategory } from '../../src/audit/links.ts';
import { fold, repairMojibake } from '../../src/audit/text.ts';
import { noticeFixtures } from '../helpers/notices.ts';
import { PARSE_LIMITS } from '../../src/shared/limits.ts';

describe('analyseNotice on the seeds and fixtures (expected items written before the detectors)', () => {
  for (const n of noticeFixtures()) {
    it(`${n.file} — ${n.what}`, () => {
      const a = analyseNotice(n.text);
      // The items labelled for this text (the labels predate the items added in 1.6.0).
      expect(Object.fromEntries(Object.keys(n.items).map((i) => [i, a.items[i as keyof typeof a.items]]))).toEqual(n.items);
      expect(a.rights).toEqual(n.rights);
      expect(a.declaredAudienceRetentionMonths).toBe(n.audienceRetentionMonths);
      if (n.file !== 'demo:cookies.html') expect(a.language).toBe(n.language);
      for (const i of NOTICE_ITEMS) if (a.items[i]) expect(a.excerpts[i], i).toBeTruthy();
    });
  }

  it('gives excerpts of the original text, bounded', () => {
    const a = analyseNotice(noticeFixtures().find((n) => n.file.startsWith('001'))!.text);
    expect(a.excerpts.dpo).toMatch(/dpo|Délégué/i);
    expect(a.excerpts.cnilComplaint).toMatch(/CNIL/);
    expect(Object.values(a.excerpts).every((e) => e!.length <= 200)).toBe(true);
    expect(a.cookieTools).toEqual(expect.arrayContaining(['xiti', 'dnma']));
  });

  it('stays bounded and quiet on hostile input', () => {
    const a = analyseNotice('cookie '.repeat(200_000));
    expect(a.length).toBe(300_000);
    expect(analyseNotice('').items.controller).toBe(false);
    expect(analyseNotice('<script>alert(1)</script>').language).toBeNull();
  });
});

describe('durationMonths', () => {
  it.each([
    ['conservees 25 mois', 25],
    ['pendant deux ans', 24],
    ['retained for 30 months', 30],
    ['kept for 1 year', 12],
    ['90 jours', 3],
    ['treize mois', 13],
    ['cinq ans', 60],
    ['pendant deux semaines', 0.5],
    ['sans duree', null],
  ] as const)('%s → %s', (s, m) => expect(durationMonths(fold(s))).toBe(m));
});

describe('linkCategory', () => {
  it.each([
    ['Données personnelles', '/donnees-personnelles', 'privacy'],
    ['Politique de confidentialité', '/x', 'privacy'],
    ['Protection des données personnelles', '', 'privacy'],
    ['RGPD', '/rgpd', 'privacy'],
    ['Privacy policy', '/privacy', 'privacy'],
    ['Mentions légales', '/mentions-legales', 'legal'],
    ['Legal notice', '/legal', 'legal'],
    ['Cookies', '/cookies', 'cookies'],
    ['Politique de cookies', '/x', 'cookies'],
    ['Gestion des cookies', '#', 'consent-settings'],
    ['Paramétrer les cookies', '#', 'consent-settings'],
    ['Cookie settings', '#', 'consent-settings'],
    ['CGU', '/cgu', 'terms'],
    ["Charte d'utilisation", '/charte', 'terms'],
    ['Accessibilité : partiellement conforme', '/accessibilite', 'accessibility'],
    ['En savoir plus', 'https://ent.fr/protection-des-donnees', 'privacy'],
    ['🍪', 'javascript:tarteaucitron.userInterface.openPanel();', 'consent-settings'],
    ['Messagerie', '/messagerie', null],
  ] as const)('%s (%s) → %s', (text, href, cat) => expect(linkCategory(text, href.startsWith('/') ? `https://ent.fr${href}` : href)).toBe(cat));

  it('calls #, empty and javascript: links dead, except a consent manager handler', () => {
    expect(isDeadHref('#')).toBe(true);
    expect(isDeadHref('')).toBe(true);
    expect(isDeadHref('javascript:void(0)')).toBe(true);
    expect(isDeadHref('javascript:tarteaucitron.userInterface.openPanel()')).toBe(false);
    expect(isDeadHref('javascript:Didomi.preferences.show()')).toBe(false);
    expect(isDeadHref('https://ent.fr/x')).toBe(false);
  });
});

describe('reading a notice sentence by sentence', () => {
  it('does not take a word for an item: "accéder à vos cours" is no right of access, "hébergées chez OVH" no transfer', () => {
    const a = analyseNotice("Grâce à l'ENT, vous pouvez accéder à vos cours et à vos ressources.\nVos données sont hébergées chez OVH.\nPour toute question, écrivez à contact@ent.example.fr.");
    expect(a.rights).toEqual([]);
    expect(a.status.transfers).not.toBe('present');
    const b = analyseNotice('Vous disposez d’un droit d’accès et de rectification aux données vous concernant.\nVos données sont hébergées en France, dans des centres de données de notre prestataire.');
    expect(b.rights).toEqual(['access', 'rectification']);
    expect(b.status.transfers).toBe('present');
    expect(b.excerpts.transfers).toBe('Vos données sont hébergées en France, dans des centres de données de notre prestataire.');
  });

  it('reads a cookie lifetime as a cookie lifetime, not as the retention of audience data', () => {
    const a = analyseNotice("Les cookies de mesure d'audience sont conservés 13 mois.\nLes statistiques de fréquentation sont conservées 25 mois.");
    expect(a.retentions.map((r) => [r.category, r.months])).toEqual([['cookies', 13], ['audience', 25]]);
    expect(a.declaredAudienceRetentionMonths).toBe(25);
    const onlyCookies = analyseNotice("Les traceurs de mesure d'audience ont une durée de vie de 13 mois et sont conservés 13 mois.");
    expect(onlyCookies.declaredAudienceRetentionMonths).toBeNull();
  });

  it('reads durations in words and ends, and attaches each to its data', () => {
    const a = analyseNotice(
      [
        'Durées de conservation',
        'Les journaux de connexion sont conservés un an.',
        "Les données du compte sont supprimées dans un délai de trois mois après le départ de l'élève.",
        'Les productions des élèves sont conservées jusqu’à la fin de la scolarité.',
        'Les pièces justificatives sont archivées cinq ans.',
      ].join('\n'),
    );
    expect(a.retentions.map((r) => [r.category, r.months, r.afterLeaving])).toEqual([
      ['logs', 12, false],
      ['account', 3, true],
      ['other', null, false],
      ['other', 60, false],
    ]);
    expect(a.status.retention).toBe('present');
  });

  it('says which items are present, unclear or absent, with the sentence that proves each', () => {
    const a = analyseNotice(
      [
        'Responsable du traitement',
        'La Région Exemple, 1 place de la Région, 75001 Paris.',
        'Finalités',
        "Gérer l'accès des élèves aux services de l'ENT.",
        'Vous pouvez retirer votre consentement à tout moment.',
        "Le caractère obligatoire des champs est signalé par un astérisque.",
        'DPO',
      ].join('\n'),
    );
    expect(a.status).toMatchObject({ controller: 'present', controllerContact: 'present', purposes: 'present', withdrawal: 'present', required: 'present', dpo: 'unclear', automatedDecisions: 'absent' });
    expect(a.excerpts.controller).toBe('La Région Exemple, 1 place de la Région, 75001 Paris.');
    expect(a.excerpts.purposes).toBe("Gérer l'accès des élèves aux services de l'ENT.");
  });

  it('joins the lines of a hard-wrapped text before reading it', () => {
    const a = analyseNotice('Concernant le service, au bout de 2 ans\nd’inactivité, les données du compte sont\nsupprimées.');
    expect(a.retentions).toEqual([expect.objectContaining({ category: 'account', months: 24 })]);
  });

  it('reads a list through the line that leads into it, and finds the controller\'s address where the same body is named again', () => {
    const a = analyseNotice(
      [
        'La Région Val-de-Loir est responsable de ce traitement.',
        'Le traitement permet :',
        '- de donner aux élèves l’accès à des manuels numériques ;',
        'Écrivez au service juridique de la Région, 3 rue de la Paix, 45000 Orléans.',
        'Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment ; vous pouvez aussi saisir la CNIL.',
        'Certaines données doivent obligatoirement être fournies pour l’inscription.',
      ].join('\n'),
    );
    expect(a.status).toMatchObject({ controller: 'present', purposes: 'present', controllerContact: 'present', withdrawal: 'present', cnilComplaint: 'present', required: 'present' });
    expect(a.excerpts.controllerContact).toMatch(/45000 Orléans/);
    // A processor's address is not the controller's, even where the controller is named again.
    const processor = analyseNotice('The school that subscribes is the data controller for pupils\' information.\nEduApp Ltd, 21 Harbour Street, Leeds, processes that information on the school\'s behalf.');
    expect(processor.status.controller).toBe('present');
    expect(processor.status.controllerContact).toBe('absent');
  });

  it('finds recipients however they are said, and a contact is the way to exercise rights only where rights are spoken of', () => {
    for (const t of [
      'Les données sont réservées aux enseignants et au personnel de vie scolaire.',
      'Certaines informations sont partagées avec le rectorat.',
      'We may disclose it to the service providers who help us run the system.',
      'Avec qui vos données sont-elles partagées ?\n- les autres membres des groupes voient votre nom ;',
    ]) expect(analyseNotice(t).status.recipients, t).toBe('present');
    const noRights = analyseNotice('Contact\nPour toute question, écrivez à contact@ecole-demo.fr.');
    expect(noRights.status.rightsContact).not.toBe('present');
    const a = analyseNotice('Vos droits\nVous pouvez accéder aux données de votre enfant et les faire rectifier en écrivant au secrétariat du collège.\nÉcrivez à dpo@dept-demo.fr, délégué à la protection des données du Département.\nElles servent à organiser la scolarité.');
    expect(a.status).toMatchObject({ rights: 'present', rightsContact: 'present', dpo: 'present', purposes: 'present' });
  });

  it('reads the structure: markdown tables under their heading, numbered sub-headings under theirs, and a bullet is never a heading', () => {
    const table = analyseNotice(['4. Qui reçoit les données ?', '| Destinataire | Pays |', '|---|---|', '| Hébergeur Scaleway | France |', '| Fournisseur du modèle | États-Unis |'].join('\n'));
    expect(table.status.recipients).toBe('present');
    expect(sentencesOf('4. Qui reçoit les données ?\n| Destinataire | Pays |\n|---|---|\n| Hébergeur | France |').map((s) => s.section)).toContain('4. qui recoit les donnees ? / destinataire pays');
    const numbered = analyseNotice(['3. Why We Use It', '3.1 To run the grade book for the school', '3.2 To secure the platform and give support', '4. Disclosure', 'Nothing here.'].join('\n'));
    expect(numbered.status.purposes).toBe('present');
    const bullets = sentencesOf(['5. Who We Share Information With', '- administrators at your own school', '- service providers that host the planner'].join('\n'));
    expect(bullets.map((s) => s.section)).toEqual(bullets.map(() => '5. who we share information with'));
    expect(analyseNotice(bullets.map((s) => s.raw).join('\n')).status.recipients).toBe('present');
  });

  it('reads lettered sub-headings as headings ("c. Recipients", "ii) Base légale"), and their letter as no sentence', () => {
    const lettered = sentencesOf(['1. Collection and use of personal data', 'c. Recipients', 'Schools and other clients, and our payroll provider.'].join('\n'));
    expect(lettered.map((s) => s.raw)).toEqual(['Collection and use of personal data', 'Recipients', 'Schools and other clients, and our payroll provider.']);
    expect(lettered[2]!.section).toBe('1. collection and use of personal data / c. recipients');
    expect(analyseNotice(['1. Collection and use of personal data', 'c. Recipients', 'Schools and other clients, and our payroll provider.'].join('\n')).status.recipients).toBe('present');
    // A lettered heading with nothing under it is no evidence of its own item.
    expect(analyseNotice(['2. Données personnelles', '2. C) Cookies', '2. D) Liens'].join('\n')).status.cookies).not.toBe('present');
  });

  it('reads a list of lettered or numbered section titles with no « Sommaire » over it as a table of contents when the body begins again with its first title', () => {
    const toc = ['A. About this policy', 'B. Why do we process your data?', 'C. Your rights', 'D. Web browsing and cookies', '', 'A. About this policy', 'Brightleaf is a charity registered in England.'];
    const ss = sentencesOf(toc.join('\n'));
    expect(ss.filter((s) => s.toc).map((s) => s.raw)).toEqual(toc.slice(0, 4));
    expect(analyseNotice(toc.join('\n')).status.cookies).not.toBe('present');
    // The same titles heading their own sections are no table.
    const body = ['A. About this policy', 'Brightleaf is a charity.', 'B. Why do we process your data?', 'To send the newsletter.', 'C. Your rights', 'You can ask for a copy.'];
    expect(sentencesOf(body.join('\n')).some((s) => s.toc)).toBe(false);
  });

  it('reads a contents written on one line under « Sommaire » / "Contents" as a table of contents, and its titles as no item', () => {
    const oneLine = ['Contents', '1. Data controller 2. What we collect 3. Who we share it with 4. Cookies 5. Your rights', '1. Data controller', 'Brightleaf Ltd collects the names of the pupils who use the planner.'];
    const ss = sentencesOf(oneLine.join('\n'));
    expect(ss.filter((s) => s.toc).length).toBeGreaterThan(0);
    expect(ss.filter((s) => s.toc).every((s) => oneLine[1]!.includes(s.raw))).toBe(true);
    const a = analyseNotice(oneLine.join('\n'));
    expect(a.status.recipients).not.toBe('present');
    expect(a.status.cookies).not.toBe('present');
    // A sentence under « Contents » that happens to number two things is no contents.
    expect(sentencesOf(['Contents', 'We keep 2. forms and 3. Records for five years.'].join('\n')).some((s) => s.toc)).toBe(false);
  });

  it("reads the administration named on the page where a public body explains an algorithm, its contact below, and a controller's name mangled beyond repair as none", () => {
    const card = analyseNotice(['Le calcul des bourses', "L'administration", 'Administration concernée', "Ministère chargé de l'éducation nationale", 'Contact', 'bourses-donnees@education.example', 'Finalité', "L'algorithme établit si la famille est éligible."].join('\n'));
    expect(card.status).toMatchObject({ controller: 'present', controllerContact: 'present', purposes: 'present' });
    expect(analyseNotice(['Administration concernée', 'Voir ci-dessous.'].join('\n')).status.controller).not.toBe('present');
    const mangled = analyseNotice('For the purposes of data protection law, ÂÃ¶Ê¹ÊÓ is the data controller. We collect your name.');
    expect(mangled.status.controller).toBe('unclear');
    expect(analyseNotice('For the purposes of data protection law, Brightleaf Council is the data controller. We collect your name.').status.controller).toBe('present');
  });

  it('reads plain-language rights, a spelled-out CNIL, and decisions in the plural', () => {
    const plain = analyseNotice('Your rights\nParents can ask to see, correct or delete their child\'s information.');
    expect(plain.rights).toEqual(['access', 'rectification', 'erasure']);
    expect(analyseNotice('Vous pouvez introduire une réclamation auprès de la Commission nationale de l\'informatique et des libertés.').status.cnilComplaint).toBe('present');
    expect(analyseNotice('You may also complain to the Information Commissioner\'s Office.').status.cnilComplaint).toBe('present');
    expect(analyseNotice('7. Décisions automatisées\nL\'assistant ne prend aucune décision produisant des effets juridiques à votre égard.').status.automatedDecisions).toBe('present');
    // A register's field name is not a statement of who receives the data.
    expect(analyseNotice('Catégories de personnes qui peuvent accéder aux données conservées').status.recipients).not.toBe('present');
  });

  it('reports a notice in another language as such, not as an empty one', () => {
    const a = analyseNotice('Der Verantwortliche für die Verarbeitung ist die Schule. Ihre Daten werden für die Bereitstellung der Plattform verarbeitet und nach zwei Jahren gelöscht. Sie haben das Recht auf Auskunft, Berichtigung und Löschung.');
    expect(a.language).toBe('other');
    expect(a.status.controller).toBe('unclear');
    expect(a.items.controller).toBe(false);
  });

  it('tells the language of a short notice, and a Spanish one from a French one', () => {
    expect(analyseNotice('Données personnelles\nVos données sont traitées conformément au RGPD et à la loi Informatique et Libertés. Nous attachons une grande importance à la sécurité de vos informations. Pour exercer vos droits, contactez-nous.').language).toBe('fr');
    expect(analyseNotice('Los datos personales que nos facilita serán tratados por el colegio para la gestión de la matrícula de los alumnos y para la comunicación con las familias. Puede ejercer sus derechos dirigiéndose a la secretaría.').language).toBe('other');
  });

  it('stays bounded on a crafted text: long sentences are cut before matching', () => {
    const a = analyseNotice(`${'conservees '.repeat(20_000)}pendant 3 mois`);
    expect(a.length).toBeLessThanOrEqual(300_000);
  });

  it('reads a sentence on over one blank line, where every line of a copied page is followed by one (not a heading, not a list item)', () => {
    const text = "Article 5\n\nLes droits d'opposition et de rectification des personnes s'exercent, dans les conditions prévues par la loi, par voie postale\n\nou par voie électronique auprès du responsable de l'ENT de l'établissement.\n\nArticle 6";
    expect(sentencesOf(text).map((s) => s.raw)).toEqual(['Article 5', "Les droits d'opposition et de rectification des personnes s'exercent, dans les conditions prévues par la loi, par voie postale ou par voie électronique auprès du responsable de l'ENT de l'établissement.", 'Article 6']);
    expect(analyseNotice(text).rights).toEqual(['rectification', 'opposition']);
    expect(sentencesOf('Traitement des badges du collège et de ses usagers\n\nb) Finalité du traitement').map((s) => s.raw)).toEqual(['Traitement des badges du collège et de ses usagers', 'b) Finalité du traitement']);
  });

  it('reads a controller given before a colon that introduces its representative, not as a field left empty', () => {
    const a = analyseNotice('Responsable de traitement\nLe responsable de traitement est la Région Occitane-Littoral, en tant que personne morale, représentée par :\nMadame Claire Vidal\nPrésidente du Conseil régional\nHôtel de Région - 8 boulevard de la Mer - 34000 Montpellier');
    expect(a.status.controller).toBe('present');
    expect(analyseNotice('Le responsable du traitement des données transmises est :\nFinalités\nLa gestion des inscriptions.').status.controller).toBe('unclear');
  });

  it('reads the name under an "owner and data controller" heading, with how to reach it, as the controller', () => {
    const a = analyseNotice("# Politique de confidentialité\n\n## Propriétaire et Responsable du traitement\n\nMathis (alias « mathdev »), chef de projet, joignable à l'adresse contact@carnet.example.\n\n## Données recueillies\n\nVotre adresse électronique.");
    expect(a.status.controller).toBe('present');
    expect(a.excerpts.controller).toMatch(/^Mathis/);
    const dpoOnly = analyseNotice('## Responsable du traitement\n\nPour toute question, écrivez à dpo@carnet.example.\n\n## Données recueillies\n\nVotre adresse électronique.');
    expect(dpoOnly.status.controller).not.toBe('present');
  });

  it('shows the sentence that says who the controller is rather than the product its section opened on', () => {
    const a = analyseNotice("Contact DPO : dpo@corrigeo.example\nQui sommes-nous ?\nCorrigeo est une plateforme de correction des copies, déployée dans votre lycée.\nVotre lycée est le responsable du traitement de vos données.\nContact\nSupport Corrigeo : support@corrigeo.example");
    expect(a.excerpts.controller).toMatch(/^Votre lycée est le responsable/);
    expect(a.status.controllerContact).not.toBe('present');
    const school = analyseNotice('Who we are\nAshgrove Preparatory School is a registered charity.\nThe School is a data controller for the purposes of data protection law.');
    expect(school.excerpts.controller).toMatch(/^Ashgrove Preparatory School/);
  });

  it('reads an Irish address (a county, an Eircode) as a contact, but not the authority\'s in the sentence about complaining', () => {
    const a = analyseNotice('The school is a data controller of personal data relating to its pupils.\n\nRequests should be sent to the Principal, Kilcolman National School, Kilcolman, Co. Kerry.\n\nIf you are not satisfied with the school\'s response, you may complain to the Data Protection Commission, 21 Fitzwilliam Square South, Dublin 2, D02 RD28.');
    expect(a.status.controllerContact).toBe('present');
    expect(a.excerpts.controllerContact).toMatch(/Co\. Kerry/);
  });

  it('reads the author of the regulator\'s template from its contact card, and a sub-heading "For …" under "… and why" as a purpose', () => {
    const a = analyseNotice('Privacy Policy\n\nThis privacy notice explains what to expect from us regarding your personal information.\n\n1. Contact Details\n\nPostal Address\nTutorLane\n12 Canal Street,\nManchester, M1 3AB\n\n2. What Information We Collect, Use, and Why\n\n2.1 For Student Education and Welfare\nWe collect the following personal information:\n- Names and contact details\n- Exam results');
    expect(a.status.controller).toBe('present');
    expect(a.excerpts.controller).toBe('TutorLane');
    expect(a.status.controllerContact).toBe('present');
    expect(a.status.purposes).toBe('present');
  });

  it('reads the same card where every line reads as a heading, the address a few lines under the name, and an office "whose office is at"', () => {
    const card = 'Our contact details\n\nGovernors Support Team\nDepartment of Education\nRathmore House\nBalloo Road\nBANGOR\nBT19 7PR\n\nEmail: team@education.example\n\nWe collect and process the information you give us when you apply.';
    const a = analyseNotice(card);
    expect(a.excerpts.controller).toBe('Governors Support Team');
    expect(a.excerpts.controllerContact).toBe('BT19 7PR');
    // A sentence between the heading and the address ends the card.
    expect(analyseNotice(card.replace('Department of Education', 'We support governors across the region.')).status.controller).not.toBe('present');
    const o = analyseNotice('The controller is the Information Commissioner, whose office is at Floor 2, Harbour House, Sliema SLM 1549, Malta.');
    expect(o.status.controllerContact).toBe('present');
    const b = analyseNotice("École Horizon ASBL, dont le siège est avenue des Tilleuls, 61 à 1140 Evere.\nLe responsable du traitement est l'École Horizon ASBL.");
    expect(b.status.controllerContact).toBe('present');
  });

  it("reads the controller's address in the block under a line that names it, a body by the acronym the notice defines, and an address given to reach the data controller", () => {
    const block = analyseNotice("Comment le Conseil scolaire du Lac utilise vos renseignements.\n\nLes questions peuvent être envoyées à :\n\nJulie Martin\nConseil scolaire du Lac\n118, rue Elgin\nSudbury ON P3E 3N4");
    expect(block.status.controllerContact).toBe('present');
    expect(block.excerpts.controllerContact).toMatch(/^Conseil scolaire du Lac 118, rue Elgin/);
    // Under a line that names another body, the address is not the controller's.
    const filler = 'Le Conseil utilise vos renseignements pour la scolarité.\n'.repeat(6);
    expect(analyseNotice(`Comment le Conseil scolaire du Lac utilise vos renseignements.\n${filler}\nLe Département du Nord, représenté par son président ;\n1 boulevard de la Liberté, 59000 Lille`).status.controllerContact).not.toBe('present');
    expect(analyseNotice(`Comment le Conseil scolaire du Lac utilise vos renseignements.\n${filler}\nConseil scolaire du Lac\n1 boulevard de la Liberté, 59000 Lille`).status.controllerContact).toBe('present');
    const acronym = analyseNotice('SAN ISIDRO SCHOOL (SIS) recognises the right to privacy.\nThis manual explains how we handle the data of our students.\nSIS collects the personal data of students at enrolment to admit them.');
    expect(acronym.status.controller).toBe('present');
    const pointed = analyseNotice('The Department of Culture is a data controller.\nIf you have any questions please contact the Data Controller, namely the Head Teacher at Scoill Lhergy, Castletown Road, Port Erin, IM9 6LF.');
    expect(pointed.status.controllerContact).toBe('present');
  });

  it('reads a body named with its kind that commits to protecting privacy, in a notice that says « nous collectons », and an address line labelled "Address:"', () => {
    const body = analyseNotice("L'Institut universitaire de la Lagune (IUL) s'engage à protéger la confidentialité de vos données.\nCette politique explique comment nous collectons et utilisons vos données.");
    expect(body.status.controller).toBe('present');
    // A product's name, with no kind of body, is no controller (the app that speaks as « nous »).
    expect(analyseNotice("Prépa Concours s'engage à protéger la vie privée de ses utilisateurs.\nCette politique explique comment nous collectons et utilisons vos données.").status.controller).not.toBe('present');
    const card = analyseNotice('Data Controller\n\nOrganisation: Harbourside Digital Skills Academy\n\nAddress: Suite 12 / 4th Floor, Harbourside House / Gibraltar, GX11 1AA\n\nWe collect the data of children who take part in our courses.');
    expect(card.status.controllerContact).toBe('present');
  });

  it("reads a DPO's card (a line that says only \"Data Protection Officer\", an address below it), a notice's own address, and the author named under a contact heading at its end", () => {
    const dpo = analyseNotice('If you would like to contact our Data Protection Officer, you can contact us in the following ways:\n\nJane Harwood\nData Protection Officer\nDepartment for Education\nPiccadilly Gate\nStore Street\nM1 2WD');
    expect(dpo.status.dpo).toBe('present');
    const own = analyseNotice('1.1 Lakelands Education and Training Board is the data controller. Our address is Riverside House, Dublin Road, Longford, N39 X2K4.');
    expect(own.status.controllerContact).toBe('present');
    const contact = analyseNotice('We collect personal data from you at enrolment to provide learning services.\n\nContact\n\nBlackpool Bay College, Park Road, Blackpool FY1 4ES. Our Data Protection Officer can be contacted at dpo@bbcollege.example.');
    expect(contact.status.controller).toBe('present');
    expect(contact.status.controllerContact).toBe('present');
  });

  it('reads where the data go from a table with a country column, and rights exercised by writing to the DPO', () => {
    const t = analyseNotice('Sous-traitants\n\nSous-traitant | Pays destinataire | Traitement réalisé\nHébergeur Nuage Public | France | Hébergement');
    expect(t.status.transfers).toBe('present');
    const r = analyseNotice('Our Data Protection Officer can be reached at dataprotection@north.example.\n\nYou have the right to access your information and to have it corrected. To exercise them, email the Data Protection Officer.');
    expect(r.status.rightsContact).toBe('present');
    expect(r.excerpts.rightsContact).toMatch(/To exercise them/);
  });

  it('reads a publisher named on the lines under "l\'éditeur du site est :" as the « nous » that collects, and shows both lines', () => {
    const a = analyseNotice("Éditeur\n\nConformément à la loi, l'éditeur du site https://www.prepa.example est :\n\nPAP – Prépa Arts Provence, établissement privé\nAssociation loi 1901\nSiège social : 4 rue des Tanneurs, 13006 Marseille\n\nDonnées\n\nNous recueillons vos nom et prénom.");
    expect(a.status.controller).toBe('present');
    expect(a.excerpts.controller).toMatch(/est : PAP – Prépa Arts Provence/);
    const named = analyseNotice('Trois Générations reconnaît que les informations que vous nous confiez sont une marque de confiance. Nous recueillons vos nom et prénom. Écrivez-nous à bonjour@troisgenerations.example.');
    expect(named.status.controller).toBe('present');
    expect(named.status.controllerContact).toBe('present');
  });

  it('reads a list under a purposes heading as the purposes, its lead ending with a colon in either typography', () => {
    const fr = analyseNotice("Traitement des badges du collège et de ses usagers\n\nb) Finalité du traitement\nLe dispositif aide les agents d'accueil à :\n- empêcher l'entrée de personnes extérieures ;\n- accélérer les contrôles à l'entrée.");
    expect(fr.status.purposes).toBe('present');
    expect(fr.excerpts.purposes).toMatch(/empêcher|accélérer/);
    const en = analyseNotice('How our school uses information about the pupils\n\nWe use pupil data:\n- to support pupil learning;\n- to look after their wellbeing.');
    expect(en.status.purposes).toBe('present');
    expect(en.excerpts.purposes).toMatch(/^We use pupil data to support/);
    // A list elsewhere says nothing of purposes.
    expect(analyseNotice('Pièces à fournir pour le dossier\n\nContact\n- le secrétariat ;\n- la vie scolaire.').status.purposes).toBe('absent');
  });

  it('reads "article 6" alone as no legal basis (unclear), and a point of it as one', () => {
    expect(analyseNotice('We collect and use pupil information under article 6 of the General Data Protection Regulation, as this notice explains.').status.legalBasis).toBe('unclear');
    expect(analyseNotice("Le traitement est licite au titre de l'article 6, paragraphe 1, point e) du RGPD.").status.legalBasis).toBe('present');
  });

  it('reads the principles of GDPR art. 5 recited as no purpose of this notice', () => {
    const a = analyseNotice('Data protection principles\nPersonal data shall be processed fairly and lawfully, obtained only for specified and lawful purposes, and not kept longer than necessary.');
    expect(a.status.purposes).not.toBe('present');
    expect(analyseNotice('Les données doivent être collectées pour des finalités déterminées, explicites et légitimes.').status.purposes).not.toBe('present');
  });

  it('reads a definition of the controller as no controller, and a publisher as no controller either', () => {
    const def = analyseNotice('Préambule\nLe responsable de traitement est la personne morale ou physique qui détermine les finalités et les moyens d’un traitement.');
    expect(def.status.controller).not.toBe('present');
    expect(analyseNotice('Mentions légales\n\nÉditeur du site\nService édité par le Département de la Drôme-Vercors, 26 avenue du Président, 26000 Valbonne.').status.controller).not.toBe('present');
  });

  it('reads the controller said in the ways of French administrations and of English schools', () => {
    expect(analyseNotice('Ce traitement est placé sous la responsabilité du président du conseil départemental.').status.controller).toBe('present');
    expect(analyseNotice('Le responsable de ces traitements est le maire de Saint-Aubry.').status.controller).toBe('present');
    expect(analyseNotice('Le chef d’établissement reste donc responsable des traitements mis en œuvre avec le logiciel.').status.controller).toBe('present');
    expect(analyseNotice('Ashby Fold Primary School is the "data controller".').status.controller).toBe('present');
  });

  it('reads durations told as a stay at school, plural bases, transfers outside the UK, a decision without legal effects', () => {
    expect(analyseNotice('Storing this information\nWe keep pupil information while the pupil attends our school.').status.retention).toBe('present');
    expect(analyseNotice('Our legal bases are that we need the information to carry out our contract with you.').status.legalBasis).toBe('present');
    expect(analyseNotice('Where we transfer personal data to a country or territory outside the UK, we do so as the law requires.').status.transfers).toBe('present');
    expect(analyseNotice("Un algorithme choisit les exercices suivants. Il ne prend aucune décision qui produise des effets juridiques à votre égard.").status.automatedDecisions).toBe('present');
    // A legitimate interest named without saying which is no statement of the interests.
    expect(analyseNotice('We may use it where we have a legitimate interest in doing so.').status.legitimateInterests).not.toBe('present');
  });

  it("leaves a template's blanks, a question and someone else's duty to have a basis unproven", () => {
    const blank = analyseNotice('For your account data, the data controller is [COMPANY NAME], [ADDRESS]. Contact: [CONTACT EMAIL].');
    expect(blank.status.controller).toBe('unclear');
    expect(blank.excerpts.controller).toBeUndefined();
    expect(analyseNotice('Le responsable du traitement est XXXX, dont le siège est au XXXX.').status.controller).toBe('unclear');
    expect(analyseNotice('Who is the controller?').status.controller).not.toBe('present');
    expect(analyseNotice("Qui est le responsable du traitement ?\nC'est la mairie de Kerlouan, qui décide de l'usage de vos données.").status.controller).toBe('present');
    expect(analyseNotice("Tutors are responsible for having a lawful basis to enter a child's data.").status.legalBasis).not.toBe('present');
  });

  it('reads "as long as necessary" as no retention, unless an end or a period is said beside it', () => {
    expect(analyseNotice('Retention: data is kept only as long as necessary.').status.retention).not.toBe('present');
    expect(analyseNotice('Les données sont conservées pendant la durée nécessaire.').status.retention).not.toBe('present');
    expect(analyseNotice('We keep some information after you leave the school, for as long as the law says.').status.retention).not.toBe('present');
    expect(analyseNotice("Les données sont conservées aussi longtemps que nécessaire, et au plus un an après le départ de l'élève.").status.retention).toBe('present');
    expect(analyseNotice('We keep your account data as long as necessary, until your account is closed.').status.retention).toBe('present');
  });

  it('reads a list of definitions as the law recited, not as what the notice does', () => {
    expect(analyseNotice('Définitions\n3) Profilage : tout traitement automatisé destiné à évaluer certains aspects d’une personne.').status.automatedDecisions).not.toBe('present');
    expect(analyseNotice('Nous ne prenons aucune décision automatisée à votre égard.').status.automatedDecisions).toBe('present');
  });

  it('reads what the law or an authority says, and what a body must tell, as no item of this notice, list items included', () => {
    const a = analyseNotice("Le cadre\nPour enregistrer des informations, la directrice de la crèche doit :\n- déclarer sa conformité à la norme ;\n- informer les représentants légaux de l'identité du responsable de traitement, des destinataires et des droits d'accès et de rectification.\nLa CNIL recommande d'effacer ces informations au plus tard trois ans après le départ de l'enfant.");
    expect(a.status.controller).not.toBe('present');
    expect(a.status.rights).not.toBe('present');
    expect(a.status.retention).not.toBe('present');
    expect(analyseNotice("L'arrêté du 30 novembre 2006 relatif aux ENT prévoit que les données d'un compte sont supprimées dans un délai de trois mois.").status.retention).not.toBe('present');
    // What this body does, said in the same words, still counts.
    expect(analyseNotice("Les données d'un compte sont supprimées dans un délai de trois mois après le départ de l'élève.").status.retention).toBe('present');
  });

  it('reads rights exercised "auprès de" an office, a relative clause or a request form as the way to exercise them', () => {
    expect(analyseNotice("Vous disposez d'un droit d'accès et de rectification, que vous pouvez exercer auprès du secrétariat de direction.").status.rightsContact).toBe('present');
    expect(analyseNotice("Chaque utilisateur peut accéder aux informations qui le concernent et les faire rectifier en s'adressant à l'administrateur ENT.").status.rightsContact).toBe('present');
    expect(analyseNotice('You have the right of access to the information we hold about you. To ask for details of it, please use the Information Requests form on this page.').status.rightsContact).toBe('present');
  });

  it('reads "nous" defined as a company, joint controllers, and a controller named in parentheses as "nous"', () => {
    expect(analyseNotice('« Nous » : Petits Pas Crèches SAS, 8 rue des Lilas, 92100 Boulogne-Billancourt.').status.controller).toBe('present');
    expect(analyseNotice("Les traitements de l'ENT sont mis en œuvre par le Département et par chaque collège, responsables conjoints.").status.controller).toBe('present');
    expect(analyseNotice('La Garderie Les Petits Érables (« la Garderie », « nous ») est une garderie privée située à Laval.').status.controller).toBe('present');
    // A public service mission named without any processing is no legal basis.
    expect(analyseNotice("Les services numériques s'inscrivent dans la mission de service public de l'éducation nationale.").status.legalBasis).not.toBe('present');
    expect(analyseNotice("Le traitement est nécessaire à l'exécution d'une mission de service public.").status.legalBasis).toBe('present');
  });

  it('reads data sent to someone as a recipient, and a service provided to schools as none', () => {
    expect(analyseNotice('This information is entered in the statutory register and sent to Companies House, which publishes it.').status.recipients).toBe('present');
    expect(analyseNotice('Our services are provided to schools and their parents under a contract between us and the school.').status.recipients).not.toBe('present');
  });

  it('reads a list of all the bases as no statement of legitimate interests', () => {
    expect(analyseNotice("We process personal data where we have a lawful basis: a contract, a legal obligation, someone's vital interests, a public task, or our legitimate interests in running the school.").status.legitimateInterests).not.toBe('present');
    expect(analyseNotice('We rely on our legitimate interests in keeping the service secure.').status.legitimateInterests).toBe('present');
  });

  it('reads a field left empty as no item, and a field answered on the next line as one', () => {
    const empty = analyseNotice("Le pouvoir organisateur, responsable des traitements :\nCoordonnées du délégué à la protection des données (DPO) :\n\n1. Pourquoi cette déclaration ?\nPour vous informer.");
    expect(empty.status.controller).not.toBe('present');
    const answered = analyseNotice("2- Responsable de traitement\nLe directeur académique de chaque département détermine les finalités et les moyens des traitements de l'ENT :\nDSDEN de l'Orne, 12 rue des Lilas, 61000 Alençon");
    expect(answered.status.controller).toBe('present');
  });

  it('reads changing one\'s mind about what one agreed to as the withdrawal of consent', () => {
    expect(analyseNotice('Where we use your information only because you or your parents agreed, you can change your mind at any time.').status.withdrawal).toBe('present');
    expect(analyseNotice("Si vous avez donné votre accord pour la photo de classe, vous pouvez changer d'avis à tout moment.").status.withdrawal).toBe('present');
    expect(analyseNotice('You can change your mind about the menu at any time.').status.withdrawal).toBe('absent');
  });

  it("reads the controller's contact at its own domain, and not a processor's, a name inside a clause, or a DPO's mailbox", () => {
    // The company named as controller for its own purposes, and an e-mail at its domain under "Contact".
    expect(analyseNotice('For account and billing information, Story Ladder is the data controller.\n\nContact\nprivacy@storyladder.example').status.controllerContact).toBe('present');
    expect(analyseNotice('Pour nos propres fins (marketing, assistance), Famillio est responsable du traitement.\nPour toute question, écrivez à privacy@famillio.example.').status.controllerContact).toBe('present');
    // The company named inside a clause about the school, or only as processor, gives no controller's contact.
    expect(analyseNotice('The school that subscribes to ClassNest is the data controller.\nYou can also write to privacy@classnest.example and we will pass your request on.').status.controllerContact).not.toBe('present');
    expect(analyseNotice('The school is the data controller. StoryNest Ltd acts as a data processor on its behalf.\nYou can also contact us at privacy@storynest.example.').status.controllerContact).not.toBe('present');
    // The DPO's own mailbox is the DPO's contact.
    expect(analyseNotice('Famillio est responsable du traitement.\nVous pouvez joindre notre délégué à dpo@famillio.example.').status.controllerContact).not.toBe('present');
    // A Belgian address, street first and a four-digit postcode.
    expect(analyseNotice("L'Institut des Prés ASBL, rue des Prés 12, 4000 Liège, est le responsable du traitement de vos données.").status.controllerContact).toBe('present');
  });

  it('reads where the servers are and transfers to a named country; a purpose per basis and a processing "pour remplir" its missions', () => {
    expect(analyseNotice('The server is in a secure data centre in the European Union.').status.transfers).toBe('present');
    expect(analyseNotice("Nous faisons appel à des sous-traitants pour l'hébergement (Union européenne) et l'envoi de courriels.").status.transfers).toBe('present');
    expect(analyseNotice('We share your contact details with the publisher. Transfers to the United States are covered by the UK addendum.').status.transfers).toBe('present');
    // Hosting with a French host says nothing of where the data go.
    expect(analyseNotice('Les données sont hébergées chez OVH.').status.transfers).not.toBe('present');
    expect(analyseNotice('3. Base légale\n- Nécessité contractuelle : gestion des comptes, paiement des frais de garde').status.purposes).toBe('present');
    expect(analyseNotice("Votre inscription nous amène à traiter, pour remplir nos missions d'enseignement, des données que vous nous avez fournies.").status.purposes).toBe('present');
    // The bases listed with "to" are no purposes.
    expect(analyseNotice('We only process personal data where we have a lawful basis: to fulfil a contract, to comply with a legal obligation.').status.purposes).not.toBe('present');
  });

  it("reads an EU body's wording, consent that can be withdrawn, a statutory duty, and deletion said actively", () => {
    const eu = analyseNotice("L'Agence exécutive européenne pour l'éducation et la culture est chargée du contrôle des données.\nVous pouvez retirer à tout moment votre consentement à la lettre d'information.\nVous pouvez à tout moment introduire une réclamation auprès du Contrôleur européen de la protection des données.");
    expect([eu.status.controller, eu.status.withdrawal, eu.status.cnilComplaint]).toEqual(['present', 'present', 'present']);
    expect(analyseNotice('Where we use consent, it can be withdrawn at any time.').status.withdrawal).toBe('present');
    expect(analyseNotice('We collect and use student information mostly because the law requires us to. This is a statutory duty.').status.legalBasis).toBe('present');
    expect(analyseNotice('If you have a concern, go directly to the Information Commissioner.').status.cnilComplaint).toBe('present');
    expect(analyseNotice('When the agreement ends, we delete tenant data within 30 days.').status.retention).toBe('present');
    expect(analyseNotice('User data are anonymised within 60 days after the contract ends.').status.retention).toBe('present');
    // Someone else's duty to choose a basis, said as a list under its lead, is no basis of this notice.
    expect(analyseNotice('The tenant is responsible for:\n- choosing the legal basis of the processing\n- answering requests').status.legalBasis).not.toBe('present');
    expect(analyseNotice('Our database is hosted by a cloud provider in London (UK).').status.transfers).toBe('present');
    expect(analyseNotice("Nous faisons notre possible pour que vos données ne quittent pas l'Union européenne.").status.transfers).toBe('present');
  });

  it('reads a duty recited as no item, a sole trader who is controller and DPO, fields that are no headings, and "1)" headings', () => {
    const duty = analyseNotice("Un formulaire qui recueille des informations sur vous doit indiquer :\n- qui est le responsable du traitement ;\n- quelles réponses sont obligatoires.\nChaque accueil doit identifier clairement qui est responsable des données personnelles.");
    expect([duty.status.controller, duty.status.required]).not.toContain('present');
    const sole = analyseNotice('I work alone, so I am both the data controller and the data protection officer. You can reach me, Helen Marsh, at lessonlantern@mail.example or on 07700 900123.\nYou are under no legal obligation to give me any information, but without it I cannot offer you my services.');
    expect([sole.status.controller, sole.status.controllerContact, sole.status.dpo, sole.status.required]).toEqual(['present', 'present', 'present', 'present']);
    const intro = analyseNotice("We collect, use and are responsible for some personal data about these people, and we are responsible as 'controller' of that personal data.\nIf you have any questions, including any request to exercise your legal rights, please contact us at hello@learnloop.example.");
    expect([intro.status.controller, intro.status.purposes, intro.status.rightsContact]).toEqual(['present', 'absent', 'present']);
    expect(analyseNotice('Who we are\nBusiness name: Brightpath Online Learning Limited\nRegistered office: 4 Orchard Close, Welwyn AL6 9XX').status.controller).toBe('present');
    const paren = analyseNotice('1) Who is the data controller?\nExam Ready Tutors\n2) Why we use it, and on what basis\n- To deliver lessons and manage bookings (contract).\n- To keep children safe (legal obligation; legitimate interests).');
    expect([paren.status.purposes, paren.status.legalBasis, paren.status.legitimateInterests]).toEqual(['present', 'present', 'present']);
    // A numbered list stays a list.
    expect(sentencesOf('Nous utilisons vos données pour :\n1) gérer les comptes\n2) envoyer les notes').filter((x) => x.listItem).length).toBeGreaterThan(0);
  });

  it('reads a tracker table\'s purpose column, objecting "to it", data read by an office, and obligatory page elements as no required item', () => {
    expect(analyseNotice('Technical trackers of the site\nName | Purpose | Retention period\nplausible_ignore | Anonymous audience measurement | 24 hours').status.purposes).toBe('present');
    expect(analyseNotice('Si vous ne souhaitez plus participer à cette mesure, vous pouvez vous y opposer.').rights).toContain('opposition');
    expect(analyseNotice('Les informations envoyées par le formulaire sont lues par le secrétariat.').status.recipients).toBe('present');
    expect(analyseNotice('This website uses session cookies for signing in.').status.purposes).toBe('present');
    expect(analyseNotice('Certains éléments sont obligatoires : le nom du directeur de la publication et l\'hébergeur.').status.required).not.toBe('present');
    expect(analyseNotice('La participation est facultative et repose sur le consentement.').status.required).toBe('present');
    // Changing one's cookie choices is the cookie page's way to refuse, not the withdrawal of a processing's consent.
    expect(analyseNotice('Vous pouvez changer vos choix à tout moment avec le lien « Gérer mes cookies ».').status.withdrawal).not.toBe('present');
  });

  it('reads questions as headings over their answers, a table\'s "why" column, a "legal condition", and principles or guidance as the law recited', () => {
    const qa = analyseNotice('Who is the Data Controller?\nRiverside Academy Trust\nWhat will it be used for, and what gives us the right to ask for it?\nThe purpose: to enrich education, inclusion and recreation.\nThe legal condition: consent.\nWill your data be stored in or reachable from countries without UK-equivalent privacy protection?\nYes, for the New York trip only.');
    expect([qa.status.controller, qa.status.purposes, qa.status.legalBasis, qa.status.transfers]).toEqual(['present', 'present', 'present', 'present']);
    const table = analyseNotice('Who controls this data\nTripwise is run by Orbital Systems Ltd, registered office: 27 Queen Street, Bristol BS1 4XX.\nWhat we collect, and why\n| Category | Examples | Why |\n|---|---|---|\n| Travel documents | Passport number | Required for travel abroad |\nRoutine trip administration is processed under legitimate interest and the contract.');
    expect([table.status.controller, table.status.controllerContact, table.status.purposes, table.status.legitimateInterests]).toEqual(['present', 'present', 'present', 'present']);
    expect(analyseNotice('The core principles are simple: (i) collect no more than the purpose needs; (ii) be clear about what you will use it for.').status.purposes).not.toBe('present');
    expect(analyseNotice('The information on these forms should not be used for anything else or given to third parties.').status.purposes).not.toBe('present');
  });

  it('reads a placeholder in any case as no controller, no controller\'s contact without a controller, deleting one\'s account in the app as erasure, principles recited', () => {
    expect(analyseNotice('This cookie policy explains how [Your Organisation Name] ("we", "us", "our") uses cookies.').status.controller).not.toBe('present');
    expect(analyseNotice('Vos droits\nAccès, rectification et suppression. Contact : privacy@coursclic.example.').status.controllerContact).not.toBe('present');
    const app = analyseNotice('Vous pouvez supprimer votre compte directement depuis l\'application, à tout moment.');
    expect(app.rights).toContain('erasure');
    expect(app.status.rightsContact).toBe('present');
    expect(analyseNotice('Vous pouvez retirer votre consentement à tout moment depuis les réglages de l\'application.').status.rightsContact).not.toBe('present');
    expect(analyseNotice('Staff must follow the data protection principles, making sure the information is:\n• not transferred outside the UK without adequate protection').status.transfers).not.toBe('present');
    expect(analyseNotice('3. Comment nous utilisons vos données\n• Vous permettre d\'envoyer et de partager des épreuves').status.purposes).toBe('present');
    expect(analyseNotice('Awarding bodies may share results with the regulators and universities.').status.recipients).toBe('present');
    expect(analyseNotice("Le formulaire est un traitement de données géré par le bureau des usages du ministère, 110 rue de Grenelle, 75007 Paris.").status.controller).toBe('present');
  });

  it('nests numbered headings under a markdown heading, keeps "Inc." inside its sentence, and reads the end of the school year as an end', () => {
    const md = analyseNotice('## How We Use Your Information\n\n1. **To provide the service**\n   - manage timetables and student records\n   - record attendance and grades');
    expect(md.status.purposes).toBe('present');
    const split = sentencesOf('This policy applies to the services of Classmark Inc. ("Classmark", "we", "us"). Parents can write to privacy@classmark.example.');
    expect(split[0]!.raw).toMatch(/Inc\. \("Classmark"/);
    expect(sentencesOf('Le délégué est M. Hoarau, joignable à dpd@ac-reunion.fr. Contact: Mr. J. Smith, data@x.example.').map((x) => x.raw)).toEqual(['Le délégué est M. Hoarau, joignable à dpd@ac-reunion.fr.', 'Contact: Mr. J. Smith, data@x.example.']);
    expect(analyseNotice('This policy applies to the services of Classmark Inc. ("Classmark", "we", "us", "our").\nParents can ask us to delete a child\'s information by writing to privacy@classmark.example.').status.controllerContact).toBe('present');
    expect(analyseNotice('All student data is deleted automatically at the end of the school year.').status.retention).toBe('present');
  });

  it('reads a "legal basis" heading with nothing under it as unclear, a contact under "Contact" as no rights contact where no right is named, and the names « nous » and "the School" stand for', () => {
    const empty = analyseNotice('Our legal basis for using this data\nWe only collect and use your personal data when the law allows us to. Most commonly, we process it where:\n\nContact\nMrs E. Moore, Data Protection Officer, dpo@staidans.example');
    expect(empty.status.legalBasis).toBe('unclear');
    expect(empty.status.rightsContact).not.toBe('present');
    expect(analyseNotice('Portfolino (« nous », « notre » ou « nos ») protège la confidentialité de tous les utilisateurs de sa plateforme.').status.controller).toBe('present');
    const school = analyseNotice('Kingsgate School, company number 2700001, and Kingsgate Enterprises Ltd ("the School"), whose registered address is Kingsgate School, Weybridge Lane, Addlestone KT15 2XX, hold personal information about staff, pupils and parents.');
    expect([school.status.controller, school.status.controllerContact]).toEqual(['present', 'present']);
    expect(analyseNotice('The categories of information we collect, hold and share\nWe may collect, store and use:\n• personal information and contact details').status.recipients).not.toBe('present');
    expect(analyseNotice('• Témoins de connexion (cookies) nécessaires au fonctionnement du Service').status.cookies).toBe('present');
    // A privacy officer's mailbox is not the controller's contact.
    expect(analyseNotice('Portfolino (« nous », « notre ») protège vos données. Écrivez à notre responsable de la protection des renseignements personnels : vieprivee@portfolino.example.').status.controllerContact).not.toBe('present');
  });

  it('reads "known as the Controller", statutory duties and what the law requires as bases, "withdraw this consent", and "fondements" as no "fondé"', () => {
    expect(analyseNotice('Ashford Lane Primary School is known as the "Controller" of the personal data we collect about you.').status.controller).toBe('present');
    expect(analyseNotice('We process this data to perform our statutory duties and because the law requires it.').status.legalBasis).toBe('present');
    expect(analyseNotice('We use it to meet our legal obligations and exercise our statutory powers in the public interest.').status.legalBasis).toBe('present');
    expect(analyseNotice('Where you have given us consent to use your data, you may withdraw this consent at any time.').status.withdrawal).toBe('present');
    expect(analyseNotice("L'analyse conclut que les données sont recueillies sur d'autres fondements que le consentement.").status.legalBasis).not.toBe('present');
    const state = analyseNotice('The information is collected by the State, Department of Education, acting as data controller (the "Administration").\nThe processing rests on the user\'s acceptance of the charter.');
    expect([state.status.controller, state.status.legalBasis]).toEqual(['present', 'present']);
    expect(analyseNotice('Il recueille vos données pour vous offrir un accompagnement adapté à vos besoins.').status.purposes).toBe('present');
    expect(analyseNotice("Les résultats des candidats sont transmis à l'autorité de certification.").status.recipients).toBe('present');
    expect(analyseNotice('Vous pouvez contacter notre délégué à la protection des données :\ndpo@centre-atelier.example').status.dpo).toBe('present');
    // What people "doivent être informées" of, and a definition, are the law recited; a definition that names the body is not.
    const guide = analyseNotice("Lors de la collecte, les personnes doivent être informées :\n- de l'identité du responsable du traitement ;\n- des destinataires des données ;\n- de leurs droits d'accès et de rectification.");
    expect([guide.status.controller, guide.status.recipients, guide.status.rights]).not.toContain('present');
    expect(analyseNotice('Le responsable du traitement désigne la personne qui détermine les finalités et les moyens du traitement.').status.controller).not.toBe('present');
    expect(analyseNotice("• le « responsable du traitement » désigne la personne qui fixe les finalités ; pour les traitements décrits ici, il s'agit de l'association Institut Saint-Irénée, 10 place Bellecour, 69002 Lyon ;").status.controller).toBe('present');
    const asso = analyseNotice("L'association conserve des données sur ses membres pour sa gestion et sa comptabilité. Aucune n'est transmise à un tiers. Le système d'information de l'association est hébergé en France. Les sauvegardes sont gardées deux semaines. Chaque membre dispose d'un droit d'accès et de rectification auprès du bureau de l'association.");
    expect([asso.status.purposes, asso.status.recipients, asso.status.transfers, asso.status.retention, asso.status.rightsContact]).toEqual(['present', 'present', 'present', 'present', 'present']);
    expect(analyseNotice('Elles ne peuvent être consultées que par les membres du bureau.').status.recipients).toBe('present');
    expect(analyseNotice("L'Opérateur, dont le siège est 40 rue de la Lune, 75020 Paris, est co-responsable du traitement de vos données.").status.controller).toBe('present');
  });
  it('reads what a form "sert à", a deletion on a date, a wish to have data corrected, answers under "à qui" and "où" questions, and the responsible entity', () => {
    expect(analyseNotice("Le questionnaire d'inscription sert à préparer l'accueil de votre enfant.").status.purposes).toBe('present');
    expect(analyseNotice('À quoi elles servent\nCes notes ne servent qu\'à préparer le bulletin du trimestre.').status.purposes).toBe('present');
    expect(analyseNotice('Ces données ne servent à aucune fin commerciale.').status.purposes).not.toBe('present');
    expect(analyseNotice('Les demandes de stage non retenues sont supprimées le 1er juillet suivant.').status.retention).toBe('present');
    expect(analyseNotice('Cette politique a été mise à jour le 12 mars.').status.retention).not.toBe('present');
    const wish = analyseNotice('Un parent qui souhaite faire rectifier une information le demande par courriel à vie-scolaire@college-ormes.example.');
    expect([wish.status.rights, wish.status.rightsContact]).toEqual(['present', 'present']);
    expect(analyseNotice("Vous pouvez consulter vos données et en demander la correction en vous adressant au bureau de la vie scolaire.").status.rightsContact).toBe('present');
    expect(analyseNotice('Qui peut voir les résultats ?\nLes professeurs principaux et la direction.').status.recipients).toBe('present');
    expect(analyseNotice('À qui sont-elles transmises ?\nAu seul prestataire de paiement.').status.recipients).toBe('present');
    expect(analyseNotice('Où sont stockées vos données ?\nSur des serveurs situés aux Pays-Bas.').status.transfers).toBe('present');
    expect(analyseNotice('Aucune décision vous concernant n\'est prise par un traitement automatisé.').status.automatedDecisions).toBe('present');
    expect(analyseNotice('You have the right to object to decisions being taken by automated means.').status.automatedDecisions).not.toBe('present');
    const swiss = analyseNotice("L'organisme responsable du traitement de vos données est :\nFondation Plume\nAvenue de la Gare 3\n1003 Lausanne\ncontact@plume-fondation.example");
    expect(swiss.status.controller).toBe('present');
    expect(analyseNotice('La fondation Plume (ci-après « Plume », « nous ») édite le service.').status.controller).toBe('present');
  });
  it('reads the line under a label in capitals as its answer, an end "tant que" a card is held, no end when a policy decides after it, and a body that is controller or processor', () => {
    const caps = analyseNotice('RESPONSABLE DU TRAITEMENT :\nLe service Enfance de la commune de Val-Clair\n\nFINALITÉS :\nInscrire les enfants au centre de loisirs.');
    expect([caps.status.controller, caps.status.purposes]).toEqual(['present', 'present']);
    expect(analyseNotice('RESPONSABLE DU TRAITEMENT :\nDURÉE DE CONSERVATION :\nUn an.').status.controller).not.toBe('present');
    expect(analyseNotice("Les données sont conservées tant que l'enfant fréquente l'accueil périscolaire.").status.retention).toBe('present');
    expect(analyseNotice('Records are kept while the pupil is enrolled, and thereafter for as long as our retention schedule requires.').status.retention).not.toBe('present');
    expect(analyseNotice('Other processing rests on our legitimate interests in running the club.').status.legalBasis).toBe('present');
    expect(analyseNotice('Parents agree to receive reminders and may opt out of them at any time from the app.').status.withdrawal).toBe('present');
    const both = analyseNotice('Reading Buddies acts either as a data controller or as a data processor, depending on who signs up.\nQuestions: privacy@readingbuddies.example');
    expect([both.status.controller, both.status.controllerContact]).toEqual(['present', 'present']);
    expect(analyseNotice('You have the right to a copy of your data. Requests should be made in writing to the Headteacher.').status.rightsContact).toBe('present');
  });
  it('joins a word cut at the end of a line, keeps a compound\'s hyphen, and does not see soft hyphens', () => {
    expect(analyseNotice('Les données des familles sont conser-\nvées deux ans après la fin de l\'inscription.').status.retention).toBe('present');
    expect(sentencesOf('Les données sont confiées à un sous-\ntraitant établi en France.')[0]!.folded).toContain('sous-traitant');
    expect(analyseNotice('Les données sont conser\u00advées pendant un an.').status.retention).toBe('present');
  });
  it('reads a name followed by ("we"), "legal bases" headings and "we rely on", a table\'s basis cells read line by line, the school office as the contact, and a school\'s request as no right', () => {
    expect(analyseNotice('Sparkle Maths ("we") provides practice games for primary classes.').status.controller).toBe('present');
    expect(analyseNotice('Legal bases\nWe process account data under the contract and analytics under consent.').status.legalBasis).toBe('present');
    expect(analyseNotice('We rely on our legitimate interests to keep the service secure.').status.legalBasis).toBe('present');
    const cells = analyseNotice('Data\nPurpose\nLegal basis\nName\nEnrolment\nPublic task\nAllergies\nCare\nExplicit consent / vital interests');
    expect(cells.status.legalBasis).toBe('present');
    expect(analyseNotice('Purpose\nEnrolment\nPublic task').status.legalBasis).not.toBe('present');
    const office = analyseNotice('You have the right to ask for a copy of your data. For any request, please contact the school office.');
    expect(office.status.rightsContact).toBe('present');
    expect(analyseNotice('A district may request that we delete its students\' records at any time.').status.rights).not.toBe('present');
  });
  it('reads masculine participles and "renseignements", consent asked for a use and withdrawn under a consent heading, "ne communique… qu\'à", "à l\'extérieur du Québec", data given to people, a stay "while you are at" school', () => {
    expect(analyseNotice('Les dossiers sont utilisés pour organiser les stages des élèves.').status.purposes).toBe('present');
    expect(analyseNotice('Ces renseignements servent à établir les bulletins.').status.purposes).toBe('present');
    const consent = analyseNotice('Consentement\nLe consentement est demandé pour la diffusion des vidéos de la chorale.\nIl peut être retiré en tout temps auprès de la direction.');
    expect([consent.status.legalBasis, consent.status.withdrawal]).toEqual(['present', 'present']);
    expect(analyseNotice("L'école ne transmet les résultats qu'aux familles concernées.").status.recipients).toBe('present');
    expect(analyseNotice("Notre fournisseur conserve les copies de sauvegarde à l'extérieur du Canada.").status.transfers).toBe('present');
    expect(analyseNotice('We may pass information about pupils to the local authority.').status.recipients).toBe('present');
    expect(analyseNotice('The cookie is sent to the server with each request.').status.recipients).not.toBe('present');
    expect(analyseNotice('We keep your records while you are a student at the college.').status.retention).toBe('present');
    expect(analyseNotice("Vous pouvez demander l'accès à vos renseignements par écrit au secrétariat de l'école.").status.rightsContact).toBe('present');
  });
  it('reads a service that lets users reach resources as no purpose, "nous ne communiquons … aucune", the end of a campaign, the body that runs the site as the "nous", a DPD\'s mailbox, and a basis in the terms of use', () => {
    expect(analyseNotice("L'espace numérique permet aux familles d'accéder aux services de la vie scolaire et aux documents de la classe.").status.purposes).not.toBe('present');
    expect(analyseNotice('Nous ne transmettons jamais vos coordonnées à des partenaires.').status.recipients).toBe('present');
    expect(analyseNotice('Les candidatures non retenues sont supprimées à la fin de la procédure de recrutement.').status.retention).toBe('present');
    const runner = analyseNotice("L'association Lire Ensemble, qui anime le site lire-ensemble.example, vous souhaite la bienvenue.\nNous utilisons vos données pour gérer les prêts de livres.");
    expect(runner.status.controller).toBe('present');
    expect(analyseNotice("L'association Lire Ensemble, qui anime le site lire-ensemble.example, vous souhaite la bienvenue.").status.controller).not.toBe('present');
    expect(analyseNotice('Pour toute question, écrivez à dpd@lire-ensemble.example.').status.dpo).toBe('present');
    expect(analyseNotice("Ce traitement repose sur l'acceptation des conditions générales d'utilisation.").status.legalBasis).toBe('present');
  });
  it('reads a cookie table\'s rows as lifetimes, not data retentions; cookies "pour" a use; a vendor that stores the information; lifetimes in hours or until the browser closes', () => {
    const table = analyseNotice('Cookie | What it does | How long it is kept |\n_hjid | Identifies a returning visitor | 12 months |\n_hjSession | Holds the current visit | 30 minutes |\n_sess | Keeps you signed in | When the browser closes |');
    expect(table.status.retention).not.toBe('present');
    expect(table.cookieLifetimes.map((l) => [l.name, l.maxDays])).toEqual([['_hjid', 372], ['_hjSession', 1], ['_sess', 0]]);
    expect(analyseNotice('Le site dépose des cookies de session pour l\'authentification des enseignants.').status.purposes).toBe('present');
    expect(analyseNotice('Hotjar stores this information on its servers.').status.recipients).toBe('present');
    expect(analyseNotice('_gid / Distinguishes visitors / 24 hours').cookieLifetimes).toEqual([expect.objectContaining({ name: '_gid', maxDays: 1 })]);
    // A markdown row's outer pipes are no cells.
    expect(analyseNotice('| Cookie | Duration |\n|---|---|\n| consent_v2 | 365 days |\n| _ga | 2 years |').cookieLifetimes.map((l) => [l.name, l.maxDays])).toEqual([['consent_v2', 365], ['_ga', 732]]);
  });
  it('reads "Chez X, nous" as the controller with its own mailbox, a processor only where the author says it is one, and data "nécessaires pour créer un compte" as no requirement unless a consequence is said', () => {
    const chez = analyseNotice("Chez Savoirs Malins, nous protégeons votre vie privée. Nous collectons et utilisons vos informations pour faire fonctionner nos classes virtuelles.\nNos prestataires d'hébergement et d'envoi de courriels les reçoivent.\nÉcrivez-nous à vie-privee@savoirsmalins.example pour exercer vos droits d'accès et d'effacement.");
    expect([chez.status.controller, chez.status.controllerContact]).toEqual(['present', 'present']);
    const processor = analyseNotice("L'école est responsable du traitement. Savoirs Malins traite ces données pour le compte de l'établissement.\nÉcrivez à aide@savoirsmalins.example pour exercer vos droits d'accès.");
    expect(processor.status.controllerContact).not.toBe('present');
    expect(analyseNotice('Les informations nécessaires pour créer un compte sont votre nom et votre adresse.').status.required).not.toBe('present');
    expect(analyseNotice('Ces informations sont nécessaires pour créer un compte : sans elles, il ne peut être ouvert.').status.required).toBe('present');
  });
  it('reads the rounds 32 to 38 shapes: an access right to things that are not data, duties a kind of body must respect, broken accents, data sent to a provider, information held that one may see, and more', () => {
    expect(analyseNotice("Le droit d'accès aux salles informatiques est réservé aux élèves inscrits.").status.rights).not.toBe('present');
    const duties = analyseNotice('Les écoles, en tant que responsables du traitement, doivent respecter plusieurs obligations :\n- droit d\'accès : les familles doivent pouvoir consulter les données ;\n- conservation : les fiches sont conservées un an.');
    expect([duties.status.controller, duties.status.rights, duties.status.retention]).not.toContain('present');
    const broken = new TextDecoder('windows-1252').decode(new TextEncoder().encode("Les données de l'élève sont conservées jusqu'à la fin de l'année scolaire ; l'établissement est responsable du traitement. Vous disposez d'un droit d'accès."));
    expect(analyseNotice(broken).status).toMatchObject({ retention: 'present', controller: 'present', rights: 'present' });
    expect(analyseNotice('Les questions posées au tuteur sont envoyées à notre fournisseur de traduction.').status.recipients).toBe('present');
    expect(analyseNotice('Des informations qui nous sont communiquées par la mairie complètent le dossier.').status.recipients).not.toBe('present');
    const see = analyseNotice('If you would like to see the information we hold about your child, contact the school office.');
    expect([see.status.rights, see.status.rightsContact]).toEqual(['present', 'present']);
    expect(analyseNotice('They must not be used for other purposes than the enrolment.').status.purposes).not.toBe('present');
    expect(analyseNotice('Les adhésions sont conservées jusqu\'à la résiliation de la cotisation.').status.retention).toBe('present');
    expect(analyseNotice('Sauvegardes : conservées pour la durée opérationnelle prévue.').status.retention).not.toBe('present');
    expect(analyseNotice('Tous les champs sont nécessaires, sauf les champs signalés comme facultatifs.').status.required).toBe('present');
    expect(analyseNotice('The tracking data are kept on servers located in the United States.').status.transfers).toBe('present');
    expect(analyseNotice('Harbour Primary School collects and holds information about pupils.').status.controller).toBe('present');
    expect(analyseNotice('The school collects and holds information about pupils.').status.controller).not.toBe('present');
  });
  it('repairs accents broken by a Windows code page, and leaves a text that only looks like one alone', () => {
    const fr = 'Les données de l\u2019élève sont conservées à la fin de l\u2019année « scolaire » — voilà.';
    const bytes = new TextEncoder().encode(fr);
    expect(repairMojibake(new TextDecoder('windows-1252').decode(bytes))).toBe(fr);
    expect(repairMojibake(new TextDecoder('windows-1250').decode(bytes))).toBe(fr);
    expect(repairMojibake(fr)).toBe(fr);
    // Two broken runs are not enough to touch a text (a name written in those code pages on purpose).
    expect(repairMojibake('Ã© and Ã¨ only')).toBe('Ã© and Ã¨ only');
  });
  it('reads the rounds 39 to 44 shapes: guides on what a site must show, clubs named with their short form, charters titled for a body, consequences of not giving data, explicit consent, announcements of what a notice explains', () => {
    const guide = analyseNotice('Le RGPD a ajouté de nouvelles mentions :\n- les destinataires des données ;\n- la base juridique du traitement ;\n- le droit d\'introduire une réclamation auprès de la CNIL.');
    expect([guide.status.recipients, guide.status.legalBasis, guide.status.cnilComplaint]).not.toContain('present');
    expect(analyseNotice('We have not appointed a Data Protection Officer, as we are not required to.').status.required).not.toBe('present');
    const club = analyseNotice('Kingsmead Netball Club ("the Club") is committed to protecting the privacy of its members. This notice explains how we collect, use and store personal data.\nTo change your details, write to secretary@kingsmeadnetball.example.');
    expect([club.status.controller, club.status.controllerContact]).toEqual(['present', 'present']);
    expect(analyseNotice('If you do not provide it, we will not be able to register your child for the season.').status.required).toBe('present');
    expect(analyseNotice('We hold health information with your explicit consent.').status.legalBasis).toBe('present');
    expect(analyseNotice('This policy explains who we share your data with and why.').status.recipients).not.toBe('present');
    const charter = analyseNotice('Charte de confidentialité du centre de vacances Les Mélèzes\nNous recueillons vos données pour organiser les séjours de vos enfants.');
    expect(charter.status.controller).toBe('present');
    expect(analyseNotice("Les fiches d'inscription servent uniquement à l'organisation de la sortie.").status.purposes).toBe('present');
    expect(analyseNotice("Le responsable peut être contacté à l'adresse contact@exemple-ecole.example.").status.controllerContact).not.toBe('present');
  });
  it('reads the rounds 45 to 48 shapes: a named organisation that processes the data, what a section describes, numbered purposes after "font l\'objet de traitements", a required-field legend, ends in English, contract steps, plain contacts', () => {
    expect(analyseNotice('Riverside Learning Trust (the Trust) collects and processes personal data about applicants.').status.controller).toBe('present');
    expect(analyseNotice('The school collects and processes personal data about applicants.').status.controller).not.toBe('present');
    expect(analyseNotice('This section describes how we collect and share information from children.').status.purposes).not.toBe('present');
    expect(analyseNotice("Vos données font l'objet de traitements par la société Examia, (i) pour gérer votre inscription, (ii) pour publier vos résultats.").status.purposes).toBe('present');
    expect(analyseNotice('Nom\nPrénom\n* Champ requis').status.required).toBe('present');
    expect(analyseNotice('Unsuccessful applications are deleted at the end of the following March.').status.retention).toBe('present');
    expect(analyseNotice('We use your application to shortlist candidates and to take steps to enter into a contract.').status.legalBasis).toBe('present');
    const plain = analyseNotice('You have the right to see the information we hold about you. Please contact me on 07700 900456.');
    expect(plain.status.rightsContact).toBe('present');
    expect(analyseNotice('- Contract: to run the lessons you book.').status.purposes).toBe('present');
  });
  it('reads the rounds 49 to 51 shapes: a processing created at a ministry, a named school that processes data, a template\'s contact card, ends on a date or when a child leaves, duties to hold data, account pages, sub-processors', () => {
    const card = analyseNotice('Our contact details\nName: Little Herons holiday club\nEmail address:\n\nWe collect your phone number to reach you.');
    expect([card.status.controller, card.status.controllerContact]).toEqual(['present', 'absent']);
    const portal = analyseNotice('Depuis votre espace famille, vous pouvez consulter, rectifier et supprimer vos données.');
    expect([portal.status.rights, portal.status.rightsContact]).toEqual(['present', 'present']);
    const blocks = analyseNotice("3.2 Statistiques d'usage\n▪ Données : pages vues, durée des sessions.\n▪ Durée de conservation : 13 mois.");
    expect(blocks.retentions.map((r) => r.category)).toEqual(['audience']);
    expect(blocks.declaredAudienceRetentionMonths).toBe(13);
  });
  it('reads the rounds 52 to 54 shapes: "Controller:" and a name, a booking system as "our" processor, duties to share, the law that requires the data, data needed for a use, consent asked for images, answers changed at any time, contents lists', () => {
    const club = analyseNotice('Pebble Club Ltd is the Data Controller. Bookings are held on Clubly, which acts as our Data Processor.\nYou have the right to see your data and to have it corrected. To make any of these requests, email hello@pebbleclub.example.');
    expect(club.status.controllerContact).toBe('present');
    const contents = analyseNotice('Our privacy notice tells you:\n1. Who we are.\n2. Who can see the data we hold.\n3. Your rights.');
    expect([contents.status.rights, contents.status.recipients]).not.toContain('present');
  });
  it('reads the rounds 55 to 58 shapes: a named body that needs or records data, data needed for a use, the only recipient named, consent asked and withdrawn, a mailing list opted into, the old data protection correspondent, rights at an office', () => {
    const studio = analyseNotice('Move Studio needs the following information when you register with us:\n- your name\n- your date of birth');
    expect([studio.status.controller, studio.status.required]).toEqual(['present', 'present']);
    const consent = analyseNotice('Nous demandons votre consentement à la collecte de vos renseignements. Vous pouvez retirer ce consentement en tout temps.');
    expect([consent.status.legalBasis, consent.status.withdrawal]).toEqual(['present', 'present']);
    const list = analyseNotice('Only those who opted in are emailed. Unsubscribing removes you from the list.');
    expect([list.status.legalBasis, list.status.withdrawal]).toEqual(['present', 'present']);
    const office = analyseNotice('Chaque membre peut consulter et faire corriger ses données auprès du secrétariat du club.');
    expect([office.status.rights, office.status.rightsContact]).toEqual(['present', 'present']);
    expect(analyseNotice("If you want your child's data removed from our systems, email office@pianoschool.example.").rights).toEqual(['erasure']);
  });
  it('reads the rounds 59 to 62 shapes: advice in the imperative or as a duty, registration numbers, a group that takes privacy seriously, legitimate interests with their aim, a mailbox at the domain of the name a controller sentence opens on', () => {
    const advice = analyseNotice("Conservez les formulaires signés le temps de l'utilisation des photos, puis détruisez-les. La commune doit donc respecter la loi : elle recueille le consentement écrit des parents et les informe de leur droit de retirer ce consentement.");
    expect([advice.status.retention, advice.status.withdrawal, advice.status.controller]).not.toContain('present');
    const charity = analyseNotice('Who we are\nWe are a registered charity in England and Wales, number 300000.');
    expect(charity.status.controllerContact).not.toBe('present');
    const group = analyseNotice('Kestrel Green Scout Group takes privacy very seriously. We collect the personal information needed for membership. The information is collected for the legitimate interests of the Group: providing the activities your child has chosen.');
    expect([group.status.controller, group.status.legalBasis, group.status.legitimateInterests]).toEqual(['present', 'present', 'present']);
    const summary = analyseNotice('You can always ask us what information we have about you, or ask us to change it if it is wrong.');
    expect(summary.rights).toEqual(['access', 'rectification']);
    const school = analyseNotice('Who we are\nAshgrove Preparatory School is a registered charity (number 291744).\n\nRequests\nThe Bursar deals with requests about this policy: bursar@ashgroveprep.example.');
    expect(school.status.controllerContact).toBe('present');
  });
  it('reads the rounds 63 to 66 shapes: the regulator generator\'s notices (a title naming the business, a contents list, "Contact details", middle-dot lists), uses per basis, data handed to someone, a consent box, what happens without the data', () => {
    const generated = analyseNotice('The Tutor Room customer privacy notice\n\nThis privacy notice tells you what to expect us to do with your personal information.\n\n·   Contact details\n·   Who we share information with\n·   How to complain\n\nContact details\n\nEmail\n\nhello@thetutorroom.example\n\nWe collect or use the following information for student education and welfare:\n·   Names and contact details for students\n·   Date of birth');
    expect([generated.status.controller, generated.status.controllerContact, generated.status.purposes, generated.status.recipients]).toEqual(['present', 'present', 'present', 'absent']);
  });
  it('reads the rounds 67 to 69 shapes: a controller named on the line under "is:", a named council with its short form, a childminder naming herself, the six bases recited, permissions withdrawn and objections by parents, a host in the EU in brackets', () => {
    const coop = analyseNotice('1.- PROCESSING OF YOUR PERSONAL DATA\n\nThe controller of your personal data is:\n\nArbolito Montessori S. Coop., registered office Calle Olivo 12, 41930 Bormujos. You can contact us by email: direccion@arbolito.example\n\nYou may complain to the Spanish Data Protection Agency.');
    expect([coop.status.controller, coop.status.controllerContact, coop.status.cnilComplaint]).toEqual(['present', 'present', 'present']);
    const slip = analyseNotice('The permission lasts until the next school year, unless a parent withdraws it in writing. Parents may ask for their child to be left out of trip photographs.');
    expect([slip.status.withdrawal, slip.rights]).toEqual(['present', ['opposition']]);
  });
  it('reads the rounds 92 and 93 shapes: a name the data are "collected by:" on the next line with its address below, "À l\'X, nous" in a notice that processes data, and a body that acts as its customer\'s processor', () => {
    const charter = analyseNotice('IDENTITY OF THE PROCESSOR\n\nThe data are collected by:\nStiftelsen Lycée Français de Malmö\nOrganisation number: 802000-0000\nKungsgatan 10, 211 49 Malmö\n\nRIGHTS OF USERS\n\nEach user has the right of access and rectification. Requests are sent to the school office.');
    expect([charter.status.controller, charter.status.controllerContact, charter.status.rightsContact]).toEqual(['present', 'present', 'present']);
    expect(charter.excerpts.controller).toMatch(/collected by: Stiftelsen Lycée Français de Malmö/);
    const at = analyseNotice("À l'École internationale de Surabaya (EIS), nous prenons votre vie privée très au sérieux. Nous recueillons des informations sur les parents et les élèves lors de la candidature.\n\nVous pouvez demander à consulter les informations que nous détenons en écrivant à privacy@eis-surabaya.example.");
    expect([at.status.controller, at.status.controllerContact]).toEqual(['present', 'present']);
    const brand = analyseNotice('Chez ChantAnglais, nous voulons que vous et votre enfant passiez un moment merveilleux en classe.');
    expect(brand.status.controller).not.toBe('present');
    const processor = analyseNotice('Student data are managed by the school, which is the data controller; ClassBridge acts as its data processor. Schools can ask for export or deletion by writing to support@classbridge.example.');
    expect(processor.status.controllerContact).not.toBe('present');
  });
  it('reads the rounds 94 to 96 shapes: markup a script left at the start of a line, a short form a notice defines ("le « Cégep »"), and the address in the sentence that names joint controllers', () => {
    const accordion = analyseNotice('$refs.accordion1.scrollIntoView())) : selected = null" class="relative p-5 w-full"> Who receives your data?\nOnly the admissions office and the communication team, and our website host.');
    expect(accordion.status.recipients).toBe('present');
    expect(accordion.excerpts.recipients).toBe('Only the admissions office and the communication team, and our website host.');
    const cegep = analyseNotice("Politique de confidentialité\n\nLa Politique du cégep de Val-des-Pins (le « Cégep ») vise à protéger les renseignements personnels fournis sur le site.\n\n1. Objectif\n\nLa Politique informe les utilisateurs des règles appliquées.\n\n2. Renseignements recueillis\n\nLe Cégep recueille les renseignements que vous fournissez dans les formulaires afin de répondre à vos demandes.");
    expect(cegep.status.controller).toBe('present');
    expect(cegep.excerpts.controller).toMatch(/^Le Cégep recueille/);
    const provider = analyseNotice('This agreement is entered into by the district and EnrollBright, Inc. ("Provider").\n\nThe Provider will use Student Data only for the Services.');
    expect(provider.status.controller).not.toBe('present');
    const joint = analyseNotice("I. Responsables et contact\n\nLes responsables au sens de l'article 4 du RGPD sont :\n\nL'Office binational pour la jeunesse\n- 8 rue Jean-Jaurès, 67000 Strasbourg, tél. : 03 88 00 00 00\n(ci-après « OBJ »)\n\nen responsabilité conjointe avec :\n\nLe Centre culturel de Leipzig\nKarl-Heine-Straße 12\n04229 Leipzig");
    expect([joint.status.controller, joint.status.controllerContact]).toEqual(['present', 'present']);
  });
  it('reads the rounds 97 to 100 shapes: "the College" further on for a body named with its kind, a line leading into a list under a "why" heading is no purposes sub-heading, and "("St Andrew\'s" / "the School" / "we")"', () => {
    const college = analyseNotice('Protection of Personal Information\n\nParkwood College is committed to protecting the privacy of personal information.\n\nThis policy covers all information the College collects to run the school.');
    expect(college.status.controller).toBe('present');
    expect(college.excerpts.controller).toMatch(/the College collects/);
    const kindOnly = analyseNotice('Privacy\n\nThe College is committed to privacy.\n\nThis policy covers all information the College collects to run the school.');
    expect(kindOnly.status.controller).not.toBe('present');
    const lead = analyseNotice('Why schools are responsible parties\n\nFor most schools the data subjects include:\n- learners\n- parents');
    expect(lead.status.purposes).not.toBe('present');
    const slashes = analyseNotice('This notice is part of the compliance framework of St Andrew\'s Diocesan College ("St Andrew\'s" / "the School" / "we" / "us").');
    expect(slashes.status.controller).toBe('present');
  });
});

/** One sentence, one item: the readings the passes after rounds 49 to 73 added, and the near misses they must leave alone. */
const ONE_SENTENCE_READINGS: [rounds: string, text: string, item: NoticeItem, present: boolean][] = [
  ['49 to 51', "Il est créé au ministère chargé de l'agriculture un traitement de données dénommé « Inscriptions ».", 'controller', true],
  ['49 to 51', 'Cette page décrit la manière dont le collège Jean Moulin de Lyon traite les données de ses élèves.', 'controller', true],
  ['49 to 51', 'Under the law, you have a right to know how our school uses personal data about you.', 'controller', false],
  ['49 to 51', 'At Meadow Kids Club we respect your privacy. The information we collect is used to care for your child.', 'controller', true],
  ['49 to 51', "Les candidatures sont conservées jusqu'au 30 septembre de l'année du concours.", 'retention', true],
  ['49 to 51', 'Records we no longer need are destroyed once your child has stopped attending.', 'retention', true],
  ['49 to 51', 'We must hold these records to meet the early years statutory framework.', 'legalBasis', true],
  ['49 to 51', 'We cannot look after your child without enough information about their health.', 'required', true],
  ['49 to 51', 'To register, we need to collect your address.', 'required', false],
  ['49 to 51', "L'éditeur peut faire appel à des sous-traitants pour l'hébergement des données.", 'recipients', true],
  ['52 to 54', 'Data Controller: Simon Marsh', 'controller', true],
  ['52 to 54', '- Controller: the entity that determines the purposes and means of the processing.', 'controller', false],
  ['52 to 54', 'We share your details only if we are required to by law enforcement agencies.', 'required', false],
  ['52 to 54', 'We collect dates of birth, which the law requires us to obtain.', 'required', true],
  ['52 to 54', "Sans ces renseignements, l'inscription ne peut être prise en compte.", 'required', true],
  ['52 to 54', "Les informations du dossier sont nécessaires à l'accueil de l'enfant.", 'purposes', true],
  ['52 to 54', "Elles sont destinées au service des sports et aux éducateurs.", 'recipients', true],
  ['52 to 54', 'Les données sont traitées par la Ville de Montclar.', 'controller', true],
  ['52 to 54', 'The data we collect include:\n- your date of birth (or your child\'s, for junior members)', 'purposes', false],
  ['52 to 54', 'On admission the school asks parents whether photographs may be used on its website.', 'legalBasis', true],
  ['52 to 54', 'That answer can be changed at any time by telling the office.', 'withdrawal', true],
  ['52 to 54', 'Parents may withdraw their permission at any time.', 'withdrawal', true],
  ['52 to 54', "Vous pouvez changer votre identifiant d'accès sur le portail famille.", 'rightsContact', false],
  ['52 to 54', "Vous pouvez accéder à vos données et les faire rectifier depuis l'Espace Famille.", 'rightsContact', true],
  ['55 to 58', 'This policy explains how Harmonia collects and uses personal data.', 'controller', true],
  ['55 to 58', 'This policy explains how we collect and use personal data.', 'controller', false],
  ['55 to 58', 'These data are needed for us to run the school\'s activities.', 'purposes', true],
  ['55 to 58', "Le club enregistre les données des membres pour gérer les affiliations.", 'purposes', true],
  ['55 to 58', 'Nous utilisons ce site pour présenter notre activité.', 'purposes', false],
  ['55 to 58', 'Les traitements peuvent avoir pour finalités le suivi des jeunes accueillis.', 'purposes', false],
  ['55 to 58', 'I never give your details to anyone else, except the exam board when you sit an exam.', 'recipients', true],
  ['55 to 58', 'Email addresses are held by our mailing-list provider.', 'recipients', true],
  ['55 to 58', 'An email address is useful but not essential.', 'required', true],
  ['55 to 58', 'Une tenue de bain est obligatoire pour accéder au bassin.', 'required', false],
  ['55 to 58', 'Pour ses activités, la Caisse a désigné un correspondant informatique et libertés : cil@caisse.example.', 'dpo', true],
  ['59 to 62', 'As a small charity we are not required to have a data protection officer.', 'required', false],
  ['59 to 62', 'We (1st Ashby Scout Group) collect information about you.', 'controller', true],
  ['59 to 62', 'Schools can ask for export or deletion by writing to support@classbridge.example.', 'rights', false],
  ['59 to 62', 'Data are hosted on cloud infrastructure in the European Union.', 'transfers', true],
  ['59 to 62', 'You can disconnect your account at any time, which withdraws your consent.', 'withdrawal', true],
  ['59 to 62', "Il est créé, par le ministre chargé de l'éducation nationale, un traitement dénommé « Orientation ».", 'controller', true],
  ['63 to 66', 'Our customer privacy notice', 'controller', false],
  ['63 to 66', 'This notice sets out how Fenwick Tuition, as the data controller, collects and uses your information.', 'controller', true],
  ['63 to 66', '- To meet our legitimate interest in enrolling your child in tutoring.', 'legalBasis', true],
  ['63 to 66', 'You are not required to pay any charge for exercising your rights.', 'required', false],
  ['63 to 66', 'Public task – we have to collect or use your information to carry out a task laid down in law.', 'required', false],
  ['63 to 66', 'All your data protection rights may apply, except the right to portability.', 'rights', false],
  ['63 to 66', "Si vous ne souhaitiez pas nous transmettre les informations dont nous avons besoin, nous ne serions pas en mesure de vous fournir le séjour.", 'required', true],
  ['63 to 66', "La fiche sanitaire est remise à l'assistant sanitaire du séjour et détruite au retour.", 'recipients', true],
  ['63 to 66', "La fiche sanitaire est détruite au retour.", 'retention', true],
  ['63 to 66', 'Les entreprises de transport reçoivent les données nécessaires à chaque course.', 'recipients', true],
  ['63 to 66', "La gestion du service suppose un traitement de données sous la responsabilité de l'Administration des transports.", 'controller', true],
  ['63 to 66', 'Vous avez le droit de savoir comment nous (Horizons Scolaires, « HS ») utilisons vos informations.', 'controller', true],
  ['63 to 66', "☐ J'autorise la publication de photos où mon enfant apparaît.", 'legalBasis', true],
  ['63 to 66', 'Vous pouvez exercer vos droits d\'accès et de rectification auprès de votre école.', 'rightsContact', false],
  ['63 to 66', "Vous pouvez accéder à vos données ou les faire effacer en vous adressant à l'Instructeur de votre centre.", 'rightsContact', true],
  ['67 to 69', 'This notice sets out how Northfield Borough Council (the Council) uses information about children.', 'controller', true],
  ['67 to 69', 'This notice sets out how the school uses information about children.', 'controller', false],
  ['67 to 69', 'I (Mrs Joan Hartley) will collect the information at our first meeting.', 'controller', true],
  ['67 to 69', 'Parents or guardians give consent before any photograph is taken.', 'legalBasis', true],
  ['67 to 69', 'Vos données sont transmises à notre hébergeur (Union européenne).', 'transfers', true],
  ['67 to 69', 'Settings are required to pass some of this data to the Council.', 'required', false],
  ['67 to 69', 'How will your information be used?\nTo pay settings for funded places, to plan enough childcare and to produce statistics.', 'purposes', true],
  ['67 to 69', 'We share information with local partner agencies where there is a safeguarding concern.', 'recipients', true],
  ['70 to 73', "Les informations recueillies lors de l'admission font l'objet d'un traitement par la commune de Valbois pour la gestion de l'accueil.", 'controller', true],
  ['70 to 73', "Les familles disposent d'un droit d'accès et de rectification auprès de la directrice.", 'rightsContact', true],
  ['70 to 73', "Avec l'accord des familles, la commune consulte leurs ressources sur le service de la caisse d'allocations familiales.", 'legalBasis', true],
  ['70 to 73', "Les familles autorisent l'association à consulter leur quotient familial.", 'legalBasis', true],
  ['70 to 73', "Elles sont communiquées à la caisse d'allocations familiales sous forme statistique.", 'recipients', false],
  ['70 to 73', "Aucune information personnelle n'est transmise à un tiers, sauf obligation légale.", 'recipients', false],
  ['70 to 73', 'The purpose of processing these data is to help Northbrook Council to establish effective governance.', 'controller', true],
  ['70 to 73', 'We process this personal data under public task.', 'legalBasis', true],
  ['70 to 73', 'We collect personal data to meet the legal requirements and legitimate interests set out in data protection law.', 'legitimateInterests', false],
  ['70 to 73', 'We give information about our governors to the Secretary of State, as the Education Act requires.', 'recipients', true],
  ['70 to 73', 'This notice tells parents how we collect, use and disclose personal information from children.', 'recipients', false],
  ['70 to 73', "Ces informations sont nécessaires à l'admission de l'enfant.", 'required', true],
  ['70 to 73', 'A parent may revoke consent at any time.', 'withdrawal', true],
  ['70 to 73', 'To enable our governors to carry out their official functions, we use personal information such as their names.', 'purposes', true],
  ['70 to 73', 'Elles doivent informer leurs adhérents de la finalité des traitements et de leur base légale.', 'purposes', false],
  ['70 to 73', 'Elles doivent informer leurs adhérents de la finalité des traitements et de leur base légale.', 'legalBasis', false],
  ['78 to 81', "Mobilis peut intervenir comme sous-traitante de la société Transports du Val, qui est alors le responsable de traitement.", 'controller', true],
  ['78 to 81', 'Octave Éducation est une société par actions simplifiée dont le siège est à Caen (« Octave », « Classeo » ou « nous »).', 'controller', true],
  ['78 to 81', 'Les données recueillies sont traitées par Savoirs Pro pour gérer votre compte et vos formations.', 'controller', true],
  ['78 to 81', 'Les données recueillies sont traitées par notre prestataire pour gérer votre compte.', 'controller', false],
  ['78 to 81', 'Harbour Lane Academy therefore wishes to use information about your child as part of a recognition system.', 'controller', true],
  ['78 to 81', 'The person responsible for processing the personal data is Cardinal Conseil, represented by its manager.', 'controller', true],
  ['78 to 81', 'It will be shared with other departments of the county council to provide and plan services.', 'recipients', true],
  ['78 to 81', 'All personal data are stored by NordHost in its data centre in Toulouse.', 'recipients', false],
  ['78 to 81', 'Les informations recueillies sur ce site sont réservées à un usage interne.', 'recipients', true],
  ['78 to 81', 'Elles ne seront ni vendues, ni cédées, ni louées à des tiers.', 'recipients', false],
  ["78 to 81", "Dans l'éventualité où l'utilisateur fournirait des données sensibles, il est obligatoire d'obtenir son consentement avant de les collecter.", 'legalBasis', false],
  ['78 to 81', "Les réponses sont envoyées à l'API d'un fournisseur de modèles de langage établi aux États-Unis.", 'transfers', true],
  ['78 to 81', "Les données scolaires sont entièrement traitées sur l'appareil de l'utilisateur.", 'transfers', true],
  ['78 to 81', 'Un cookie est un petit fichier texte que votre navigateur enregistre sur votre terminal.', 'transfers', false],
  ['78 to 81', 'The biometric data are deleted within a month of the student leaving the school.', 'retention', true],
  ['78 to 81', 'Les règles qui suivent disent comment mettre à jour vos informations ou les effacer.', 'retention', false],
  ['78 to 81', 'When your child leaves the Academy, their biometric information will be securely deleted.', 'retention', true],
  ['78 to 81', "Les données enregistrées sur l'appareil y restent jusqu'à ce que l'utilisateur les supprime.", 'retention', true],
  ['78 to 81', 'We must obtain the written consent of at least one parent before we can use a child\'s biometric information.', 'legalBasis', true],
  // (Read as a basis since pass 68, as passes 50 and 55 read a parent's consent required for children: 337 relabelled.)
  ['78 to 81', "Children under 13 need a parent's consent before using StudyBuddy.", 'legalBasis', true],
  ['78 to 81', 'The schools rely on legitimate interests for many of the ways in which they use information.', 'legalBasis', true],
  ['78 to 81', 'Where the school relies on consent, it collects it from parents.', 'legalBasis', false],
  ['78 to 81', 'This means the processing is necessary for legitimate interests, except where it would be unfair to you.', 'legitimateInterests', false],
  ['78 to 81', 'If you do not consent, your child will be given a card to use instead.', 'required', true],
  ['78 to 81', 'However, some of the data collected in schools is not optional.', 'required', true],
  ['78 to 81', 'Les données signalées par un astérisque dans les formulaires sont obligatoires : sans elles, nous ne pouvons pas enregistrer votre réservation.', 'required', true],
  ['78 to 81', "Aucune décision vous concernant n'est prise de façon entièrement automatisée : les notes sont données par vos professeurs.", 'automatedDecisions', true],
  ['78 to 81', 'Vous pouvez déposer plainte auprès de votre autorité de protection des données.', 'cnilComplaint', true],
  ['78 to 81', 'You have the right of access. To exercise it, write to Scolaria, 18 rue de la Paix, 75002 Paris.', 'rightsContact', true],
  ['78 to 81', 'Telephone calls may be recorded for training and monitoring.', 'purposes', true],
  ['78 to 81', 'Elles serviront aux statistiques de nos formations.', 'purposes', true],
  ['78 to 81', "Selon l'arrêté du 30 novembre 2006, les ENT ont pour objet de mettre des contenus à la disposition des élèves.", 'purposes', false],
  ['78 to 81', 'Les ENT ont pour objet de mettre des contenus pédagogiques à la disposition des élèves.', 'purposes', true],
  ['78 to 81', 'Le Propriétaire peut traiter les données si l\'une des conditions suivantes s\'applique : les utilisateurs ont donné leur consentement.', 'legalBasis', false],
  ['82 to 86', "Les informations recueillies sur le dossier d'inscription font l'objet d'un traitement informatique par l'établissement.", 'controller', true],
  ['82 to 86', 'La présente politique décrit comment DIS-MOI THALÈS recueille et utilise vos informations.', 'controller', true],
  ['82 to 86', 'Cette politique explique comment notre plateforme de formation recueille des informations techniques.', 'controller', false],
  ['82 to 86', 'The University College collects information about all its staff and students for administration.', 'controller', false],
  ['82 to 86', 'Les données personnelles recueillies se limitent aux journaux d\'accès aux serveurs, nécessaires au bon fonctionnement des services.', 'purposes', true],
  ['82 to 86', 'Nous gardons votre courriel pour vous solliciter lors de futures enquêtes.', 'purposes', true],
  ['82 to 86', 'We keep and use your application to produce statistics and research on higher education.', 'purposes', true],
  ['82 to 86', 'We do not sell, share or trade your data with any third party.', 'recipients', true],
  ['82 to 86', 'Certaines données sont transmises, selon le cas, au rectorat et à l\'organisme de restauration.', 'recipients', true],
  ['82 to 86', 'We will send information from this form to the Higher Education Statistics Office.', 'recipients', true],
  ['82 to 86', 'The information in an application form will normally be confidential between the applicant, the admissions service and the referee.', 'recipients', true],
  ['82 to 86', 'Les dossiers numériques sont sur un serveur dont l\'accès est réservé à la direction.', 'recipients', true],
  ['82 to 86', "L'accès à l'ENT est réservé aux élèves de l'établissement.", 'recipients', false],
  ['82 to 86', 'Les serveurs de l\'association sont hébergés chez OVH, à Roubaix.', 'recipients', false],
  ['82 to 86', "Les données restent sur la tablette de la classe : l'application n'envoie rien sur Internet.", 'transfers', true],
  ['82 to 86', 'By applying, the applicant consents to the processing of personal data by the University.', 'legalBasis', true],
  ['82 to 86', 'We rely on taking steps at your request before entering into a contract with you.', 'legalBasis', true],
  ['82 to 86', 'This analysis is a task the University carries out in the public interest.', 'legalBasis', true],
  ['82 to 86', 'Requests should be made in writing to the Data Protection Officer, Legal Services, University of Midshire, Midshire M15 2TT.', 'dpo', true],
  ['82 to 86', "If you no longer want advice from us, click the 'unsubscribe' link in the emails we send you.", 'withdrawal', true],
  ['82 to 86', 'Pour l\'exercer, contactez le secrétariat de l\'école : secretariat@lescedres.example. Vous disposez d\'un droit d\'accès.', 'rightsContact', true],
  ['82 to 86', 'Le club doit informer les licenciés. Vous devez les informer des droits qu\'ils peuvent exercer : un droit d\'accès et un droit de rectification.', 'rights', false],
  ['87 to 91', "The Board of Management of St. Brigid's N.S. holds student records to enrol students and to manage their schooling.", 'controller', true],
  ['87 to 91', "The Board of Management of St. Brigid's N.S. holds student records to enrol students and to manage their schooling.", 'purposes', true],
  ['87 to 91', 'Keep it only for one or more specified and lawful purposes: the school will inform individuals of the uses to which their data will be put.', 'purposes', false],
  ['87 to 91', 'The purpose of this Data Protection Policy is to support the school in meeting its responsibilities.', 'purposes', false],
  ['87 to 91', 'It clarifies what data is collected, why, for how long it will be kept and with whom it will be shared.', 'purposes', false],
  ['87 to 91', 'We hold information about you and your child to comply with the early years framework.', 'purposes', true],
  ['87 to 91', 'Only the Principal, the deputy principal and the class teacher have access.', 'recipients', true],
  ['87 to 91', "Information is not shared without parents' permission unless there is a safeguarding concern.", 'recipients', true],
  ['87 to 91', 'Elles ne seront jamais communiquées à des tiers.', 'recipients', true],
  ['87 to 91', 'The legal basis for sharing the contact details of a case with the public health authority is a legal obligation.', 'recipients', true],
  ['87 to 91', 'Sharing personal information with third parties', 'recipients', false],
  ['87 to 91', 'The Provider shall delete Student Data within sixty (60) days of the end of the Service Agreement.', 'retention', true],
  ['87 to 91', 'Elles sont conservées pendant l\'année scolaire en cours.', 'retention', true],
  ['87 to 91', 'Parents and students may make a subject access request in writing to the Chairperson of the Board of Management, Holy Cross School, Ballyhale, Co. Kilkenny.', 'rightsContact', true],
  ['87 to 91', 'You have the right of access. Please speak to Lucy Hale, the setting\'s manager.', 'rightsContact', true],
  ['87 to 91', 'Parents have the right to ask for personal data to be destroyed or deleted once they have left the setting.', 'rights', true],
  ['87 to 91', 'Les informations recueillies dans ce dossier sont nécessaires à l\'inscription de votre enfant.', 'required', true],
  ['87 to 91', 'Les technologies de suivi que nous utilisons enregistrent de petites quantités d\'informations sur votre appareil.', 'cookies', true],
  ['92 to 93', "The Lycée Français de Cologne (its management, its administration and its board) collects and may use pupils' personal data to enrol and teach them.", 'controller', true],
  ['92 to 93', "Elle décrit les informations que l'École américaine de Lyon peut recueillir à votre sujet quand vous visitez notre site.", 'controller', true],
  ['92 to 93', "Pour vous accompagner, la section française de l'OFCJ a besoin de recueillir certaines données.", 'controller', true],
  ['92 to 93', "Pour vous accompagner, la section française de l'OFCJ a besoin de recueillir certaines données.", 'required', true],
  ['92 to 93', 'The School collects personal data about pupils and parents.', 'controller', false],
  ['92 to 93', "L'Application recueille les données que vous saisissez vous-même.", 'controller', false],
  ['92 to 93', 'Developmental records, including observations and progress summaries.', 'controller', false],
  ['92 to 93', 'The Department for Education collects personal data from schools through the census.', 'controller', false],
  ['92 to 93', 'As a publisher of education solutions, Cosmoline processes personal data at the request of its customers.', 'controller', false],
  ['92 to 93', "Le Centre, en la personne de son président, agissant en qualité de contrôleur, s'engage à protéger la vie privée des jeunes.", 'controller', true],
  ['92 to 93', 'Le traitement repose sur le consentement écrit des parents, qu\'ils peuvent retirer à tout moment.', 'withdrawal', true],
  ['92 to 93', 'La collecte est limitée aux données nécessaires à la création de votre compte enseignant.', 'purposes', true],
  ['92 to 93', 'Les clubs ne doivent recueillir que les informations strictement nécessaires à l\'inscription.', 'purposes', false],
  ['92 to 93', '• Rectification (Article 16 GDPR): changes to the contact details used for text messages should be sent to sms@school.example.', 'purposes', false],
  ['92 to 93', '• Rectification (Article 16 GDPR): changes to the contact details used for text messages should be sent to sms@school.example.', 'recipients', false],
  ['92 to 93', 'Il se peut que nous communiquions certaines de ces données à des tiers tels que des assureurs.', 'recipients', true],
  ['92 to 93', 'Nous partageons certaines informations avec les prestataires qui hébergent nos logiciels, dont certains sont situés hors d\'Indonésie.', 'transfers', true],
  ['92 to 93', 'Some of these providers may be located outside Malaysia.', 'transfers', true],
  ['92 to 93', 'Paper records are stored outside the classroom in a locked cupboard.', 'transfers', false],
  ['92 to 93', 'The school keeps personal data only as long as the purposes above or the law require.', 'retention', false],
  ['92 to 93', 'Vous pouvez demander à consulter ou à corriger les informations que nous détenons sur vous en écrivant à privacy@eis.example.', 'rights', true],
  ['92 to 93', 'Vous pouvez demander à consulter ou à corriger les informations que nous détenons sur vous en écrivant à privacy@eis.example.', 'rightsContact', true],
  ['92 to 93', 'You may ask to see the personal data we hold about you and have it corrected by writing to the data protection coordinator, 4 Mill Road, or dp@school.example.', 'rightsContact', true],
  ['92 to 93', 'You have the right of access. Requests are sent to the school office, which answers within one month.', 'rightsContact', true],
  ['94 to 96', 'Le site utilise des témoins pour mesurer sa fréquentation. Les témoins de mesure sont conservés treize mois.', 'cookies', true],
  ['94 to 96', 'Les témoins de mesure sont conservés treize mois.', 'retention', false],
  ['94 to 96', 'Les témoins de la scène ont été entendus par la direction.', 'cookies', false],
  ['94 to 96', "Lorsque la personne exerce son droit d'accès, la LPD énumère les informations qui doivent lui être communiquées : l'identité du responsable du traitement et l'existence d'une décision individuelle automatisée.", 'controller', false],
  ['94 to 96', "Lorsque la personne exerce son droit d'accès, la LPD énumère les informations qui doivent lui être communiquées : l'identité du responsable du traitement et l'existence d'une décision individuelle automatisée.", 'automatedDecisions', false],
  ['94 to 96', 'Ce droit permet à chacun de garder la maîtrise des données recueillies à son sujet.', 'purposes', false],
  ['94 to 96', "Nous préparons les réponses avec des spécialistes et les publions ici pour qu'elles servent à tous.", 'purposes', false],
  ['94 to 96', 'Elle vise à encadrer le travail du personnel qui a accès à ces renseignements.', 'recipients', false],
  ['94 to 96', 'Elle précise aussi le rôle de la personne responsable de la protection des renseignements personnels au Cégep.', 'dpo', false],
  ['94 to 96', "L'Institut traite les données nécessaires à ses activités, soit offrir une éducation aux enfants qui lui sont confiés.", 'purposes', true],
  ['94 to 96', "L'Institut peut communiquer des données aux autorités scolaires cantonales.", 'recipients', true],
  ['94 to 96', "Certains prestataires se trouvent dans l'Union européenne.", 'transfers', true],
  ['94 to 96', 'Vous pouvez introduire une réclamation auprès de la Commission nationale pour la protection des données.', 'cnilComplaint', true],
  ['94 to 96', "Vous pouvez demander l'accès aux images qui vous concernent en écrivant à direction@lycee.example.", 'rights', true],
  ['94 to 96', "Il est constitué, sous l'autorité du ministre ayant l'Éducation dans ses attributions, une base de données des élèves.", 'controller', true],
  ['94 to 96', 'Les données des élèves sont accessibles en lecture et en écriture aux titulaires de la classe.', 'recipients', true],
  ['94 to 96', 'Les parents peuvent obtenir communication des données et en demander la rectification auprès du titulaire de la classe.', 'rightsContact', true],
  ['94 to 96', 'MOSELLE is responsible for processing the personal data collected through the Website.', 'controller', true],
  ['94 to 96', "En transmettant des renseignements personnels, l'utilisateur consent aux mesures prises par le Cégep à l'égard de ces renseignements.", 'legalBasis', true],
  ['94 to 96', "On peut choisir de ne pas fournir les renseignements demandés en n'utilisant pas le Site.", 'required', true],
  ['94 to 96', "Le consentement à l'utilisation d'un renseignement à une autre fin doit être manifeste, libre et éclairé ; il peut être retiré en tout temps.", 'withdrawal', true],
  ['94 to 96', "Vous avez un droit d'accès. Les demandes d'accès ou de rectification lui sont adressées par écrit à acces@cegep.example.", 'rightsContact', true],
  ['94 to 96', 'Les délégués à la protection des données des deux offices sont joignables à dpo@office.example.', 'dpo', true],
  ['94 to 96', 'We may collect browsing data during your visits by placing or reading cookies on your device.', 'cookies', true],
  ['97 to 100', 'When collecting personal information, a school board must give notice of the collection, including the main purposes for which it will be used.', 'purposes', false],
  ['97 to 100', 'Schools need a privacy policy that records whether personal information is shared with third parties and why.', 'recipients', false],
  ['97 to 100', 'Consent must be explicit, informed and voluntary, and it can be withdrawn at any time.', 'withdrawal', false],
  ['97 to 100', 'DPP6: individuals have rights of access to and correction of their personal data.', 'rights', false],
  ['97 to 100', 'Vous pouvez refuser ces technologies depuis le bandeau, ou les supprimer dans les réglages de votre navigateur.', 'rights', false],
  ['97 to 100', 'A school uses personal information for the primary purpose for which it was collected and for related purposes you would expect.', 'purposes', false],
  ['97 to 100', 'This policy is about information captured by the College (the data user).', 'controller', true],
  ['97 to 100', 'The School is the responsible party for this processing.', 'controller', true],
  ['97 to 100', 'The College collects admissions data and health information of students to educate them and look after their wellbeing.', 'purposes', true],
  ['97 to 100', 'Our learning platform and our e-mail service process data for us under contracts; some store data outside Hong Kong.', 'recipients', true],
  ['97 to 100', 'Our learning platform and our e-mail service process data for us under contracts; some store data outside Hong Kong.', 'transfers', true],
  ['97 to 100', 'Paper registers are kept outside the classroom in a locked cupboard.', 'transfers', false],
  ['97 to 100', 'Personal information on the Census is collected under the authority of sections 27 and 265 of the Education Act.', 'legalBasis', true],
  ['97 to 100', 'The Education Act authorises school boards to collect personal information to plan and deliver educational programs.', 'legalBasis', true],
  ['97 to 100', "Some of the information we collect is to satisfy the school's legal obligations, in particular its duty of care.", 'legalBasis', true],
  ['97 to 100', 'We use information to run the platform and to meet our legal obligations.', 'legalBasis', false],
  ['97 to 100', 'Laws governing schools require that certain information is collected, including child protection laws.', 'required', true],
  ['97 to 100', 'If we do not obtain the information above, we may not be able to enrol your son or daughter.', 'required', true],
  ['97 to 100', 'Is the Census compulsory? No. Taking part is voluntary, and you may skip any question.', 'required', true],
  ['97 to 100', 'Parents may seek access to personal information collected about them and their child.', 'rights', true],
  ['97 to 100', 'You may seek access to and correction of your information by contacting the Privacy Officer at privacy@college.example.', 'dpo', true],
  ['97 to 100', 'You may seek access to and correction of your information by contacting the Privacy Officer at privacy@college.example.', 'rightsContact', true],
  ['97 to 100', 'The College may disclose personal information for educational and administrative purposes to other schools and government departments.', 'recipients', true],
  ['97 to 100', 'It will be used by the Bay District School Board for education and research.', 'controller', true],
  ['97 to 100', 'StoryNest is a reading app used by primary school classes.', 'controller', false],
  ['97 to 100', 'You have the right of access. Requests for access to or correction of personal data should be made in writing to the Committee, 69 Bonham Road, Hong Kong.', 'rightsContact', true],
  ['101 to 106', "The Act recognises both the rights of individuals to protect their personal data, including access and correction, and organisations' need to collect it.", 'rights', false],
  ['101 to 106', "For schools handling children's data, the act imposes rights to access, correction, erasure and to withdraw consent.", 'withdrawal', false],
  ['101 to 106', 'Section 18 (1) of the Data Protection Act provides that no person shall act as a data controller unless registered.', 'controller', false],
  ['101 to 106', "The admission form must list what data you collect, what it's used for and who it's shared with.", 'purposes', false],
  ['101 to 106', 'Data is collected for explicit, specified and legitimate purposes.', 'purposes', false],
  ['101 to 106', 'Provide ways to withdraw consent.', 'withdrawal', false],
  ['101 to 106', 'Questions about this policy may be sent to the Data Protection Officer at dpo@college.example.', 'recipients', false],
  ['101 to 106', 'Parents have the right to file a complaint with the U.S. Department of Education about an alleged failure to comply.', 'cnilComplaint', true],
  ['101 to 106', "Vous pouvez aussi vous adresser à la Commission d'accès à l'information.", 'cnilComplaint', true],
  ['101 to 106', "Parents have the right not to have Directory Information disclosed without prior written consent.", 'rights', true],
  ['101 to 106', "You have the right of access. Parents must tell their child's building principal by September 15th if they wish to opt out.", 'rightsContact', true],
  ['101 to 106', 'Les renseignements recueillis automatiquement par le biais de fichiers témoins servent à produire des statistiques.', 'cookies', true],
  ['101 to 106', 'Pas de cookies de suivi ; seuls des cookies fonctionnels de session.', 'cookies', true],
  ['101 to 106', 'Techniques | IP, journaux de connexion | Intérêt légitime (sécurité)', 'legitimateInterests', true],
  ['101 to 106', 'If you do not provide us with the personal information we have asked for, the Council will not be able to provide this education.', 'required', true],
  ['101 to 106', 'If you do not provide this information, your school will provide another way of recording it.', 'required', true],
  ['101 to 106', "The School will seek an individual's express or implied consent for the collection, use and disclosure of the individual's data.", 'legalBasis', true],
  ['101 to 106', 'The law may also require the school to collect and use information to meet its statutory obligations.', 'legalBasis', true],
  ['107 to 110', 'Forms are sent for processing to the relevant ministry or department.', 'recipients', true],
  ['107 to 110', 'Requests are sent to the school office, which answers within one month.', 'recipients', false],
  ["107 to 110", "Only the council's staff who run the survey will be able to see your answers.", 'recipients', true],
  ['107 to 110', 'Most pupil information you give us is information you are legally obliged to provide, but some is given voluntarily.', 'required', true],
  ['107 to 110', 'The centre will be unable to offer a place if this information is not provided.', 'required', true],
  ['107 to 110', 'We are required under the GDPR to give you the information in this notice.', 'required', false],
  ['107 to 110', 'Data may be processed where it is required for the performance of a contract to which the data subject is party.', 'required', false],
  ['107 to 110', 'Le traitement est mis en place pour le paiement des indemnités des enseignants.', 'purposes', true],
  ['107 to 110', 'When we collect or use your personal information, we are subject to the UK GDPR, and we are responsible as the data controller of that information.', 'purposes', false],
  ['107 to 110', 'We collect and use pupil information under the Education Act 2014 and other legislation.', 'legalBasis', true],
  ['107 to 110', 'We process your personal data under the Data Protection Act 2018 and the UK GDPR.', 'legalBasis', false],
  ['107 to 110', 'Our checklist makes sure that day-to-day data handling holds up under the Act 2023.', 'legalBasis', false],
  ['107 to 110', 'The ministry processes this information to carry out its obligations under the law.', 'legalBasis', true],
  ['107 to 110', "La présente politique a pour vocation de décrire leur éventuel transfert en dehors de l'Union européenne.", 'transfers', false],
  ['107 to 110', 'Where data is used for research or statistics, it must be made anonymous.', 'purposes', false],
  ['107 to 110', 'It forbids education authorities to ask for data, and sensitive data may only be requested with the explicit consent of a parent.', 'legalBasis', false],
  ['107 to 110', 'Pour être valable, le consentement doit être libre, spécifique, éclairé et univoque, et il peut être retiré à tout moment.', 'withdrawal', false],
  ['107 to 110', 'Responsable de traitement : la personne qui détermine les finalités et les moyens du traitement.', 'controller', false],
  ['107 to 110', "Finalité : la finalité du traitement est l'objectif principal de l'utilisation des données.", 'purposes', false],
  ['107 to 110', 'We keep personal information only as long as our retention and disposal schedule sets out for each kind of record.', 'retention', false],
  ['111 to 116', "Les Landes School is registered as a 'Controller' under the Data Protection (Jersey) Law 2018.", 'controller', true],
  ['111 to 116', 'Nous sommes responsables de tous les renseignements personnels dont nous avons la garde.', 'controller', true],
  ['111 to 116', 'Le Collège du Lac (« le Collège », aussi appelé « nous ») respecte vos renseignements personnels.', 'controller', true],
  ['111 to 116', "L'organisation ne collecte que les renseignements nécessaires à l'utilisation du service.", 'controller', true],
  ['111 to 116', "Le logiciel DocuPôle traite des données à caractère personnel.", 'controller', false],
  ['111 to 116', "Other uses of personal data will be made in the College's legitimate interests.", 'legalBasis', true],
  ['111 to 116', 'Sometimes a law says we must pass on some of your information.', 'legalBasis', true],
  // (Consent by using the sites states no basis: pass 42's convention, which this row and text 751 had kept from before; both follow it since pass 53.)
  ["111 to 116", "En utilisant nos sites, vous acceptez que nous puissions recueillir et utiliser vos renseignements personnels.", 'legalBasis', false],
  ['111 to 116', 'We may also collect the following information about your child as the Education Act 2001 and the Registration of Pupils Regulations 2016 require:\n  1. full legal name;\n  2. date of birth.', 'required', true],
  ['111 to 116', 'We keep payment records for six years, as the law requires.', 'required', false],
  ['111 to 116', 'Occasionally the College will need to share it with third parties, such as examination boards.', 'recipients', true],
  ['111 to 116', 'Les données sont hébergées en France par notre prestataire d’hébergement.', 'recipients', false],
  ['111 to 116', 'Nous pouvons recueillir, utiliser et communiquer des renseignements sur nos apprenants pour fournir des services de formation.', 'purposes', true],
  ['111 to 116', "Le dossier scolaire de chaque élève est tenu à l'école pour suivre ses progrès.", 'purposes', true],
  ['111 to 116', "L'adresse est conservée tant que l'agent est en fonction dans l'académie.", 'retention', true],
  ['111 to 116', 'We keep your information only as long as our published retention schedule says.', 'retention', false],
  ['111 to 116', 'Sur demande écrite, nous informons une personne des renseignements que nous détenons à son sujet et lui permettons de les consulter et de les faire corriger.', 'rights', true],
  ['111 to 116', 'Ce portail vous permet de consulter votre compte famille et de réserver la cantine.', 'rights', false],
  ['111 to 116', "Vous avez un droit d'accès à vos renseignements. Les questions sur le droit d'accès à l'information peuvent être envoyées à :\nJulie Martin, 118, rue Elgin, Sudbury ON P3E 3N4", 'rightsContact', true],
  ['111 to 116', 'You may also complain to the Data Protection Office.', 'cnilComplaint', true],
  ['111 to 116', "Every organisation on the island that uses Islanders' personal information has duties under it to look after that information.", 'purposes', false],
  ['117 to 122', 'This privacy notice tells you what happens to the personal data you give us, and how we collect and process it to meet our obligations.', 'purposes', false],
  ['117 to 122', 'This privacy notice explains the information collected from pupils to run cashless catering in our schools.', 'purposes', true],
  ['117 to 122', 'Lawful bases:\n• Consent: where a parent has given explicit consent for a child.\n• Legal obligation: where processing is required to meet safeguarding requirements.', 'purposes', false],
  ['117 to 122', 'Lawful bases:\n• Consent: where a parent has given explicit consent for a child.\n• Legal obligation: where processing is required to meet safeguarding requirements.', 'required', false],
  ['117 to 122', "Les données sont collectées et traitées sur les fondements prévus par la réglementation, pour les objectifs suivants :\n• gérer les adhésions ;\n• éditer l'annuaire.", 'purposes', true],
  ['117 to 122', 'You may complain to the Commissioner for Personal Data Protection.', 'cnilComplaint', true],
  ['117 to 122', 'If you are not satisfied with our response, you may complain to the Privacy Commissioner.', 'cnilComplaint', true],
  ['117 to 122', "Le traitement est encadré par l'arrêté du 14 avril 2015 portant création d'un traitement automatisé.", 'legalBasis', true],
  ['117 to 122', "La collecte et le traitement de ces données ont pour fondement l'intérêt légitime de l'Association.", 'legalBasis', true],
  ['117 to 122', 'En utilisant nos services, vous acceptez les pratiques décrites dans cette politique.', 'legalBasis', false],
  ['117 to 122', 'Vous pouvez vous désinscrire de la lettre d’information à tout moment.', 'withdrawal', true],
  ['117 to 122', "Les personnes concernées sont informées de la finalité de la collecte et de l'identité du responsable du traitement.", 'controller', false],
  ['117 to 122', "Pour les traitements mis en œuvre pour le compte de l'État, la loi prévoit qu'ils sont autorisés par décret.", 'controller', false],
  ['117 to 122', 'Destinataires\nLes conseillers de votre mission locale et les agents habilités de l’État.', 'recipients', true],
  ['117 to 122', 'We collect information about our students to enrol them, teach them and report to the Ministry of Education.', 'recipients', true],
  ['117 to 122', 'We tell people that they have the right to ask for access to, and correction of, their personal information.', 'rights', false],
  ['117 to 122', 'We collect only the personal information we really need for our purposes.', 'purposes', false],
  ['123 to 127', 'As they relate to the Division, the purposes of the FOIP Act are to:\n  • control the way the Division collects, uses and discloses personal information.', 'purposes', false],
  ['123 to 127', 'The Superintendent is the head of the Division for the purposes of the Acts.', 'purposes', false],
  ['123 to 127', "Les principales finalités de l'enseignement donné par notre établissement sont :\n1) concourir à l'épanouissement des élèves.", 'purposes', false],
  ['123 to 127', 'The FOIP Act ensures that the Division gives a general right of access to the information it holds.', 'rights', false],
  ['123 to 127', 'The Division is committed to giving a general right of access to the records in its custody or control.', 'rights', false],
  ['123 to 127', 'The Board and all Staff uphold the privacy and appropriate use of personal information, including by:\na) sharing personal information internally with Staff only on a need-to-know basis;', 'recipients', false],
  ["123 to 127", "L'Autorité rappelle que tout traitement doit avoir une finalité déterminée et un responsable du traitement.", 'controller', false],
  ["123 to 127", "Des données recueillies par l'académie lors de l'inscription auraient été détournées de leur objectif premier.", 'controller', false],
  ["123 to 127", "Ce traitement, dont le responsable est le directeur du service national, est fondé sur une obligation légale.", 'controller', true],
  ["123 to 127", "Les données fournies lors de l'inscription sont traitées par l'Université pour gérer l'admission.", 'controller', true],
  ["123 to 127", "Certaines de ces données peuvent être transmises, selon leurs attributions, aux personnels du service chargés du recrutement.", 'recipients', true],
  ["123 to 127", "Conformément à l'article 106 du décret du 7 novembre 2013, vos données sont traitées par l'ARES.", 'legalBasis', true],
  ["123 to 127", "Vu le règlement (UE) 2016/679, notamment le e du 1 de son article 6.", 'legalBasis', true],
  ['123 to 127', 'The personal information on this form is collected under the Education Act for registering your child.', 'legalBasis', true],
  ['123 to 127', 'The Academy obtains consent to collect, use or disclose personal information, except where the law allows otherwise.', 'legalBasis', true],
  ['123 to 127', 'The Academy has appointed a Privacy Officer, who can be reached at the school office, 33200 King Road, Abbotsford, BC V2S 0A1.', 'dpo', true],
  ['123 to 127', 'Vous pouvez contacter le·la délégué·e à la protection des données à l’adresse privacy@universite.example.', 'dpo', true],
  ["123 to 127", "Les dossiers des étudiants sont conservés cinquante ans après leur dernière inscription.", 'retention', true],
  ["123 to 127", "La collecte est nécessaire pour vous sélectionner et vous enregistrer comme famille d'accueil.", 'purposes', true],
  ["123 to 127", "Le traitement est nécessaire au respect d'une obligation légale à laquelle le rectorat est soumis.", 'purposes', false],
  ['123 to 127', 'Voir aussi la politique de cookies.', 'cookies', true],
  ['123 to 127', 'Cookies\n\nDéclaration de protection de la vie privée', 'cookies', false],
  ['123 to 127', 'It will be used for [purpose].', 'purposes', false],
  ['128 to 132', 'The Department is the data controller. Its lawful basis for using your special category data is substantial public interest based in law (Article 9(2)(g)).', 'controllerContact', false],
  ['128 to 132', 'The controller is the Commissioner, whose office is at Floor 2, Harbour House, Sliema SLM 1549.', 'controllerContact', true],
  ['128 to 132', 'Continuing Education Léman complies with these provisions as the manager processing your personal data.', 'controller', true],
  ['128 to 132', 'The Secretary of State acting through the Agency is registered, for the purposes of the Data Protection Act 1998, as a data controller.', 'controller', true],
  ['128 to 132', 'The Secretary of State is registered, for the purposes of the Data Protection Act 1998, as a data controller.', 'purposes', false],
  ['128 to 132', '1.2 This policy aims to help transparency by setting out how the school expects personal data to be processed.', 'purposes', false],
  ['128 to 132', 'We process students’ personal data to enrol them, as the Education and Training Boards Act 2013 requires of us.', 'legalBasis', true],
  ['128 to 132', 'We process your personal data to perform the learning agreement we make with you.', 'legalBasis', true],
  ['128 to 132', 'The data is mainly used by the Agency to perform statutory functions for the Secretary of State.', 'legalBasis', true],
  ['128 to 132', 'We use it to communicate with you and to carry out our duties as leaders.', 'legalBasis', false],
  ['128 to 132', 'Your information may also be shared with other third parties, but only where the law allows it.', 'recipients', true],
  ['128 to 132', 'Where the Agency shares data with a third party that works for it, the sharing is under contract.', 'recipients', true],
  ['128 to 132', 'This notice covers:\nSharing personal information with third parties', 'recipients', false],
  ['128 to 132', 'The data collected from learners is processed by the Agency.', 'recipients', true],
  ["128 to 132", "Les données recueillies lors de l'inscription sont traitées par le GIP BLM pour gérer les inscriptions.", 'controller', true],
  ["128 to 132", "Les données sont enregistrées dans le fichier des lecteurs de la Bibliothèque pour la gestion des prêts.", 'controller', true],
  ["128 to 132", "Vous avez un droit d'accès. Les demandes écrites sont à adresser à la déléguée à la protection des données, à dpo@universite.example.", 'rightsContact', true],
  ["128 to 132", "Le lecteur peut y accéder et les faire rectifier à l'accueil de la Bibliothèque.", 'rights', true],
  ['128 to 132', 'You have the right of access. Students and parents may ask the Privacy Coordinator to see or correct the student’s record.', 'rightsContact', true],
  ["128 to 132", "Vous vous interrogez sur la conservation de l'historique des prêts.\nOn peut obliger la personne qui s'inscrit à fournir des données nécessaires à la gestion des prêts.\nLes inscriptions sont radiées un an après le dernier retour.", 'purposes', false],
  ["128 to 132", "On peut choisir de ne pas fournir les renseignements demandés en n'utilisant pas le site.", 'required', true],
  ["134 to 138", "Dans ses activités, le centre doit recueillir et conserver des renseignements personnels en vertu de la Loi sur les services de garde éducatifs à l'enfance.", 'legalBasis', true],
  ["134 to 138", "Dans ses activités, le centre doit recueillir et conserver des renseignements personnels en vertu de la Loi sur les services de garde éducatifs à l'enfance.", 'required', true],
  ["134 to 138", "Le centre recueille des renseignements personnels en application de la Loi sur la protection des renseignements personnels dans le secteur privé.", 'legalBasis', false],
  ["134 to 138", "Le centre doit recueillir votre consentement en vertu de la loi avant toute photographie.", 'required', false],
  ['134 to 138', 'Under the Student Identifiers Act 2014, we must collect personal information about students and give it to the Student Identifiers Registrar.', 'legalBasis', true],
  ['134 to 138', 'Under the Student Identifiers Act 2014, we must collect personal information about students and give it to the Student Identifiers Registrar.', 'recipients', true],
  ['134 to 138', 'We collect your details to enrol you. This is required under section 17 of the Vocational Education and Training Act 1996.', 'legalBasis', true],
  ['134 to 138', 'Under the Privacy Act 1988, we must collect personal information only by lawful and fair means.', 'legalBasis', false],
  ['134 to 138', 'By accepting the Terms and Conditions of Enrolment, the student is taken to have given implied consent to those uses.', 'legalBasis', true],
  ['134 to 138', 'We are registered with the regulator and process personal information with your consent, to run our business.', 'legalBasis', true],
  ['134 to 138', 'The information we collect is needed to run our programme and to meet our contractual obligations to you.', 'legalBasis', true],
  ['134 to 138', 'The information we collect is needed to run our programme and to meet our contractual obligations to you.', 'required', true],
  ['134 to 138', 'The legal basis for this processing is our legitimate interests, namely monitoring and improving our website and services.', 'legitimateInterests', true],
  ['134 to 138', 'A proof holder is any parent or guardian with a direct legitimate interest in buying.', 'legitimateInterests', false],
  ['134 to 138', 'Friendship Links UK is registered with the Information Commissioner’s Office and follows the principles of the General Data Protection Regulation.', 'controller', true],
  ['134 to 138', 'All schools are registered with the Information Commissioner’s Office.', 'controller', false],
  ['134 to 138', 'The Institute collects personal information from students to complete enrolment and to carry out surveys.', 'purposes', true],
  ['134 to 138', 'This privacy notice describes how we collect and use personal information about you while we recruit and register you as a homestay host.', 'purposes', true],
  ["134 to 138", "Le centre ne recueille que les renseignements nécessaires au dossier de l'enfant et à la facturation.", 'purposes', true],
  ['134 to 138', 'Each parent must agree for us to process the data needed for the contactless workflow. We cannot photograph any child without prior consent.', 'legalBasis', true],
  ['134 to 138', '4.5 The Institution collects personal information from students for diversity and equity reporting to the government.', 'recipients', true],
  ['134 to 138', 'Under the Children Act 1989, we must in certain circumstances tell the local Social Services department that you wish to accommodate students.', 'recipients', true],
  ['134 to 138', 'The charity does not share personal data with other organisations without the data subject’s consent.', 'recipients', true],
  ['134 to 138', 'Sometimes we work with organisations or individuals to provide a course, and we need to give them personal data, for example to arrange accommodation.', 'recipients', true],
  ['134 to 138', 'When the relationship between a member and the charity ends, the data are deleted.', 'retention', true],
  ["134 to 138", "Le RGPD veut d'abord renforcer les droits des personnes : accès à leurs données, rectification, portabilité et opposition.", 'rights', false],
  ["134 to 138", "Avec la loi 25, les obligations des centres se sont multipliées : désigner un responsable de la protection des renseignements personnels, publier une politique.", 'dpo', false],
  ["134 to 138", "Pour chaque finalité, choisissez une seule base légale : contrat, obligation légale, intérêt légitime ou consentement.", 'legalBasis', false],
  ["134 to 138", "Le plus souvent, l'organisme est responsable de traitement et ses logiciels sont des sous-traitants.", 'controller', false],
  ["134 to 138", "Un organisme de formation traite des données d'apprenants pour gérer les inscriptions.", 'purposes', false],
  ['134 to 138', 'GDPR Policy\nData Controller\nOakfield Photography Limited\n55 Mill Lane, Radcliffe\nManchester M26 1LQ\nWhat data we collect', 'controller', true],
  ['134 to 138', 'GDPR Policy\nData Controller\nOakfield Photography Limited\n55 Mill Lane, Radcliffe\nManchester M26 1LQ\nWhat data we collect', 'controllerContact', true],
  ["134 to 138", "Cette politique décrit comment CONDUITELIBRE.FR recueille et utilise certaines données à caractère personnel vous concernant.", 'controller', true],
  ['134 to 138', 'It gave companies new duties, but at Harbour Homestays we have always handled data safely. We collect your personal information to book transfers.', 'controller', true],
  ['134 to 138', 'This is the general privacy policy of Languages Together.\nWe collect your personal information to deliver our courses.', 'controller', true],
  ['134 to 138', 'The National Agency for Secure Documents (Agence nationale des titres sécurisés, ANTS) undertakes that the data processed on its website are processed in accordance with the GDPR. We tell you how we process your personal data.', 'controller', true],
  ['134 to 138', 'StudyLinks UK – Host family terms\nStudent data\nYou must keep the file safe.\nYou must return the file.\nYou must delete any copy.\nYou must not share it.\nYou must not copy it.\nYou must not print it.\nYou must not send it on.\nYou must not keep it.\nYou must not lose it.\nYour data\nTo run our programmes, StudyLinks needs to collect data and information about its host families.', 'controller', true],
  ["134 to 138", "Politique\nTable des matières\n1. Objectifs\n2. Collecte\n3. Demande d'accès ou de rectification\n4. Coordonnées du délégué à la protection des données\n1. Objectifs\nLa politique décrit les mesures de protection.", 'dpo', false],
  ["134 to 138", "Politique\nTable des matières\n1. Objectifs\n2. Collecte\n3. Demande d'accès ou de rectification\n4. Coordonnées du délégué à la protection des données\n1. Objectifs\nLa politique décrit les mesures de protection.", 'rights', false],
  ["134 to 138", "Politique\nTable des matières\n1. Objectifs\n2. Collecte\n3. Demande d'accès ou de rectification\n4. Délégué à la protection des données\n1. Objectifs\nLa politique décrit les mesures de protection.\n4. Délégué à la protection des données\nVous pouvez joindre notre délégué à dpo@centre.example.", 'dpo', true],
  ['139 to 143', 'The Uniform Traders’ Association (UTA) is committed to protecting the data it collects and to using it fairly to send its members news.', 'controller', true],
  ['139 to 143', 'The Uniform Traders’ Association (UTA) is committed to protecting the data it collects and to using it fairly to send its members news.', 'purposes', true],
  ['139 to 143', 'The Uniform Traders’ Association is committed to protecting your privacy.', 'controller', false],
  ['139 to 143', 'Fenland School Uniforms Limited, part of the Marsh Group, supplies garments for schools. We keep the contact information we hold secure.', 'controller', true],
  ['139 to 143', 'Every school collects personal data. We keep the contact information we hold secure.', 'controller', false],
  ["139 to 143", "Une collecte est illicite lorsqu'elle viole clairement la loi, par exemple le code pénal (données obtenues par la ruse).", 'controller', false],
  ['139 to 143', 'This website is owned and operated by Maple Hill Day School. We collect information about our users in three ways: directly, from our server logs and through cookies.', 'controller', true],
  ['139 to 143', 'This website is owned and operated by Maple Hill Day School. We collect information about our users in three ways: directly, from our server logs and through cookies.', 'cookies', true],
  ['139 to 143', 'St. Brendan’s Episcopal School is committed to protecting the privacy of its community. The school collects personal information through online forms.', 'controller', true],
  ['139 to 143', 'Pixel Pals School is the sole owner of the information collected.', 'controller', true],
  ['139 to 143', 'The controller of the personal data collected through the Résidence Plus platform is the Cité universitaire de Montclair.', 'controller', true],
  ['139 to 143', 'The controller is the natural or legal person who determines the purposes and means of the processing.', 'controller', false],
  ['139 to 143', 'Contact us:\n- by e-mail: hello@clydewear.example;\n- by post: Clyde Schoolwear Company, 14 Gallowgate Street, Glasgow G40 2QA.\nThe data we collect\nWhen you buy from us, we may collect your name.\nYour address.\nYour e-mail.\nYour telephone.\nYour card.\nYour preferences.\nYour orders.\nYour returns.\nYour reviews.\nYour wish list.\nYour birthday.\nHow we use it\nThe Clyde Schoolwear Company may collect, store and process your personal data:\n- to process your orders;\n- with your agreement, to send you our offers.', 'controller', true],
  ['139 to 143', 'The Clyde Schoolwear Company may collect, store and process your personal data:\n- to process your orders;\n- with your agreement, to send you our offers.', 'legalBasis', true],
  ['139 to 143', 'Limited analytics may be used to understand how features perform, where your consent settings allow it.', 'legalBasis', true],
  ['139 to 143', 'For users under 13, we require a parent’s or guardian’s e-mail address, to obtain verifiable parental consent.', 'legalBasis', true],
  ['139 to 143', 'For users under 13, we require a parent’s or guardian’s e-mail address, to obtain verifiable parental consent.', 'required', true],
  ['139 to 143', 'This policy explains what we collect from children and how we ask for parents’ consent.', 'legalBasis', false],
  ['139 to 143', 'We are asking your permission to keep your child’s name and school.', 'legalBasis', true],
  ['139 to 143', 'Where consent is needed to use personal information, the school will seek it from the appropriate person.', 'legalBasis', true],
  ['139 to 143', 'To enrol, your child must give their personal information and an adult sponsor’s name.', 'required', true],
  ['139 to 143', 'We ask for a contact telephone number, but do not require one.', 'required', true],
  ['139 to 143', 'Mandatory collection: unless stated otherwise, the service requires the data to manage bookings.', 'required', true],
  ['139 to 143', 'Our interests in processing personal data are:\n- fulfilling contracts to supply goods;\n- sending order confirmations.', 'legitimateInterests', true],
  ['139 to 143', 'A legitimate interest is when we have a business reason to use your information in the normal course of our business.', 'legitimateInterests', false],
  ['139 to 143', 'We may disclose information about possible criminal acts to the authorities.', 'recipients', true],
  ['139 to 143', 'Payment data are processed entirely by our payment processor, Stripe, Inc.', 'recipients', true],
  ['139 to 143', 'Personal information given to the school is not shared with unaffiliated third parties unless this is said when it is collected.', 'recipients', true],
  ['139 to 143', 'No data are transferred to third parties for commercial purposes.', 'recipients', false],
  ["139 to 143", "Sous-traitant : personne morale qui traite des données pour le compte du responsable de traitement.", 'recipients', false],
  ['139 to 143', 'It describes the kinds of personal data we collect, how we use them and the rights you have.', 'purposes', false],
  ['139 to 143', 'When a user submits personal information, it is used only for the purpose stated at the time.', 'purposes', false],
  ["139 to 143", "Nous n'utilisons jamais les données pour des finalités que nous n'aurions pas fait connaître.", 'purposes', false],
  ["139 to 143", "Elle aide aussi nos adhérents, et toutes les personnes dont nous pouvons recueillir les données, à comprendre quelles données nous recueillons et pourquoi.", 'purposes', false],
  ["139 to 143", "Les données vous concernant sont collectées ou traitées à l'occasion :\n- de la gestion de votre adhésion ;\n- de vos remboursements.", 'purposes', true],
  ["139 to 143", "Finalité : les données ne peuvent être recueillies que dans un but déterminé et reconnaissable.", 'purposes', false],
  ['139 to 143', 'A parent can review the child’s information, ask for it to be deleted and refuse to allow any further collection or use of it.', 'withdrawal', true],
  ['139 to 143', 'You may have the right to access or delete your data. To exercise your rights, use the "Request my data" button below.', 'rightsContact', true],
  ['139 to 143', 'We have appointed a data protection officer. If you have any question, including any request to exercise your rights, please contact the DPO using the details below.\nAddress: 41 Red Lion Street, London WC1R 4PF\nEmail: hello@brambledigital.example', 'dpo', true],
  ["139 to 143", "Dans le cadre de leurs activités, Les Résidences Val-de-Seine collectent et traitent des données vous concernant.\nArticle 2 — Délégué à la protection des données\nDélégué à la protection des données (DPO)\nLes Résidences Val-de-Seine 24 quai de la Tournelle, 78500 Sartrouville\nE-mail : dpo@residences.example\nArticle 3 — Définitions\nResponsable de traitement : la personne morale qui détermine les finalités (Les Résidences Val-de-Seine).", 'controllerContact', true],
  ['144 to 148', 'This privacy notice explains what kinds of personal data we may hold about you, how we collect them, how we use them and who we may share them with.', 'recipients', false],
  ['144 to 148', 'Please read this policy together with any other notice we may give you, so that you know how and why we use your data.', 'purposes', false],
  ['144 to 148', 'This privacy notice describes how we collect and use personal information about you while we recruit and register you as a homestay host.', 'purposes', true],
  ['144 to 148', 'We follow Gillick competence, a term from medical law used to decide whether a child under 16 can consent to their own treatment.', 'purposes', false],
  ["144 to 148", "Déclaration d'engagement et finalité de la politique de protection de l'enfance", 'purposes', false],
  ["144 to 148", "La présente politique poursuit quatre objectifs : garantir un environnement sûr aux participants.", 'purposes', false],
  ['144 to 148', 'It does not apply to information we collect when you deal with the brand ambassadors we engage for our clients.', 'purposes', false],
  ["144 to 148", "Lors d'une demande d'information, le Collège recueille votre nom, votre courriel et votre téléphone, pour vous recontacter.", 'purposes', true],
  ['144 to 148', 'Cookies are small pieces of data stored on a user’s device.', 'cookies', false],
  ['144 to 148', 'A cookie is a small text file stored by a browser that lets a website remember a user’s preferences.', 'cookies', true],
  ['144 to 148', '2.2 Information collected automatically\n• Cookies: session cookies and analytics cookies (see Section 7).', 'cookies', true],
  ['144 to 148', 'Privacy and Cookie Policy\nThis policy was last reviewed in August 2024.', 'cookies', false],
  ["144 to 148", "Sommaire\n1. Responsabilité\n2. Finalités\n3. Les « cookies »\n1. Responsabilité\nLa société gère le site.", 'cookies', false],
  ['144 to 148', 'If you are not willing to give us your personal details, we will not be able to carry out our agreement with you.', 'required', true],
  ["144 to 148", "Fiche sanitaire obligatoire : une fiche sanitaire complète et signée doit être remise avant le début du séjour.", 'required', true],
  ['144 to 148', 'The law requires us to report some information to the appropriate authorities.', 'recipients', true],
  ['144 to 148', 'The law requires schools to report some information to the appropriate authorities.', 'recipients', false],
  ['144 to 148', 'We may use the services of various service providers to process your data more effectively.', 'recipients', true],
  ['144 to 148', 'Pitchbook provides the booking system, and processes the data only to run that service.', 'recipients', true],
  ["144 to 148", "Les utilisateurs peuvent partager leurs données et leur CV avec les entreprises.", 'recipients', true],
  ['144 to 148', 'The University uses outside companies as its data processors.', 'recipients', true],
  ['144 to 148', 'Career Services uses the profile to refer qualified candidates to employers.', 'recipients', true],
  ["144 to 148", "L'utilisateur peut s'inscrire pour accéder aux fonctionnalités réservées aux membres identifiés.", 'recipients', false],
  ['144 to 148', 'Career Services keeps ownership of all student profiles and résumés in CareerLink.', 'controller', true],
  ['144 to 148', 'We use this information to process your bookings and to send you updates about your account, under legitimate interest.', 'legalBasis', true],
  ['144 to 148', 'We use this information to process your bookings and to send you updates about your account, under legitimate interest.', 'legitimateInterests', true],
  ['144 to 148', 'For a few features, users may opt in to our collection of their precise location.', 'legalBasis', true],
  ['144 to 148', 'If you have consented to our use of cookies, we will collect technical information.', 'legalBasis', true],
  ['144 to 148', 'We use information about you because we have a legitimate interest in delivering our services.', 'legalBasis', true],
  ['144 to 148', 'The university processes your personal data on the basis of an agreement.', 'legalBasis', true],
  ['144 to 148', 'Information is processed within the EEA and is not shared with recipients overseas.', 'transfers', true],
  ['144 to 148', 'You have the right of access to your data. You may have further rights under state privacy law: see Section 11, or contact our DPO directly.', 'rightsContact', true],
  ['144 to 148', 'Your rights\n- Access your personal data\n- Opt out of marketing communications', 'withdrawal', true],
  ['144 to 148', 'Bright Sparks Sports, a sole trader, is a sports education business that coaches children. We collect your personal information to book courses.', 'controller', true],
  ['144 to 148', 'The university is responsible for processing your personal data. Our postal address is PO Box 9500, 2300 RA Leiden.', 'controllerContact', true],
  ['144 to 148', 'Campus Reach Ltd is responsible as controller of your personal information. Our registered office and business address is Innovation Centre, Triumph Road, Nottingham NG7 2TU.', 'controllerContact', true],
  ['149 to 154', 'This privacy notice gives detailed information on how we process personal data about visitors to our website.', 'purposes', false],
  ['149 to 154', 'We collect and process several kinds of personal data, for the purposes described below, including name and e-mail address.', 'purposes', false],
  ['149 to 154', 'Data we receive from people or organisations outside the UK are handled in the same way as UK data.', 'transfers', false],
  ['149 to 154', 'You are also entitled to complain to the national data office.', 'cnilComplaint', true],
  ['149 to 154', 'You can also raise concerns with the Information Commissioner’s Office.', 'cnilComplaint', true],
  ['149 to 154', 'The data, chat included, are deleted once the grade is final.', 'retention', true],
  ['149 to 154', 'We use your information to allocate classes and to tell other colleges your attendance dates if you leave.', 'recipients', true],
  ["149 to 154", "Vos données ne sont ni vendues ni transmises. Personne n'a accès à vos données.", 'recipients', true],
  ["149 to 154", "Ces informations lui sont transmises avec sa convocation.", 'recipients', false],
  ['149 to 154', 'This page, together with our cookies policy, tells you how we use your personal information.', 'cookies', true],
  ['149 to 154', 'We keep your contact preferences, which we may use to contact you.', 'purposes', true],
  ['149 to 154', 'We may use the services of various service providers to process your data more effectively.', 'purposes', false],
  ['149 to 154', 'Most of our order and donation forms require your title, name and postal address.', 'required', true],
  ["149 to 154", "Avoir suivi la formation générale et en joindre les copies validées.", 'required', true],
  ['149 to 154', 'If you do not want your ID scanned, you may type the information in and show your ID to the staff instead.', 'required', true],
  ['149 to 154', 'Tokens are stored securely, and you can disconnect your calendar at any time.', 'withdrawal', true],
  ["149 to 154", "Le droit d'accès, de rectification et de suppression s'exerce à l'adresse rgpd@forma.example, pour exercer vos droits d'accès.", 'rightsContact', true],
  ['149 to 154', 'By registering through the app, you expressly agree to the collection, use and disclosure of personal information.', 'legalBasis', true],
  ['149 to 154', 'The Controller chooses the lawful basis under Article 6 of the GDPR.', 'legalBasis', false],
  ['149 to 154', 'The Reading Trust is the controller of your data. Our registered and postal address is The Reading Trust, Priory House, Kingsway, Bedford, MK42 9AP.', 'controllerContact', true],
  ['155 to 158', 'Kite is a homework app developed by Brightleaf Ltd for primary schools. This policy explains how we collect, use and protect your information.', 'controller', true],
  ['155 to 158', 'Developer: Brightleaf Learning\nThis policy explains how we collect, use and share your information when you use the app.', 'controller', true],
  ['155 to 158', 'Kite is a homework app for primary schools. This policy explains how we collect, use and protect your information.', 'controller', false],
  ['155 to 158', 'Marsh Lane Speech Therapy privacy policy\nThis policy tells you what to expect when I handle your personal information.\nMy contact details\nEmail: hello@marshlane.example', 'controller', true],
  ['155 to 158', 'Marsh Lane Speech Therapy privacy policy\nThis policy tells you what to expect when I handle your personal information.\nMy contact details\nEmail: hello@marshlane.example', 'controllerContact', true],
  ['155 to 158', 'Privacy policy\nThis policy tells you what to expect when I handle your personal information.\nMy contact details\nEmail: hello@marshlane.example', 'controller', false],
  ['155 to 158', 'At Brightway Tutoring, I am committed to protecting your privacy. I collect your personal data only to provide lessons.', 'controller', true],
  ['155 to 158', 'Developer: Brightleaf Learning\nContact e-mail: help@mailbox.example\nThis policy explains how Kite ("we") collects and uses your information.', 'controllerContact', true],
  ['155 to 158', 'On the booking form you also give us permission for outings and for your child to be photographed.', 'legalBasis', true],
  // Pass 43 follows pass 42's settled reading: agreeing, by signing up, to what the notice describes states no basis either.
  ['155 to 158', 'By signing up for a course, you agree to your personal data being processed as this notice describes.', 'legalBasis', false],
  ["155 to 158", "Les données ne sont traitées que pour remplir les missions que la loi confie au service.", 'legalBasis', true],
  ['155 to 158', 'The club secretary shares your child\'s information with the coaches only as needed.', 'recipients', true],
  ['155 to 158', 'We never share your child\'s information with other families.', 'recipients', false],
  ['155 to 158', 'Copies of the report are given to the parents and to the school\'s special needs staff.', 'recipients', true],
  ['155 to 158', 'The School collects your details through its booking website, Venuely, the data processor, which processes information about you on our behalf.', 'recipients', true],
  ['155 to 158', '• Data processor: a third party that processes data on our behalf, such as cloud storage.', 'recipients', false],
  ['155 to 158', 'We ask for this information for one reason: to look after your child well.', 'purposes', true],
  ['155 to 158', 'These details are not used for any other purpose, except where a child is at risk.', 'purposes', false],
  ['155 to 158', 'You do not have to include your address, but it helps us plan the session.', 'required', true],
  ['155 to 158', 'You may revoke location access in your settings; if you revoke it, some features may be limited.', 'required', true],
  ['155 to 158', 'You may revoke location access in your settings; if you revoke it, some features may be limited.', 'withdrawal', true],
  ['155 to 158', 'Test papers are shredded when the report is sent.', 'retention', true],
  ['159 to 162', 'All information used for the library cards stays within the school and is protected.', 'recipients', true],
  ['159 to 162', 'If you do not want your child to use the finger scanner, tell the school and your child will be given a card instead.', 'required', true],
  ['159 to 162', 'We then ask for a copy of the passport, which the law requires us to see.', 'required', true],
  ['159 to 162', 'As the data controller for the information we hold about you, Lowfield Borough Council decides how it is used.', 'controller', true],
  ['159 to 162', 'I will ask for your written permission before sending any report to another service.', 'legalBasis', true],
  ['159 to 162', 'The service processes your data to meet its contractual obligations to the families who use it.', 'legalBasis', true],
  // Pass 42 settled it: using the site is no consent a DPO can accept, and states no basis (left to check by hand).
  ['159 to 162', 'By using the website you consent to this Privacy Policy.', 'legalBasis', false],
  ['159 to 162', 'You will be asked to accept it when you register for lessons.', 'legalBasis', true],
  ['159 to 162', 'In that case I may have to contact a support agency, such as social services.', 'recipients', true],
  ['159 to 162', '- Sharing with third parties: says whether your information is shared with outside vendors.', 'recipients', false],
  ['159 to 162', 'We must make sure that people know what we do with their information and who it may be shared with.', 'recipients', false],
  ['159 to 162', 'Our site links to other websites; we do not control how they collect or use your data, and advise you to read their policies.', 'purposes', false],
  ['159 to 162', 'A typical music school processes pupils\' names, grades and lesson notes.', 'controller', false],
  ['159 to 162', '2. Have a lawful basis for each use of data: usually the contract with parents.', 'legalBasis', false],
  ['163 to 164', 'This notice explains how we, Holme Vale Borough Council (the Council), use the information you give us.', 'controller', true],
  ['163 to 164', 'We, as a school, use the information you give us to plan lessons.', 'controller', false],
  ['163 to 164', 'For data protection law, the Department and the county councils are data controllers of the data they receive.', 'controller', true],
  ['163 to 164', 'For data protection law, the Department and the county councils are data controllers of the personal data processed for the scheme.', 'purposes', false],
  ['163 to 164', 'Ashby Council is the data controller for the information collected to run the school transport service.', 'purposes', true],
  ['163 to 164', '1.0 Council contact details\n1.1 Holme Vale Council\nRegistered office:\nTown Hall\n12 Market Street\nHolmfirth\nHD9 3AA\nWe collect and process the information below to support families.', 'controller', true],
  ['163 to 164', '1.0 Council contact details\n1.1 Holme Vale Council\nRegistered office:\nTown Hall\n12 Market Street\nHolmfirth\nHD9 3AA\nWe collect and process the information below to support families.', 'controllerContact', true],
  ['163 to 164', 'The booking details are then passed securely to Playfield CIC, which runs the clubs.', 'recipients', true],
  ['163 to 164', 'Your information is only shared with your consent.', 'recipients', false],
  ['163 to 164', 'We help the school nursing team by giving names and dates of birth to the community health service.', 'recipients', true],
  ['163 to 164', 'Read our guide on sharing your data with other services.', 'recipients', false],
  ['163 to 164', 'It is used to submit termly returns on the scheme to the Department for Education.', 'recipients', true],
  ['163 to 164', 'Details of a new pupil may come from the previous school, which must by law tell the local authority.', 'recipients', false],
  ['163 to 164', 'As the local authority we have a statutory duty to keep a register of children who are home educated.', 'legalBasis', true],
  ['163 to 164', 'We have a legal duty to protect the information you give us.', 'legalBasis', false],
  ['163 to 164', 'We check whether each child receives a suitable education, under the Council\'s duty in section 436A of the Education Act 1996.', 'legalBasis', true],
  ['163 to 164', 'The service keeps its own procedures so that it can meet this statutory duty.', 'legalBasis', true],
  ['163 to 164', 'We only use your information where there is a lawful basis, in line with your rights under data protection law.', 'legalBasis', false],
  ['163 to 164', 'If you do not tell us when your address changes, we will not be able to send you the termly newsletter.', 'required', true],
  ['165 to 170', "Holme Vale Council acts as a 'data controller' for the information you give us.", 'controller', true],
  ['165 to 170', "La maison départementale des personnes handicapées de la Vire est la responsable opérationnelle du traitement.", 'controller', true],
  ['165 to 170', "Le décret prévoit la création, par le ministère chargé de l'agriculture, d'un traitement dénommé « Suivi des stages ».", 'controller', true],
  ['165 to 170', 'The local authority: Holme Vale Borough Council', 'controller', true],
  ['165 to 170', 'The local authority: see our main notice', 'controller', false],
  ['165 to 170', 'I agree that the Council will use the information I give to check my entitlement.', 'legalBasis', true],
  ['165 to 170', 'By agreeing to this policy, you allow the agency to pass your references to schools.', 'legalBasis', true],
  ['165 to 170', 'The service checks eligibility in support of a statutory duty to provide free meals.', 'legalBasis', true],
  ['165 to 170', 'We hold these details so that we can carry out our function of arranging appeals under Schedule 24 to the Act.', 'legalBasis', true],
  ['165 to 170', 'Appeals are heard under the mandatory provisions of the School Admission Appeals Code.', 'legalBasis', true],
  ['165 to 170', 'We use the information to carry out a task in the public interest.', 'legalBasis', true],
  ['165 to 170', "Vous pouvez donner votre consentement à l'étude automatique de votre dossier dès l'inscription.", 'legalBasis', true],
  ['165 to 170', 'We send your CV to a school only after you have agreed to be put forward.', 'legalBasis', true],
  ['165 to 170', 'If you do not give us your personal data, it may be difficult for the council to deal with your appeal.', 'required', true],
  ['165 to 170', 'You are legally obliged to give the information the appeal needs.', 'required', true],
  ['165 to 170', 'If you decline, the service will not be able to deal with your request.', 'required', true],
  ['165 to 170', 'Toutes sont obligatoires : sans réponse, la demande ne peut pas être instruite.', 'required', true],
  ['165 to 170', 'Every question on the form must be answered for us to arrange the hearing.', 'required', true],
  ['165 to 170', 'To do this work we must collect and use information about the people we serve.', 'required', false],
  ['165 to 170', "Le résultat est transmis au chef d'établissement, qui notifie la décision.", 'recipients', true],
  ['165 to 170', 'I agree that the Council may tell the school my children attend that they are entitled to free meals.', 'recipients', true],
  ['165 to 170', 'We must disclose the contents of your DBS checks to schools.', 'recipients', true],
  ['165 to 170', 'We will send the corrected data to any organisation that received it.', 'recipients', false],
  ['165 to 170', 'The council may share it where necessary with other bodies that provide services to children.', 'recipients', true],
  ['165 to 170', 'How we use your data\nTo contact you about supply work.', 'purposes', true],
  ['165 to 170', 'How we use your data\nTo receive a copy of your data, write to the office.', 'purposes', false],
  ['165 to 170', 'Finalités\nToute collecte répond à un objectif précis.', 'purposes', false],
  ['165 to 170', "Les informations font l'objet de traitements informatiques : le calcul de votre tarif et des statistiques.", 'purposes', true],
  ['165 to 170', 'Your information is processed in the UK, or in a country the UK recognises as adequate.', 'transfers', true],
  ['165 to 170', "Vos informations font l'objet d'un calcul automatisé de votre tranche tarifaire.", 'automatedDecisions', true],
  ['171 to 178', 'The School Nursing Team works for Riverside Health NHS Foundation Trust and records the health information of the pupils it sees.', 'controller', true],
  ['171 to 178', 'Data are held by Lakeside Learning Board, the data controller responsible for the pupil records service.', 'controller', true],
  ['171 to 178', "This is Hilltop Climbing Club's public statement of how we hold, process and share the personal information of our members.", 'controller', true],
  ['171 to 178', 'Brightwater is a national charity that works with schools. We collect the names of the pupils who join our clubs.', 'controller', true],
  ['171 to 178', 'The Lantern Reading Award (the Award) knows how important it is to keep personal information private. We collect your personal information to record your progress.', 'controller', true],
  ['171 to 178', 'Our contact details:\nHead office: The Lantern Reading Award, 12 Mill Street, Leeds LS1 4AB\nWe collect your personal information to record your progress.', 'controllerContact', true],
  ['171 to 178', 'For the purposes of data protection law, ЛАКЕvale is the data controller. We collect your name.', 'controller', false],
  ['171 to 178', 'We have appointed Civic Data Ltd as our data protection officer.\nIts contact details are:\nCivic Data Ltd\n4 Station Rise\nYork YO1 6GA', 'dpo', true],
  ['171 to 178', 'The data protection officer can be contacted on 0114 230 0000.', 'dpo', true],
  ['171 to 178', 'To run our clubs we need to collect some personal information about the children who attend.', 'required', true],
  ['171 to 178', 'We need this information to plan the support your child receives.', 'required', true],
  ['171 to 178', 'The school needs some information to keep you safe.', 'required', true],
  ['171 to 178', 'Without the registration number we cannot submit your results.', 'required', true],
  ['171 to 178', 'You are free to refuse to give this information.', 'required', true],
  ['171 to 178', 'This notice explains why we need to collect your personal information.', 'required', false],
  ['171 to 178', 'Our legal bases are that we need the information to carry out our contract with you.', 'required', false],
  ['171 to 178', 'Public task: the duty to promote the education of children in care.', 'legalBasis', true],
  ['171 to 178', 'The Council uses these data to carry out tasks in the public interest.', 'legalBasis', true],
  ['171 to 178', "The law treats this as 'vital interests', which needs no consent.", 'legalBasis', true],
  ['171 to 178', 'Why this is lawful: we use it to carry out our functions of providing teacher training.', 'legalBasis', true],
  ['171 to 178', 'We collect and use personal data to meet the legal requirements and legitimate interests set out in the GDPR and UK law.', 'legalBasis', true],
  ['171 to 178', 'With your consent, the club may keep your contact details to tell you about its other activities.', 'legalBasis', true],
  ['171 to 178', 'The key message is that there is a lawful basis for this processing, and that schools do not need parents\' prior consent.', 'legalBasis', false],
  ['171 to 178', 'Cloudkeep plc processes this information for us, on our instructions.', 'recipients', true],
  ['171 to 178', "We routinely share trainees' information with the schools where they are placed.", 'recipients', true],
  ['171 to 178', 'They are not shared with any third party organisations.', 'recipients', true],
  ['171 to 178', 'The research team will send them to the Department for Education to be matched.', 'recipients', true],
  ['171 to 178', '5. Who we give it to\nSchools and social workers.', 'recipients', true],
  ['171 to 178', 'Who will see personal data?\nThe research team will see the names of the school leads.', 'recipients', true],
  ['171 to 178', 'You can ask for your records. We need the information to give correct details to doctors in an emergency.', 'rights', false],  ['179 to 183', 'If you do not consent to us holding these details, we cannot enter your child in the competition.', 'required', true],
  ['179 to 183', 'The council needs to collect information about the young people it supports.', 'required', true],
  ['179 to 183', 'Why the council needs to use your information', 'required', false],
  ['179 to 183', 'Legislation that applies:\nThe Children Act 1989 and the Education Act 1996.', 'legalBasis', true],
  ['179 to 183', 'Legislation that applies:\nThe Data Protection Act 2018.', 'legalBasis', false],
  // A promise not to disclose without consent is no legal basis (the convention pass 48 settled, after text 739).
  ['179 to 183', 'We do not disclose your details to anyone else without your explicit consent.', 'legalBasis', false],
  ['179 to 183', 'We hold these data to organise the fixtures of the league.', 'purposes', true],
  ['179 to 183', 'À quelles fins ?\nPour gérer les inscriptions aux activités du club.', 'purposes', true],
  ['179 to 183', 'We may also share your name and results with the county association.', 'recipients', true],
  ['179 to 183', 'Your permission to use photographs can be withdrawn at any time.', 'withdrawal', true],
  ['179 to 183', 'Our data protection officer can be contacted via the office.', 'dpo', false],
  ['179 to 183', 'You can ask for the information we hold about you.', 'rights', true],
  ['179 to 183', 'This policy explains your rights and how we use your data.', 'rights', false],
  ['179 to 183', 'Greenfield Schools Trust is the controller of the data you give.\nRegistered office:\nGreenfield Schools Trust\nPark Lane\nDerby\nDE1 2AB\nWe collect the names of pupils to run the tournament.', 'controllerContact', true],
  ['184 to 195', 'KMAG uses the details you give on the booking form to manage your booking and invoice your school.', 'purposes', true],
  ['184 to 195', 'The Youth Justice Service uses information about young people to help professionals reduce reoffending.', 'purposes', true],
  ['184 to 195', 'Children take part in our programmes, and the Museum uses them for its publicity.', 'purposes', true],
  ['184 to 195', 'Pour la sécurité des personnes et des biens, le musée est placé sous vidéoprotection.', 'purposes', true],
  ['184 to 195', 'Why we need it: to confirm the course with you and to invoice it.', 'purposes', true],
  ['184 to 195', "Les fiches sanitaires sont confiées au centre pour permettre les soins en cas d'urgence.", 'purposes', true],
  ['184 to 195', 'Why are we collecting your personal data?\n- To help you stay out of further trouble.', 'purposes', true],
  ['184 to 195', 'We rely on these laws to process your personal data:\n- the Children Act 1989.', 'legalBasis', true],
  ['184 to 195', 'If no slip is returned, we will assume that you do consent to the screening.', 'legalBasis', true],
  ['184 to 195', 'The service is required by law to pass some information to the Ministry of Justice.', 'legalBasis', true],
  ['184 to 195', 'The service is required by law to pass some information to the Ministry of Justice.', 'required', false],
  ['184 to 195', 'Data protection law allows us to use your data only for one or more of these reasons:\n- consent: where you agree to it.', 'legalBasis', true],
  ['184 to 195', 'We process it as part of our public task of promoting physical activity in schools.', 'legalBasis', true],
  ['184 to 195', "This is our 'contractual obligation' to you, which forms a lawful basis for processing.", 'legalBasis', true],
  ['184 to 195', "La diffusion des images requiert l'autorisation écrite des représentants légaux, révocable à tout moment.", 'legalBasis', true],
  ['184 to 195', "La diffusion des images requiert l'autorisation écrite des représentants légaux, révocable à tout moment.", 'withdrawal', true],
  ['184 to 195', 'En soumettant un projet, vous acceptez que les données que vous nous transmettez soient collectées.', 'legalBasis', true],
  ['184 to 195', 'By submitting the booking form, you accept our terms and conditions.', 'legalBasis', false],
  ['184 to 195', 'What makes it lawful for the council to process this information?\nOur public task.', 'legalBasis', true],
  ['184 to 195', 'Doivent obligatoirement y figurer le nom, le prénom et l’âge du participant.', 'required', true],
  ['184 to 195', "Les informations recueillies sont nécessaires au traitement de la commande.", 'required', true],
  ['184 to 195', 'We will not pass them to anyone else.', 'recipients', true],
  ['184 to 195', 'We do not share any personal information with organisations outside the Olympiad, except its hosts.', 'recipients', true],
  ['184 to 195', "Les données peuvent être transmises, selon le besoin d'en connaître, aux tiers qui participent à l'évaluation.", 'recipients', true],
  ['184 to 195', 'If the screening shows a problem, we will refer them to the audiology service.', 'recipients', true],
  ['184 to 195', 'Brecon Ridge Centre will be a "controller" of the personal information you give us.', 'controller', true],
  ['184 to 195', 'Global Ed Journeys is a small, socially responsible school travel business. We collect the names of pupils.', 'controller', true],
  ['184 to 195', 'We are the Harbour Gallery, and this notice sets out how we use the personal data we collect.', 'controller', true],
  ['184 to 195', "Elles font l'objet d'un traitement informatique par SJE.", 'controller', true],
  ['184 to 195', '¾ÅÐãÖ±²¥ will act as the Data Controller for the personal data you give us.', 'controller', false],
  ['184 to 195', "Le responsable du traitement : Direction de l'éducation, unité B.4, eac-mobilites@commission.example.", 'controllerContact', true],
  ['184 to 195', 'You can opt out of our marketing communications at any time.', 'withdrawal', true],
  ['184 to 195', 'We will ask for your consent, which you are free to withhold or later withdraw.', 'withdrawal', true],
  ['184 to 195', 'Requesting access to your personal data\nParents have the right to request access to the information we hold.\nTo make a request, contact the Centre Manager.', 'rightsContact', true],
  ['184 to 195', 'Your rights\nYou can ask for a copy of your data, or object to its use: contact the data protection officer.', 'rightsContact', false],
  ['184 to 195', "Toute personne peut accéder aux images qui la concernent en s'adressant au responsable de la sûreté.", 'rightsContact', true],
  ['184 to 195', '4.4 Améliorer nos services et établir des statistiques : notre intérêt légitime.', 'legitimateInterests', true],
  ['184 to 195', 'Vous pouvez introduire un recours auprès du Contrôleur européen de la protection des données.', 'cnilComplaint', true],
  ['184 to 195', 'Your information is stored securely in our database at the University of Cambridge.', 'transfers', true],
  ['184 to 195', 'All of it will be processed by staff in the United Kingdom.', 'transfers', true],
  ['184 to 195', 'Who can see my information?\nThe officers who work with you.', 'rights', false],
  ['184 to 195', 'Parents and pupils have the right to request access to the information we hold about them.', 'rights', true],
  ['196 to 207', 'Generally, it is the Cambrian Parliament that is responsible for your personal information.', 'controller', true],
  ['196 to 207', 'In this notice, "we" means the Commission, which is responsible for your personal information.', 'controller', true],
  ['196 to 207', 'By applying, you consent to Wessex County Council collecting your personal information as set out below.', 'controller', true],
  ['196 to 207', 'This notice explains how Alexandros College, through its Alumni Office, collects and uses your personal data.', 'controller', true],
  ['196 to 207', 'The information on this form is collected by Lakeland Public Health under the authority of the Health Act.', 'controller', true],
  ['196 to 207', 'The manager of your personal data collection is Lycée Sainte-Marie.', 'controller', true],
  ['196 to 207', 'Sunflower Au Pair Agency only uses your data to find you the best au pair.', 'controller', true],
  ['196 to 207', "Qui est concerné ?\n- Les étudiants des formations dispensées en lycée.", 'controller', false],
  ['196 to 207', "Obligation légale : le traitement est nécessaire au respect d'une obligation légale à laquelle le responsable du traitement est soumis.", 'controller', false],
  ['196 to 207', 'We use your information in the performance of a contract, to help you find childcare.', 'legalBasis', true],
  ['196 to 207', 'We do this in our legitimate interests of keeping a lifelong relationship with our alumni.', 'legalBasis', true],
  ['196 to 207', 'The society has a legitimate interest in knowing every player\'s address, to communicate with them in an emergency.', 'legalBasis', true],
  ['196 to 207', 'The society has a legitimate interest in knowing every player\'s address, to communicate with them in an emergency.', 'legitimateInterests', true],
  ['196 to 207', 'We process this information to perform our agreement with the school.', 'legalBasis', true],
  ['196 to 207', 'In providing this information, all entrants agree to their name appearing on the door sheet.', 'legalBasis', true],
  ['196 to 207', 'Lors de chaque inscription, nous vous demanderons votre accord pour utiliser vos coordonnées.', 'legalBasis', true],
  ['196 to 207', "Les campagnes d'appel aux dons reposent sur une base légale claire, liée à la mission de l'organisation.", 'legalBasis', false],
  ['196 to 207', "A consent form asks a parent's permission for a student to take part in the sealant program.", 'legalBasis', false],
  ['196 to 207', 'd) where it is required for the performance of a contract to which the data subject is party.', 'legalBasis', false],
  ['196 to 207', 'We process your data because we have a legitimate need to do so to deliver our alumni services.', 'legitimateInterests', true],
  ['196 to 207', 'Your information will only be shared with the regulator and our accrediting partners.', 'recipients', true],
  ['196 to 207', "A player's contact details will not be shared with other players without their permission.", 'recipients', true],
  ['196 to 207', "We give candidates' names and appointment details to the examiner for the session.", 'recipients', true],
  ['196 to 207', 'Do we share your data with anyone else?\nOnly with our conductors and section tutors.', 'recipients', true],
  ['196 to 207', 'Keep sign-up lists in a password-protected file, and never share them with anyone outside the committee.', 'recipients', false],
  ['196 to 207', 'Votre autorisation de publier des photos de votre enfant peut être retirée à tout moment.', 'withdrawal', true],
  ['196 to 207', 'You can opt out of any kind of communication at any time by telling the office.', 'withdrawal', true],
  ['196 to 207', "Vous pouvez accéder à vos données en vous adressant au curé de la paroisse.", 'rightsContact', true],
  ['196 to 207', 'You may ask for a copy of the information we hold about you by writing to the Secretary, 14 Albyn Place, Aberdeen AB10 1YH.', 'rightsContact', true],
  ['196 to 207', 'We need these to respond to your query.', 'required', true],
  ['196 to 207', 'We collect it because we need it to perform an official task in the public interest.', 'required', false],
  ['196 to 207', 'When registering, you must provide your name, date of birth and nationality.', 'required', true],
  ['196 to 207', 'As an educational charity, Northdale Youth Orchestra Courses needs to collect some personal information.', 'required', true],
  ['196 to 207', 'We are required under the GDPR to notify you of the information in this notice.', 'required', false],
  ['196 to 207', 'You may ask for a copy by writing to the Data Protection Officer at the address above.', 'dpo', true],
  ['196 to 207', 'We need to share your information with entities in the European Economic Area and the United States.', 'transfers', true],
  ['196 to 207', 'Information must be:\n- not transferred to other countries without adequate protection.', 'transfers', false],
  ['196 to 207', 'Le groupement paroissial détient les coordonnées des fidèles pour les contacter ou les tenir informés.', 'purposes', true],
  ['196 to 207', "Les données sont conservées deux ans, afin de pouvoir répondre à une demande d'accès.", 'purposes', true],
  ['196 to 207', 'Elles sont conservées six mois à des fins de pilotage des politiques publiques.', 'purposes', true],
  ['196 to 207', 'Elles ne sont jamais utilisées à des fins de statistiques.', 'purposes', false],
  ['196 to 207', 'Les personnes doivent être informées des risques de démarchage ou de profilage.', 'automatedDecisions', false],
  ['208 to 219', "If you are not happy with how we looked after your details, you can tell the Information Commissioner's Office.", 'cnilComplaint', true],
  ['208 to 219', "We will always ask you if this is okay first, and you can say no.", 'legalBasis', true],
  ['208 to 219', "Sometimes we will have to tell someone else, like your parents or a doctor, what you said.", 'recipients', true],
  ['208 to 219', "If the youth worker thinks you are in danger, they will have to tell a member of staff.", 'recipients', true],
  ['208 to 219', "The filtering system alerts the designated safeguarding lead to any search that may put a pupil at risk.", 'recipients', true],
  ['208 to 219', "When a post is reported, the teacher and the moderation team are notified.", 'recipients', true],
  ['208 to 219', "- sharing safeguarding concerns and records with the local authority;", 'recipients', true],
  ['208 to 219', "We collect attendance figures and send data to the Department for Education each term.", 'recipients', true],
  ['208 to 219', "This notice explains our rules. Sharing personal information with third parties", 'recipients', false],
  ['208 to 219', "Third parties should give you their own notice about sharing your data with Hollybank.", 'recipients', false],
  ['208 to 219', "We give the county council data for its evaluation of the scheme.", 'recipients', true],
  ['208 to 219', "For exams, candidates' names and dates of birth are registered with the awarding body.", 'recipients', true],
  ['208 to 219', "Les informations recueillies sont à usage interne de l'association.", 'recipients', true],
  ['208 to 219', "Our basis\nYour consent for the newsletter; our contract with you for bookings.", 'legalBasis', true],
  ['208 to 219', "The road safety team uses these details to carry out its public functions.", 'legalBasis', true],
  ['208 to 219', "To carry out its statutory duties, the college needs to hold personal data.", 'legalBasis', false],
  ['208 to 219', "Why and on what basis?\nTo keep the electoral roll and arrange baptisms.", 'purposes', true],
  ['208 to 219', "The academy uses web filtering software to keep pupils safe online.", 'purposes', true],
  ['208 to 219', "Le GIP est responsable du traitement des données de ses clients pour la gestion des commandes.", 'purposes', true],
  ['208 to 219', "Meadowbank Outdoor Learning is responsible for protecting your personal data.", 'controller', true],
  ['208 to 219', "Our school is responsible for protecting your personal data.", 'controller', false],
  ['208 to 219', "The Department of Education and Training collects the information on this form to enrol students.", 'controller', true],
  ['208 to 219', "Northfield Council's School Travel team uses the details you give it to run cycle training.", 'controller', true],
  ['208 to 219', "The parishes of Upton, Elm and Ashby, and their rectors, are all data controllers.", 'controller', true],
  ['208 to 219', "Les données sont enregistrées par l'association Les Petits Bolides dans son fichier d'adhérents.", 'controller', true],
  ['208 to 219', "The data controller is the person or organisation that decides why and how personal data are processed.", 'controller', false],
  ['208 to 219', "When the course is complete, the paper forms are shredded and the files deleted.", 'retention', true],
  ['208 to 219', "Personal data are deleted by the end of 2028.", 'retention', true],
  ['208 to 219', "La durée du prêt est de deux semaines pour les romans.", 'retention', false],
  ['208 to 219', "Vos données sont conservées pendant la durée de l'adhésion.", 'retention', true],
  ['208 to 219', "Chacun·e peut y accéder et les faire rectifier en s'adressant au secrétariat de l'association.", 'rights', true],
  ['208 to 219', "Chacune peut y accéder en s'adressant à l'accueil du centre.", 'rightsContact', true],
  ['208 to 219', "Your rights\nAccess, erasure and objection, exercised through the Benefice Office, The Rectory, Church Street, Elmford EL4 2RT.", 'rightsContact', true],
  ['208 to 219', "Participants can withdraw from the study until the data are analysed.", 'withdrawal', true],
  ['208 to 219', "Without these details, we will not be able to book your place.", 'required', true],
  ['208 to 219', "Une fiche sanitaire est demandée et obligatoire pour les mineurs.", 'required', true],
  ['208 to 219', "Avant de publier une photo, l'autorisation écrite des parents est obligatoire.", 'required', false],
  ['220 to 232', "We are obliged, by law, to pass some information to the local authority.", 'legalBasis', true],
  ['220 to 232', "We are legally obliged to share information with other agencies when a child may be at risk.", 'legalBasis', true],
  ['220 to 232', "Most of the information you give us you are legally obliged to provide.", 'legalBasis', false],
  ['220 to 232', "The college uses \"public task\" as the lawful basis for processing learners' records.", 'legalBasis', true],
  // Relabelled by pass 45: accepting a policy by browsing states no basis (pass 42's convention; pass 37 had read it as one).
  ['220 to 232', "By browsing this site, you accept the practices this privacy policy describes.", 'legalBasis', false],
  ['220 to 232', "We only share it where you have given your consent.", 'legalBasis', true],
  ['220 to 232', "Where you have given consent, the school may send you news.", 'legalBasis', false],
  ['220 to 232', "The charity asks parents to opt in to e-mail news.", 'legalBasis', true],
  ['220 to 232', "When you give us your details to book, we imply that you consent to our collecting them for that reason only.", 'legalBasis', true],
  ['220 to 232', "Written permission will be sought before any photograph is published.", 'legalBasis', true],
  ['220 to 232', "I have a legal duty to keep these records for eight years.", 'legalBasis', true],
  ['220 to 232', "Staff have a legal duty to keep and process information lawfully.", 'legalBasis', false],
  ['220 to 232', "A member must first complete the registration form; a user must give contact details.", 'required', true],
  ['220 to 232', "Without the personal information, a young person cannot join the squadron.", 'required', true],
  ['220 to 232', "Providing these details is a condition of booking.", 'required', true],
  ['220 to 232', "I cannot properly deliver therapy without processing your child's information.", 'required', true],
  ['220 to 232', "We may be legally required to break confidentiality to keep a child safe.", 'required', false],
  ['220 to 232', "Each is a sub-processor under a written contract.", 'recipients', true],
  ['220 to 232', "Third parties may use cookies on this site to collect information for advertising.", 'recipients', true],
  ['220 to 232', "We write termly reports for schools on each pupil's progress.", 'recipients', true],
  ['220 to 232', "The club will never use, share or sell your details to any other party.", 'recipients', true],
  ['220 to 232', "We do not sell your personal information to third parties.", 'recipients', false],
  ['220 to 232', "Vos données ne sont jamais transmises à des tiers.", 'recipients', true],
  ['220 to 232', "The attendance register is given to the school's office each week.", 'recipients', true],
  ['220 to 232', "Passing to the national federation for rating.", 'recipients', true],
  ['220 to 232', "Only some trained people may see your data.", 'rights', false],
  ['220 to 232', "Northgate Youth Choir is responsible for the personal information it collects.", 'controller', true],
  ['220 to 232', "Parents are responsible for the information they give us.", 'controller', false],
  ['220 to 232', "We at Fernhill Tutoring Ltd know that your privacy matters; we collect your personal data to arrange lessons.", 'controller', true],
  ['220 to 232', "We at StudyBee know that your privacy matters; we collect your personal data to arrange lessons.", 'controller', false],
  ['220 to 232', "At Meadow Lane Nursery, like every setting, we collect your personal data to care for your child.", 'controller', true],
  ['220 to 232', "The Regional Youth Orchestras handle all personal information under the Data Protection Act 2018.", 'controller', true],
  ['220 to 232', "La FNJE, fédération agréée, décrit dans ce règlement comment elle recueille les données de ses licenciés.", 'controller', true],
  ['220 to 232', "Each school is the data controller for the data it enters.", 'controller', false],
  ['220 to 232', "We only collect the personal information we need to run the association.", 'purposes', true],
  ['220 to 232', "We may collect your IP address, for fraud prevention.", 'purposes', true],
  ['220 to 232', "Your results will be submitted to the exam board for moderation.", 'purposes', true],
  ['220 to 232', "You will be asked for a phone number so that we can answer your enquiry.", 'purposes', true],
  ['220 to 232', "Your details are collected so that we can arrange the assessment.", 'purposes', true],
  ['220 to 232', "Under the Act we must: collect only the information needed for a specific purpose.", 'legalBasis', false],
  ['220 to 232', "Les données sont supprimées à l'expiration du délai de recours.", 'retention', true],
  ['220 to 232', "We hold these data for the time pupils spend in our schools.", 'retention', true],
  ['220 to 232', "Once the membership card is issued, we delete the copy of your passport.", 'retention', true],
  ['220 to 232', "We keep the photographs for the following academic year.", 'retention', true],
  ['220 to 232', "If you would like a copy of the information we hold about you, please contact Mr Reid, the bursar.", 'rightsContact', true],
  ['220 to 232', "You can stop receiving our newsletter at any time by clicking the link.", 'withdrawal', true],
  ['220 to 232', "You can stop receiving support at any time by contacting the team.", 'withdrawal', false],
  ['220 to 232', "Vous pouvez déposer une plainte auprès de votre autorité compétente en matière de protection des données.", 'cnilComplaint', true],
  ['220 to 232', "Your data are stored only on your device and never leave it.", 'transfers', true],
  ['220 to 232', "Cookies are small files stored on your device.", 'transfers', false],
  ['220 to 232', "Cookies : Non", 'cookies', true],
  ['233 to 244', "Cookies\nLe site dépose un cookie de thème. Il est détruit automatiquement après trois jours.", 'retention', false],
  ['233 to 244', "Données personnelles et cookies\nLes inscriptions sont conservées un an.", 'retention', true],
  ['233 to 244', "Cancellations less than two days before the class are not refunded, and no transfer is allowed.", 'transfers', false],
  ['233 to 244', "There is no transfer of your data outside the UK.", 'transfers', true],
  ['233 to 244', "We may need to send your information to other countries to process your application.", 'transfers', true],
  ['233 to 244', "Everything is stored on UK-based servers.", 'transfers', true],
  ['233 to 244', "Forms are kept on a server located in the European Economic Area.", 'transfers', true],
  ['233 to 244', "We do not share e-mail addresses with sponsors, partners or any other parties.", 'recipients', true],
  ['233 to 244', "We publish the names of prize winners in the local and national press.", 'recipients', true],
  ['233 to 244', "Assessment reports are e-mailed to the school that asked for them.", 'recipients', true],
  ['233 to 244', "We may need to report your child's information to the local authority.", 'recipients', true],
  ['233 to 244', "The information can only be viewed by authorised staff of the club.", 'recipients', true],
  ['233 to 244', "Les données sont réservées au président et au trésorier.", 'recipients', true],
  ['233 to 244', "Vos données ne sont jamais transmises à des tiers.", 'recipients', true],
  ['233 to 244', "Nous ne divulguerons en aucun cas vos coordonnées.", 'recipients', true],
  ['233 to 244', "Details pass between the franchisor and its franchisees to process orders.", 'recipients', true],
  ['233 to 244', "The payment provider needs your card details to verify the payment.", 'recipients', true],
  ['233 to 244', "This policy describes how we use your data and your rights of access and correction.", 'rights', false],
  ['233 to 244', "Every video submission requires a parent's written permission.", 'legalBasis', true],
  ['233 to 244', "We only collect a child's name after obtaining verifiable parental consent.", 'legalBasis', true],
  ['233 to 244', "Our processing is necessary for the performance of your tenancy contract.", 'legalBasis', true],
  ['233 to 244', "We use the details to fulfil the contractual agreement you have entered into.", 'legalBasis', true],
  ['233 to 244', "With your prior consent, we may use photographs on our website.", 'legalBasis', true],
  ['233 to 244', "By giving us your details online, you consent to receive news from us.", 'legalBasis', true],
  ['233 to 244', "By using our website or booking a class, you agree to the practices this policy describes.", 'legalBasis', false],
  ['233 to 244', "By using MyClass you agree to the collection and use of information under this policy.", 'legalBasis', false],
  ['233 to 244', "By using the website, the user agrees to this privacy policy.", 'legalBasis', false],
  ['233 to 244', "It is a statutory requirement for us to have the following information before a child starts.", 'required', true],
  ['233 to 244', "If you do not give all the details we ask for, we may not be able to process your application.", 'required', true],
  ['233 to 244', "L'inscription est la condition préalable à l'adhésion.", 'required', true],
  ['233 to 244', "Any allergy must be disclosed at the time of booking.", 'required', true],
  ['233 to 244', "We need to know who you are and how to reach your emergency contact.", 'required', true],
  ['233 to 244', "We will require your home address if you are injured.", 'required', true],
  ['233 to 244', "Contract: we need to process your data to carry out the assessment you asked for.", 'required', false],
  ['233 to 244', "Data protection law says that the information we hold must be relevant to those purposes.", 'purposes', false],
  ['233 to 244', "2. Why is personal information collected?\n- To arrange appointments and send reports.", 'purposes', true],
  ['233 to 244', "We may collect information on benefits you receive, to claim early years funding.", 'purposes', true],
  ['233 to 244', "Nous utilisons vos données dans l'unique but de traiter vos commandes.", 'purposes', true],
  ['233 to 244', "Card details are used to maintain your subscription.", 'purposes', true],
  ['233 to 244', "Tell us of any allergy, so that the necessary precautions can be taken.", 'purposes', true],
  ['233 to 244', "To arrange your ceremony, we, the Events Office of Northgate University, need to process your data.", 'controller', true],
  ['233 to 244', "Here at Riverside Community Pre-school we take your privacy seriously. We use your personal data to care for your child.", 'controller', true],
  ['233 to 244', "Blossom Pre-school provides a service that collects personal information about children and families.", 'controller', true],
  ['233 to 244', "This notice explains how and why Kingsmead Playgroup CIO collects your child's personal information.", 'controller', true],
  ['233 to 244', "The law gives you the right to be told how the club uses the personal data it holds.", 'controller', false],
  ['233 to 244', "Nous, l'association Les Petits Pas, attachons une grande importance à la vie privée de nos membres.", 'controller', true],
  ['233 to 244', "Operators: Storyhouse Inc., 557 Broadway, New York, NY 10012 ('we') is the data controller.", 'controllerContact', true],
  ['233 to 244', "We do not keep the recording after the ceremony.", 'retention', true],
  ['233 to 244', "Les données sont effacées lors de la radiation de l'adhérent.", 'retention', true],
  ['233 to 244', "Your rights\nYou may review or delete your child's data from your parent account.", 'rightsContact', true],
  ['233 to 244', "Every newsletter carries an unsubscribe link.", 'withdrawal', true],
  ['233 to 244', "Technical data (device, pages viewed) through cookies where allowed.", 'cookies', true],
  ['233 to 244', "\"Cookies\": a small piece of data sent by a web server.", 'cookies', false],
  ['245 to 257', "The controller within the meaning of the GDPR and of other data protection provisions is:\nRheinau Bilingual School gGmbH\nUferstraße 14\n50667 Köln", 'controller', true],
  ['245 to 257', "The controller within the meaning of the GDPR and of other data protection provisions is:\nRheinau Bilingual School gGmbH\nUferstraße 14\n50667 Köln", 'controllerContact', true],
  ['245 to 257', "Identity of the controller: the body responsible under data protection law is\nLakeview Bilingual School AG\nSeestrasse 9\n8800 Thalwil", 'controllerContact', true],
  ['245 to 257', "The controller under Art. 4 (7) GDPR is the parents' association \"Freunde der Waldschule e. V.\".", 'controller', true],
  ['245 to 257', "The person responsible within the meaning of the GDPR is Prof. Dr. Anna Berger (Hauptplatz 3, A-8010 Graz).", 'controller', true],
  ['245 to 257', "The person responsible within the meaning of the GDPR is Prof. Dr. Anna Berger (Hauptplatz 3, A-8010 Graz).", 'controllerContact', true],
  ['245 to 257', "The controller within the meaning of the GDPR is the natural or legal person who decides on the purposes of processing.", 'controller', false],
  ['245 to 257', "As the controller, the Freie Schule Donautal has taken many measures to protect the data processed through this website. We process your data to answer your enquiries.", 'controller', true],
  ['245 to 257', "We are The Harbour Family Trust, 12 Quay Street, Bristol BS1 4DJ.", 'controller', true],
  ['245 to 257', "We are Lockwell Storage Ltd, a company registered in England with number 12345678.", 'controller', false],
  ['245 to 257', "The administrator of your personal data is Zielona Szkoła sp. z o.o., ul. Lipowa 12, 02-715 Warszawa.", 'controller', true],
  ['245 to 257', "The administrator of your personal data is Zielona Szkoła sp. z o.o., ul. Lipowa 12, 02-715 Warszawa.", 'controllerContact', true],
  ['245 to 257', "Baltic Bilingual School, ul. Morska 4, 81-300 Gdynia, is under the GDPR the administrator of your personal data.", 'controller', true],
  ['245 to 257', "The Data Controller, the body that decides why and how the data are processed, is the Hellenic-French School of Patras.", 'controller', true],
  ['245 to 257', "The joint controllers of personal data are:\n1. Vistula Language School sp. z o.o.\n2. Vistula Education Foundation", 'controller', true],
  ['245 to 257', "Who is responsible for the processing?\nColegio Brisa del Mar, S.L.U.\nCalle de la Marina, 18, 28010 Madrid", 'controller', true],
  ['245 to 257', "Who is responsible for the processing?\nColegio Brisa del Mar, S.L.U.\nCalle de la Marina, 18, 28010 Madrid", 'controllerContact', true],
  ['245 to 257', "Data Controller:\nCol·legi Internacional del Turó (also \"the School\")\n- Registered address: Carrer de la Font, 22, 08950 Esplugues de Llobregat, Barcelona", 'controllerContact', true],
  ['245 to 257', "Responsible\nRectorate of the University College of Teacher Education Linz\nSalesianumweg 3\n4020 Linz", 'controller', true],
  ['245 to 257', "Registered name: J K HOLLOWAY\n\nThis privacy notice tells you what to expect us to do with your personal information.", 'controller', true],
  ['245 to 257', "Nordhavn Internationale Skole AB, hereafter NIS, processes personal data in accordance with the GDPR.", 'controller', true],
  ['245 to 257', "This policy answers the main questions about the processing of personal data at Pirin International School Ltd (PIS).", 'controller', true],
  ['245 to 257', "Whether you are a student or a parent, we at the Fjord English School want you to feel safe. We process your personal data to teach your child.", 'controller', true],
  ['245 to 257', "The Data Controller processes the following data:", 'controller', false],
  ['245 to 257', "Any natural or legal person, public authority, agency or other body that processes personal data is a \"data controller\".", 'controller', false],
  ['245 to 257', "We (the \"School\", \"we\" or \"us\") are committed to protecting your privacy.", 'controller', false],
  ['245 to 257', "Who will process my personal data?\nThe controller of your personal data is:\nInternational School of Flanders VZW\nChaussée de Louvain 12, 1300 Wavre, Belgium", 'controllerContact', true],
  ['245 to 257', "The Skagen International School is the data controller. The Skagen International School is located at:\nStrandvejen 9, 9990 Skagen, Denmark", 'controllerContact', true],
  ['245 to 257', "Hillside Youth Club is the data controller for the information we hold.\n- We are based at the Old School Hall, 29 Mill Road, Norwich NR2 3DF.", 'controllerContact', true],
  ['245 to 257', "Brightpath Learning Ltd is the data controller.\nRegistered address: 81 Station Road, Leeds LS1 4AB", 'controllerContact', true],
  ['245 to 257', "With this policy our association wants to inform the public about the nature, scope and purpose of the personal data we collect.", 'purposes', false],
  ['245 to 257', "The data are deleted as soon as the purpose for which they were stored no longer applies.", 'purposes', false],
  ['245 to 257', "Information sent through the website will be used for the purposes specified in this policy.", 'purposes', false],
  ['245 to 257', "\"Special category data\": data that need more protection because they are sensitive.", 'purposes', false],
  ['245 to 257', "Hearthlink collects your e-mail address to send you the monthly newsletter.", 'purposes', true],
  ['245 to 257', "When you visit, we record online identifiers (cookies and IP), stored in log files.", 'cookies', false],
  ['245 to 257', "This cookie policy tells you how cookies are used on our website.", 'cookies', false],
  ['245 to 257', "Where processing is necessary and no legal basis exists for it, we generally obtain the data subject's consent.", 'legalBasis', false],
  ['245 to 257', "Personal data may be processed:\n- to comply with a legal obligation;\n- where a legitimate interest outweighs the individual's need for protection.", 'legalBasis', false],
  ['245 to 257', "Where processing is needed to protect a legitimate interest of ours or of a third party, Art. 6 (1) lit. f GDPR is the legal basis.", 'legitimateInterests', false],
  ['245 to 257', "We use your data to fulfil our obligations as a school under the Independent Schools Act.", 'legalBasis', true],
  ['245 to 257', "The school districts meet their obligations under the state laws.", 'legalBasis', false],
  ['245 to 257', "This obligation is the legal basis for holding these data.", 'legalBasis', true],
  ['245 to 257', "By using our online chat, you understand this and give your explicit consent to it.", 'legalBasis', true],
  ['245 to 257', "Written permission will be asked before photos of pupils are used on the website.", 'legalBasis', true],
  ['245 to 257', "The processing rests on Art. 6 (1) lit. a GDPR, your consent.", 'legalBasis', true],
  ['245 to 257', "Under Law 31/2019, data on vaccinations will also be collected.", 'legalBasis', true],
  ['245 to 257', "Basis of processing\nPersonal data are processed only on the basis of:\na. consent given by the person concerned;\nb. a legal obligation.", 'legalBasis', true],
  ['245 to 257', "What is the legitimacy for processing your data?\nYour consent, or the contract between us.", 'legalBasis', true],
  ['245 to 257', "Only authorised persons have the right to process the data, for the purpose concerned.", 'recipients', true],
  ['245 to 257', "We will not release any personal information to any third party, unless you authorise it or the law obliges us to.", 'recipients', true],
  ['245 to 257', "Their suppliers receive a limited amount of pupil data.", 'recipients', true],
  ['245 to 257', "- The right to data portability: to receive your data in a machine-readable format, or have it sent to another controller.", 'recipients', false],
  ['245 to 257', "Substantial changes will be communicated to data subjects by e-mail.", 'recipients', false],
  ['245 to 257', "- Data transfers outside the European Economic Area (EEA)", 'transfers', false],
  ['245 to 257', "To register a child, we require a parent or guardian to provide their name and e-mail address.", 'required', true],
  ['245 to 257', "A passport photograph will be required.", 'required', true],
  ['245 to 257', "Under school law, pupils or their guardians are legally obliged to provide the personal data needed.", 'required', true],
  ['245 to 257', "Providing your personal data is neither legally nor contractually required.", 'required', true],
  ['245 to 257', "Parents may decide not to give permission, or withdraw permission given earlier.", 'withdrawal', true],
  ['245 to 257', "These consents can be changed at any time.", 'withdrawal', true],
  ['245 to 257', "- References and police certificate (destroyed on receipt).", 'retention', true],
  ['245 to 257', "Applications are processed for that purpose until the end of the recruitment procedure.", 'retention', true],
  ['245 to 257', "Records are kept permanently.", 'retention', true],
  ['258 to 263', "ClassBridge (\"we\", \"our\", \"us\") respects your privacy. This policy explains how we use information in the ClassBridge school management app.", 'controller', false],
  ['258 to 263', "Classmark Ltd (\"we\", \"us\") respects your privacy. This policy explains how we use information in our app.", 'controller', true],
  ['258 to 263', "Hartwell Academy (\"we\", \"us\") respects your privacy. We use your child's information to teach.", 'controller', true],
  // Pass 41 (rounds 265 to 271): a model's bracketed instruction states nothing; nor the end of a retention period, a basis in a list,
  // a right listed about automated decisions; the CNIL model's file kept by a named body, a sole trader, a company written to, names it.
  ['265 to 271', "Vous pouvez accéder à vos données. (Selon la base légale, indiquer aussi : vous pouvez retirer votre consentement à tout moment.)", 'withdrawal', false],
  ['265 to 271', "Vous pouvez accéder à vos données. (Selon la base légale, indiquer aussi : vous pouvez retirer votre consentement à tout moment.)", 'legalBasis', false],
  ['265 to 271', "Vous pouvez retirer votre consentement à tout moment en nous écrivant.", 'withdrawal', true],
  ['265 to 271', "Données du club de lecture : conservées jusqu'au retrait du consentement.", 'withdrawal', false],
  ['265 to 271', "Nos traitements reposent sur l'intérêt légitime de l'association, le consentement ou une obligation légale.", 'legitimateInterests', false],
  ['265 to 271', "Nos traitements reposent sur l'intérêt légitime de l'association à assurer la sécurité de ses locaux.", 'legitimateInterests', true],
  ['265 to 271', "We may use your data to pursue legitimate interests of our own or of others, provided your rights do not override them.", 'legitimateInterests', false],
  ['265 to 271', "For the research and legitimate interest purposes, we link your answers to earnings records.", 'legitimateInterests', false],
  ['265 to 271', "You have the right not to be subject to a decision based solely on automated processing.", 'automatedDecisions', false],
  ['265 to 271', "You may object to direct marketing, including profiling.", 'automatedDecisions', false],
  ['265 to 271', "No decision about you is made solely by automated means.", 'automatedDecisions', true],
  ['265 to 271', "Les réponses au questionnaire sont enregistrées dans un fichier informatisé par le club de randonnée des Monts d'Arrée.", 'controller', true],
  ['265 to 271', "Vos données sont collectées par l'entreprise individuelle Atelier Brindille.", 'controller', true],
  ['265 to 271', "Questions may be sent to help@example.org, or write to us at Brightpath Learning Ltd, 4 Mill Lane, Oxford.", 'controller', true],
  ['265 to 271', "You can complain to the European Data Protection Supervisor (edps@edps.europa.eu).", 'cnilComplaint', true],
  ['265 to 271', "Le Contrôleur européen de la protection des données (edps@edps.europa.eu) : vous pouvez le saisir d'une plainte.", 'cnilComplaint', true],
  ['265 to 271', "Si vous avez une plainte, vous pouvez la porter devant l'Information Commissioner's Office.", 'cnilComplaint', true],
  ['265 to 271', "You can also write to the Data Protection Office at privacy.office@ministry.example.", 'dpo', true],
  ['265 to 271', "Contact our data protection officer through https://forms.example/contact.", 'dpo', true],
  ['265 to 271', "Write to: Data Protection Officer, Learning Agency (Desk 2.14), 9 Canal Row, Leeds, LS1 4AB", 'dpo', true],
  ['265 to 271', "Users can remove themselves from our email notifications at any time.", 'withdrawal', true],
  ['265 to 271', "Pour ouvrir un compte, il est nécessaire et obligatoire de recueillir votre nom et votre courriel.", 'required', true],
  ['265 to 271', "This information is not shared with anyone outside our organisation.", 'recipients', true],
  ['265 to 271', "L'accès à l'espace des licences est réservé à la fédération et à ses clubs.", 'recipients', true],
  ['265 to 271', "Some of this processing lets the school meet its legal rights, duties and obligations, including those under its contracts with parents.", 'legalBasis', true],
  ['265 to 271', "Without an answer within a month, your agreement will be deemed given.", 'legalBasis', true],
  ['265 to 271', "Under the UK GDPR, the lawful basis we rely on to process this information is:\nYour consent. You may withdraw it at any time.", 'legalBasis', true],
  ['265 to 271', "Under the UK GDPR, the lawful basis we rely on to process this information is:\nNot yet decided.", 'legalBasis', false],
  ['265 to 271', "If you would like a copy of the information we hold or share about you, please contact Mrs Ada Lowe.", 'rightsContact', true],
  ['265 to 271', "Anyone may make a subject access request by contacting the Chair.", 'rightsContact', true],
  ['265 to 271', "Vos droits\nVous pouvez demander l'accès à vos données. Adressez votre demande au délégué à la protection des données.", 'rightsContact', true],
  ['265 to 271', "Vos droits\nSi vous avez une plainte, vous pouvez la déposer auprès de la CNIL.", 'rightsContact', false],
  ['265 to 271', "Le transfert de dossiers à l'étranger pour la mobilité des étudiants suppose leur consentement exprès.", 'transfers', true],
  ['265 to 271', "Vos données peuvent être partagées avec nos prestataires, exclusivement dans l'Union européenne.", 'transfers', true],
  // Pass 42 (rounds 272 to 278): a model's blanks say nothing; passed to no third party is a recipient statement; ways to opt out,
  // unsubscribe or say otherwise; a copy by writing; a request form; objecting where we rely on legitimate interests names none.
  ['272 to 278', "[La commune de ………… / Le centre de …………] est responsable du traitement.", 'controller', false],
  ['272 to 278', "Les données sont conservées [indiquer la durée : par exemple 1 an pour les inscriptions].", 'retention', false],
  ['272 to 278', "Vous pouvez contacter le délégué à l'adresse xxxx@xxxx.fr.", 'dpo', false],
  ['272 to 278', "We will not supply or otherwise provide your personal data to any third party without your consent.", 'recipients', true],
  ['272 to 278', "Nous nous engageons à ne jamais communiquer vos informations personnelles à des tiers.", 'recipients', true],
  ['272 to 278', "You can opt out of receiving communications from us at any point.", 'withdrawal', true],
  ['272 to 278', "If at any time you wish to unsubscribe, follow the link in each email.", 'withdrawal', true],
  ['272 to 278', "You agree that the Trust may use your personal data for these purposes unless and until you tell the Trust otherwise.", 'legalBasis', true],
  ['272 to 278', "You agree that the Trust may use your personal data for these purposes unless and until you tell the Trust otherwise.", 'withdrawal', true],
  ['272 to 278', "Most of what we hold is needed for our legitimate interests, such as keeping children safe.", 'legalBasis', true],
  ['272 to 278', "You have the right to a copy of the information we hold about you. To obtain a copy, write to: Records Team, 12 High Street, Leeds, LS1 1AA.", 'rightsContact', true],
  ['272 to 278', "You can ask to see the data we hold about you, or have it corrected or removed, using our online request form.", 'rightsContact', true],
  ['272 to 278', "You can object where we process your data to protect the legitimate interests of the agency.", 'legitimateInterests', false],
  ['272 to 278', "Vous pouvez demander la suppression de vos données dans certains cas (fin du contrat, retrait du consentement).", 'withdrawal', false],
  ['272 to 278', "Droits : accès, rectification, effacement, opposition ; retrait du consentement à tout moment.", 'withdrawal', true],
  ['272 to 278', "Our databases are hosted by a cloud provider in the United States.", 'transfers', true],
  ['272 to 278', "Use our contact form at https://forms.example/privacy to get in touch with our Data Protection Officer.", 'dpo', true],
  ['272 to 278', "\"Brightside\", \"us\" or \"we\" means the owner of this website, Brightside Learning Limited.", 'controller', true],
  ['272 to 278', "We share it with trusted partners, as long as they keep it confidential.", 'retention', false],
  ['272 to 278', "Little Owl Books is committed to protecting your privacy.\nTo stop our mailings, write to us at: Little Owl Books, 12 Mill Road, Leeds.", 'controller', true],
  ['272 to 278', "Little Owl is committed to protecting your privacy.\nWe send our news by email.", 'controller', false],  // Pass 43 (rounds 279 to 288): ways off a mailing list; never passing data to anyone else; where data are processed; what
  // happens without some data; rights written as requests, an account page or a copy by e-mail; a basis in named sections of an
  // act, or in permission given; a government or a named body that holds the data; consent to a transfer, or by registering, is
  // no basis; 'for the purposes of the Act' names who the controller is, it recites nothing.
  ['279 to 288', "Each newsletter explains how to opt out of future mailings.", 'withdrawal', true],
  ['279 to 288', "To stop receiving promotional emails from us, click the link at the foot of any message.", 'withdrawal', true],
  ['279 to 288', "Every message we send gives you the option to be removed from our mailing list.", 'withdrawal', true],
  ['279 to 288', "You may opt out of receiving all of these communications by writing to us.", 'withdrawal', true],
  ['279 to 288', "We do not sell, rent or otherwise disclose your personal details to outside parties.", 'recipients', true],
  ['279 to 288', "Your details will never be sold, or passed to any other company.", 'recipients', true],
  ['279 to 288', "We will never share your information.", 'recipients', true],
  ['279 to 288', "The advertising networks we work with automatically receive your IP address when they show an advert.", 'recipients', true],
  ['279 to 288', "All member records are stored and processed on servers located in Ireland.", 'transfers', true],
  ['279 to 288', "Personal data collected: cookies and usage data. Place of processing: United States.", 'transfers', true],
  ['279 to 288', "Your information may be transferred to countries whose data protection laws are less strict than ours.", 'transfers', true],
  ['279 to 288', "You may choose not to provide some information, in which case we may not be able to offer every feature.", 'required', true],
  ['279 to 288', "Failure to provide the requested details may prevent us from processing your booking.", 'required', true],
  ['279 to 288', "You may ask for details of the personal information we hold about you; a small fee may apply.", 'rights', true],
  ['279 to 288', "You may email us at any time to ask for your details to be removed from our database.", 'rights', true],
  ['279 to 288', "Everything we hold about you can be seen by signing in to your account.", 'rightsContact', true],
  ['279 to 288', "You have the right to see the data we hold about you. For a copy, email records@example.org.", 'rightsContact', true],
  ['279 to 288', "Requests to exercise these rights should be sent to the Data Controller at the contact information above.", 'rightsContact', true],
  ['279 to 288', "We send the newsletter only where you gave your express consent when you signed up.", 'legalBasis', true],
  ['279 to 288', "The Board decides on each application under sections 12 and 14 of the Teachers Act 2001.", 'legalBasis', true],
  ['279 to 288', "We collect and use pupil information under article 6 of the General Data Protection Regulation.", 'legalBasis', false],
  ['279 to 288', "If you live outside the United Kingdom, we move your data there; by giving it to us you consent to that transfer.", 'legalBasis', false],
  ['279 to 288', "By registering with Quizzly and using our services, you consent to the use of your personal data as this policy sets out.", 'legalBasis', false],
  ['279 to 288', "Questions may be sent to a Senior Privacy Advisor, Privacy Office, PO Box 9120, Victoria, telephone 250 555-0142.", 'dpo', true],
  ['279 to 288', "The Government of Westland collects personal information under the authority of section 26(c) of the Act.", 'controller', true],
  ['279 to 288', "Any personal information you give us is held and processed by Learnwise Scotland under that Act.", 'controller', true],
  ['279 to 288', "Any personal information you give us is held and processed by our hosting provider.", 'controller', false],
  ['279 to 288', "The data controller for the purposes of the Act is the Department for Schools, of Carrow House, 12 Mill Lane, London SW1P 9ZZ.", 'controller', true],
  ['279 to 288', "The purposes of the Act are to protect individuals' privacy.", 'controller', false],
  ['279 to 288', "Your information is kept securely until it is no longer required or of use.", 'retention', false],
  ['289 to 301', "In every newsletter we send, you can opt out of these mailings.", 'withdrawal', true],
  ['289 to 301', "You can unsubscribe from these emails at any time by following the link at the bottom of each.", 'withdrawal', true],
  ['289 to 301', "You may change your email preferences at any time on your account page.", 'withdrawal', true],
  ['289 to 301', "Parents may refuse to permit its further collection or use by writing to the head office.", 'withdrawal', true],
  ['289 to 301', "Your details are used for nothing else, and you may opt out at any time.", 'withdrawal', true],
  ['289 to 301', "You may instruct us to send you any personal information we hold about you, subject to a small fee.", 'rights', true],
  ['289 to 301', "All members may change their details at any time by signing in to their account.", 'rights', true],
  ['289 to 301', "To update or correct your (or your pupil's) personal information, email help@wordwell.example.", 'rights', true],
  ['289 to 301', "To update your preferences, ask a question or raise an issue, please contact our office.", 'rights', false],
  ['289 to 301', "You may correct your profile information at any time on your account settings page.", 'rightsContact', true],
  ['289 to 301', "Parents may review their child's information by contacting the staff members listed below.", 'rightsContact', true],
  ['289 to 301', "You may also email privacy@tutorbay.example to delete or update your personal information.", 'rightsContact', true],
  ['289 to 301', "Sparkly.com is deeply committed to protecting the privacy of its visitors. Below is how we manage the information of the people who use our site.", 'controller', true],
  ['289 to 301', "This website is owned by the Harbour Education Council (a registered charity: 123456). We collect personal information such as your name.", 'controller', true],
  ['289 to 301', "Mathsworks, a division of Quarry Networks, Inc., operates this website. We collect personal information such as your name.", 'controller', true],
  ['289 to 301', "Partners host offer forms on the Site which, with your consent, collect the details you entered.", 'legalBasis', true],
  ['289 to 301', "We notify parents when we collect information from children and seek their consent before collecting or disclosing it.", 'legalBasis', true],
  ['289 to 301', "We do not use your email address to send commercial or marketing messages without your consent.", 'legalBasis', true],
  ['289 to 301', "We do not give, share, sell or transfer any personal information to a third party.", 'recipients', true],
  ['289 to 301', "We do not sell your personal information to third parties.", 'recipients', false],
  ['302 to 309', "You cannot opt out of these service messages, which are not promotional.", 'withdrawal', false],
  ['302 to 309', "If you do not want us to use your details to promote our products, opt out by e-mailing your request to info@slateboard.example.", 'withdrawal', true],
  ['302 to 309', "By visiting or using the website, you agree to this privacy policy.", 'legalBasis', false],
  // A promise not to disclose without consent is no legal basis (the convention pass 48 settled, after text 739).
  ['302 to 309', "We will not sell or disclose your name or e-mail address to third parties without your explicit consent.", 'legalBasis', false],
  ['302 to 309', "Your billing details may stay in our records until we no longer consider them needed.", 'retention', false],
  ['302 to 309', "This policy covers how Quillmark Learning, Inc. treats and uses the personal information it collects when you visit our website.", 'controller', true],
  ['302 to 309', "This website belongs to and is run by Harbourline Education Pty Ltd, called \"we\" in this policy. We collect personal information such as your name.", 'controller', true],
  ['302 to 309', "We, fablequest.com, do not sell or pass on anything about your visit to this website.", 'controller', true],
  ['302 to 309', "Quillmark Learning, Inc. uses what it collects to deliver the services you ask for and to contact you.", 'purposes', true],
  ['302 to 309', "To serve our member schools well, Slateboard requires the name and e-mail address of each school's contact.", 'purposes', true],
  ['302 to 309', "Parts of the site carry advertisements. An advertising network, as a third-party vendor, uses cookies to serve ads on this site.", 'purposes', true],
  ['302 to 309', "E-mail info@slateboard.example to ask for access to, correction or deletion of the information you gave us.", 'rightsContact', true],
  ['302 to 309', "You may ask us to delete your account and the information it holds. To do so, contact the account representative listed in the contact section below.", 'rightsContact', true],
  // Pass 46 read the tuned part's own misses (no held-out text).
  ['the tuned part, pass 46', "Maple Lane Primary School privacy notice\n\nWe collect and use information about pupils to support their learning.", 'controller', true],
  ['the tuned part, pass 46', "Privacy Notice for Harbourside Nursery Group\n\nWe collect personal information about the children in our care.", 'controller', true],
  ['the tuned part, pass 46', "Lantern Portraits – School Photography Policy\n\nWe collect and use the photographs taken on picture day. Lantern Portraits, 14 Mill Street, Hove.", 'controller', true],
  ['the tuned part, pass 46', "HousePoints Privacy Policy\n\nWe collect and use information about pupils to award points.", 'controller', false],
  ['the tuned part, pass 46', "Free School Meals privacy notice\n\nWe use the information you give us to check your eligibility.", 'controller', false],
  ['the tuned part, pass 46', "Privacy Policy\n\nAs a childcare provider we follow the data protection rules. We collect personal information about the children in our care.\n\nHere at Station Road Community Pre-school we take your privacy seriously and are committed to protecting the personal data you give us.", 'controller', true],
  ['the tuned part, pass 46', "We are the data controller for the personal data collected through this website.\nWrite to privacy@riverside-kits.com with any question about your information.", 'controllerContact', true],
  ['the tuned part, pass 46', "We are the data controller for the personal data collected through this website.\nOur data protection officer can be reached at privacy@riverside-kits.com.", 'controllerContact', false],
  ['the tuned part, pass 46', "To provide examinations and assessments, the awarding body needs to collect and use information about you.", 'required', true],
  ['the tuned part, pass 46', "To pursue it, the Orchestra needs to receive, store and use certain personal information about its members.", 'required', true],
  ['the tuned part, pass 46', "When you enrol on our courses, we need some basic information to give you a place.", 'required', true],
  ['the tuned part, pass 46', "We need your personal information so that we can offer you our goods and services.", 'required', true],
  ['the tuned part, pass 46', "This information is essential to deliver our services and to keep children safe.", 'required', true],
  ['the tuned part, pass 46', "En accédant au site, vous consentez aux mesures prises par le collège à l'égard de ces renseignements.", 'legalBasis', false],
  ['the tuned part, pass 46', "By engaging with us and giving us your personal information, you consent to its use as this policy describes.", 'legalBasis', false],
  ['the tuned part, pass 46', "Vous consentez à la collecte de votre adresse électronique pour recevoir la lettre d'information.", 'legalBasis', true],
  ['the tuned part, pass 47', "At your request, the school will update, correct or delete any inaccurate or outdated personal data about you.", 'rights', true],
  ['the tuned part, pass 47', "Parents can delete a pupil profile, or their whole account, at any time from the account settings page.", 'rights', true],
  ['the tuned part, pass 47', "You can have all your information deleted at any time by e-mailing us.", 'rights', true],
  ['the tuned part, pass 47', "Anyone who wishes to be removed from the database should e-mail the secretary.", 'rights', true],
  ['the tuned part, pass 47', "Pour toute demande de suppression d'un contenu, écrivez-moi à contact@outils-classe.fr.", 'rights', true],
  ['the tuned part, pass 47', "Les contenus sont supprimés un an après leur dernière modification, sauf si l'utilisateur les a enregistrés dans son compte.", 'rightsContact', false],
  ['the tuned part, pass 47', "Except as this policy explains, we will not release any personal information to any third party unless you authorise it.", 'recipients', true],
  ['the tuned part, pass 47', "We do not keep your data on our servers, sync it between devices, or share it with third parties.", 'recipients', true],
  ['the tuned part, pass 47', "Nothing about your visit is sold, passed on or spread by us.", 'recipients', true],
  ['the tuned part, pass 47', "Your e-mail address will not be used for any other purpose, or disclosed, without your consent.", 'recipients', true],
  ['the tuned part, pass 47', "We never sell your personal information to third parties.", 'recipients', false],
  // Pass 48 read the errors of rounds 310 to 318, which then joined the tuned part.
  ['310 to 318', "Acme Tutors – Privacy Policy\n\nWe post you the courses you order.\n\nMail: Acme Tutors, 12 Mill Lane, Fairbrook, VA 20150", 'controller', true],
  ['310 to 318', "Acme Tutors – Privacy Policy\n\nWe post you the courses you order.\n\nMail: Acme Tutors, 12 Mill Lane, Fairbrook, VA 20150", 'controllerContact', true],
  ['310 to 318', "Privacy Policy for www.kurasikolu.nz\n\nTo run a secure website we use cookies.", 'controller', true],
  ['310 to 318', "Privacy policy | Lernly\n\nLernly takes your privacy to heart.\n\nLernly Corp.\nTorre Pacífica, floor 14", 'controller', true],
  ['310 to 318', "Personal information on this Website is collected by Feewise Global.", 'controller', true],
  ['310 to 318', 'It sets out how "Learnwise Ways" uses and protects any information that you give "Learnwise Ways".', 'controller', true],
  ['310 to 318', "Le responsable du traitement est :\n{{raison_sociale}}, au capital de {{capital}}", 'controller', false],
  ['310 to 318', "Demande par courriel à dpo@votre-lycee.fr ou par courrier.", 'dpo', false],
  ['310 to 318', "You may set your computer to restrict or refuse cookies, but some parts of the site may then not work.", 'rights', false],
  ['310 to 318', "Les données utiles à nos prestations sont gardées le temps de ces finalités.", 'retention', false],
  ['310 to 318', "When you use this site and have not told us otherwise, you agree that we may use your personal information for the purposes in this statement.", 'legalBasis', false],
  ['310 to 318', "We will not distribute your personal information to outside parties without your consent.", 'legalBasis', false],
  ['310 to 318', "- To review, correct, update, delete or otherwise limit our use of your personal information, use the contact form.", 'rights', true],
  ['310 to 318', "- To review, correct, update, delete or otherwise limit our use of your personal information, use the contact form.", 'rightsContact', true],
  ['310 to 318', "If you want to check the personal information we hold about you, or ask for it to be corrected, please write to the Privacy Officer, PO Box 2240, Wellington.", 'rights', true],
  ['310 to 318', "You can remove yourself from this list through the link in each message.", 'withdrawal', true],
  ['310 to 318', "Users can always refuse to supply it, except that this may prevent them from taking part in some activities.", 'required', true],
  ['310 to 318', "To use the Service, users must submit their name and e-mail address.", 'required', true],
  ['310 to 318', "We collect and use only the personal information we need to deliver the service.", 'required', false],
  ['310 to 318', "Le service étant une IA générative, le texte de vos conversations est toutefois envoyé à des fournisseurs tiers.", 'recipients', true],
  ['310 to 318', "We do not sell or redistribute cookie-based information to anyone.", 'recipients', true],
  ['319 to 325', "Vous pouvez accéder à vos données et les rectifier. (selon la base légale du traitement, ajouter aussi : Vous pouvez retirer votre consentement à tout moment)", 'withdrawal', false],
  ['319 to 325', "Vous pouvez accéder à vos données et les rectifier. (en fonction de la base légale du traitement, mentionner également : Vous pouvez retirer votre consentement à tout moment)", 'legalBasis', false],
  ['319 to 325', "Pour exercer ces droits, écrivez à (le cas échéant, notre délégué à la protection des données ou le service chargé de l'exercice de ces droits) : contact@club-judo-exemple.fr", 'dpo', false],
  ['319 to 325', "Pour exercer ces droits, écrivez à (le cas échéant, notre délégué à la protection des données ou le service chargé de l'exercice de ces droits) : contact@club-judo-exemple.fr", 'rightsContact', true],
  ['319 to 325', "We share anonymous aggregate figures with partners for market research and demographic profiling.", 'automatedDecisions', false],
  ['319 to 325', "Because you send us your details, you consent to their use as this notice describes and to their transfer to Canada.", 'legalBasis', false],
  ['319 to 325', "By visiting or otherwise using any of the Tutorly apps, websites and newsletters, you agree to this notice and consent to the processing of your data as it sets out.", 'legalBasis', false],
  ['319 to 325', "Your e-mail address may be required in order for you to create an account or place an order.", 'required', true],
  ['319 to 325', "Some sections of the portal require you to register with your name and e-mail address.", 'required', true],
  ['319 to 325', "Some features require an account.", 'required', false],
  ['319 to 325', "Each newsletter explains how to unsubscribe.", 'withdrawal', true],
  ['319 to 325', "Questions about your account can be sent to our Privacy Director at the address above.", 'dpo', true],
  ['319 to 325', "Please send any request to see your file to the attention of the Privacy Officer.", 'dpo', true],
  ['319 to 325', "Tutorly discloses account details only to its employees and contractors who need them to run the service.", 'recipients', true],
  ['319 to 325', "Anonymous visit statistics are stored for an indefinite amount of time.", 'retention', true],
  ['326 to 328', 'Sportsgrid Web Services, Inc. ("Sportsgrid"), the operator of the Service, will collect your name and e-mail address.', 'controller', true],
  ['326 to 328', 'Teachnest LLC is the operator of this Site and uses the information it collects to run it.', 'controller', true],
  ['326 to 328', 'Google LLC is the operator of the YouTube service and collects what you watch.', 'controller', false],
  ['326 to 328', 'When you give a Mathhive site your personal information, you are sharing it with Mathhive Learning alone.', 'controller', true],
  ['326 to 328', 'At Brightquill.org we use the information you give us only to answer you. Questions: info at brightquill.org', 'controllerContact', true],
  ['326 to 328', 'At Brightquill.org we use the information you give us only to answer you. More is available at www.brightquill.org', 'controllerContact', false],
  ['326 to 328', 'We keep your details on our computers in Canada.', 'transfers', true],
  ['326 to 328', 'Our website is hosted in the State of Oregon, United States.', 'transfers', true],
  ['326 to 328', 'We will never give out your e-mail address.', 'recipients', true],
  ['326 to 328', 'We offer an easy way to unsubscribe from our newsletter.', 'withdrawal', true],
  ['326 to 328', 'Parents may refuse to let us collect any more information from their child.', 'withdrawal', true],
  ['326 to 328', "We delete a child's contact details once the question has been answered.", 'retention', true],
  ['326 to 328', 'The site does not require visitors to give their name to play.', 'required', true],
  ['326 to 328', 'If you refuse them all, you will not be able to use the services that require registration, such as the quiz tools.', 'required', false],
  ['326 to 328', "Before a child under 13 joins, we require the parent or guardian's verifiable consent.", 'legalBasis', true],
  ['326 to 328', "Children's privacy law requires us to obtain a parent's verifiable consent for some of this information.", 'legalBasis', false],
  ['326 to 328', 'The contact details you give will not be used for promotions unless you specifically opt in.', 'legalBasis', true],
  ['326 to 328', 'You may edit your account information at any time by signing in and clicking the Profile link.', 'rights', true],
  ['326 to 328', 'You may edit your account information at any time by signing in and clicking the Profile link.', 'rightsContact', true],
  ['326 to 328', 'To delete or deactivate your account, contact our help desk.', 'rights', true],
  ['326 to 328', 'If you would rather we did not share your details with partner companies, write to us.', 'rights', true],
  ['326 to 328', 'This privacy policy statement tells you what steps you can take to correct inaccurate information.', 'rights', false],
  ['326 to 328', 'Subscribers may be asked to voluntarily submit a name and an e-mail address to open an account.', 'required', true],
  ['326 to 328', 'We need your e-mail address to answer your question.', 'required', true],
  ['326 to 328', 'Harbourline.org takes your privacy very seriously. We collect your name and use the information to run our clubs.', 'controller', true],
  // Pass 51: consent "by using" the site states no basis, however the sentence ends (pass 42's convention).
  ['329 to 389', 'By using our website, you consent to the processing of your browsing data by the analytics provider for the purposes described above.', 'legalBasis', false],
  ['329 to 389', 'By using the Website, you consent to the collection, storage, use and disclosure of personal information under this policy.', 'legalBasis', false],
  ['329 to 389', 'By using Numberfox.com, you consent to the collection and use of your information by Numberfox LLC as described in this Policy.', 'legalBasis', false],
  ['329 to 389', 'By continuing to use the site, you accept the use of your data for these purposes.', 'legalBasis', false],
  ['329 to 389', 'By ticking the box on the form, you consent to the use of your e-mail address for our newsletter.', 'legalBasis', true],
  ['329 to 389', 'By using this form, you consent to our processing your e-mail address to answer your question.', 'legalBasis', true],
  // Pass 52: profiling denied, recited rights and definitions are no automated decision; a role names no controller; a body
  // that collects nothing is none; a breach reported to the regulator is no complaint; a bare basis states no interest.
  ['1 to 393', 'Nous ne vendons aucune donnée et ne faisons aucun profilage.', 'automatedDecisions', false],
  ['1 to 393', "We never use your child's answers for advertising or profiling.", 'automatedDecisions', false],
  ['1 to 393', 'Nous ne prenons aucune décision automatisée et ne faisons aucun profilage.', 'automatedDecisions', true],
  ['1 to 393', 'You also have rights in relation to automated decision-making and profiling.', 'automatedDecisions', false],
  ['1 to 393', 'Vous disposez aussi de droits relatifs aux décisions individuelles automatisées.', 'automatedDecisions', false],
  ['1 to 393', 'Profiling means any form of automated processing used to evaluate personal aspects of a person.', 'automatedDecisions', false],
  ['1 to 393', "« Profilage » : toute forme de traitement automatisé visant à évaluer certains aspects d'une personne.", 'automatedDecisions', false],
  ['1 to 393', 'Usage data may feed demographic profiling, but only once aggregated into anonymous statistics.', 'automatedDecisions', false],
  ['1 to 393', 'The tutoring engine uses profiling to choose the next exercises for each pupil.', 'automatedDecisions', true],
  ['1 to 393', "Le responsable du traitement est l'éditeur du site.", 'controller', false],
  ['1 to 393', 'The data controller is the operator of the platform.', 'controller', false],
  ['1 to 393', 'Le responsable du traitement est la société Edumo SAS.', 'controller', true],
  ['1 to 393', 'Quizly collects, stores and sends no personal data.', 'controller', false],
  ['1 to 393', 'Quizly collects no personal information from anyone without their request, and then only their name and e-mail.', 'controller', true],
  ['1 to 393', 'If a breach puts your rights at risk, we report it to the Information Commissioner within 72 hours.', 'cnilComplaint', false],
  ['1 to 393', 'En cas de violation de données, nous la notifions à la CNIL dans les 72 heures.', 'cnilComplaint', false],
  ["1 to 393", "You can complain to the Information Commissioner's Office.", 'cnilComplaint', true],
  ['1 to 393', '- Legitimate interests of the association', 'legitimateInterests', false],
  ['1 to 393', "- l'intérêt légitime de la société Edumo.", 'legitimateInterests', false],
  ['1 to 393', '- Legitimate interests: keeping the platform and its accounts secure', 'legitimateInterests', true],
  // Pass 53 (French Moodle policies): the DPO and rights reached through the profile page or a contact form, data used
  // 'only for', explicit acceptance, a body that explains how it protects what it processes, data kept on national soil.
  ['394 to 395', 'Depuis votre page de profil, vous pouvez écrire au délégué à la protection des données.', 'dpo', true],
  ['394 to 395', 'Votre page de profil vous offre un lien pour demander une copie de vos données ou leur destruction.', 'rightsContact', true],
  ['394 to 395', 'Vous pouvez mettre à jour votre profil et demander la suppression de votre compte en nous écrivant.', 'rightsContact', false],
  ['394 to 395', 'Un formulaire de contact vous permet de nous en demander la communication ou la suppression.', 'rightsContact', true],
  ['394 to 395', 'Les traces de connexion sont enregistrées : les administrateurs ne s\'en servent que pour résoudre les incidents.', 'purposes', true],
  ['394 to 395', 'Les données ne sont recueillies et traitées que pour le suivi pédagogique des stagiaires.', 'purposes', true],
  ['394 to 395', 'Les partenaires veillent à ce que les données ne soient utilisées que dans le cadre prévu par la présente déclaration.', 'purposes', false],
  ['394 to 395', 'Les stagiaires acceptent explicitement la collecte et le traitement de leurs données.', 'legalBasis', true],
  ['394 to 395', 'En vous inscrivant sur cette plateforme, vous acceptez que vos données y soient traitées comme le décrit ce règlement.', 'legalBasis', false],
  ['394 to 395', "Le traitement repose sur l'intérêt légitime du responsable de traitement.", 'legitimateInterests', false],
  ['394 to 395', "Le traitement repose sur l'intérêt légitime de l'association : garder la plateforme sûre et disponible.", 'legitimateInterests', true],
  ['394 to 395', "L'Union des foyers ruraux (UFR) vous explique comment elle protège les données personnelles qu'elle traite sur son site.", 'controller', true],
  ['394 to 395', 'La présente politique vous explique comment elle protège les données traitées sur le site.', 'controller', false],
  ['394 to 395', 'Les stagiaires fournissent les seules données nécessaires à leur inscription : nom, prénom et courriel.', 'required', true],
  ['394 to 395', 'Toutes les données sont hébergées sur le sol national.', 'transfers', true],
  // Guards from the second reading of passes 52 and 53: what their patterns must not take.
  ['1 to 395', 'Edumo collects no more data than it needs to run the service.', 'controller', true],
  ['1 to 395', 'Les données ne sont pas vendues et servent au suivi ou au profilage des élèves.', 'automatedDecisions', true],
  ['1 to 395', "If we fail to answer, you can report it to the Information Commissioner's Office.", 'cnilComplaint', true],
  ['1 to 395', "- Intérêt légitime de l'association à assurer la sécurité des comptes", 'legitimateInterests', true],
  ['1 to 395', "Le délégué à la protection des données n'a jamais accès à votre profil.", 'dpo', false],
  ['1 to 395', 'Vous pouvez demander la communication du règlement intérieur.', 'rights', false],
  // Pass 54 (rounds 396–397): a person in charge of data protection with a mailbox, opting out of promotional e-mails,
  // 'we require some basic information', children who may not submit without their parents' consent, data sent to a provider.
  ['396 to 397', 'Write to our operations director, who is in overall charge of privacy and data protection: sam.okafor@wordtree.example.', 'dpo', true],
  ['396 to 397', 'Your rights include opting out of promotional emails, of cookies and of some analytics.', 'withdrawal', true],
  ['396 to 397', 'When your school creates your account, we require some basic information: a username and a password.', 'required', true],
  ['396 to 397', "Children under 13 may not submit personal information to the academy without their parents' written consent.", 'legalBasis', true],
  ['396 to 397', "We will not give information about pupils to anyone outside the trust without parental consent.", 'legalBasis', false],
  ['396 to 397', 'Your usage data are transmitted to our hosting provider.', 'recipients', true],
  // (Guards from the second reading of pass 54: others responsible for data protection, a rule imposed on processors.)
  ['396 to 397', 'Teachers are responsible for data protection in their classes; questions go to help@school.example.', 'dpo', false],
  ['396 to 397', 'We require data processors to sign a contract with us.', 'required', false],
  // Pass 55 (rounds 399–401): a student who may keep directory data from being released, an error in one's record, the
  // registrar to ask, 'your only option is not to take part', customers required to give details, children not allowed
  // without a parent's consent, viewing and changing what the profile holds, a not-for-profit body that says 'we collect',
  // choosing not to receive e-mails, being taken off a mailing list.
  ['399 to 401', 'A pupil may keep their directory details from being disclosed by asking the school office.', 'rights', true],
  ['399 to 401', 'A learner who spots a mistake in their personal details can ask the registrar to correct it.', 'rightsContact', true],
  ['399 to 401', 'If you would rather not share all of it, your only choice is not to register.', 'required', true],
  ['399 to 401', 'We require members who join the club to give us an emergency contact.', 'required', true],
  ['399 to 401', 'Data we require you to provide', 'required', false],
  ['399 to 401', 'The service does not allow children under 13 to sign up without the consent of a parent.', 'legalBasis', true],
  ['399 to 401', 'We will not use your information in a way inconsistent with this policy without your prior consent.', 'legalBasis', false],
  ['399 to 401', 'You can see what is stored in your account and make changes to it at any time.', 'rights', true],
  ['399 to 401', 'To view or update your details, sign in to your account.', 'rights', true],
  ['399 to 401', 'Members can change their personally identifiable information from the account page.', 'rights', true],
  ['399 to 401', 'Bright Futures is a charitable foundation that funds school libraries.\nWe collect the names of the volunteers who sign up.', 'controller', true],
  ['399 to 401', 'Our platform is a non-profit organisation.\nWe collect the names of the volunteers who sign up.', 'controller', false],
  ['399 to 401', 'Parents may choose not to receive our newsletters.', 'withdrawal', true],
  ['399 to 401', 'You can ask to be taken off our mailing list.', 'withdrawal', true],
  ['399 to 401', 'You can choose not to receive cookies from third parties.', 'withdrawal', false],
  ['399 to 401', 'You may ask us to correct your details. To request a correction of your data, e-mail records@college.example.', 'rightsContact', true],
  // Pass 56 (rounds 402–403): data kept for a body's exclusive use, an identifier kept in session or local storage, a use
  // or e-mails once consent is given (not a disclosure), opting out of announcements, the contact form to request
  // access, the mailbox for "GDPR rights".
  ['402 to 403', "Les données sont réservées à l'usage exclusif de l'association.", 'recipients', true],
  ['402 to 403', 'Your visits are counted with an identifier stored only in localStorage.', 'cookies', true],
  ['402 to 403', 'If you have given us your consent, we will send you our newsletter.', 'legalBasis', true],
  ['402 to 403', 'We never share your details, except where you have given us permission.', 'legalBasis', false],
  ['402 to 403', 'For members who have given us their consent, we send a monthly digest.', 'legalBasis', true],
  ['402 to 403', 'Parents can opt out of school announcements and other e-mails by changing their settings.', 'withdrawal', true],
  ['402 to 403', 'You can also write to us via our contact form to request access to your records.', 'rightsContact', true],
  ['402 to 403', 'For data protection rights, write to rights@school.example.', 'rightsContact', true],
  // Pass 57 (false readings left by earlier passes, rounds 373–391): staff who need it can see the data (no right), the
  // CNIL's own DPO recopied by a site, taking part in web measurement (how to refuse, not a withdrawal), users outside the
  // EU (no transfer), a promise not to publish without consent (no basis); and what must stay read.
  ['373 to 391', 'Only employees who need it for customer service can see your personal information.', 'rights', false],
  ['373 to 391', 'Pour exercer vos droits sur les traitements gérés par la CNIL, vous pouvez écrire à son délégué à la protection des données, 3 place de Fontenoy, 75007 Paris.', 'dpo', false],
  ['373 to 391', 'If you do not wish to take part in web measurement, follow the opt-out instructions on the portal.', 'withdrawal', false],
  ['373 to 391', '- For visitors outside the European Union, advertisers set their own cookies.', 'transfers', false],
  ['373 to 391', 'We will not publish the names of pupils who write to us without their consent.', 'legalBasis', false],
  ['373 to 391', "We will not use your child's photograph without your consent.", 'legalBasis', true],
  ['373 to 391', 'Your data are stored on servers outside the European Union.', 'transfers', true],
  ['373 to 391', 'Pour exercer vos droits, vous pouvez contacter notre délégué à la protection des données à dpd@ecole.example.', 'dpo', true],
  // Pass 58 (rounds 404–406): a product that calls itself "the App" and "we" names no controller; a claim lodged with
  // the supervisory authority is the complaint.
  ['404 to 406', 'Brightlearn ("the App", "we", "our", "us") is a reading app for children.\nWe store the progress you make on the device.', 'controller', false],
  ['404 to 406', 'Brightlearn Ltd ("the App", "we", "our", "us") makes a reading app for children.\nWe collect your e-mail address to send receipts.', 'controller', true],
  ['404 to 406', 'You may lodge a claim with the competent supervisory authority.', 'cnilComplaint', true],
  // Pass 59 (rounds 407–408): « droit de retirer … un consentement » in a list of rights, an account that holds « au
  // minimum » some data (required), and a length rule that is not.
  ['407 to 408', 'Les utilisateurs disposent des droits suivants :\n- droit de retirer à tout moment un consentement ;', 'withdrawal', true],
  ['407 to 408', 'Chaque inscription comporte au minimum un nom et une adresse e-mail.', 'required', true],
  ['407 to 408', 'Le mot de passe contient au moins huit caractères.', 'required', false],
  // Pass 60 (rounds 409–410): a site "owned and run by" a named person or body names the controller; a host, a team do not.
  ['409 to 410', 'This blog is owned and maintained by Jean Dupont.', 'controller', true],
  ['409 to 410', 'The site is run by a third-party host.', 'controller', false],
  ['409 to 410', 'This website is maintained by our web team.', 'controller', false],
  // Pass 61 (round 411): data "never used to contact" users unless they consent is a use resting on consent; a sale
  // unless one consents is a promise (pass 48's convention).
  ['411', 'Your e-mail address will never be used to send marketing e-mails to you unless you have given explicit consent.', 'legalBasis', true],
  ['411', 'Your data will never be sold to third parties unless you consent.', 'legalBasis', false],
  // Pass 62 (the tuned part's required misses): not giving enough data, declining or withdrawing, "may then be unable to
  // provide" the service; data « indispensables » or "essential" to a task; not essential cookies or reading.
  ['tuned part', 'If you do not give us enough details, we may be unable to provide some of the services.', 'required', true],
  ['tuned part', 'Ces informations sont indispensables pour traiter votre inscription.', 'required', true],
  ['tuned part', 'The information below is essential reading for parents.', 'required', false],
  ['tuned part', 'Essential cookies are strictly necessary for the site to work.', 'required', false],
  // Pass 63 (the tuned part's withdrawal misses): an easy or one-click unsubscribe, telling us "if you no longer want"
  // marketing, those "who no longer want our e-mails", stopping marketing e-mails by some means, managing one's
  // communication preferences; not stopping the use of a service.
  ['tuned part', '- A monthly newsletter, with one-click unsubscribe.', 'withdrawal', true],
  ['tuned part', 'You can tell us at any time if you no longer want our newsletter.', 'withdrawal', true],
  ['tuned part', 'Parents who no longer want our e-mails can change their settings.', 'withdrawal', true],
  ['tuned part', 'You can stop marketing e-mails at any time by replying STOP.', 'withdrawal', true],
  ['tuned part', 'You can manage your communication preferences in your account.', 'withdrawal', true],
  ['tuned part', 'You can stop using the service at any time.', 'withdrawal', false],
  // (Guards from the second reading of passes 55–63: the body keeping data from disclosure is security, not an
  // objection; declining cookies is how to refuse them, not the required item.)
  ['399 to 413', 'We keep your information from being disclosed to anyone who should not see it; you can ask us about it.', 'rights', false],
  ['399 to 413', 'If you decline cookies, we may be unable to provide some features of the site.', 'required', false],
  // Pass 64 (2040, tuned): the body a page's title names in a part of its own ("Westfield College :: Privacy") in a
  // notice that speaks as "we"; not a title's topic, not a page that explains the rules.
  ['411', 'Westfield College :: Privacy\nThis statement explains what information we gather when you visit our website.', 'controller', true],
  ['411', 'Privacy | What parents should know about school data\nWe collect the names of the pupils who sign up for clubs.', 'controller', false],
  ['411', 'Riverside Academy :: Privacy policy\nThis page explains the rules that apply to schools.', 'controller', false],
  // Pass 65 (rounds 414 to 419 and the tuned part's rights misses): a sentence that opens "To change or delete…",
  // "To update, correct or delete…" (commas allowed) or "To remove your data from our database…", the users "of the
  // website" who may change their details, changing information "you gave us", details that "can be deleted at any
  // time"; not another document that "explains how" one can see one's data, a password, a colour theme, or "we may update".
  ['414 to 419', 'To change or delete the details we hold about you, e-mail privacy@tutors.example.', 'rights', true],
  ['414 to 419', 'To update, correct or delete your information, open the settings of your account.', 'rights', true],
  ['414 to 419', 'To remove your data from our database, use the members page.', 'rights', true],
  ['tuned part', 'All users of the website may change their details at any time from their account page.', 'rights', true],
  ['tuned part', 'You may choose to opt out, or change or modify information you gave us, in these ways.', 'rights', true],
  ['tuned part', 'Your details can be deleted at any time.', 'rights', true],
  ['tuned part', 'The college keeps a plan, which explains how you can access and amend your personal information.', 'rights', false],
  ['414 to 419', 'To change your password, use the link on the sign-in page.', 'rights', false],
  ['tuned part', 'Users of the site may change the colour theme in the settings.', 'rights', false],
  ['414 to 419', 'We may update your details when your school sends us new records.', 'rights', false],
  // Pass 66 (the tuned part's required and withdrawal misses): a form that "requires you to give us" details, "you must
  // create an account and give", a field marked "(obligatoire)", "we also require parents' …", declining "in which case"
  // a domain-named site "may be unable"; unsubscribing "from our newsletters", "if you do not want our mailings, e-mail
  // x@…", e-mail preferences changed with other details, "unless you ask us not to", a parent refusing further collection;
  // not a meeting marked "(obligatoire)", nor a body that "may refuse further use of the site".
  ['tuned part', 'Our sign-up form requires you to give us your name and e-mail address.', 'required', true],
  ['tuned part', 'To book a course you must create an account and give your card details.', 'required', true],
  ['tuned part', '- Votre adresse électronique (obligatoire)', 'required', true],
  ['tuned part', "We also require parents' phone numbers for emergencies.", 'required', true],
  ['tuned part', 'You may of course decline to submit any details, in which case site.example may be unable to answer you.', 'required', true],
  ['tuned part', 'Réunion de rentrée (obligatoire) le 3 septembre.', 'required', false],
  ['tuned part', 'Members can sign up to or unsubscribe from our newsletters on the members page.', 'withdrawal', true],
  ['tuned part', 'If you do not want our mailings, e-mail office@club.example.', 'withdrawal', true],
  ['tuned part', 'You can change your account details and e-mail preferences on your profile page.', 'withdrawal', true],
  ['tuned part', 'Unless you ask us not to, we may e-mail you news of new courses.', 'withdrawal', true],
  ['tuned part', "Parents may refuse further collection of their child's information at any time.", 'withdrawal', true],
  ['tuned part', 'We may refuse further use of the site to anyone who breaks these rules.', 'withdrawal', false],
  // Pass 68 (the tuned part's legal basis misses): collecting or using "only with your knowledge and consent", "we obtain
  // your consent to their collection", consent "required for the use", data « recueillies avec votre consentement »,
  // "with your consent, we keep…", a parent's consent needed under 16 (pass 50's reading); not a promise not to share
  // without consent (pass 48), nor a parent's help.
  ['tuned part', 'We collect, use or share your details only with your knowledge and consent.', 'legalBasis', true],
  ['tuned part', 'We tell you why we collect your details and we obtain your consent to their collection.', 'legalBasis', true],
  ['tuned part', "Members' knowledge and consent are required for the use of their details.", 'legalBasis', true],
  ['tuned part', 'Les données recueillies avec votre consentement servent à gérer votre adhésion.', 'legalBasis', true],
  ['tuned part', 'With your consent, we keep your card details to bill you each term.', 'legalBasis', true],
  ['tuned part', "Pupils under 16 need a parent's consent to join the club.", 'legalBasis', true],
  ['tuned part', 'We will never share your details without your consent.', 'legalBasis', false],
  ['tuned part', 'Children under 13 need a parent to help them choose a book.', 'legalBasis', false],
];

describe('one sentence, one item (rounds 49 to 419, and the tuned part at passes 46 and 47)', () => {
  it.each(ONE_SENTENCE_READINGS)('rounds %s: %s → %s %s', (_rounds, text, item, present) => {
    expect(analyseNotice(text).status[item] === 'present').toBe(present);
  });
  it.each([
    'By using Numberfox.com, you consent to the collection and use of your information by Numberfox LLC as described in this Policy.',
    'By continuing to use the site, you accept the use of your data for these purposes.',
    'By using the App, you accept this policy.',
  ])('consent by using the site leaves the legal basis to check: %s', (text) => {
    expect(analyseNotice(text).status.legalBasis).toBe('unclear');
  });
  it('names the rights a sentence gives: seeing and updating one\'s details, having them corrected or deleted (pass 65)', () => {
    expect(analyseNotice('You can view and update your contact information on your profile page.').rights).toEqual(['access', 'rectification']);
    expect(analyseNotice('Vous pouvez demander à voir les résultats de votre enfant, à les faire corriger ou à les faire supprimer en écrivant au secrétariat.').rights).toEqual(['rectification', 'erasure']);
  });
  it('the controller\'s postal address given to write to its DPO is the controller\'s contact, not an adviser\'s (pass 67)', () => {
    const body = 'In this notice, "we" or "us" means the Assembly, which is responsible for your personal information.\nWe use your details to run the youth assembly.\nWe keep them for two years.\nWe share them with the schools that take part.\nWe do not sell them.\nWe keep them secure.\nWe review this notice every year.\n';
    expect(analyseNotice(body + "If you have any question, please contact the Assembly's Data Protection Officer at: 3 Castle Street, Cardiff CF10 1BH.").status.controllerContact).toBe('present');
    expect(analyseNotice(body + 'If you have any question, please contact our Data Protection Officer, Governa Advisers, at: 41 Red Lion Street, London WC1R 4PF.').status.controllerContact).toBe('absent');
  });
  it('a body named with its kind that commits or speaks as "we" is the controller; a brand alone is not (pass 69)', () => {
    const discloses = '\nWe will disclose your personal data to other departments only where the law requires it.';
    expect(analyseNotice('Harefield Forest Schools is committed to protecting your privacy.\nWe collect personal information when you book a session.').status.controller).toBe('present');
    expect(analyseNotice('The Examinations Bureau is committed to protecting the privacy of individuals.' + discloses).status.controller).toBe('present');
    expect(analyseNotice('Quizzly is committed to protecting your privacy.' + discloses).status.controller).toBe('absent');
    expect(analyseNotice('At Marsh Lane Primary School, we use filtering software on every school laptop to keep pupils safe online.').status.controller).toBe('present');
    expect(analyseNotice('At Brightbox, we use filtering software on every laptop to keep pupils safe online.').status.controller).toBe('absent');
  });
  it('the controller\'s contact: its sub-processors do not make it a processor; where to send questions is its contact (pass 69)', () => {
    const shop = 'Kettle Crafts Ltd, registered in England. Write to privacy@kettlecrafts.example with any question.\n';
    expect(analyseNotice(shop + 'We are the data controller for the personal data collected on this website.\nOur shop platform holds your order; couriers deliver it. Each is a sub-processor under a written contract.').status.controllerContact).toBe('present');
    expect(analyseNotice(shop + 'We are the data controller for our own mailing list.\nFor schools, we are a sub-processor under a written contract.').status.controllerContact).toBe('absent');
    const press = 'This policy explains how Storyhill Press Inc. ("we") collects and uses your information.\n';
    expect(analyseNotice(press + 'For any question about this policy, email questions@shbooks.example.').status.controllerContact).toBe('present');
    expect(analyseNotice(press + 'Please send enquiries to: admin@shbooks.example').status.controllerContact).toBe('present');
    expect(analyseNotice(press + "For any question about your rights, see the regulator's website.").status.controllerContact).toBe('absent');
  });
  it('who "we" are: a company "we" means, a site named by its address that wrote the notice, a name written again over an address (pass 70)', () => {
    const collects = '\nWe collect the names of the pupils whose meals you pay for.';
    expect(analyseNotice('In this policy, "we", "our" and "us" mean Lunchline Payments, Inc., and "you" means anyone who uses our website.' + collects).status.controller).toBe('present');
    expect(analyseNotice('In this policy, "we", "our" and "us" mean the Lunchline app.' + collects).status.controller).toBe('absent');
    const members = '\nWe collect personal information about our members to run the service.';
    expect(analyseNotice('Wordhopper.com has written this privacy statement to show our commitment to privacy.' + members).status.controller).toBe('present');
    expect(analyseNotice('Booksforall.org is a nonprofit website that lends audiobooks to pupils.' + members).status.controller).toBe('present');
    expect(analyseNotice('This site is a nonprofit website that lends audiobooks to pupils.' + members).status.controller).toBe('absent');
    const portfolia = 'Portfolia respects the privacy of everyone who uses the Portfolia service.\nWe collect information about our users.\n';
    expect(analyseNotice(portfolia + 'Write to Portfolia, Attn: Privacy Desk, 40 Westminster Street, Providence, RI 02903.').status.controller).toBe('present');
    expect(analyseNotice(portfolia + 'Write to our privacy desk.').status.controller).toBe('absent');
  });
  it('what must be given, and what a file is for (pass 70)', () => {
    expect(analyseNotice('Everything we ask for is needed for your child to take part in the programme.').status.required).toBe('present');
    expect(analyseNotice('To create an account, you need to enter your name and an e-mail address.').status.required).toBe('present');
    expect(analyseNotice('You need to enter the code your teacher gave you.').status.required).toBe('absent');
    expect(analyseNotice('Les informations que vous saisissez sont enregistrées dans un fichier informatisé pour constituer la liste des anciens élèves du lycée.').status.purposes).toBe('present');
  });
  it('a company that respects privacy, a regulator to complain to, what cannot be provided without the data, opting out in one\'s account (pass 71)', () => {
    expect(analyseNotice('Brightleaf Reading, Inc., an Ohio corporation ("Brightleaf"), respects your privacy.').status.controller).toBe('present');
    expect(analyseNotice('Brightleaf respects your privacy.').status.controller).toBe('absent');
    expect(analyseNotice('If you live in the EEA, you may also complain to your local data protection regulator.').status.cnilComplaint).toBe('present');
    expect(analyseNotice('The regulator says schools must answer within a month.').status.cnilComplaint).toBe('absent');
    expect(analyseNotice('If you or your organisation do not give us the information we ask for, Brightleaf cannot provide the service.').status.required).toBe('present');
    expect(analyseNotice('If you do not want some of these, you can opt out on your account page.').status.withdrawal).toBe('present');
    expect(analyseNotice('You can opt out of cookies in your browser.').status.withdrawal).toBe('absent');
    expect(analyseNotice('Once registered, you can look at and change your information in your account area.').rights).toEqual(['access', 'rectification']);
    expect(analyseNotice('You may have the rights to access your data and take it with you.').rights).toEqual(['access', 'portability']);
  });
  it('a mailbox written with {at}, a registration that needs data, data sent to another country, a DPO still to appoint, a closing contact card (pass 72)', () => {
    expect(sentencesOf('Write to deskteam{at}maplequiz.com.')[0]!.folded).toBe('write to deskteam@maplequiz.com.');
    expect(sentencesOf('We met at maplequiz.com.')[0]!.folded).toBe('we met at maplequiz.com.');
    expect(analyseNotice('To sign up, a teacher must give a name and a school e-mail address.').status.required).toBe('present');
    expect(analyseNotice('To sign up, visit our website.').status.required).toBe('absent');
    expect(analyseNotice('We may send the data we hold to Canada and other countries.').status.transfers).toBe('present');
    expect(analyseNotice('We send newsletters to the United States and Canada.').status.transfers).toBe('absent');
    expect(analyseNotice('Data protection officer\nWe will appoint a data protection officer if the law requires it.\nOur team, and any officer appointed, can be reached at team@maplequiz.com.').status.dpo).toBe('unclear');
    expect(analyseNotice('Such processing is in our legitimate interests.').status.legitimateInterests).toBe('present');
    expect(analyseNotice('Ces journaux nous servent uniquement à corriger les pannes.').status.purposes).toBe('present');
    // The body that "collects" gives its contact at its own domain; another domain is not its contact.
    const collects = 'This notice explains how Maplequiz collects, uses, stores and discloses information.\nData protection officer\nWe will appoint a data protection officer if the law requires it.\nYour account\nFor help with your account, write to ';
    expect(analyseNotice(collects + 'hello@maplequiz.com.').status.controllerContact).toBe('present');
    expect(analyseNotice(collects + 'hello@northwind.com.').status.controllerContact).toBe('absent');
    // A notice in "we" closing on its company's card: the company the notice calls itself by, and its address.
    const card = analyseNotice('We collect your e-mail address to send you quizzes.\nMaplequiz is hosted in Ireland.\nContact us\nMaplequiz Labs, Inc.\nAttn: Privacy\n525 Bryant Street, San Francisco, CA 94107');
    expect(card.status.controller).toBe('present');
    expect(card.excerpts.controllerContact).toBe('Maplequiz Labs, Inc. 525 Bryant Street, San Francisco, CA 94107');
    expect(analyseNotice('We collect your e-mail address to send you quizzes.\nContact us\nNorthwind Hosting, Inc.\nAttn: Privacy\n525 Bryant Street, San Francisco, CA 94107').status.controller).toBe('absent');
  });
  it("rights asked as « demander qu'elles soient corrigées », taking part 'entirely voluntary', a required profile field (pass 73)", () => {
    expect(analyseNotice('Vous pouvez demander que vos données soient corrigées ou effacées.').rights).toEqual(['rectification', 'erasure']);
    expect(analyseNotice("Vous pouvez demander qu'elles soient supprimées.").rights).toEqual(['erasure']);
    expect(analyseNotice('Taking part in our quizzes is entirely voluntary.').status.required).toBe('present');
    expect(analyseNotice('You can delete any information that is not a required profile field.').status.required).toBe('present');
    expect(analyseNotice('Our quizzes are entirely free.').status.required).toBe('absent');
  });
  it('an answer that leaves its verb to the question, stopping e-mails, seeing and editing, a body that created its privacy statement (pass 74)', () => {
    expect(analyseNotice('How do we use what we collect?\nMainly to process payments and to answer you.').status.purposes).toBe('present');
    expect(analyseNotice('What do we collect?\nFor each child, a name and a class.').status.purposes).toBe('absent');
    expect(analyseNotice('To stop our e-mails, write to us.').status.withdrawal).toBe('present');
    expect(analyseNotice('Parents can see, update and edit the information we hold.').rights).toEqual(['access', 'rectification']);
    // The template's opening names the controller where the notice writes the name again with its legal form (its site's suffix between).
    const opening = 'Quillby has created this privacy statement in order to demonstrate our firm commitment to privacy.\nWe collect your name to run your account.';
    expect(analyseNotice(opening + '\nYou may not use our marks without the consent of Quillby.Net, Inc.').status.controller).toBe('present');
    expect(analyseNotice(opening).status.controller).toBe('absent');
  });
  it("a processing that rests on articles of a code, the address of the controller's identity block (pass 75)", () => {
    expect(analyseNotice("Le traitement repose sur les articles L. 411-1 et suivants du code des relations entre le public et l'administration.").status.legalBasis).toBe('present');
    expect(analyseNotice('Cette politique repose sur la loi du 6 janvier 1978.').status.legalBasis).toBe('absent');
    const head = "RH 1D – pièces des lauréats\nNotice détaillée du traitement mis en œuvre pour recueillir les pièces justificatives (diplôme ou expérience) des candidats admis au concours de professeurs des écoles\nIdentité et coordonnées de l'organisme responsable du traitement :\nMinistère de l'Éducation nationale – Académie de Guyane,\nDivision des personnels enseignants du premier degré – DIPE2\n";
    const tail = "Finalités\n- Recueillir les demandes de temps partiel.\nDroits des personnes concernées\nPour toute question, vous pouvez joindre la déléguée à la protection des données de l'académie : dpd@ac-guyane.fr.";
    expect(analyseNotice(head + '12 rue Lalouette, 97300 Cayenne\nTél. : 05 94 27 20 00\n' + tail).excerpts.controllerContact).toBe('Division des personnels enseignants du premier degré – DIPE2 12 rue Lalouette, 97300 Cayenne');
    expect(analyseNotice(head + tail).status.controllerContact).toBe('absent');
  });
  it('a brand alone that speaks as "we" names no controller; a company or an address behind it does (pass 76)', () => {
    const brand = 'At Chatterbee, we take your privacy very seriously.\nWe collect your name and e-mail address to run your account.';
    expect(analyseNotice(brand).status.controller).toBe('absent');
    expect(analyseNotice(brand + '\nChatterbee is a service of Chatterbee Labs, Inc.').status.controller).toBe('present');
    expect(analyseNotice(brand + '\nWrite to us at 12 Mill Lane, Leeds LS1 4AB.').status.controller).toBe('present');
    expect(analyseNotice('At Hillcrest School, we take your privacy very seriously.\nWe collect your name and e-mail address to run your account.').status.controller).toBe('present');
  });
  it('access given on request to review or ask for changes, records asked to be removed, e-mails that say how to unsubscribe, data users must give (pass 77)', () => {
    expect(analyseNotice('On request, we will give you reasonable access to the personal information we hold about you, to review it or ask for changes.').rights).toEqual(['access', 'rectification']);
    expect(analyseNotice('Parents may ask that the records of their children be removed.').rights).toEqual(['erasure']);
    expect(analyseNotice('Every e-mail says how to unsubscribe.').status.withdrawal).toBe('present');
    expect(analyseNotice('Users can always refuse to give it, though that may keep them out of some activities.').status.required).toBe('present');
    expect(analyseNotice('Schools that use the service must also give a first and last name for each student.').status.required).toBe('present');
    expect(analyseNotice('In an outbreak, the head teacher must provide the names of all pupils to the health authority.').status.required).toBe('absent');
  });
  it('no basis from a use for "any other purpose" without consent; access to what "we hold", ways to review and delete, pages that let you change (pass 78)', () => {
    expect(analyseNotice('We will not use it for any other purpose without your consent.').status.legalBasis).toBe('absent');
    expect(analyseNotice('We will not use the photographs without your consent.').status.legalBasis).toBe('present');
    expect(analyseNotice('You may access the personal information we hold about your students at any time.').rights).toEqual(['access']);
    expect(analyseNotice("We give you ways to review, update, correct or delete your students' personal information.").rights).toEqual(['access', 'rectification', 'erasure']);
    const pages = analyseNotice('The "edit profile" and "account settings" pages let you see, and sometimes change, your personal information.');
    expect(pages.rights).toEqual(['access', 'rectification']);
    expect(pages.status.rightsContact).toBe('present');
  });
  it("processing done on behalf of a named university's president; « elles peuvent s'opposer … qu'il soit limité »; data seen or processed only by named staff (pass 79)", () => {
    const behalf = "Les données de l'application font l'objet de traitements réalisés par la maison internationale pour le compte du président de l'Université de Val-de-Sèvre.";
    expect(analyseNotice(behalf).status.controller).toBe('present');
    expect(analyseNotice("Les démarches sont des traitements effectués par les services municipaux pour le compte du maire de la Collectivité.").status.controller).toBe('absent');
    expect(analyseNotice("Les personnes concernées disposent d'un droit d'accès. Elles peuvent s'opposer à leur traitement et demander qu'il soit limité.").rights).toEqual(['access', 'opposition', 'limitation']);
    expect(analyseNotice("These data are seen only by the university's communication and web services.").status.recipients).toBe('present');
    expect(analyseNotice('The personal data are processed by the staff authorised to answer your questions.').status.recipients).toBe('present');
    expect(analyseNotice('Les données recueillies sont traitées uniquement par les agents habilités du service.').status.recipients).toBe('present');
    expect(analyseNotice('The personal data are processed by our hosting provider in Ireland.').status.recipients).toBe('absent');
  });
  it('a duty to give a privacy notice, recited, is no purpose of this notice (pass 80)', () => {
    expect(analyseNotice('Schools and the other bodies that process pupil data must, under the Act, give parents a privacy notice telling them the purposes for which the data may be held.').status.purposes).toBe('absent');
    expect(analyseNotice("Les établissements doivent remettre aux familles une notice d'information sur les finalités des traitements.").status.purposes).toBe('absent');
    expect(analyseNotice('We use the data to support pupil learning and to monitor progress.').status.purposes).toBe('present');
  });
  it('a company the notice defines as "we", owns the information, is "important to us at", or runs the site named as its domain, is the controller (pass 81)', () => {
    const read = (t: string) => analyseNotice(t + '\nWe collect your name and e-mail address to run your account.').status.controller;
    expect(read('At Relay101, Inc. ("Relay," "we," "us," "our"), we know you care how your personal information is used.')).toBe('present');
    expect(read('"Site" means www.flashdeck.com and its apps; "we" and "us" mean Flashdeck, Inc.')).toBe('present');
    expect(read('CiteCraft, Inc. is the sole owner of any information collected on our site.')).toBe('present');
    expect(read('All personally identifiable information collected from the Site is the property of Quillery University, Inc.')).toBe('present');
    expect(read("Your child's privacy is important to us at Meridian Inc.")).toBe('present');
    expect(read('ScienceSnacks.com is owned and operated by Lumio Web Technologies Pvt Ltd.')).toBe('present');
    expect(read('Welcome to the website (the "Website") operated by BRIGHTEST LEARN, INC.')).toBe('present');
    expect(read('The Platforms are operated by Crayonbox Workshop, located at 1850 Broadway, New York, NY 10023.')).toBe('present');
    // A hostel owned by a company with a registered office is no site run by it.
    expect(analyseNotice('Cheviot Youth Hostel is owned by Cheviot Hostel Events Ltd, whose registered office is at 30 Cheviot Street, Wolford.').status.controller).toBe('absent');
  });
  it('a company with its short name quoted in a sentence that speaks as "we"; use only with a parent\'s or the user\'s consent; an account "removed" (pass 82)', () => {
    expect(analyseNotice('TallyPad, Inc. ("Company") knows that you care how your personal information is used, and we take your privacy seriously.').status.controller).toBe('present');
    expect(analyseNotice('We use Google Analytics. Google LLC ("Google") sets its own cookies.').status.controller).toBe('absent');
    expect(analyseNotice('If you are under 18, you may use this service only with the express consent of your parent or guardian.').status.legalBasis).toBe('present');
    expect(analyseNotice('We may quote feedback, but we name the user who gave it only with that user\'s permission.').status.legalBasis).toBe('present');
    expect(analyseNotice('You may ask at any time to have your account and profile removed.').rights).toEqual(['erasure']);
  });
  it('a company named with its legal form that collects or shares; who it shares with, releases for the law; an option to opt out; opting in; "when we need it to provide" (pass 83)', () => {
    expect(analyseNotice('Readwell Learning Systems, Inc. collects contact information from its customers.').status.controller).toBe('present');
    const shares = analyseNotice('Readwell Learning Systems, Inc. shares contact information (name, address, telephone) with our local authorized representatives.');
    expect(shares.status.controller).toBe('present');
    expect(shares.status.recipients).toBe('present');
    expect(analyseNotice('ClassNest shares information with a small number of partners.').status.controller).toBe('absent');
    expect(analyseNotice('Readwell Learning Systems, Inc. will not share your contact information with other businesses.').status.recipients).toBe('absent');
    expect(analyseNotice('We may employ other companies to fill orders. They have access to the personal information they need for that work.').status.recipients).toBe('present');
    expect(analyseNotice('We release account and other personal information when we believe it is right to do so to comply with the law.').status.recipients).toBe('present');
    expect(analyseNotice('You will be given the option to opt out of promotions.').status.withdrawal).toBe('present');
    expect(analyseNotice('We may share your information with a partner when you have expressly opted in to receive its messages.').status.legalBasis).toBe('present');
    expect(analyseNotice('We ask you for certain information when we need it to provide our services.').status.required).toBe('present');
  });
  it('acceptance "by exploring and using" the site is no basis; a quoted "unsubscribe" link; "correct or delete any inaccurate information" (pass 84)', () => {
    expect(analyseNotice("By exploring and using the Site, and by submitting information on it, you agree to Lumora's use of that information as described here.").status.legalBasis).not.toBe('present');
    expect(analyseNotice('You can stop them with the "unsubscribe" link at the bottom of any e-mail.').status.withdrawal).toBe('present');
    expect(analyseNotice('In most cases we will give you access and correct or delete any inaccurate information you find.').rights).toEqual(['rectification', 'erasure']);
  });
  it('"we" defined with a comma inside the quotes names the controller only after a legal form; schools that can update; questions about reviewing or changing (pass 85)', () => {
    expect(analyseNotice('Rostr ("Rostr," "we," or "us") knows that privacy matters a great deal to our visitors.').status.controller).toBe('absent');
    expect(analyseNotice('At Relay101, Inc. ("Relay," "we," "us," "our"), we know you care how your personal information is used.').status.controller).toBe('present');
    expect(analyseNotice('Schools can update their account information by signing in to the administrator account.').rights).toEqual(['rectification']);
    expect(analyseNotice("For questions about reviewing, changing or deleting a student's personal information, please contact your School.").rights).toEqual(['access', 'rectification', 'erasure']);
  });
  it('« Suppression de vos données », « Accès à vos informations » listed under a rights heading; data sent to a provider\'s API (pass 86)', () => {
    expect(analyseNotice('## Vos droits\n- Suppression de vos données sur demande\n- Accès à vos informations personnelles').rights).toEqual(['access', 'erasure']);
    expect(analyseNotice('## Nos services\n- Accès à vos informations personnelles depuis votre espace').rights).toEqual([]);
    expect(analyseNotice("L'assistant interroge l'API d'OpenAI pour chaque question posée.").status.recipients).toBe('present');
    expect(analyseNotice('Student answers are sent to the OpenAI API for feedback.').status.recipients).toBe('present');
  });
  it('"there may be a legal requirement" states no basis and no required item; what a subject access request gives is no automated decision; processing "limited or stopped" (pass 87)', () => {
    const hedge = analyseNotice('There may also be a legal requirement to collect and use information so that the Trust meets its statutory obligations.');
    expect(hedge.status.legalBasis).toBe('absent');
    expect(hedge.status.required).toBe('absent');
    expect(analyseNotice('We gather it so that we can provide education.').status.purposes).toBe('present');
    expect(analyseNotice('A request gives:\n- whether any automated decision-making is applied to the data.').status.automatedDecisions).toBe('absent');
    expect(analyseNotice('You have the right to ask for your data to be rectified or erased, or for its processing to be limited or stopped.').rights).toEqual(['rectification', 'opposition', 'limitation', 'erasure']);
  });
  it('"free to choose whether to give", "you may need to give your name … to use", "we may need to collect" say whether data must be given (pass 88)', () => {
    expect(analyseNotice('You are free to choose whether to give us personal information.').status.required).toBe('present');
    expect(analyseNotice('To use our services you may need to give your name, address and card details.').status.required).toBe('present');
    expect(analyseNotice('We may need to collect such information to sign you in.').status.required).toBe('present');
    expect(analyseNotice('We only collect the information you voluntarily give us.').status.required).toBe('absent');
  });
  it('verifiable parental consent, data given with a parent\'s express agreement, « aucune donnée n\'est utilisée sans le consentement », the school that consents to the collection (pass 89)', () => {
    const basis = (t: string) => analyseNotice(t).status.legalBasis;
    expect(basis('Personal data are never collected unless a teacher submits it, with verifiable parental consent for users under 16.')).toBe('present');
    expect(basis("Personal data are given to the local company voluntarily, with a parent's, carer's or guardian's express agreement.")).toBe('present');
    expect(basis("Wherever we can, we share information only with a parent's or carer's agreement.")).toBe('absent');
    expect(basis("Aucune donnée n'est utilisée sans le consentement explicite de l'utilisateur.")).toBe('present');
    expect(basis("The school, acting as the parents' agent, consents to the collection of children's personal information.")).toBe('present');
  });
  it('the DPO reached at the postal address of the body the opening names, where the controller\'s sentence says only "we" (pass 90)', () => {
    const text = [
      "The Authority's Privacy Notice for Children and Young People and their Parents, Families, Carers and Legal Guardians",
      "",
      "About Us",
      "",
      "The Education Authority (the Authority) collects, uses and is responsible for certain personal information about you. The Authority takes your privacy very seriously. Please read this notice carefully: it tells you who we are, how we collect, store, use and share your personal information and what your information rights are.",
      "",
      "When we collect or use your personal information, we are subject to the UK General Data Protection Regulation and the Data Protection Act 2018, and we are responsible as the \"data controller\" of that personal information.",
      "",
      "This notice applies to children and young people and their parents, families, carers and legal guardians. We may update it at any time, and will tell you as soon as reasonably practicable.",
      "",
      "When collecting personal information from you, we will tell you whether you must give us certain information or have a choice. Most pupil information you give us is information you are legally obliged to provide, but some is given voluntarily.",
      "",
      "If you have any questions about this notice or how we handle personal information, please contact our Data Protection Officer, who monitors the Authority's data protection procedures.",
      "",
      "The DPO can be contacted at the Education Authority, 40 Market Street, Belfast BT1 2AA, or by e-mail at dpo@ea-ni.example.",
    ].join('\n');
    const read = analyseNotice(text);
    expect(read.status.controllerContact).toBe('present');
    expect(read.excerpts.controllerContact).toContain('40 Market Street');
  });
  it('"withdraw at any time a consent", opting out of non-essential e-mails, "you must provide a photo of … ID", exporting one\'s data (pass 91)', () => {
    expect(analyseNotice('You also have the right to withdraw at any time a consent you gave.').status.withdrawal).toBe('present');
    expect(analyseNotice('You may opt out of any non-essential service e-mail at any time.').status.withdrawal).toBe('present');
    expect(analyseNotice('Each time you take a test you must provide a photo of a valid passport or other official ID.').status.required).toBe('present');
    expect(analyseNotice('You have the right to export the data you gave us.').rights).toEqual(['portability']);
  });
  it('« doit toujours se faire avec l\'accord des parents », a rule recited, states no basis; photographs « utilisées qu\'avec l\'accord » do (pass 92)', () => {
    expect(analyseNotice("Publier des photographies d'élèves mineurs sur internet doit toujours se faire avec l'accord des parents.").status.legalBasis).not.toBe('present');
    expect(analyseNotice("Les photographies ne sont utilisées qu'avec l'accord écrit des parents.").status.legalBasis).toBe('present');
  });
  it('a run-in heading ("Vos droits. Vous pouvez…") heads the rest of its paragraph (pass 93)', () => {
    const read = analyseNotice("Vos droits. Vous pouvez demander l'accès à vos données et leur effacement. Écrivez-nous à vie-privee@petitspas.example.");
    expect(read.status.rightsContact).toBe('present');
    expect(read.excerpts.rightsContact).toContain('vie-privee@');
  });
  it('« sur la base de votre consentement », "we ask the school for its consent to…" state a basis (pass 93)', () => {
    expect(analyseNotice('Nous traitons vos données sur la base de votre consentement.').status.legalBasis).toBe('present');
    expect(analyseNotice('For school customers, we ask the school for its consent to receive information about its pupils.').status.legalBasis).toBe('present');
  });
  it('a product that collects ("la skill Carnet Bébé recueille") names no body, but the body "nous" speaks for behind it does (pass 93)', () => {
    expect(analyseNotice('Cette politique explique comment la skill Carnet Bébé recueille, utilise et protège les informations que vous lui donnez.').status.controller).not.toBe('present');
    const behind = analyseNotice("Chez Sept Cinq, nous respectons votre vie privée. Cette politique explique comment l'application Ecolia recueille, utilise et protège vos informations.");
    expect(behind.status.controller).toBe('present');
    expect(behind.excerpts.controller).toContain('Sept Cinq');
  });
  it('a controller defined (« est « la personne … qui détermine »), one said of "his school", and "we, our providers and advertisers" name none (pass 93)', () => {
    expect(analyseNotice("Le responsable de traitement est « la personne, l'autorité publique ou l'organisme qui détermine ses finalités et ses moyens ».").status.controller).not.toBe('present');
    expect(analyseNotice("Le chef d'établissement est responsable des traitements de données mis en œuvre dans son établissement.").status.controller).not.toBe('present');
    expect(analyseNotice('We, our service providers and advertisers may collect it with cookies and pixel tags.').status.controller).not.toBe('present');
  });
  it('a name in the title committing to privacy ("Hostwell Respects Your Privacy") and written again over an address is the controller (pass 93)', () => {
    const read = analyseNotice('Legal Agreement\n\nHostwell Respects Your Privacy\n\nThis policy explains how we gather information.\n\nContact\n\nHostwell, 2200 North Mesa Drive, Suite 300, Tempe, AZ 85281, USA');
    expect(read.status.controller).toBe('present');
    expect(read.status.controllerContact).toBe('present');
  });
  it('« est indispensable : sans lui, … ne peut pas » says the data are required (pass 93)', () => {
    expect(analyseNotice("Le prénom de l'enfant est indispensable : sans lui, l'application ne peut pas ranger les notes.").status.required).toBe('present');
  });
  it('rights asked « en écrivant à » after « la suppression », through "the contact us form", or "by writing to our Privacy Officer" have a contact (pass 93)', () => {
    expect(analyseNotice('Vous pouvez demander à tout moment la suppression de vos données en écrivant à contact@carnet.example.').status.rightsContact).toBe('present');
    expect(analyseNotice('You may ask to see or change your personal information through the contact us form on this website.').status.rightsContact).toBe('present');
    const officer = analyseNotice('Users may ask for a copy of the information we hold about them by writing to our Privacy and Data Protection Officer.\n\nContact\n\nPrivacy and Data Protection Officer, Numbers Ltd, 12 Harbour Street, Sydney NSW 2000');
    expect(officer.status.rightsContact).toBe('present');
  });
  it('publishers that are "ses sous-traitants pour les données que le service leur transmet" receive the data (pass 93)', () => {
    expect(analyseNotice('Les éditeurs de ressources sont ses sous-traitants pour les données que le service leur transmet.').status.recipients).toBe('present');
  });
  it('information that "may cross international borders", is "accessed from other countries", or sits on servers in a cloud region is a transfer (pass 93)', () => {
    expect(analyseNotice('If you visit from another country, your information may cross international borders.').status.transfers).toBe('present');
    expect(analyseNotice('It may be accessed from other countries by our support teams.').status.transfers).toBe('present');
    expect(analyseNotice("Your information is stored on servers in the cloud provider's East US 2 region.").status.transfers).toBe('present');
  });
  it('a parent who "may ask us to stop sending e-mails" withdraws (pass 93)', () => {
    expect(analyseNotice('The parent may ask us to stop sending e-mails or cancel the account at any time.').status.withdrawal).toBe('present');
  });
  it('erasure asked of an officer or at an address, "permanently removed", "rights: export and delete", a machine-readable copy (pass 93)', () => {
    expect(analyseNotice('If you want your name and e-mail address permanently removed from our database, write to us.').rights).toEqual(['erasure']);
    expect(analyseNotice('Registrants can also ask the Privacy Officer to delete their information.').rights).toEqual(['erasure']);
    expect(analyseNotice('The friend may ask Hostwell at support@hostwell.example.com to remove it from our database.').rights).toEqual(['erasure']);
    expect(analyseNotice('Data subject rights: export and delete in self-service').rights).toEqual(['erasure', 'portability']);
    expect(analyseNotice('You may receive your data in a machine-readable format (JSON).').rights).toEqual(['portability']);
  });
  it('"we do not keep it after the school instructs us to delete it", deletion when a registration lapses, are ends (pass 93)', () => {
    expect(analyseNotice('We use student information only to provide the service, and we do not keep it after you or the school instruct us to delete it.').status.retention).toBe('present');
    expect(analyseNotice('When a registration lapses and the user has opted out of our e-mails, we take reasonable steps to delete it.').status.retention).toBe('present');
  });
  it('purposes « qui sont celles de l\'arrêté » are not told (pass 93)', () => {
    expect(analyseNotice("Il n'y a pas à les définir : le traitement est unique et ses finalités sont celles de l'arrêté.").status.purposes).not.toBe('present');
  });
  it('« droit d\'accès, de modification et de suppression » names rectification and erasure (pass 94)', () => {
    expect(analyseNotice("Vous disposez d'un droit d'accès, de modification et de suppression de vos données.").rights).toEqual(['access', 'rectification', 'erasure']);
  });
  it('« les fondements juridiques », data « récoltées … en vue de », « cette récolte est obligatoire » (pass 94)', () => {
    expect(analyseNotice("Les fondements juridiques de cette récolte sont l'intérêt légitime de l'éditeur à répondre aux visiteurs.").status.legalBasis).toBe('present');
    expect(analyseNotice("Les données récoltées sont l'adresse e-mail et les coordonnées laissées, en vue de la prise de contact.").status.purposes).toBe('present');
    expect(analyseNotice('Cette récolte est obligatoire : c\'est le minimum qui permet de répondre.').status.required).toBe('present');
  });
  it('a site generator\'s variable for a name leaves the controller to check, not the purpose the sentence tells (pass 94)', () => {
    const read = analyseNotice('Les informations saisies dans le formulaire sont traitées par {{ site.brand }} dans le seul but de gérer les demandes.');
    expect(read.status.purposes).toBe('present');
    expect(read.status.controller).not.toBe('present');
  });
  it('a host named with its street address says nothing of where the data are (pass 94)', () => {
    expect(analyseNotice('Hébergement\n\nLe site est hébergé par Nuage Hébergement SAS, 12 rue des Entrepôts, 59100 Roubaix, France.').status.transfers).not.toBe('present');
  });
  it('the GDPR\'s list of bases ("the legitimate interests of X or a third party") says no interest; pupil records "not kept past the term of the contract" is an end (pass 94)', () => {
    expect(analyseNotice('We may process personal data where one of the following applies: consent; a contract; a legal obligation; or the legitimate interests of Quest or a third party.').status.legitimateInterests).not.toBe('present');
    expect(analyseNotice('Pupil records are not kept or available to us past the term of the contract with the school.').status.retention).toBe('present');
  });
  it('consent "when you contact us or use our websites" is no basis; "erase it, or stop processing it" and a transfer "to a specified third party" are rights (pass 94)', () => {
    expect(analyseNotice('By giving us any information about yourself when you contact us or use our websites, you consent to our processing it as this policy describes.').status.legalBasis).not.toBe('present');
    expect(analyseNotice('You have the right to ask us to erase it, or stop processing it, where we no longer have a legal ground to hold it.').rights).toEqual(['opposition', 'erasure']);
    expect(analyseNotice('You have the right to ask us to transfer any information we hold about you to a specified third party.').rights).toEqual(['portability']);
  });
  it('what one gives "when you e-mail us" is no way to exercise rights (pass 94)', () => {
    expect(analyseNotice('People who contact us\n\nWhen you e-mail us or use our contact form, you give your name, e-mail address and the details of your question.\n\nYou have the right to see the personal data we hold about you.').status.rightsContact).not.toBe('present');
  });
  it('a company\'s name over a British address of several lines is its contact; "unless you have told us you do not wish to receive", "contact us and we will remove your details" (pass 94)', () => {
    const read = analyseNotice('This notice is issued by Wordwise Limited.\n\nWordwise Limited ("we") is committed to protecting your privacy and collects your name and e-mail address.\n\nContact\n\nWordwise Limited\nHolly Bank Cottage\nChurch Lane\nLittle Ouseby\nYork YO26 8QX');
    expect(read.status.controller).toBe('present');
    expect(read.status.controllerContact).toBe('present');
    expect(analyseNotice('Unless you have told us that you do not wish to receive further information about our products, we may send you direct mail.').status.withdrawal).toBe('present');
    expect(analyseNotice('If you do not want us to keep information about you, contact us and we will remove your details from our customer database.').rights).toEqual(['erasure']);
  });
  it('a list item closed by its basis (« … : exécution du contrat ; »), a consent « retirable à tout moment » (pass 95)', () => {
    expect(analyseNotice("Nous n'utilisons vos données que dans les cas prévus par la réglementation :\n– pour exécuter le contrat de formation (inscription, convocations) : exécution du contrat ;\n– pour vous adresser notre lettre : votre consentement.").status.legalBasis).toBe('present');
    expect(analyseNotice("| Lettre d'information | Informer des sessions | Adresse e-mail | Consentement, retirable à tout moment |").status.withdrawal).toBe('present');
  });
  it('"The data the Institut de Langue Française de Lyon collects" names the institute (pass 95)', () => {
    const read = analyseNotice('Privacy Policy\n\nThe data the Institut de Langue Française de Lyon collects are needed to register learners and answer their questions.');
    expect(read.status.controller).toBe('present');
    expect(read.excerpts.controller).toContain('Institut de Langue');
  });
  it('a payment provider that "handles it for us" receives the data; "Cookies collect…" opening a sentence speaks of the site\'s cookies (pass 95)', () => {
    expect(analyseNotice('We never store payment information: a certified payment service provider handles it for us.').status.recipients).toBe('present');
    expect(analyseNotice('Cookies collect standard information from your browser, your IP address and what you click.').status.cookies).toBe('present');
    expect(analyseNotice('Examples include website analytics, like the location and device data that website cookies collect.').status.cookies).not.toBe('present');
  });
  it('"You may amend, complete and delete it" names rectification and erasure (pass 95)', () => {
    expect(analyseNotice('You may amend, complete and delete it while logged in, or by contacting our staff.').rights).toEqual(['rectification', 'erasure']);
  });
  it('what a service needs, a body must collect for its duties, a form requires or a user who subscribes must give is required (pass 96)', () => {
    for (const text of [
      "To provide this service we need the student's name, date of birth and address.",
      'The council must collect personal data to carry out its duties as a provider of education under the Education Act.',
      'Personal data must be collected by Education Services to carry out their duties under the Education Act.',
      'Some information must be collected and shared for a student to take part in our courses.',
      'For setting up an account we require that you provide your name and e-mail address.',
      'To use our services, we require very little information: an e-mail address and a name.',
      'When you send feedback, we require basic contact details.',
      'Individuals who subscribe must give contact details and payment information.',
      'Many of our services require us to obtain personal data about you in order to perform them.',
      'To provide its services, the company must collect and store specific private information from its users.',
      'Visitors can always refuse to give personally-identifying information, though it may keep them from some activities.',
      'Les pièces du dossier sont des prérequis obligatoires pour la soutenance.',
    ]) expect(analyseNotice(text).status.required, text).toBe('present');
  });
  it('"personal data shall be collected for specified purposes" stays the law recited (pass 96)', () => {
    expect(analyseNotice('Personal data shall be collected for specified, explicit and legitimate purposes.').status.required).not.toBe('present');
  });
  it('opting out of mailings said in more ways is withdrawal (pass 97)', () => {
    for (const text of [
      "Newsletter subscribers' data are kept until they unsubscribe.",
      'Les autres cookies ne sont déposés qu\'avec votre consentement, que vous pouvez donner ou retirer à tout moment.',
      'If you do not want this information, you may opt out.',
      'Offers and updates: occasional news of products; you may opt out.',
      'You may opt out of the newsletter and marketing e-mails by writing to us.',
      'You may stop these mailings in the Preferences area of your account.',
      'Registered users may receive occasional e-mails; you may stop them by unsubscribing.',
      'To stop receiving announcements, click "Unsubscribe" at the foot of the e-mail.',
      'Each newsletter lets you unsubscribe.',
      'You can stop text messages by replying STOP.',
      'If you want to stop it, tell us at once.',
      'To leave a mailing list, sign in and unsubscribe.',
      'Newsletters can be stopped on the newsletter pages.',
      'Each e-mail ends with detailed instructions for unsubscribing.',
      'To stop the automatic collection of your location, use the privacy settings of your device.',
      'Parents can direct us to delete their child\'s information, or to stop collecting or using any of it.',
    ]) expect(analyseNotice(text).status.withdrawal, text).toBe('present');
  });
  it('opting out of the publication of one\'s data is an objection, not a withdrawal (pass 97)', () => {
    expect(analyseNotice('If you want to opt out of the publication of your data, write to hello@example.com.').status.withdrawal).not.toBe('present');
  });
  it('consent asked of parents before a use, processing to comply with the law, contact only if one agrees, state a basis (pass 98)', () => {
    for (const text of [
      "Si un projet l'exige, nous demandons l'accord écrit des parents.",
      "We limit risk by following this policy and by asking parents' consent before using photographs.",
      'This data is processed to comply with local and international laws, regulations and standards.',
      'We collect personal information from a child under 13 only after a parent has given verifiable consent.',
      "Nous ne recueillons aucune donnée personnelle sans l'accord de nos utilisateurs.",
      "The law says we must have a parent's permission before we collect and use your personal information.",
      "If we know your child is under 13, we will ask your permission offline (by post or telephone) before we mail any prize.",
      'We will not contact you for promotional purposes unless you specifically agree to it.',
      'We may ask you for personal information through this site, only where the law requires it.',
      'With your permission, we also use your e-mail address to send you newsletters.',
      'A parent must send us an e-mail giving permission.',
    ]) expect(analyseNotice(text).status.legalBasis, text).toBe('present');
  });
  it('"we will ask for your consent and offer you a way to opt out" where the law requires it states no basis (pass 98)', () => {
    expect(analyseNotice('Where the law requires it and it is technically possible, we will ask for your consent and offer you a way to opt out.').status.legalBasis).not.toBe('present');
  });
  it('« destinées uniquement à un usage interne » names the recipients; a parent who consents to a child\'s registration states a basis (pass 99)', () => {
    expect(analyseNotice('Les informations recueillies sont destinées uniquement à un usage interne.').status.recipients).toBe('present');
    expect(analyseNotice("A parent consents to a child's registration by answering our e-mail.").status.legalBasis).toBe('present');
    expect(analyseNotice('You then receive an e-mail asking for your consent to the collection of your child\'s information.').status.legalBasis).toBe('present');
  });
  it('data kept "on computers outside your state, province or country", collection stopped by uninstalling, "How do we use", requests "for access to or modification of your information" (pass 100)', () => {
    expect(analyseNotice('All information is stored in our data centre, and may be kept on computers outside your state, province or country.').status.transfers).toBe('present');
    expect(analyseNotice('You can also stop all collection of information through our mobile app by uninstalling it.').status.withdrawal).toBe('present');
    expect(analyseNotice('How do we use the information?\n\n- To run and provide the features of the website.').status.purposes).toBe('present');
    expect(analyseNotice('Requests for access to or modification of your information should be sent to privacy@example.com.').rights).toEqual(['access', 'rectification']);
  });
  it('a period of hours is a retention; a tracker table\'s row is a cookie lifetime (pass 101)', () => {
    expect(analyseNotice('Les données personnelles sont conservées vingt-quatre heures.').status.retention).toBe('present');
    expect(analyseNotice('Technical trackers of the site\n\n| Name | Purpose | Retention period |\n|---|---|---|\n| plausible_ignore | Anonymous audience measurement | 24 hours |').status.retention).not.toBe('present');
  });
  it('a checklist\'s unticked boxes ("☐ Identité du responsable de traitement") are no items (pass 101)', () => {
    const read = analyseNotice('Points à ne pas oublier\n\n☐ Identité du responsable de traitement\n☐ Destinataires (internes et sous-traitants)\n☐ Transferts hors de l\'Union (le cas échéant)\n☐ Droit de réclamation auprès de la CNIL');
    for (const item of ['controller', 'recipients', 'transfers', 'cnilComplaint'] as const) expect(read.status[item], item).not.toBe('present');
  });
  it('a club that « accorde une grande importance à la protection » of its users\' data; « ni vendues ni louées à des tiers » names no recipient (pass 101)', () => {
    const read = analyseNotice("Toulouse Étudiant Club accorde une grande importance à la protection de la vie privée et des données personnelles de ses utilisateurs.\n\nNous collectons vos nom et adresse e-mail lorsque vous remplissez le formulaire de contact.");
    expect(read.status.controller).toBe('present');
    expect(analyseNotice('Vos données personnelles ne sont ni vendues ni louées à des tiers.').status.recipients).not.toBe('present');
  });
  it('an act that « nous autorise à recueillir », « dans le cadre de sa mission d\'intérêt public », a complaint to a privacy commissioner (pass 101)', () => {
    expect(analyseNotice("L'article 5.1 de la Loi sur le ministère nous autorise à recueillir et à stocker des renseignements personnels.").status.legalBasis).toBe('present');
    expect(analyseNotice("Les informations sont traitées par la Ville pour inscrire votre enfant, dans le cadre de sa mission d'intérêt public.").status.legalBasis).toBe('present');
    expect(analyseNotice('En cas de problème, vous pouvez porter plainte auprès du Commissariat à la protection de la vie privée du Canada.').status.cnilComplaint).toBe('present');
  });
  it('a quiz\'s ticked or unticked answers ("- [x] …", "- [ ] 3 ans") and a question heading are no items (pass 102)', () => {
    const read = analyseNotice('### Quelle est la durée maximale de conservation ?\n- [ ] 3 ans\n- [x] Aucune durée fixe\n\n### Que permet le droit à la portabilité ?\n- [x] Recevoir ses données dans un format structuré et les transmettre à un autre responsable');
    expect(read.status.retention).not.toBe('present');
    expect(read.rights).toEqual([]);
  });
  it('« l\'obligation légale d\'enregistrer », « on les garde rien que pour nous », « jusqu\'à ce que vous vous désinscriviez », « recevoir un fichier de toutes les données » (pass 102)', () => {
    expect(analyseNotice("Nous avons l'obligation légale d'enregistrer et de conserver les journaux de connexion pendant un an.").status.legalBasis).toBe('present');
    expect(analyseNotice('On ne les revend pas, on les garde rien que pour nous, pour vous répondre.').status.recipients).toBe('present');
    expect(analyseNotice("Les dons passent par un service tiers, chez qui sont stockés vos nom et e-mail.").status.recipients).toBe('present');
    expect(analyseNotice("Nous enregistrons votre e-mail jusqu'à ce que vous vous désinscriviez.").status.withdrawal).toBe('present');
    expect(analyseNotice('Vous pouvez demander à recevoir un fichier de toutes les données que nous avons sur vous.').rights).toEqual(['access']);
  });
  it('third parties "that process information for us", a disclosure "for example to government bodies", preferences "stored in a cookie", surveys where "participation is always voluntary", "we will require additional information" (pass 102)', () => {
    expect(analyseNotice('Some third parties that process information for us may not use it for their own purposes.').status.recipients).toBe('present');
    expect(analyseNotice('We keep your information confidential except where the law requires disclosure (for example to government bodies and law enforcement agencies).').status.recipients).toBe('present');
    expect(analyseNotice('You may create a start page with your preference settings stored in a cookie.').status.cookies).toBe('present');
    expect(analyseNotice('We may invite you to surveys (participation is always voluntary).').status.required).toBe('present');
    expect(analyseNotice('On some pages we will require additional information, and will say there why.').status.required).toBe('present');
  });
  it('"X maintains and processes personal information", an acronym the title spells out, requests sent to the DPO, "correct or delete it" (pass 102)', () => {
    expect(analyseNotice('Tilemark maintains and processes personal information in order to provide your start page.').status.controller).toBe('present');
    const bbs = analyseNotice("Britannic Broadcasting Service – Privacy & Cookies Policy\n\nThe BBS is committed to protecting your family's personal information when you use its services. You may ask for a copy of the information we hold about you. Please send requests to the Data Protection Officer, 201 Wood Lane, London W12 7TQ.");
    expect(bbs.status.controller).toBe('present');
    expect(bbs.status.rightsContact).toBe('present');
    expect(analyseNotice('You may ask us to correct or delete it at any time.').rights).toEqual(['rectification', 'erasure']);
  });
  it('rights told as what may be done to the data: "have it corrected or erased", "to have it removed", « les rectifier, les supprimer », "see, change or delete", "to object" in a list (pass 103)', () => {
    expect(analyseNotice('You have the right to ask for a copy of your data, to have it corrected or erased, to restrict or object to its processing.').rights).toEqual(['access', 'rectification', 'opposition', 'limitation', 'erasure']);
    expect(analyseNotice('You can ask to see your information or to have it removed by e-mailing wp@fylde.example.').rights).toEqual(['access', 'erasure']);
    expect(analyseNotice("L'utilisateur peut accéder à ses données personnelles, les rectifier, les supprimer et s'opposer à leur traitement.").rights).toEqual(['access', 'rectification', 'opposition', 'erasure']);
    expect(analyseNotice('If you would like to see, change or delete the data we hold about you, e-mail hello@globaled.example.').rights).toEqual(['access', 'rectification', 'erasure']);
    expect(analyseNotice('You have the right to access your data, to restrict its processing, to object and to data portability.').rights).toEqual(['access', 'opposition', 'limitation', 'portability']);
    expect(analyseNotice('Parents can contact privacy@kidsapp.example to review, update or delete their children\'s personal information.').rights).toEqual(['access', 'rectification', 'erasure']);
    expect(analyseNotice('Vous pouvez à tout moment consulter, modifier ou faire supprimer les informations qui vous concernent.').rights).toEqual(['access', 'rectification', 'erasure']);
    expect(analyseNotice("Parents may ask to see their child's record.").rights).toEqual(['access']);
  });
  it('no right where the text says there is nothing to give, change or delete, recites a law that gives one, or speaks of cookies (pass 103)', () => {
    expect(analyseNotice('As we hold no personal data, there is nothing for us to give you, change or delete: you control everything on your device.').rights).toEqual([]);
    expect(analyseNotice("It also complies with the regulations that give parents the right to see their child's educational record.").rights).toEqual([]);
    expect(analyseNotice('You can change or delete cookies in your browser settings.').rights).toEqual([]);
  });
  it('data "shared with the third parties involved", "must not share … with anyone else, except X", « ne sont accessibles et traitées que par notre personnel » name recipients; not "whether data were shared" (pass 104)', () => {
    expect(analyseNotice('It is stored on a cloud provider\'s servers and shared with the third parties involved in the trip, such as airlines and hotels.').status.recipients).toBe('present');
    expect(analyseNotice('The Academy must not share the information with anyone else, except Tillwise Systems, who supply and support the system.').status.recipients).toBe('present');
    expect(analyseNotice('Les données personnelles ne sont accessibles et traitées que par notre personnel, sensibilisé à leur confidentialité.').status.recipients).toBe('present');
    expect(analyseNotice('Several apps did not say whether data were shared with third parties for advertising.').status.recipients).not.toBe('present');
  });
  it('"we keep it securely and use it to carry out…", « enregistre aussi automatiquement des données … pour améliorer » state purposes; "use it only for good" does not (pass 104)', () => {
    expect(analyseNotice('We keep it securely and use it to carry out our statutory duties under the SEND code of practice.').status.purposes).toBe('present');
    expect(analyseNotice("La plateforme enregistre aussi automatiquement des données d'utilisation pour améliorer nos services.").status.purposes).toBe('present');
    expect(analyseNotice('We keep it safe and use it only for good.').status.purposes).not.toBe('present');
  });
  it('a right to object that says what the legitimate interests are ("on the grounds of our legitimate interests in keeping the site secure", « fondé sur notre intérêt légitime à assurer la sécurité ») states them (second reading of pass 147)', () => {
    expect(analyseNotice('You may object to processing on the grounds of our legitimate interests in keeping the site secure.').status.legitimateInterests).toBe('present');
    expect(analyseNotice('Vous pouvez vous opposer au traitement fondé sur notre intérêt légitime à assurer la sécurité du site.').status.legitimateInterests).toBe('present');
  });
  it('the right to object to processing "on the grounds of the Press\'s legitimate interests" states no interest; « Intérêts légitimes de l\'association : … » does; payments "processed through Stripe" name a recipient; "permanent records" of payments declare their retention (pass 147)', () => {
    expect(analyseNotice("Your rights\n\nYou have the right to object to your personal information being processed on the grounds of the Press's legitimate interests, and to object to direct marketing.").status.legitimateInterests).not.toBe('present');
    expect(analyseNotice("Intérêts légitimes de l'association : statistiques de fréquentation ; sécurité du site.").status.legitimateInterests).toBe('present');
    expect(analyseNotice('Card payments are processed through Stripe; we never see your card number.').status.recipients).toBe('present');
    expect(analyseNotice('We keep permanent records of all payments made and lessons booked.').status.retention).toBe('present');
  });
  it('data kept "for as long as is required to perform our obligations" say nothing of whether they must be given; "until a time they are no longer required or have no use" is no period; "write to the business address at the bottom of this policy" is no contact where the text gives no address, mailbox or telephone (pass 146)', () => {
    expect(analyseNotice('We will only keep personal information for as long as is required to perform our obligations to you.').status.required).not.toBe('present');
    expect(analyseNotice('Your e-mail address is required to create an account.').status.required).toBe('present');
    expect(analyseNotice('Your details are stored securely until a time they are no longer required or have no use.').status.retention).not.toBe('present');
    expect(analyseNotice('Your rights\n\nYou may ask for a copy of the information held about you. Please write to the business address at the bottom of this policy.').status.rightsContact).not.toBe('present');
    expect(analyseNotice('Your rights\n\nYou may ask for a copy of the information held about you. Please write to the address below.\n\nContact: Cherwell Courses, 4 Mill Lane, Oxford OX1 2AB').status.rightsContact).toBe('present');
  });
  it('"the right to ask us not to process your personal data for marketing purposes" names objection; "Any parent who asks to see their personal information will be granted that request" names access; questionnaires "you do not have to answer" say whether data must be given (pass 145)', () => {
    expect(analyseNotice('You have the right to ask us not to process your personal data for marketing purposes.').rights).toEqual(['opposition']);
    expect(analyseNotice('Any parent who asks to see their personal information will be granted that request within a month.').rights).toEqual(['access']);
    expect(analyseNotice('We may ask you to complete questionnaires for our research, although you do not have to answer them.').status.required).toBe('present');
  });
  it('making changes to one\'s settings or preferences is no rectification: only changes to one\'s information, data, details, profile, records or account are (second reading of pass 144)', () => {
    expect(analyseNotice('Users may make changes to their notification preferences.').rights).toEqual([]);
    expect(analyseNotice('You can make changes to your privacy settings at any time.').rights).toEqual([]);
    expect(analyseNotice('You may make any changes to your information at any time.').rights).toEqual(['rectification']);
  });
  it('"all users of our site may make any changes to their information … by logging into their control panel" and "change or modify any information you have given us … on the account page" name rectification and where to exercise it (pass 144)', () => {
    const panel = analyseNotice("All users of our site may make any changes to their information at any time by logging into their control panel and going to the 'Edit Profile' page.");
    expect(panel.rights).toEqual(['rectification']);
    expect(panel.status.rightsContact).toBe('present');
    const account = analyseNotice('If you wish to change or modify any information you have given us, you may do so on the account page of your account.');
    expect(account.rights).toEqual(['rectification']);
    expect(account.status.rightsContact).toBe('present');
  });
  it('a telephone number gives the rights contact only where what one calls about is one\'s data: "change your booking by calling 0800…" does not (second reading of pass 143)', () => {
    expect(analyseNotice('Your rights\n\nYou can access your data. You can change your booking by calling 0800 123 456.').status.rightsContact).not.toBe('present');
    expect(analyseNotice('Your rights\n\nYou can correct the personal data you gave us by calling our office at 800-555-2071.').status.rightsContact).toBe('present');
  });
  it('a complaint by a third party that « peut déclencher un contrôle de la CNIL » (or "could trigger an investigation by the ICO") is a risk for the body, not the reader\'s right; correcting one\'s data "by calling our office at 800-…" or « en appelant le secrétariat au 02… » gives the rights contact; members "required initially to enter" their details say what must be given (pass 143)', () => {
    expect(analyseNotice("Une association peut être sanctionnée : une simple plainte d'un parent peut déclencher un contrôle de la CNIL.").status.cnilComplaint).not.toBe('present');
    expect(analyseNotice('A single complaint from a parent could trigger an investigation by the ICO.').status.cnilComplaint).not.toBe('present');
    expect(analyseNotice('Vous pouvez adresser une réclamation à la CNIL.').status.cnilComplaint).toBe('present');
    expect(analyseNotice('Your rights\n\nYou can correct the personal data you gave us by calling our office at 800-555-2071.').status.rightsContact).toBe('present');
    expect(analyseNotice('Vos droits\n\nVous pouvez rectifier vos données en appelant le secrétariat au 02 98 00 11 22.').status.rightsContact).toBe('present');
    expect(analyseNotice('Members will be required initially to enter their account number, last name and e-mail address to gain access.').status.required).toBe('present');
  });
  it('photos « publiées … avec l\'autorisation écrite des parents » and « Une autorisation d\'utilisation de l\'image vous sera demandée » give the basis; photos « publiées sans votre accord » do not (pass 142)', () => {
    expect(analyseNotice("Les élèves peuvent être photographiés lors des sorties ; ces photos sont publiées sur le site de l'école avec l'autorisation écrite des parents.").status.legalBasis).toBe('present');
    expect(analyseNotice("Une autorisation d'utilisation de l'image vous sera demandée à l'inscription.").status.legalBasis).toBe('present');
    expect(analyseNotice('Les photos sont publiées sans votre accord.').status.legalBasis).not.toBe('present');
  });
  it('films shown in class are no personal images: « Les films sont diffusés pendant les cours » states no purpose, « Les vidéos peuvent être publiées » does (second reading of pass 141)', () => {
    expect(analyseNotice('Les films sont diffusés pendant les cours de langue.').status.purposes).not.toBe('present');
    expect(analyseNotice("Les vidéos peuvent être publiées sur la chaîne de l'école.").status.purposes).toBe('present');
  });
  it('a club\'s image-rights page informs: a named body that « photographie et filme ses adhérents » takes their image, photos that « peuvent illustrer des articles remis à la presse locale ou paraître sur le site » give purposes and recipients, members who « donnent leur accord à la diffusion des photos » give the basis; an address no longer kept once an e-mail "has been sent" ends its retention (pass 141)', () => {
    const page = analyseNotice("Droit à l'image\n\nL'association Judo Club des Trois Rivières photographie et filme ses adhérents pendant les cours et les compétitions. Ces photos peuvent illustrer des articles remis à la presse locale ou paraître sur le site du club.\n\nLes adhérents, et les parents des adhérents mineurs, donnent leur accord à la diffusion des photos sur la fiche d'inscription.");
    expect(page.status.controller).toBe('present');
    expect(page.status.purposes).toBe('present');
    expect(page.status.legalBasis).toBe('present');
    expect(page.status.recipients).toBe('present');
    expect(analyseNotice('Les photos ne seront jamais publiées.').status.purposes).not.toBe('present');
    expect(analyseNotice('La photographie de classe a lieu en octobre.').status.controller).not.toBe('present');
    expect(analyseNotice('Once the e-mail has been sent, we no longer keep your address.').status.retention).toBe('present');
    expect(analyseNotice('Once your account is created, we no longer keep sending reminders.').status.retention).not.toBe('present');
  });
  it('a quoted paragraph in the first person is the form one signs, not a text recited: « J\'autorise le club… Je peux retirer mon accord… » says consent may be withdrawn, as do « retirer cet accord » and « revenir sur votre accord » (second reading of pass 140)', () => {
    expect(analyseNotice("Droit à l'image\n\nLe club publie des photos de ses adhérents sur son site.\n\n« J'autorise le club à publier des photos de mon enfant sur son site. Je peux retirer mon accord à tout moment en écrivant au secrétariat. »").status.withdrawal).toBe('present');
    expect(analyseNotice('Vous pouvez retirer cet accord à tout moment en écrivant au secrétariat.').status.withdrawal).toBe('present');
    expect(analyseNotice('Vous pouvez revenir sur votre accord à tout moment.').status.withdrawal).toBe('present');
  });
  it('a paragraph of several sentences wholly within « … » quotes a text (an order\'s article): its three-month deletion is no retention of the page\'s; periods in a table under « Exemples de durées de conservation… » are a guide\'s examples (pass 140)', () => {
    const quote = analyseNotice("Un arrêté fixe les données des ENT\n\n« Les comptes sont mis à jour au début de chaque année scolaire. Ils sont supprimés dans un délai de trois mois lorsque la personne n'a plus vocation à détenir un compte. »\n\nLe texte paraît au Journal officiel.");
    expect(quote.status.retention).not.toBe('present');
    expect(quote.retentions).toEqual([]);
    expect(analyseNotice("Durée de conservation\n\nVos données sont supprimées dans un délai de trois mois après votre départ. « Nous ne gardons rien de plus », précise le directeur.").status.retention).toBe('present');
    const examples = analyseNotice("Conserver les données\n\nChaque établissement fixe ses durées.\n\nExemples de durées de conservation dans les collèges\n\n| Données | Durée |\n|---|---|\n| Dossier de l'élève | jusqu'au départ de l'élève, puis dix ans |\n| Images de vidéoprotection | un mois |");
    expect(examples.status.retention).not.toBe('present');
    expect(analyseNotice("Durées de conservation\n\n| Données | Durée |\n|---|---|\n| Dossier de l'élève | jusqu'au départ de l'élève, puis dix ans |").status.retention).toBe('present');
  });
  it('a disclosure "unless the law requires us to" followed in the same sentence by the basis the data are processed on keeps that basis ("…; we process it on the basis of your consent") (second reading of pass 139)', () => {
    expect(analyseNotice('We will not disclose it unless the law requires us to; we process it on the basis of your consent.').status.legalBasis).toBe('present');
    expect(analyseNotice('We will not share it unless the law requires us to, for example under a court order.').status.legalBasis).not.toBe('present');
  });
  it('a body named ", and the companies it wholly owns," or "and its subsidiaries" before a plural verb collects the data; « Le responsable de la collecte des données … est … » names the controller and its head office; a disclosure "unless … the law requires us to" is no legal basis; wanting information "we hold deleted" and contesting its accuracy name erasure and rectification (pass 139)', () => {
    expect(analyseNotice('The University of Hollowmere, and the companies it wholly owns, collect personal information about visitors to its website.').status.controller).toBe('present');
    expect(analyseNotice('Hollowmere Learning and its subsidiaries collect personal information about the people who buy its books.').status.controller).toBe('present');
    expect(analyseNotice('Teachers and parents collect money for the school trip.').status.controller).not.toBe('present');
    const fr = analyseNotice("Le responsable de la collecte des données personnelles est l'association Les Petits Lecteurs, dont le siège est situé 3 rue des Lilas, 35000 Rennes.");
    expect(fr.status.controller).toBe('present');
    expect(fr.status.controllerContact).toBe('present');
    expect(analyseNotice('We will not share it with anyone unless they act on our instructions or the law requires us to.').status.legalBasis).not.toBe('present');
    expect(analyseNotice('We process it because the law requires us to.').status.legalBasis).toBe('present');
    expect(analyseNotice('Your rights\n\nIf you want any information we hold deleted, write to us at help@hollowmere.example.').rights).toEqual(['erasure']);
    expect(analyseNotice('You can contact us to view the data collected about you and to contest its accuracy.').rights).toEqual(['access', 'rectification']);
  });
  it('"We at Hollis Learning Systems, Inc., also known as …" names the company "we" speaks for, its legal form after a comma; a request to have one\'s child\'s information removed "please send an e-mail to info@…" gives the rights contact (pass 138)', () => {
    const we = analyseNotice('Privacy Policy\n\nWe at Hollis Learning Systems, Inc., also known as Hollis Online, are committed to protecting the privacy of our customers.\n\nWe use personal information to ship orders and answer requests.');
    expect(we.status.controller).toBe('present');
    const removal = analyseNotice("What about children's privacy?\n\nParents can review their child's personal information and ask to have it deleted. If you would like your child's information removed from our records, or would like to request all data collected on your child, please send an e-mail to info@hollislearning.example.");
    expect(removal.status.rightsContact).toBe('present');
  });
  it('"the disclosure is required or authorised by law" is no required item; records that a vendor "will destroy" once a school stops using its system end their retention, not where they are destroyed "within a commercially reasonable time" (pass 137)', () => {
    expect(analyseNotice('We will not share your information except where the disclosure is required or authorised by law.').status.required).not.toBe('present');
    expect(analyseNotice('We are required by law to collect your date of birth.').status.required).toBe('present');
    expect(analyseNotice('If a school stops using HALL, all personal information about its pupils will be removed and Lanyard Connect will destroy the digital records it holds.').status.retention).toBe('present');
    expect(analyseNotice('When the agreement ends, we will destroy the student records within a commercially reasonable time.').status.retention).not.toBe('present');
  });
  it('a transaction ends a retention only where the data are then not stored, kept or retained, or deleted ("After a purchase, your details are stored in your account" gives no end) (second reading of pass 135)', () => {
    expect(analyseNotice('After a purchase, your details are stored in your account.').status.retention).not.toBe('present');
    expect(analyseNotice('After a transaction, your private information (cards, financial details, etc.) will not be stored on our servers.').status.retention).toBe('present');
    expect(analyseNotice('Card details are deleted after each payment.').status.retention).toBe('present');
  });
  it('giving information "is entirely voluntary", "sent on a voluntary basis" or "entirely at your discretion" says whether it must be given; a general mailbox (info@…) at the controller\'s domain given to reach its DPO is the controller\'s contact, a DPO\'s own (dpo@…) is not (pass 136)', () => {
    expect(analyseNotice('Providing this information is entirely voluntary.').status.required).toBe('present');
    expect(analyseNotice('Such data is sent on a voluntary basis and is kept to handle your request.').status.required).toBe('present');
    expect(analyseNotice('What you give in our forms is entirely at your discretion.').status.required).toBe('present');
    expect(analyseNotice('Our volunteers run the reading club on Saturdays.').status.required).not.toBe('present');
    const general = analyseNotice('Brightwell Tutors ("the Charity") collects and stores information about our tutors and beneficiaries.\n\nTo ask for a copy of your information, please contact our Data Protection Officer at info@brightwelltutors.example.');
    expect(general.status.controllerContact).toBe('present');
    const own = analyseNotice('Brightwell Tutors ("the Charity") collects and stores information about our tutors and beneficiaries.\n\nTo ask for a copy of your information, please contact our Data Protection Officer at dpo@brightwelltutors.example.');
    expect(own.status.controllerContact).not.toBe('present');
  });
  it('card details "not stored on our servers" after a transaction end their retention; consent to be gained "from a parent or guardian prior to giving us their personal information" is a basis; "the right to withdraw from any mailing lists" withdraws; "amend any incorrect personal information" is rectification (pass 135)', () => {
    expect(analyseNotice('After a transaction, your card details will not be stored on our servers.').status.retention).toBe('present');
    expect(analyseNotice('After a transaction, we send you a receipt by e-mail.').status.retention).not.toBe('present');
    expect(analyseNotice('Users under the age of 18 will need to gain consent from a parent or guardian prior to giving us their personal information.').status.legalBasis).toBe('present');
    expect(analyseNotice('Registrants have the right to withdraw from any mailing lists.').status.withdrawal).toBe('present');
    expect([...analyseNotice('Registrants have the right to amend any incorrect personal information.').rights]).toEqual(['rectification']);
  });
  it('a policy that sets rules for the body\'s own staff ("Staff must …" three times) and never tells the reader what becomes of their data explains the rules; a workforce notice that says "your personal data" does not; "The photograph may be used on the school website" states a purpose; "Where a parent has given permission" a basis (pass 134)', () => {
    const policy = analyseNotice('Data Protection Policy\n\nThe Exams Bureau collects, uses and stores personal data about its member centres. This Policy applies to all personal data the Exams Bureau processes.\n\nStaff must make sure that personal data is processed lawfully.\n\nStaff must follow the retention schedule.\n\nStaff must pass any request from an individual to access, correct or erase their data to the Data Protection Manager.');
    expect(policy.explainsRules).toBe(true);
    expect(policy.status.controller).not.toBe('present');
    const workforce = analyseNotice('Privacy notice for the school workforce\n\nThe Exams Bureau processes your personal data to pay you. Staff must tell us of any change of address. Staff must keep passwords safe. Staff must complete training. You can ask for a copy of your data.');
    expect(workforce.explainsRules).toBe(false);
    expect(analyseNotice('The photograph may be used on the school website and in the prospectus.').status.purposes).toBe('present');
    expect(analyseNotice("Where a parent has given permission for the school to use a pupil's photograph, that permission is held while the pupil attends.").status.legalBasis).toBe('present');
  });
  it('a heading about keeping data safe (« Comment conservons-nous vos données en sécurité ? ») gives no period to what stands under it; a heading about a contract\'s length (« Durée du contrat ») neither (second reading of pass 133)', () => {
    expect(analyseNotice("Comment conservons-nous vos données en sécurité ?\n\nNous changeons les mots de passe d'administration tous les trois mois.").status.retention).not.toBe('present');
    expect(analyseNotice('Durée du contrat\n\nLe contrat est conclu pour un an.').status.retention).not.toBe('present');
    expect(analyseNotice('Pendant quelle durée les conservons-nous ?\n\nGestion des candidatures : un an après la décision.').status.retention).toBe('present');
  });
  it('a sentence of several periods is the category of its first (« Les données des demandes sont conservées trois ans … ; les cookies, treize mois ») ; a period under a heading that asks how long data are kept (« … les conservons-nous ? ») is a retention; « demander … leur suppression » names erasure; a lead-in « … les catégories de données suivantes : » over lettered sub-headings is no empty field (pass 133)', () => {
    expect(analyseNotice("Article 5 – Durées\n\nLes données des demandes sont conservées trois ans à compter du dernier contact ; les journaux de connexion, un an ; les cookies de mesure d'audience, treize mois au plus.").status.retention).toBe('present');
    expect(analyseNotice("Les cookies de mesure d'audience sont conservés treize mois.").status.retention).not.toBe('present');
    expect(analyseNotice('5. Comment utilisons-nous vos données et pendant quelle durée les conservons-nous ?\n\nGestion des candidatures : un an après la décision pour les candidats non retenus.').status.retention).toBe('present');
    expect([...analyseNotice("Vous pouvez demander l'accès à vos données, leur rectification, leur suppression ou vous opposer à leur traitement.").rights].sort()).toEqual(['access', 'erasure', 'opposition', 'rectification']);
    const lycee = analyseNotice("1. Introduction\n\nLe Lycée français international de Balboa (ci-après, « l'Institution ») s'engage à protéger la vie privée des visiteurs de son site.\n\n2. Données collectées\n\nL'Institution peut collecter les catégories de données suivantes :\n\na) Coordonnées\n  • Nom complet\n  • Courrier électronique");
    expect(lycee.status.controller).toBe('present');
    // (A field left empty before a heading stays a template's blank.)
    expect(analyseNotice('Responsable du traitement :\n\n2. Finalités\n\nGérer les inscriptions.').status.controller).not.toBe('present');
  });
  it('"our legitimate organisational interests" and "you enter into a contract with us, and we need to process … to perform it" state bases; "to correct it or to delete it" names erasure; "ask for a copy … by e-mailing office@…" gives the rights contact; "Every e-mail contains a link to unsubscribe" withdraws (pass 132)', () => {
    expect(analyseNotice('In certain situations we collect and process your personal information for purposes that are in our legitimate organisational interests.').status.legalBasis).toBe('present');
    expect(analyseNotice('When you buy from us, you enter into a contract with us, and we need to process and store your data to perform it.').status.legalBasis).toBe('present');
    expect(analyseNotice('Before you enter into a contract with us, please read our terms.').status.legalBasis).not.toBe('present');
    expect([...analyseNotice('You can ask to see the data we hold about you, to correct it or to delete it.').rights]).toEqual(['access', 'rectification', 'erasure']);
    expect(analyseNotice('You may ask for a copy of the information we hold about you by e-mailing office@harmonia.example.').status.rightsContact).toBe('present');
    expect(analyseNotice('We will send you news of our concerts. Every e-mail contains a link to unsubscribe.').status.withdrawal).toBe('present');
  });
  it('"Failure to provide this information will mean that we are unable to …" is the required item; "lawful on the grounds of public interest" a basis; "Where consent is withdrawn we will remove …" a withdrawal; "The School takes photographs … and uses them for safeguarding and operational purposes" names the school titled in full and its purposes; the address given to make a request is the controller\'s where no DPO is named (pass 131)', () => {
    expect(analyseNotice('Failure to provide this information will mean that we are unable to set up a contract and supply the service.').status.required).toBe('present');
    expect(analyseNotice("This processing is part of the School's statutory function and is therefore lawful on the grounds of public interest.").status.legalBasis).toBe('present');
    expect(analyseNotice('We may refuse a request on the grounds of public interest.').status.legalBasis).not.toBe('present');
    expect(analyseNotice('Where consent is withdrawn we will remove any footage published on our website.').status.withdrawal).toBe('present');
    const photos = analyseNotice('Redbrook Grammar School – Student Photographs\n\n1. The School takes photographs of all students and uses them for safeguarding and operational purposes.');
    expect(photos.status.controller).toBe('present');
    expect(photos.status.purposes).toBe('present');
    expect(analyseNotice('We will not use them for any other purposes.').status.purposes).not.toBe('present');
    const access = analyseNotice('Privacy policy\n\nAshby Borough Council Music Service\n\nHow we use pupil information\n\nThis privacy notice sets out how Ashby Borough Council Music Service uses and protects any information that you give us.\n\nRequesting access to your personal data\n\nYou have the right to request access to information about you that we hold. To make a request, contact the Information Team, Ashby Town Hall, Victoria Square, Ashby AB10 1HP.');
    expect(access.status.controllerContact).toBe('present');
  });
  it('a service to contact about information names a rights contact only where the information is one\'s own ("To see the information on our match fixtures, please contact the sports team" is none); « La gestion de vos données repose sur notre intérêt légitime » names no interest (second reading of passes 128–130)', () => {
    expect(analyseNotice('To see the information on our match fixtures, please contact the sports team.').status.rightsContact).not.toBe('present');
    expect(analyseNotice('To update your contact details, please contact the school office.').status.rightsContact).toBe('present');
    expect(analyseNotice('La gestion de vos données repose sur notre intérêt légitime.').status.legitimateInterests).not.toBe('present');
    expect(analyseNotice('La gestion des adhésions relève de notre intérêt légitime.').status.legitimateInterests).toBe('present');
  });
  it('an end whose sequel, in the next sentence, is vague ("We may then archive your message for a certain period of time") is no end; e-mails sent "only if you opt in" and data used "at your option" state a basis; "Only Bell & Gown staff … have access" names recipients (pass 130)', () => {
    expect(analyseNotice('Email\n\nWe will keep a copy of your message until we have had an opportunity to address your concerns. We may then archive your message for a certain period of time or discard it.').status.retention).not.toBe('present');
    expect(analyseNotice('Email\n\nWe will keep a copy of your message until we have answered it. We then delete it.').status.retention).toBe('present');
    expect(analyseNotice('We may send you e-mails with promotional offers only if you opt in to receiving them.').status.legalBasis).toBe('present');
    expect(analyseNotice('We share your contact details with the event provider, and we may use them, at your option, to tell you about upcoming events.').status.legalBasis).toBe('present');
    expect(analyseNotice('You may pay by card or, at your option, by cheque.').status.legalBasis).not.toBe('present');
    expect(analyseNotice('Only Bell & Gown staff and our auditors have access to customer records.').status.recipients).toBe('present');
  });
  it('a university named in full whose notice says "the University may keep a record … and log the following information" is the controller; "If you think that your personal information … needs changing, please contact Student Services" is rectification and its contact; "will not be held outside Australia" says where data are held; "opt out of further contact … by clicking the unsubscribe option" withdraws; the company that owns the brand gives its address (pass 129)', () => {
    const uni = analyseNotice('Harrowgate University Websites Privacy Statement\n\nHarrowgate University is subject to the state privacy act. The following sets out how the University will deal with personal information.\n\nThe University may keep a record of your visit and log the following information: your IP address and the pages you read.');
    expect(uni.status.controller).toBe('present');
    const change = analyseNotice('If you think that your personal information held by the College needs changing, please contact Student Services.');
    expect([...change.rights]).toEqual(['rectification']);
    expect(change.status.rightsContact).toBe('present');
    expect(analyseNotice('To change your password, please contact the IT service desk.').status.rightsContact).not.toBe('present');
    expect(analyseNotice('Your information will not be held outside Australia.').status.transfers).toBe('present');
    expect(analyseNotice('Our open days are held outside Sydney.').status.transfers).not.toBe('present');
    expect(analyseNotice('If you are on one of our e-mail lists, you may opt out of further contact from us by clicking the unsubscribe option in any of our e-mails.').status.withdrawal).toBe('present');
    const owned = analyseNotice('Who has your information StudyNest is owned by Nest Learning Australia Pty Limited. Your personal information is only held by us and by the service providers we need.\n\nEmail usage data StudyNest uses pixel tags to gather information about the e-mails it sends to members.\n\nContact us\n\nPrivacy Officer\nNest Learning Australia\n22 Harris Street\nUltimo NSW 2007');
    expect(owned.status.controllerContact).toBe('present');
  });
  it('« votre numéro de téléphone sert uniquement à … » and an IP address recorded « pour bloquer les attaques » state purposes; « consulter, corriger ou supprimer les informations le concernant » is access; « à la fin de la saison » ends a retention; « La prévention de la fraude relève de notre intérêt légitime » names the interest; a charter titled « Charte de l\'association … » names its author (pass 128)', () => {
    expect(analyseNotice("Votre numéro de téléphone sert uniquement à vous prévenir en cas d'annulation d'un cours.").status.purposes).toBe('present');
    expect(analyseNotice('Le pare-feu du site enregistre l\'adresse IP des visiteurs pour bloquer les attaques.').status.purposes).toBe('present');
    expect(analyseNotice('Ce bouton sert uniquement à fermer la fenêtre.').status.purposes).not.toBe('present');
    expect([...analyseNotice('Chaque membre peut consulter, corriger ou supprimer les informations le concernant.').rights]).toEqual(['access', 'rectification', 'erasure']);
    expect(analyseNotice('Les fiches sont détruites à la fin de la saison qui suit le départ du licencié.').status.retention).toBe('present');
    expect(analyseNotice('La prévention de la fraude relève de notre intérêt légitime.').status.legitimateInterests).toBe('present');
    expect(analyseNotice('Ce traitement relève de notre intérêt légitime.').status.legitimateInterests).not.toBe('present');
    expect(analyseNotice('Charte de l\'association Les Petits Mousses\n\nLes données que nous recueillons servent à gérer les adhésions.').status.controller).toBe('present');
    expect(analyseNotice('Charte informatique\n\nLes données que nous recueillons servent à gérer les adhésions.').status.controller).not.toBe('present');
  });
  it('a text that presents itself as an article (« Cet article parcourt… ») and never processes data itself explains the rules, even where it names a body responsible for the processing it describes; a notice that says « Nous traitons vos données » is none; « Le règlement permettra … l\'effacement » recites the law (pass 127)', () => {
    const art = analyseNotice("La protection des données dans le CPF\n\nCet article parcourt les aspects juridiques et pratiques de la gestion de ces informations.\n\nLes acteurs impliqués :\n\n1. La Caisse des dépôts : gestionnaire du compte, elle est le principal responsable du traitement des données personnelles des titulaires.\n\n2. Les titulaires de compte : ils disposent d'un droit d'accès et de rectification de leurs données.");
    expect(art.explainsRules).toBe(true);
    expect(art.status.controller).not.toBe('present');
    expect([...art.rights]).toEqual([]);
    const notice = analyseNotice('Politique de confidentialité\n\nCet article présente la politique de notre plateforme. Nous traitons vos données pour gérer votre compte. Le responsable du traitement est la société Classeo SAS.');
    expect(notice.explainsRules).toBe(false);
    expect(notice.status.controller).toBe('present');
    expect([...analyseNotice("Le règlement permettra par exemple le droit à l'oubli : dans certains cas, on pourra demander l'effacement de ses données.").rights]).toEqual([]);
    // (A notice that tells the reader what the law gives them tells their rights.)
    expect([...analyseNotice("Le RGPD vous donne le droit d'accéder à vos données et de les faire rectifier.").rights].sort()).toEqual(['access', 'rectification']);
    expect([...analyseNotice('The GDPR gives you the right to access your data.').rights]).toEqual(['access']);
    // (A school's guide for parents on how it uses their child's data is a notice.)
    const guide = analyseNotice("Guide pour les parents\n\nCe guide explique comment l'école utilise les données de votre enfant. Le responsable du traitement est le Collège Jean Moulin. Les données sont conservées un an.");
    expect(guide.explainsRules).toBe(false);
    expect(guide.status.controller).toBe('present');
  });
  it('« nos sites enregistrent … des cookies, pour fournir le service » and a list item « des cookies techniques essentiels » say what the site does with cookies; a definition of what browsers store does not (pass 126)', () => {
    expect(analyseNotice("Nos logiciels d'envoi de courriels et nos sites enregistrent de façon non personnalisée des informations techniques, comme l'adresse IP ou des cookies, pour fournir le service attendu.").status.cookies).toBe('present');
    expect(analyseNotice('Données traitées :\n- votre nom et votre adresse e-mail ;\n- des cookies techniques essentiels.').status.cookies).toBe('present');
    expect(analyseNotice('Les navigateurs stockent des cookies pour mémoriser vos préférences.').status.cookies).not.toBe('present');
  });
  it('an opt-out "at any time" is a withdrawal only where it is of messages, sharing or data ("Pupils may opt out of religious education at any time" is none); permission "from you" and "only if authorised by you" state a basis only where the sentence speaks of data, images or sharing ("Staff will seek permission from you before taking your child off site" does not); cancelling a subscription withdraws only where it is to mailings or publications (second reading of passes 121–125)', () => {
    expect(analyseNotice('Pupils may opt out of religious education at any time.').status.withdrawal).not.toBe('present');
    expect(analyseNotice('Users can anytime opt out of the tournament.').status.withdrawal).not.toBe('present');
    expect(analyseNotice('You can opt out of sharing at any time.').status.withdrawal).toBe('present');
    expect(analyseNotice('Staff will seek permission from you before taking your child off site.').status.legalBasis).not.toBe('present');
    expect(analyseNotice('Pupils may leave early only if authorised by you.').status.legalBasis).not.toBe('present');
    expect(analyseNotice("We will seek permission from you before we share your child's photographs.").status.legalBasis).toBe('present');
    // (A paid plan cancelled at any time ends a contract; it withdraws no consent.)
    expect(analyseNotice('You can cancel your subscription at any time from your account; the premium plan then ends at the close of the billing period.').status.withdrawal).not.toBe('present');
  });
  it('"ask us to limit how we use your personal data" is limitation, "your data in a machine-readable format to give to another organisation" portability; "we rely on legitimate interests, such as:" over a list names them; subscribers who "can cancel their subscription at any time" withdraw (pass 125)', () => {
    expect([...analyseNotice('Your rights\n\nYou can ask us to limit how we use your personal data.').rights]).toEqual(['limitation']);
    expect([...analyseNotice('Your rights\n\nYou can ask for your data in a machine-readable format to give to another organisation.').rights]).toEqual(['portability']);
    expect(analyseNotice('Legitimate Interests\n\nFor some activities we rely on legitimate interests, such as:\n\n  * CCTV for the security of the site\n  * Communications with former pupils').status.legitimateInterests).toBe('present');
    expect(analyseNotice('People who subscribe to our services can cancel their subscription at any time and are given an easy way to do so.').status.withdrawal).toBe('present');
  });
  it('"consent is required" says what the processing rests on, not that providing data is required; "Your name and e-mail address are required" still says it (pass 124)', () => {
    expect(analyseNotice("Your parents' consent is required, because the council involves travel outside school hours.").status.required).not.toBe('present');
    expect(analyseNotice("Users' knowledge and consent are required for the collection, use and disclosure of User Information.").status.required).not.toBe('present');
    expect(analyseNotice('Your name and e-mail address are required to open an account.').status.required).toBe('present');
  });
  it('a body called by its kind alone ("The Council uses these data") names the controller where the notice names a body of that kind in full elsewhere ("Trentside City Council"), not where it never does nor where the full name is of another kind; "These rights may be exercised by writing to …" is how to exercise them (pass 123)', () => {
    expect(analyseNotice('Privacy policy\n\nThe Virtual School works with departments of Trentside City Council and with schools.\n\nThe Council uses these data to carry out its tasks for children in care.').status.controller).toBe('present');
    expect(analyseNotice('Privacy notice\n\nThe University needs to process your personal data so that it can admit you.').status.controller).not.toBe('present');
    expect(analyseNotice('Privacy notice\n\nThe School keeps the data only as long as needed.\n\nOffice: Tin Tsz Christian Academy, 3 Hill Road.').status.controller).not.toBe('present');
    expect(analyseNotice('You have the right to access your data and to have it corrected. These rights may be exercised by writing to privacy@univalsugana.example.').status.rightsContact).toBe('present');
  });
  it('a company that "is the manager, moderator and operator of the website" runs it; "Users can anytime unsubscribe" is a withdrawal; access and update "by contacting us by phone or email as detailed below" has its contact; "we would seek permission from you" and "only if authorized by you" state a basis; "If you do not want to provide this information, you cannot use our Site" and a site that "requires that you provide your name…" say what is required; information "removed from the … Network database" is erasure (pass 122)', () => {
    expect(analyseNotice('Privacy Policy\n\nCollegeYatra Web Pvt. Ltd. is the manager, moderator and operator of the website CollegeYatra.example. This document explains how we use the information we collect from users.').status.controller).toBe('present');
    expect(analyseNotice('Users can anytime unsubscribe from the service.').status.withdrawal).toBe('present');
    expect(analyseNotice('We hold your name and course. You can access and update your personal information by contacting us by phone or email as detailed below.').status.rightsContact).toBe('present');
    expect(analyseNotice('We may give it to our systems vendor; in every case we would seek permission from you.').status.legalBasis).toBe('present');
    expect(analyseNotice('Staff may forward your résumé to employers only if authorized by you.').status.legalBasis).toBe('present');
    expect(analyseNotice('If you do not want to provide this information, you cannot use our Site.').status.required).toBe('present');
    expect(analyseNotice('The Site requires that you provide your name, address and email address on the registration form.').status.required).toBe('present');
    // (An app that needs the camera asks for no personal data.)
    expect(analyseNotice('The app requires you to give access to your camera to scan a code.').status.required).not.toBe('present');
    expect([...analyseNotice('Anyone may ask for his or her information to be removed from the Career Bridge Network database by e-mailing privacy@careerbridge.example.').rights]).toEqual(['erasure']);
  });
  it('"this website and its owners use" the information speaks for the body the title names, and a title\'s parts may be set apart by " : "; "only if your express permission was granted" is a basis; a right to request documents under the Freedom of Information Act is no right over one\'s data; "X, or a service provider acting on our behalf, collects" names X; "you may opt out of receiving text messages … at any time" is a withdrawal (pass 121)', () => {
    expect(analyseNotice("Privacy Policy | Riverside Founders' School\n\nThis website and its owners use any information submitted to answer your questions. Your details are not passed on to any third parties.").status.controller).toBe('present');
    expect(analyseNotice('Privacy : About us : Eastvale University\n\nFor details of the kinds of student information we collect, e-mail the Privacy Officer at privacy-officer@eastvale.example.').status.controller).toBe('present');
    expect(analyseNotice('We add your details to our newsletter only if your express permission was granted when you submitted the form.').status.legalBasis).toBe('present');
    expect([...analyseNotice('Freedom of information\n\nUnder the Freedom of Information Act 1982, you have general rights to request information held by the University, and to apply for access to University documents.').rights]).toEqual([]);
    // (A right of access to one's own information, under the same Act, is one.)
    expect([...analyseNotice('Under the Freedom of Information Act, you have the right to access the personal information the University holds about you.').rights]).toEqual(['access']);
    expect(analyseNotice('The CampusLink Network, or a service provider acting on our behalf ("Service Provider"), collects personal information from you when you open an account.').status.controller).toBe('present');
    expect(analyseNotice('You may opt out of receiving text messages from us at any time by texting STOP.').status.withdrawal).toBe('present');
  });
  it('a notice that speaks of its body only in the third person ("The Academy processes…") is no guide on the rules; "The party responsible for data processing is …" names the controller; its contact is found by an acronym the notice spells out, an "attn." line, or the name its sentence opens on; a contact just after a sentence naming rights is how to exercise them; "whether in the United States or in other countries" and servers "outside the country where you live" are transfers; "we must have permission from your parent … before" is a basis (pass 120)', () => {
    const third = analyseNotice('Privacy Policy / Brenta University\n\nThis page concerns the administration of the website of Brenta University and the data of its users.\n\n"Personal data" means any information relating to an identified or identifiable natural person.\n\nThe University processes the data sent through its forms only to answer requests.\n\nUnder Article 37 of Regulation (EU) 2016/679, public authorities and bodies must designate a Data Protection Officer.');
    expect(third.explainsRules).toBe(false);
    expect(analyseNotice('The party responsible for data processing ("Titolare del trattamento") is the Harbour Music Academy, Via Roma 12, 39100 Bolzano (Italy).').status.controller).toBe('present');
    // (Nor is a party responsible for data processing that "is required to" do something named.)
    expect(analyseNotice('The party responsible for data processing is required to keep a record of processing activities.').status.controller).not.toBe('present');
    const acronym = analyseNotice('Privacy statement\n\nNorthgate Valley College (NVC) cares about your privacy. NVC is the controller of your personal data. NVC processes your data to run its courses.\n\nContact details\nFor questions about this statement, please contact:\nNorthgate Valley College\nattn. Data Protection Officer\nPostbus 4411\n6200 AB Maastricht');
    expect(acronym.status.controllerContact).toBe('present');
    const subject = analyseNotice('Privacy Policy\n\nAt StudyRoute, a service of Western Plains Bank USA, privacy matters. Western Plains Bank USA is the sole owner of the information collected on this Site. We use it to run the Site.\n\nHow to Contact Us\nWrite to:\nPrivacy\nWestern Plains Bank USA\nP.O. Box 7012\nFargo, ND 58102');
    expect(subject.status.controllerContact).toBe('present');
    const after = analyseNotice('Privacy policy\n\nWe run the Homework Hub forum. A parent may ask us for the information we hold about their child and request corrections or its deletion. We reply by post. Please contact Homework Hub by e-mail at privacy@homeworkhub.example.');
    expect(after.status.rightsContact).toBe('present');
    // (A complaint to the regulator is not how the rights are exercised.)
    const authority = analyseNotice('Privacy policy\n\nWe run the Homework Hub forum. You may ask us for a copy of your information. Contact the Information Commissioner\'s Office at casework@ico.example to complain.');
    expect(authority.status.rightsContact).not.toBe('present');
    expect(analyseNotice('You agree to the collection, use and transfer of this information as described here, whether in the United States or in other countries.').status.transfers).toBe('present');
    expect(analyseNotice('Our hosting providers may use servers outside the country where you live.').status.transfers).toBe('present');
    expect(analyseNotice('If you are under 13, we must have permission from your parent or legal guardian before you can register.').status.legalBasis).toBe('present');
  });
  it('"we provide reasonable access to your personal information as well as procedures for correcting or modifying it" names access and rectification; "You may unsubscribe from this information simply by telling us", "unsubscribe through the link in the e-mail" are withdrawals; "Only those members who have a lawful purpose … are authorised to do so" says who receives; a site that "respects your individual privacy" speaks as the body (pass 119)', () => {
    expect([...analyseNotice('We provide reasonable access to your personal information as well as procedures for correcting or modifying it where appropriate.').rights].sort()).toEqual(['access', 'rectification']);
    expect(analyseNotice('You may unsubscribe from this information simply by telling us that you no longer wish to receive it.').status.withdrawal).toBe('present');
    expect(analyseNotice('If you receive e-mails from us, you can unsubscribe through the link in the e-mail.').status.withdrawal).toBe('present');
    expect(analyseNotice('Only those Campus360 members who have a lawful purpose for accessing the personal information we obtain are authorised to do so.').status.recipients).toBe('present');
    // (Who may view a forum is no recipient of data.)
    expect(analyseNotice('Only children over 13 are allowed to view the forum.').status.recipients).not.toBe('present');
    const site = analyseNotice('Privacy Policy\n\nCampus360online.example respects your individual privacy. We use information about you to administer your account.\n\nContact us by e-mail at info@campus360online.example.');
    expect(site.status.controller).toBe('present');
  });
  it('a named department that "records each visit", and a named public agency "committed to the privacy … of your personal information", name the controller; "The school is committed to protecting your privacy" names none, nor a department that collects from schools (pass 118)', () => {
    expect(analyseNotice('The Southern Coast Department of Education records each visit to its website for statistics.').status.controller).toBe('present');
    expect(analyseNotice('The Keystone Higher Education Assistance Agency ("KHEAA") is committed to the privacy and confidentiality of your personal information. Federal law requires us to tell you how we collect and share it.').status.controller).toBe('present');
    expect(analyseNotice('The school is committed to protecting your privacy.').status.controller).not.toBe('present');
    expect(analyseNotice('Our academy is committed to the privacy of its pupils.').status.controller).not.toBe('present');
    expect(analyseNotice('The Department for Education collects personal data from schools through the census.').status.controller).not.toBe('present');
  });
  it('a question on exercising one\'s rights answered by a mailbox in the next sentence, "use the membership page" to remove one\'s information and "the \'Update profile\' link" give the rights\' contact; "Update your personal information" names rectification (pass 117)', () => {
    const q = analyseNotice("Vos droits\nChaque utilisateur peut voir, télécharger et supprimer ce qu'il a créé.\n\nComment nous joindre ?\nUne question sur cette politique, ou vous voulez exercer vos droits ? Écrivez-nous à confidentialite@luciole.example.");
    expect(q.status.rightsContact).toBe('present');
    expect(q.excerpts.rightsContact).toContain('confidentialite@luciole.example');
    expect(analyseNotice('To remove your information from our database, so that you no longer receive our communications, use the membership page.').status.rightsContact).toBe('present');
    const u = analyseNotice('Update your personal information with the "Update profile" link on the site.');
    expect(u.status.rightsContact).toBe('present');
    expect([...u.rights]).toContain('rectification');
    // (A question answered by the authority's address is a complaint, not how the rights are exercised with the body.)
    expect(analyseNotice('Vous voulez exercer vos droits ? La CNIL, 3 place de Fontenoy, 75007 Paris, peut recevoir une réclamation.').status.rightsContact).not.toBe('present');
  });
  it('details "not required for registration" say what must be given; a Dutch postcode line ("2611 GG Delft") closes an address block; a "we" notice that gives a company with its legal form and its address to write to about the data names it (pass 116)', () => {
    expect(analyseNotice('When you register, we collect your name and e-mail address. You may give other details of your own accord, but they are not required for registration.').status.required).toBe('present');
    const card = analyseNotice('Tilemark maintains and processes personal information in order to provide your start page.\n\nMore information\n\nIf you have questions, contact us at any time:\n\nTilemark BV\nBurgwal 12\n2611 GG Delft\nNetherlands');
    expect(card.status.controllerContact).toBe('present');
    expect(card.excerpts.controllerContact).toContain('2611 GG Delft');
    // (A year over two small words, "2021 in review", is no postcode line.)
    expect(analyseNotice('2021 in review\nKennet College is the data controller and collects your name.').status.controllerContact).not.toBe('present');
    const a = analyseNotice('Privacy policy\n\n1. We collect personal data only when you give it to us in our booking form.\n\n6. Contact for privacy questions\n\nFor any question about the use of your personal data, or to have it corrected or erased, write to: LinguaRoute S.L., Carrer de la Diputació 120, 08015 Barcelona (Spain).');
    expect(a.status.controller).toBe('present');
    expect(a.excerpts.controller).toMatch(/^write to: LinguaRoute S\.L\./);
    expect(a.status.controllerContact).toBe('present');
    // (Nor a company the sentence names as another's: a payment provider.)
    const provider = analyseNotice('Privacy policy\n\nWe collect personal data only when you book a course with us.\n\nPayments\n\nIf you have questions about how your personal data is handled by our payment provider, write to: Paywise Europe Ltd, 1 Grand Canal Street, Dublin D02 F123.');
    expect(provider.status.controller).not.toBe('present');
    // (A processor's notice gives its own address, not the controller's.)
    const processor = analyseNotice('Privacy policy\n\nWe act as a data processor for the schools we serve. We collect personal data only as they instruct.\n\nFor any question about your personal data, write to: Skolvik Systems GmbH, Hauptstrasse 4, 10115 Berlin.');
    expect(processor.status.controller).not.toBe('present');
  });
  it('data processed "abroad" or "by a payment gateway in the United States" say where they go; a DPO reached "here: https://…" has a way to reach them; fields "strictly necessary … are marked as such" say what is required; data "deleted once the purchase is complete" have an end (pass 115)', () => {
    expect(analyseNotice('You agree that your data may be processed abroad, in European or non-European countries.').status.transfers).toBe('present');
    // (Trips held abroad, or a process for studying abroad, say nothing of where the data go.)
    expect(analyseNotice('School trips are held abroad every spring.').status.transfers).not.toBe('present');
    expect(analyseNotice('The application process for studying abroad is explained below.').status.transfers).not.toBe('present');
    expect(analyseNotice('If your purchase is processed by a payment gateway in the United States, your information may be disclosed under United States law.').status.transfers).toBe('present');
    expect(analyseNotice('You can contact our data privacy officer here: https://eu-rep.example/form/48213').status.dpo).toBe('present');
    expect(analyseNotice('Input fields that are strictly necessary for our services are marked as such when you register.').status.required).toBe('present');
    expect(analyseNotice('Your transaction data is deleted once the purchase is complete.').status.retention).toBe('present');
  });
  it('rights named by a bold label ("**Access:** you can ask…"), an "overview of the personal data we hold", « La famille … peut s\'y opposer »; a Dutch street and its number in the controller\'s address block (pass 115)', () => {
    expect([...analyseNotice('Your rights\n  * **Access:** you can ask for more information about the data we hold about you, and for a copy of it.').rights]).toContain('access');
    expect([...analyseNotice('You may ask us for an overview of the personal data we hold about you.').rights]).toContain('access');
    expect([...analyseNotice("La famille qui ne souhaite pas que ses données soient transmises peut s'y opposer en le signalant à la directrice.").rights]).toContain('opposition');
    const a = analyseNotice('The Bruges College of Studies ("We", "College") collects your data to run its courses.\n\nContact\nTo exercise your rights, write to us:\n\nBruges College of Studies\nPrivacy Office\nDijkstraat 14\n8000 Bruges\nBelgium');
    expect(a.status.controllerContact).toBe('present');
    expect(a.excerpts.controllerContact).toContain('Dijkstraat 14');
    // (An English word that ends like a street, "during 12 months", "harvest 2020", is no address.)
    expect(analyseNotice('Kennet College is the data controller. We keep your data during 12 months.').status.controllerContact).not.toBe('present');
    expect(analyseNotice('Kennet College is the data controller. Photos from the harvest 2020 fair are kept.').status.controllerContact).not.toBe('present');
  });
  it('« la commune de X, gestionnaire de la structure, consulte le service CDAP » names the controller, and a consultation made « qu\'avec l\'accord écrit de la famille » rests on consent; an establishment « placé sous la responsabilité de la directrice » names none (pass 114)', () => {
    expect(analyseNotice('Pour calculer la participation de la famille, la commune de Val-la-Vigne, gestionnaire de la structure, consulte le service CDAP de la CAF.').status.controller).toBe('present');
    expect(analyseNotice("Cette consultation n'est faite qu'avec l'accord écrit de la famille.").status.legalBasis).toBe('present');
    expect(analyseNotice("F/ LES FONCTIONS DE LA RESPONSABLEL'établissement est placé sous la responsabilité de la directrice, éducatrice de jeunes enfants.").status.controller).not.toBe('present');
    // (A processing placed under someone's responsibility still names its controller.)
    expect(analyseNotice('Le traitement est placé sous la responsabilité du maire de Valbrune.').status.controller).toBe('present');
  });
  it('a policy\'s list of what changed ("The rights of a data subject to object … have been added") gives no rights; a numbered paragraph is read without its number ("1.1 This policy sets out how the X Trust handles the personal data…") (pass 114)', () => {
    expect([...analyseNotice('Summary of differences.\n6. The rights of a data subject to object, to data portability and to restrict processing have been added.').rights]).toEqual([]);
    const filler = Array.from({ length: 12 }, (_, i) => `${i + 1}. Section ${i + 1} was revised in March.`).join('\n');
    const a = analyseNotice(`Summary of changes.\n${filler}\n\n1. Introduction\n1.1 This policy sets out how the Danesbury Diocesan Academies Trust (the "Trust") handles the personal data of its pupils and staff.`);
    expect(a.status.controller).toBe('present');
    expect(analyseNotice('This policy sets out how the school handles the personal data of its pupils.').status.controller).not.toBe('present');
  });
  it('« Les données que nous collectons sont nécessaires pour vous permettre… », « des comptes personnels doivent être créés » say the data are required; « utilise un outil de mesure d\'audience » speaks of trackers; « les faire corriger ou supprimer » names erasure and "its use restricted" limitation (pass 113)', () => {
    expect(analyseNotice('Les données que nous collectons sont nécessaires pour vous permettre de créer un compte et de payer vos factures.').status.required).toBe('present');
    expect(analyseNotice('Pour contribuer en ligne, des comptes personnels doivent être créés.').status.required).toBe('present');
    expect(analyseNotice("Cookies\nLa plateforme utilise un outil de mesure d'audience exempté de consentement.").status.cookies).toBe('present');
    expect([...analyseNotice('Vous pouvez consulter vos données, les faire corriger ou supprimer.').rights]).toContain('erasure');
    expect([...analyseNotice('You also have the right to ask for your data to be erased or its use restricted.').rights]).toContain('limitation');
  });
  it('« Le responsable du traitement des données est : » is read with the name on the line below and the address under it; « …en ligne, notamment : » over lines with no bullets states what the data are for; « dans le cadre des missions d\'intérêt public » is a basis (pass 112)', () => {
    const a = analyseNotice("Politique de confidentialité\nLe responsable du traitement des données est :\nVille de Kerbrat\nReprésentée par son maire\n3, rue de la Mairie – 29890 Kerbrat\nTél. : 02 98 00 00 00\n\nLes données recueillies par nos formulaires sont traitées dans le cadre des missions d'intérêt public dont la Ville est investie.\nElles servent uniquement à faire vos démarches en ligne, notamment :\nDemander un acte d'état civil\nInscrire un enfant à l'école");
    expect(a.status.controller).toBe('present');
    expect(a.excerpts.controller).toContain('Ville de Kerbrat');
    expect(a.status.controllerContact).toBe('present');
    expect(a.excerpts.controllerContact).toContain('29890');
    expect(a.status.legalBasis).toBe('present');
    expect(a.status.purposes).toBe('present');
    // (A field left empty stays one: « Finalités : » over a heading.)
    expect(analyseNotice('Finalités :\nVos droits').status.purposes).not.toBe('present');
  });
  it('« La Commune de Valbrune est amenée à traiter des données » names the controller, and « Mairie de Valbrune, service délégué… » with its street is its own address, written to for its DPO (pass 112)', () => {
    const a = analyseNotice("1. Préambule\nLa Commune de Valbrune est amenée à collecter et à traiter des données personnelles vous concernant.\n\n2. Délégué à la protection des données\nLe délégué de la Ville de Valbrune est joignable à dpo@valbrune.example et à l'adresse postale :\nMairie de Valbrune, service délégué à la protection des données, 24 avenue de la République - 92410 Valbrune.");
    expect(a.status.controller).toBe('present');
    expect(a.status.controllerContact).toBe('present');
    expect(a.excerpts.controllerContact).toContain('92410');
    // (Another town's hall is not its own.)
    const other = analyseNotice("1. Préambule\nLa Commune de Valbrune est amenée à collecter et à traiter des données personnelles vous concernant.\n\n2. Délégué à la protection des données\nLe délégué mutualisé est joignable à l'adresse postale :\nMairie de Montrouet, service délégué à la protection des données, 8 place du Marché - 92420 Montrouet.");
    expect(other.status.controllerContact).not.toBe('present');
  });
  it('« Vous pouvez à tout moment … vous désinscrire » is a withdrawal; « ne font l\'objet d\'aucune communication à des tiers » says who receives; rights exercised « auprès de la Collectivité » give no contact, « auprès du secrétariat » one (pass 112)', () => {
    expect(analyseNotice('Vous pouvez à tout moment supprimer votre compte et vous désinscrire des informations envoyées.').status.withdrawal).toBe('present');
    expect(analyseNotice("Les adresses des abonnés ne font l'objet d'aucune communication à des tiers.").status.recipients).toBe('present');
    expect(analyseNotice("Le citoyen dispose d'un droit d'accès et de rectification, qu'il exerce auprès de la Collectivité.").status.rightsContact).not.toBe('present');
    expect(analyseNotice("Le citoyen dispose d'un droit d'accès et de rectification, qu'il exerce auprès du secrétariat de la mairie.").status.rightsContact).toBe('present');
  });
  it('a sentence that opens on "they" is read with the subject of the one before it (the ad networks\' template: "They automatically receive your IP address when this occurs."), and shown with it (pass 111)', () => {
    const a = analyseNotice('Advertising\nThese third-party ad servers or ad networks use technology in the ads and links that appear on our site, which are sent directly to your browser. They automatically receive your IP address when this occurs.');
    expect(a.status.recipients).toBe('present');
    expect(a.excerpts.recipients).toMatch(/^These third-party ad servers/);
    // (Not across a question, nor when the sentence before names no plural subject.)
    expect(analyseNotice('Advertising\nDo we work with ad networks? They automatically receive your IP address when this occurs.').status.recipients).not.toBe('present');
    expect(analyseNotice('Advertising\nWe show no advertising. They automatically receive your IP address when this occurs.').status.recipients).not.toBe('present');
  });
  it('a dot inside a domain ends no clause: "ad servers that show ads on kidsquiz.example automatically receive your IP address" (pass 111)', () => {
    expect(analyseNotice('The ad servers that show ads on kidsquiz.example automatically receive your IP address.').status.recipients).toBe('present');
    expect(analyseNotice('Our ad networks show ads across kidsquiz.example and receive your IP address when they do.').status.recipients).toBe('present');
    // (So many sentences at most are read again: past them, on a page of domains, the work stays bounded.)
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `See page${i}.example here.`).join('\n');
    const late = 'The ad servers that show ads on kidsquiz.example automatically receive your IP address.';
    expect(analyseNotice(`${filler(PARSE_LIMITS.dottedSentences - 1)}\n${late}`).status.recipients).toBe('present');
    expect(analyseNotice(`${filler(PARSE_LIMITS.dottedSentences)}\n${late}`).status.recipients).not.toBe('present');
  });
  it('"We gather personal information only with your consent", « Nous ne collectons vos données qu\'avec votre consentement » state a basis; "ask us at any time not to contact you again", « nous demander de ne plus vous contacter », "end these messages at any time" a withdrawal; "A first-party cookie helps us" speaks of cookies (pass 111)', () => {
    expect(analyseNotice('We gather personal information only with your consent, and use it only for the purposes we give.').status.legalBasis).toBe('present');
    expect(analyseNotice("Nous ne collectons vos données qu'avec votre consentement.").status.legalBasis).toBe('present');
    expect(analyseNotice('You may ask us at any time not to contact you again.').status.withdrawal).toBe('present');
    expect(analyseNotice('Vous pouvez à tout moment nous demander de ne plus vous contacter.').status.withdrawal).toBe('present');
    expect(analyseNotice('You can end these messages at any time with the link in each of them.').status.withdrawal).toBe('present');
    expect(analyseNotice('We record the pages visited. A first-party cookie helps us do this.').status.cookies).toBe('present');
    // (A promise about a publication is no basis: « Nous ne publions vos photos qu'avec votre accord. »)
    expect(analyseNotice("Nous ne publions les photos qu'avec votre accord.").status.legalBasis).not.toBe('present');
  });
  it('« Quelles données Crechenet.example collecte-t-il ? » names the site as the body that collects; the mailbox on a DPO\'s card below « …a désigné un délégué à la protection des données : » is the DPO\'s, not the controller\'s (pass 110)', () => {
    const a = analyseNotice("Politique de confidentialité\nCrechenet.example a désigné un délégué à la protection des données :\nPaul Morel\npaul@crechenet.example\n\nQuelles données Crechenet.example collecte-t-il ?\nLe nom et l'adresse électronique des parents.");
    expect(a.status.controller).toBe('present');
    expect(a.status.dpo).toBe('present');
    expect(a.status.controllerContact).not.toBe('present');
  });
  it('duties recited for any body (« une association doit désormais : », « chaque école doit »), the GDPR\'s « principes clés », a risk that « peut exposer » pupils and « Qui possède un droit d\'accès à ces données ? » inform on nothing (pass 109)', () => {
    const duties = analyseNotice("Obligations\nQuand il recueille des données, un club doit désormais :\n- donner l'identité et les coordonnées du responsable du traitement ;\n- informer les adhérents de leur droit d'accès, de rectification et d'opposition.");
    expect(duties.status.controller).not.toBe('present');
    expect([...duties.rights]).toEqual([]);
    const principles = analyseNotice("Ce que dit la loi\nQuelques principes clés :\n- Droit d'accès : chaque famille peut demander à consulter ses données.");
    expect(principles.status.rights).not.toBe('present');
    expect(analyseNotice("Une mauvaise gestion peut exposer les enfants à un profilage publicitaire.").status.automatedDecisions).not.toBe('present');
    const who = analyseNotice('Qui possède un droit d\'accès à ces données ?\nLa directrice de la structure et le parent inscrit.');
    expect([...who.rights]).not.toContain('access');
    // (The school's own duty, said of itself, stays what it says: « L'école doit conserver ces données un an. »)
    expect(analyseNotice("L'école doit conserver ces données un an après le départ de l'élève.").status.retention).toBe('present');
  });
  it('uses that rest on consent: "If you have given consent, we…", "If a parent grants permission, we may post…", "we will seek your permission before", "We require you to opt in before…", "opt in to comment notifications", "parents who opt in" (pass 108)', () => {
    expect(analyseNotice('If you have given consent, we use your address to tell you about our workshops.').status.legalBasis).toBe('present');
    expect(analyseNotice("If a parent grants permission, we may post the winner's first name on the site.").status.legalBasis).toBe('present');
    expect(analyseNotice('Where we want to use your details for anything else, we will seek your permission before doing so.').status.legalBasis).toBe('present');
    expect(analyseNotice('We require you to willingly opt in before you receive any reminder e-mail.').status.legalBasis).toBe('present');
    expect(analyseNotice('You may opt in to comment notifications and opt out again.').status.legalBasis).toBe('present');
    expect(analyseNotice('The monthly letter goes only to parents who opt in.').status.legalBasis).toBe('present');
  });
  it('withdrawal told as opting out of special offers, turning notifications off, no further communications, stopping contact on request (pass 108)', () => {
    expect(analyseNotice('You may opt out of special offers on our contact page.').status.withdrawal).toBe('present');
    expect(analyseNotice('You can turn e-mail and text notifications off in your settings.').status.withdrawal).toBe('present');
    expect(analyseNotice('Write to us to be removed from our list so that you receive no further mailings.').status.withdrawal).toBe('present');
    expect(analyseNotice('Our policy is to stop contacting families who ask us to.').status.withdrawal).toBe('present');
  });
  it('« Responsable de la collecte des données : » followed by a name names the controller, not a template\'s bracketed blank (pass 107)', () => {
    expect(analyseNotice('Protection des données\nResponsable de la collecte des données : Madame Ortiz, principale du collège.').status.controller).toBe('present');
    expect(analyseNotice('Protection des données\nResponsable de la collecte des données : [Nom de la personne ou fonction, par exemple le CPE]').status.controller).not.toBe('present');
  });
  it('the controller\'s address: its name without "Pty" over a PO box, its quoted short name over a street address, a US "City, ST 12345" line, the line its sentence leads on to (pass 107)', () => {
    expect(analyseNotice('This website belongs to and is run by Riverbend Learning Supplies Pty Ltd, called "we" in this policy.\nWe collect your name to send your order.\nFor any question, write to:\nRiverbend Learning Supplies\nPO Box 512\nBallarat VIC 3350').status.controllerContact).toBe('present');
    expect(analyseNotice('Mathspark, a division of Tallis Media, Inc. ("Mathspark"), operates this website and is committed to the privacy of its visitors.\nWe collect the e-mail addresses of subscribers.\nTo ask for a copy of your data, write to Mathspark, 40 Elm Street, Suite 3, Hartford, CT 06103.').status.controllerContact).toBe('present');
    expect(analyseNotice('At Funquest.example, we keep children\'s privacy first.\nWe collect parents\' e-mail addresses for the newsletter.\nCalifornia requests:\nFunquest.example\nAttention: privacy\n1800 Bay Drive, Suite 10\nTampa, FL 33602').status.controllerContact).toBe('present');
    expect(analyseNotice('The administrator of your personal data is the head of Linden International School:\na. by post: ul. Lipowa 4, 30-001 Krakow; b. by e-mail: office@lindenschool.example').status.controllerContact).toBe('present');
  });
  it('rights used "from the Account Management page" or "in the account settings of your profile" have their contact (pass 107)', () => {
    expect(analyseNotice('Parents can correct or delete their details from the Account Management page.').status.rightsContact).toBe('present');
    expect(analyseNotice('To update your personal information, go to the account settings of your profile.').status.rightsContact).toBe('present');
  });
  it('a use denied ("We do not use your data to send you advertising", « nous n\'utilisons pas de cookies pour réunir des informations ») states no purpose; "only", « que », "other than" keep it; a list item "- your e-mail: to send your access details" and "To keep a record of your scores, we need to retain…" state one; an app permission\'s line does not (pass 106)', () => {
    expect(analyseNotice('We do not use your data to send you advertising.').status.purposes).not.toBe('present');
    expect(analyseNotice("Vos données ne sont en aucun cas transmises à des tiers, et nous n'utilisons pas de cookies pour réunir des informations sur vous.").status.purposes).not.toBe('present');
    expect(analyseNotice("Nous n'utilisons vos données que pour gérer votre inscription à la cantine.").status.purposes).toBe('present');
    expect(analyseNotice('We do not use your data for anything other than running your account.').status.purposes).toBe('present');
    expect(analyseNotice('We only collect what the course needs:\n- your e-mail address: to send your access details and materials;\n- your postcode area: to check you live in the county.').status.purposes).toBe('present');
    expect(analyseNotice('To keep a record of the tests your child has taken, we need to retain the details given at registration.').status.purposes).toBe('present');
    expect(analyseNotice('Permissions\n- Microphone: to hear the notes you play.').status.purposes).not.toBe('present');
  });
  it('a site named by its address with any ending ("Brightpath.io", "Kidsmaths.co.in", "Lunchbox.example") that collects, asks, holds or wrote the statement is the controller; not one that "collects no personal information" or only uses cookies; not a file name (pass 105)', () => {
    expect(analyseNotice('Privacy policy\nBrightpath.io asks parents for an e-mail address before a child can save progress.\nThe address is used only to send the weekly report.').status.controller).toBe('present');
    expect(analyseNotice('Privacy\nKidsmaths.co.in, the parent company, has written this statement to explain how the site gathers information.').status.controller).toBe('present');
    expect(analyseNotice('What personal information does Lunchbox.example collect?\nWe collect the e-mail address you give when you order.').status.controller).toBe('present');
    expect(analyseNotice('Privacy\nNumberpond.com collects no personal information from children or anyone else.').status.controller).not.toBe('present');
    expect(analyseNotice('Cookies\nriverdalecollege.example uses its own cookies and those of third parties to count visits.').status.controller).not.toBe('present');
    expect(analyseNotice('Privacy\nPolicy.pdf collects the rules of the school in one file.').status.controller).not.toBe('present');
  });
  it('a controller "with its registered office in Plovdiv, 14 Tsar Boris Street" or "with its seat at Strada Lunga no. 8" gives its address (pass 105)', () => {
    expect(analyseNotice('Maple Bridge School Ltd is the data controller, with its registered office in Plovdiv, 14 Tsar Boris Street.').status.controllerContact).toBe('present');
    expect(analyseNotice('The Oakhill Foundation, acting as data controller, with its seat at Strada Lunga no. 8, Brasov, processes your data.').status.controllerContact).toBe('present');
    expect(analyseNotice('The Oakhill Foundation is the data controller, with its head office in the old town since 1998.').status.controllerContact).not.toBe('present');
  });
  it('a body named by its acronym or its quoted short name is the controller where it commits or collects (pass 54)', () => {
    expect(analyseNotice('Welcome to the website of Brookfield Technical College (BTC).\nBTC is committed to protecting your personal privacy.\nWe will never sell the information we collect online.').status.controller).toBe('present');
    expect(analyseNotice('This statement sets out Harwood Grammar School\'s (the "College") policy on how the College uses and manages personal information.').status.controller).toBe('present');
    expect(analyseNotice('Brightway Inc. (the "Provider") hosts the platform for the district.\nThe Provider collects student data only to run the service.').status.controller).not.toBe('present');
  });
  it('a lead-in under its heading keeps its own reading: a blank answer leaves the item to check', () => {
    expect(analyseNotice('Délégué à la protection des données\nContact :\n[adresse à compléter]').status.dpo).toBe('unclear');
  });
  it('rights asked through the profile page are read with their names (pass 53)', () => {
    const a = analyseNotice('Votre page de profil vous offre des commandes pour demander une copie de vos données personnelles ou leur destruction.');
    expect(a.status.rights).toBe('present');
    expect(a.rights).toEqual(expect.arrayContaining(['access', 'erasure']));
  });
  it('an automated decisions heading alone says nothing: what stands under it does (pass 52)', () => {
    const recited = analyseNotice('Automated decision-making and profiling\nYou have the right not to be subject to a decision based solely on automated processing.');
    expect(recited.status.automatedDecisions).toBe('absent');
    const none = analyseNotice('Profilage et décisions automatisées\nSans objet.');
    expect(none.status.automatedDecisions).toBe('present');
    expect(none.excerpts.automatedDecisions).toBe('Profilage et décisions automatisées : Sans objet.');
    const said = analyseNotice("Décisions automatisées\nAucune décision n'est prise sur la seule base d'un traitement automatisé.");
    expect(said.status.automatedDecisions).toBe('present');
    expect(said.excerpts.automatedDecisions).toBe("Aucune décision n'est prise sur la seule base d'un traitement automatisé.");
  });
});

describe('a text that explains the rules rather than informs', async () => {
  const { audit } = await import('../../src/audit/audit.ts');
  const { recordScan } = await import('../../src/background/record.ts');
  const { TEST_CONTEXT, T0, visit } = await import('../helpers/inventory.ts');
  const GUIDE = [
    'Le RGPD dans les associations de parents',
    "Les associations doivent respecter les principes de la protection des données.",
    "Toute collecte doit servir des finalités déterminées et explicites.",
    "Les données peuvent être communiquées à d'autres organismes lorsque la loi le prévoit.",
    'Les parents disposent d’un droit d’accès et de rectification.',
  ].join('\n');

  it('reads a school that speaks of itself in the third person as informing, not as explaining the rules', () => {
    const a = analyseNotice(
      [
        'Privacy statement',
        "'Personal data' means any information about an identified or identifiable person.",
        "'Processing' means any operation performed on personal data, such as collection or storage.",
        'Each European School has its own legal personality, and the Director of the School is its data controller (contact: director@school.example).',
        'The School also processes pupils\' health information where relevant.',
        'Files are kept for ten years after a pupil leaves.',
      ].join('\n'),
    );
    expect(a.explainsRules).toBe(false);
    expect(a.status.controller).toBe('present');
    expect(a.status.retention).toBe('present');
  });

  it('reads a guide that names no controller, never says « nous » and recites the law as no notice: its items stay to be checked', () => {
    const a = analyseNotice(GUIDE);
    expect(a.explainsRules).toBe(true);
    expect(Object.values(a.status)).not.toContain('present');
    expect(a.status.recipients).toBe('unclear');
    expect(a.rights).toEqual([]);
    expect(a.retentions).toEqual([]);
  });

  it('keeps a notice that speaks as « nous », or names its controller in the third person, a notice', () => {
    expect(analyseNotice(GUIDE.replace("Les données peuvent être communiquées", 'Nous pouvons communiquer les données')).explainsRules).toBe(false);
    const third = analyseNotice(`Le collège Jean-Moulin est responsable du traitement.\n${GUIDE}`);
    expect(third.explainsRules).toBe(false);
    expect(third.status.controller).toBe('present');
    expect(third.status.rights).toBe('present');
  });

  it('says so in the finding, which fails with every required item missing, even those the guide touches on', () => {
    const URL_ = 'https://ent.lycee-demo.fr/donnees-personnelles';
    const inv = visit(URL_);
    recordScan(inv, { url: URL_, title: 'Données personnelles', hasPasswordField: false, roleHint: 'notice', links: [], truncated: false, noticeText: GUIDE }, T0);
    const r = audit(inv, TEST_CONTEXT);
    const f = r.findings.find((x) => x.rule === 'info.notice-content' && x.subject === URL_)!;
    expect(f.status).toBe('fail');
    expect(f.title).toMatch(/^La page explique les règles sans informer : manque .*destinataires/);
    expect(f.evidence[0]).toMatch(/ce texte explique les règles plutôt qu'il n'informe/);
    expect(r.notices.find((n) => n.url === URL_)?.explainsRules).toBe(true);
  });
});

describe('the cookie page, compared with what was observed', async () => {
  const { audit } = await import('../../src/audit/audit.ts');
  const { recordRequest, recordScan, recordSetCookieHeaders } = await import('../../src/background/record.ts');
  const { TEST_CONTEXT, T0, visit } = await import('../helpers/inventory.ts');
  const URL_ = 'https://ent.lycee-demo.fr/cookies';
  const withPage = (text: string, observe: (inv: ReturnType<typeof visit>) => void) => {
    const inv = visit(URL_);
    observe(inv);
    recordScan(inv, { url: URL_, title: 'Cookies', hasPasswordField: false, roleHint: 'cookies', links: [], truncated: false, noticeText: text }, T0);
    return audit(inv, TEST_CONTEXT).findings.find((f) => f.rule === 'info.notice-content' && f.subject === URL_)!;
  };
  const ga = (inv: ReturnType<typeof visit>) => {
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['_ga=GA1.1.1.1; Max-Age=63072000; Path=/'], T0);
    recordRequest(inv, 'https://region1.google-analytics.com/g/collect?v=2&tid=G-1&cid=1.1', 'ping', T0);
  };

  it('fails "only technical cookies" when trackers that need consent were seen, showing both sides', () => {
    const f = withPage('Ce site utilise uniquement des cookies techniques, nécessaires à son fonctionnement.', ga);
    expect(f.status).toBe('fail');
    expect(f.title).toMatch(/n'utiliser que des cookies nécessaires/);
    expect(f.evidence.join('\n')).toMatch(/observés : .*_ga/);
  });

  it('fails a page that does not name a tool observed on the site, and notes a tool named but not seen', () => {
    const f = withPage('Nous utilisons Matomo pour mesurer l’audience ; ses cookies durent 13 mois. Vous pouvez les refuser dans la gestion des cookies.', ga);
    expect(f.status).toBe('fail');
    expect(f.title).toBe('La page cookies ne nomme pas Google Analytics, pourtant observé(s) sur le site');
    expect(f.evidence.join('\n')).toMatch(/nommés mais non observés pendant l'audit : Matomo/);
  });

  it('reads the lifetimes a page declares name by name: table rows, sentences, wildcards, session cookies; a list of many names with one duration is not guessed', () => {
    const a = analyseNotice(
      [
        'Nom\tFournisseur\tFinalité\tDurée',
        '_ga\tGoogle\tMesure d’audience\t13 mois',
        '_pk_id.*\tMatomo\tMesure d’audience\t395 jours',
        'atuserid | AT Internet | Mesure d’audience | treize mois',
        'PHPSESSID | Lycée | Session | Fin de la session',
        'Le cookie « tarteaucitron » conserve vos choix pendant six mois.',
        'Les cookies a_b, c_d, e_f, g_h, i_j, k_l et m_n durent 2 ans.',
        'Écrivez à dpo_lycee@ac-demo.fr dans un délai de 2 mois.',
      ].join('\n'),
    );
    expect(Object.fromEntries(a.cookieLifetimes.map((c) => [c.name, c.maxDays]))).toEqual({ _ga: 403, '_pk_id.*': 395, atuserid: 403, PHPSESSID: 0, tarteaucitron: 186 });
  });

  it('fails a page that declares a lifetime shorter than the one observed, with both sides; a longer or equal declaration passes', () => {
    const short = withPage('Nous utilisons Google Analytics pour mesurer l’audience du site.\n_ga | Google Analytics | 13 mois\nVous pouvez refuser ces cookies depuis le lien « Gestion des cookies ».', ga);
    expect(short.status).toBe('fail');
    expect(short.title).toBe('La page cookies annonce pour _ga une durée de vie plus courte que celle observée');
    expect(short.evidence.join('\n')).toMatch(/« _ga » : le texte annonce au plus 403 jours .*le site l'a déposé pour 730 jours/);
    expect(short.references.join('\n')).toMatch(/2020-092/);
    const right = withPage('Nous utilisons Google Analytics pour mesurer l’audience du site.\n_ga | Google Analytics | 2 ans\nVous pouvez refuser ces cookies depuis le lien « Gestion des cookies ».', ga);
    expect(right.status).toBe('pass');
  });

  it('never lets a short declared lifetime hide the longer one the cookie store shows', async () => {
    const { recordStoreCookie } = await import('../../src/background/record.ts');
    const f = withPage('Nous utilisons Google Analytics pour mesurer l’audience du site.\n_ga | Google Analytics | 6 mois\nVous pouvez refuser ces cookies depuis le lien « Gestion des cookies ».', (inv) => {
      // The write said 30 days; the store holds it for 400.
      recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['_ga=GA1.1.1.1; Max-Age=2592000; Path=/'], T0);
      recordStoreCookie(inv, { name: '_ga', domain: 'ent.lycee-demo.fr', hostOnly: true, path: '/', session: false, expirationDate: (T0 + 400 * 86_400_000) / 1000, secure: true, httpOnly: false, sameSite: 'lax' }, { removed: false, cause: 'explicit' }, T0 + 10);
      recordRequest(inv, 'https://region1.google-analytics.com/g/collect?v=2&tid=G-1&cid=1.1', 'ping', T0);
    });
    expect(f.status).toBe('fail');
    expect(f.evidence.join('\n')).toMatch(/« _ga » : le texte annonce au plus 18\d jours .*400 jours/);
  });

  it('passes a page that names what was seen, its purpose, its lifetime and how to refuse; a page that only says "cookie" is not enough', () => {
    const ok = withPage('Nous utilisons Google Analytics pour mesurer l’audience du site. Ses cookies sont conservés 13 mois. Vous pouvez refuser ces cookies depuis le lien « Gestion des cookies ».', ga);
    expect(ok.status).toBe('pass');
    const thin = withPage('Ce site utilise des cookies.', () => undefined);
    expect(thin.status).toBe('warn');
    expect(thin.title).toMatch(/aucun outil nommé/);
  });
});
