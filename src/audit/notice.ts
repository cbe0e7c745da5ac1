/**
 * Reads a privacy notice (or a cookie page) as a DPO reads it: split into
 * sections (headings) and sentences (Intl.Segmenter), each GDPR art. 13 item
 * found where a sentence says it in context — helped by the section it sits
 * in — and carrying the sentence that proves it; a word alone leaves the item
 * unclear. Durations, in figures or in words, are attached to the data they
 * concern (connection logs, audience data, account data; a cookie lifetime is
 * not a data retention). The vocabulary is data
 * (knowledge/sources/notice-vocabulary.json); the text itself is never kept,
 * only what it says and short excerpts.
 */
import vocabulary from '../knowledge/sources/notice-vocabulary.json' with { type: 'json' };
import { anyMatch, compile, escapeRegExp, fold, repairMojibake } from './text.ts';
import { MAX_NOTICE_CHARS, PARSE_LIMITS } from '../shared/limits.ts';

export { MAX_NOTICE_CHARS };

export const NOTICE_ITEMS = [
  'controller',
  'controllerContact',
  'dpo',
  'purposes',
  'legalBasis',
  'legitimateInterests',
  'recipients',
  'transfers',
  'retention',
  'rights',
  'rightsContact',
  'withdrawal',
  'cnilComplaint',
  'required',
  'automatedDecisions',
  'cookies',
] as const;
export type NoticeItem = (typeof NOTICE_ITEMS)[number];
export type ItemStatus = 'present' | 'unclear' | 'absent';
export const RIGHTS = ['access', 'rectification', 'opposition', 'limitation', 'erasure', 'portability'] as const;
export type Right = (typeof RIGHTS)[number];
export type RetentionCategory = 'logs' | 'audience' | 'account' | 'cookies' | 'other';

/** A period (or an end) the notice attaches to some data. */
export interface Retention {
  category: RetentionCategory;
  /** The period in months; null when the notice gives an end instead ("until the pupil leaves"). */
  months: number | null;
  /** Counted from the person's departure ("three months after the pupil leaves"). */
  afterLeaving: boolean;
  excerpt: string;
}

/** A lifetime a cookie page (or a notice) declares for a cookie it names. */
export interface DeclaredCookieLifetime {
  /** As written; a trailing `*` (or `.*`, `xxx`) stands for any ending. */
  name: string;
  /** The longest lifetime the sentence allows, in days (months counted as 31 days, years as 366); 0: a session cookie. */
  maxDays: number;
  excerpt: string;
}

export interface NoticeAnalysis {
  language: 'fr' | 'en' | 'other' | null;
  /** Present: a sentence says it (the report's booleans). */
  items: Record<NoticeItem, boolean>;
  status: Record<NoticeItem, ItemStatus>;
  /** The sentence that proves each item found (short). */
  excerpts: Partial<Record<NoticeItem, string>>;
  rights: Right[];
  cookieTools: string[];
  /** The vendors of Témoin's table it names (by id), to compare with those observed. */
  vendorsNamed: string[];
  /** What a cookie page claims: only necessary cookies; how to refuse or withdraw. */
  cookieClaims: { onlyNecessary: boolean; howToRefuse: boolean };
  retentions: Retention[];
  declaredAudienceRetentionMonths: number | null;
  /** Cookie lifetimes declared name by name (a table row, a sentence), to compare with those observed. */
  cookieLifetimes: DeclaredCookieLifetime[];
  /** The text explains the rules rather than informs (a guide, a checklist, an article on the law: it names no
   * controller, never speaks for the body that processes the data, and recites the law; or an internal policy that sets rules
   * for the body's staff and tells no reader what becomes of their data); what it seems to say stays to be checked. */
  explainsRules: boolean;
  /** Characters analysed (the text is bounded). */
  length: number;
}

const EXCERPT = 200;

interface ItemDef {
  sentence: RegExp[];
  section: RegExp[];
  inSection: RegExp[];
  mention: RegExp[];
  not: RegExp[];
  /** A list item under a heading that announces the item says it ("Finalités : - gérer les absences"). */
  listInSection: boolean;
  /** A sentence 'not' vetoes still leaves the item unclear where it matches 'mention'. */
  mentionWhenVetoed: boolean;
  /** The item's heading alone ("Décisions automatisées") names a topic and says nothing yet: only what stands under it says the item. */
  headingNamesTopic: boolean;
}
type RawItem = { sentence: string[]; section: string[]; inSection: string[]; mention: string[]; not: string[]; listInSection?: boolean; mentionWhenVetoed?: boolean; headingNamesTopic?: boolean };
const ITEMS = Object.fromEntries(
  Object.entries(vocabulary.items as unknown as Record<string, RawItem>).map(([k, v]) => [k, { sentence: compile(v.sentence), section: compile(v.section), inSection: compile(v.inSection), mention: compile(v.mention), not: compile(v.not), listInSection: v.listInSection === true, mentionWhenVetoed: v.mentionWhenVetoed === true, headingNamesTopic: v.headingNamesTopic === true }]),
) as Record<NoticeItem, ItemDef>;
/** Sentences that recite the law, its principles (GDPR art. 5) or its definitions (art. 4): they state no item of this notice. */
const RECITALS = compile(vocabulary.recitals);
const RIGHT_CONTEXT = compile(vocabulary.rights.context);
const RIGHT_NOT = compile(vocabulary.rights.not);
/** "Le droit d'opposition ne s'applique pas": a right named only to be ruled out. */
const RIGHT_NOT_APPLICABLE = compile(vocabulary.rights.notApplicable);
const RIGHT_NAMES = Object.entries(vocabulary.rights.named).map(([k, v]) => [k as Right, compile(v)] as const);
const RET = {
  kept: compile(vocabulary.retention.kept),
  until: compile(vocabulary.retention.until),
  /** Global: every vague period of a sentence is taken out before looking for an end. */
  vague: vocabulary.retention.vague.map((p) => new RegExp(p, 'g')),
  /** An end followed by a vague sequel ("while your child attends, and after that as long as our policy says"): no end after all. */
  thenVague: compile(vocabulary.retention.thenVague),
  /** A period of something that is no data: « La durée du prêt varie … trois semaines » is a loan's, not a retention. */
  notData: compile(vocabulary.retention.notData),
  categories: Object.entries(vocabulary.retention.categories).map(([k, v]) => [k as RetentionCategory, compile(v)] as const),
};
const BASIS_CELL = new RegExp(vocabulary.basisCell.pattern);
const NUMBERS = vocabulary.numbers as Record<string, number>;
const TOOLS = vocabulary.tools.map((t) => [t, new RegExp(`\\b${t}\\b`)] as const);
const VENDOR_NAMES = Object.entries(vocabulary.vendorNames as Record<string, string[] | string>)
  .filter((e): e is [string, string[]] => Array.isArray(e[1]))
  .map(([id, ps]) => [id, compile(ps)] as const);
const ENTITY = {
  entity: new RegExp(vocabulary.controllerEntity.entity, 'g'),
  address: new RegExp(vocabulary.controllerEntity.address),
  notProcessor: new RegExp(vocabulary.controllerEntity.notProcessor),
  /** "Acts either as a data controller or as a data processor": a controller in some cases, its own contact the controller's. */
  controllerOrProcessor: new RegExp(vocabulary.controllerEntity.controllerOrProcessor),
  /**
   * A body the notice presents as its author ("L'association X, qui gère le site…", "X ("the Club") is committed…",
   * a charter titled for it), and a notice that says it processes the data ("nous traitons vos données"): that body is the "nous".
   */
  runsSite: new RegExp(vocabulary.controllerEntity.runsSite),
  weProcess: new RegExp(vocabulary.controllerEntity.weProcess),
  /** The author says it processes the data for another ("pour le compte de l'établissement", "on the school's behalf"): its contacts are its own. */
  authorProcessor: new RegExp(vocabulary.controllerEntity.authorProcessor),
  /** The author says it is the controller ("I am both the data controller and…", "nous sommes responsables…"). */
  authorController: new RegExp(vocabulary.controllerEntity.authorController),
  /** The author gives its own way to be reached ("You can reach me … at x@y", "vous pouvez nous joindre au 02 …"). */
  authorContact: new RegExp(vocabulary.controllerEntity.authorContact),
  /** A sentence that sends the reader to the controller ("please contact the Data Controller, namely the Head Teacher at …"): its address is the controller's. */
  contactTheController: new RegExp(vocabulary.controllerEntity.contactTheController),
  /** A card at the top that says who wrote the notice ("Our contact details" / "Name: …", as in the regulator's template). */
  contactCard: new RegExp(vocabulary.controllerEntity.contactCard),
  nameField: new RegExp(vocabulary.controllerEntity.nameField),
};
/** A kind of body, tested once (ENTITY.entity is global, for matchAll). */
const ENTITY_KIND = new RegExp(vocabulary.controllerEntity.entity);
/** A blank left in a template: "[COMPANY NAME]", "[ADRESSE]", "<nom de l'école>", "{{email}}", "XXXX". */
const PLACEHOLDER = /\[[A-ZÀ-Ý][A-ZÀ-Ý0-9 _'’\/-]{2,}\]|\[(?:[Yy]our|[Ii]nsert|[Vv]otre|[Ii]ns[ée]rer|[Nn]om|[Nn]ame|[Cc]ompany|[Oo]rgani[sz]ation|[Ss]chool|[Aa]dresse|[Aa]ddress|[Pp]urposes?|[Ff]inalit[ée]s?|[Tt]itle|[Tt]itre|[Tt]elephone|[Pp]hone|[Bb]usiness address)\b[^\]]{0,80}\]|\[(?:[Ii]ndiquer|[Pp]r[ée]ciser|[Cc]ompl[ée]ter|[Aa]jouter|[Dd]ate|[Tt]on|[Tt]a)\b[^\]]{0,200}\]|\[[^\]]{0,60}(?:…|\.{3,}|_{3,})[^\]]{0,60}\]|<(nom|name|adresse|address|e-?mail|date)\b[^>]{0,40}>|\{\{[^}]{1,40}\}\}|\bX{3,}\b|\b[xX]{3,}@[xX]{3,}\.|@(?:votre|your)-[a-z0-9-]+\./;
/** A site generator's variable for who the body is or how to reach it ("{{ site.brand }}", "{{ site.contact.email }}"). */
const IDENTITY_VARIABLE = /\{\{\s*[\w.-]*(?:brand|name|nom|title|titre|e?mail|contact|address|adresse|url|phone|telephone|company|societe|raison_sociale)[\w.-]*\s*\}\}/gi;
/** The items such a variable would give: a blank there leaves them to be checked. */
const IDENTITY_ITEMS = new Set<NoticeItem>(['controller', 'controllerContact', 'dpo', 'rightsContact']);
/**
 * The writer's instructions a model leaves in brackets, the CNIL's model notice's: « (en fonction de la base légale du
 * traitement, mentionner également : Vous pouvez retirer… ) », « (le cas échéant, notre délégué à la protection des
 * données ou le service chargé de l'exercice de ces droits) ». Addressed to whoever fills the model in, they tell a
 * reader nothing: a notice is read without them (a model's blank, PLACEHOLDER, leaves its item to be checked).
 */
const MODEL_INSTRUCTION = /\((?:en fonction de|selon) la base l[ée]gale du traitement,? (?:mentionner|ajouter|indiquer|pr[ée]ciser)\b[^()]{0,400}\)|\((?:le cas [ée]ch[ée]ant|s'il y a lieu),? (?:notre |le |votre )?d[ée]l[ée]gu[ée][^()]{0,120}\bou (?:le|du) service\b[^()]{0,120}\)/giu;
/** An e-mail address or a postal address. */
const CONTACT = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}|\b\d{5}\b/;
/** A contact given by pointing to an address elsewhere in the text ("the address below", « l'adresse ci-dessous », "at the bottom of this policy"). */
const POINTS_TO_ADDRESS = /\b(address|details|adresse|coordonnees)\b[^.]{0,30}\b(below|above|at the (bottom|top|end|foot) of (this|the) (page|policy|notice|statement)|ci-dessous|ci-dessus|en bas de (cette|la) page)\b/;
/** Whether a line gives a telephone number: nine digits or more, with spaces, dots, dashes or brackets between them (a date has eight). */
const givesTelephone = (raw: string): boolean => (raw.match(/\d[\d\s.()+-]{7,}\d/g) ?? []).some((m) => m.replace(/\D/g, '').length >= 9);
/** A heading that gives the author's contact. */
const CONTACT_HEADING = /^(\d+(\.\d+)*[.)]?\s*)?(contact|contact us|contacts|contact details|our contact details|my contact details|(council|school|academy|trust|college|company|organisation|organization|charity|club|nursery|authority)('s)? contact details|registered office|head office|our address|mes coordonnees|nous contacter|contactez-nous|how to contact us|coordonnees|nos coordonnees|email|e-mail|courriel)\s*:?$/;
/** A line without the number that opens it ("1.1 Nene Valley Council", "2) Contact"). */
const unnumbered = (line: string) => line.replace(/^\d+(?:\.\d+)*[.)]?\s+(?=\S)/, '');
/** Words that name no body in particular ("Data Protection Officer", "the UK General Data Protection Regulation"). */
const GENERIC_NAME_WORD = /^(the|le|la|les|l|data|protection|officer|privacy|general|regulation|act|uk|eu|gdpr|rgpd|we|us|our|nous|in|this|notice|policy|personal|information|controller|responsable|traitement|donnees)$/;
/**
 * The bodies a sentence names by capitalised words, lower-cased ("lakeland public health", "commission", "cambrian
 * parliament"): not its first word, not generic words, at least six letters.
 */
function bodyNamesIn(raw: string): string[] {
  const runs = [...raw.matchAll(/(?<=[\s("'“‘])\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:of|de|du|des|for)[ \t]+)?\p{Lu}[\p{L}'’-]+)*/gu)];
  return runs
    .map((m) => fold(m[0]).replace(/['’]s$/, '').split(/\s+/).filter((w) => !GENERIC_NAME_WORD.test(w)).join(' '))
    .filter((n) => n.replace(/\s/g, '').length >= 6);
}
/** Proper names a sentence gives a body (a capital inside or after its first word: "LernWerk", "Lumino"), folded; not the sentence's first word. */
function properNames(raw: string): string[] {
  return [...raw.matchAll(/(?<=\s)[A-Z][A-Za-zÀ-ÿ-]*[A-Z][A-Za-zÀ-ÿ-]*\b/g)].map((m) => fold(m[0])).filter((n) => n.length >= 4);
}
/**
 * A body's name as a sentence writes it: capitalised words, with up to two lower-case words or an elided article
 * between them ("Lycée Français de Cologne", "École américaine de Lyon", "OFCJ" in "la section française de l'OFCJ").
 */
const BODY_NAME = String.raw`(\p{Lu}[\p{L}'’-]*(?:\.(?:fr|com|net|org|eu|io|FR|COM|NET|ORG|EU|IO)(?![\p{L}\d]))?(?:[ \t]+(?:\p{Ll}+[ \t]+){0,2}(?:\p{Ll}['’])?\p{Lu}[\p{L}'’-]*)*)`;
/** The legal forms written after a company's name (COMPANY_NAMED, CARD_COMPANY, LEGAL_FORM_AFTER). */
const FORM_AFTER_NAME = String.raw`(?:Inc|Ltd|LLC|LLP|plc|PLC|CIC|SAS|SARL|SASU|GmbH|Corp|Corporation|Pty Ltd)`;
/** A company's legal form written after its name, in capitals too ("Readwell Learning Systems, Inc.", "BRIGHTEST LEARN, INC."). */
const LEGAL_FORM_AFTER = new RegExp(String.raw`,?[ \t]+(?:` + FORM_AFTER_NAME + String.raw`|INC|LTD|Limited)\b`, 'u');
/** The verbs by which a named body takes people's image (« photographie et filme ses adhérents »), for NAMED_COLLECTOR and PHOTOGRAPHS. */
const PHOTO_VERBS = String.raw`photographie(?: et filme)?|filme(?: et photographie)?|prend des (?:photos|photographies|images)`;
/**
 * A named body that says it collects the data: "The Lycée Français de Cologne (its management…) collects and may use pupils'
 * personal data", "les informations que l'École américaine de Lyon peut recueillir", "l'OFCJ a besoin de recueillir certaines données",
 * "The CampusMatch Network, or a service provider acting on our behalf ("Service Provider"), collects personal information".
 */
const NAMED_COLLECTOR = new RegExp(
  String.raw`(?:^|[\s(,'’])` + BODY_NAME + String.raw`(?:` + LEGAL_FORM_AFTER.source + String.raw`\.?,?)?(?:(?:,\s(?:and|et)\s[^,.()]{3,60},|\s(?:and|et)\s(?:its|ses)\s[\w' -]{3,40}?)\s+(?:collect|hold|process|use|recueillent|collectent|traitent|utilisent)|(?:,\s(?:or|ou)\s[^,.()]{3,60}(?:\s*\([^)]{0,40}\))?,)?(?:\s*\([^)]{0,80}\)\s+(?:hold|collect|process|use|recueillent|collectent|traitent|utilisent)|(?:\s*\([^)]{0,80}\))?\s+(?:s['’]engage à (?:ne )?(?:recueillir|collecter|traiter|utiliser)|is committed to (?:only )?(?:collecting|processing|using)|collects|holds|(?:maintains and )?processes|uses|handles?|administers|shares(?= (?:(?:your|their|the|its|customer|customers['’]|contact|personal)\s+){0,3}(?:information|data|details)\b)|(?:may|will|needs to) (?:collect|use|process|hold|manage|request|ask for)|collecte|recueille|traite|utilise|enregistre|` + PHOTO_VERBS + String.raw`|(?:peut|pourra|doit) (?:recueillir|collecter|traiter|utiliser)|(?:prévoit|envisage|compte) de (?:publier|diffuser)|va (?:publier|diffuser)|a besoin de (?:recueillir|collecter|connaître))))\b(?:(?: and| et)(?: may| peut)? (?:use|utiliser|process|traiter|hold))?`,
  'u',
);
/** The verbs of NAMED_COLLECTOR by which a body takes people's image. */
const PHOTOGRAPHS = new RegExp(String.raw`\b(?:` + PHOTO_VERBS + String.raw`)\b`, 'u');
/** A product of the notice's author that collects the data: « comment l'application Ecolia recueille, utilise et protège vos informations ». */
const PRODUCT_COLLECTS = /\b(?:l'|la |le |the |this |our |notre |cette |ce )(?:application|appli|app|plateforme|platform|logiciel|software|skill|service|site|website)\b[^.]{0,40}\b(?:recueille|collecte|traite|utilise|collects|processes|uses)\b[^.]{0,40}\b(?:donnees|informations|data|information)\b/;
/** The data the named body collects, after its verb ("collects and may use pupils' personal data") or before it ("les informations que l'École … peut recueillir"). */
const COLLECTED_DATA = /^[^.]{0,80}\b(donnees|informations|renseignements|data|information|details|(?:votre |vos |your )(?:nom|courriel|adresse|telephone|name|e-?mail|address))\b/;
/** The verb's data denied: "collects no personally identifiable information", « ne recueille aucune donnée ». */
const NO_DATA_COLLECTED = /^[^.]{0,40}\b(no|aucune?s?|never|jamais|nothing|rien)\s+(?!(more|other|further|additional|autres?|plus)\b)([\w-]+\s+){0,2}(donnees|informations|renseignements|data|information|details)\b/;
/** The data a sentence opens on, before the name of the body that collects them ("The data the …", « Les données que l'… »). */
const DATA_FIRST = /^(?:The|Les|La|Le) (?:personal )?(?:data|information|details|informations|données|renseignements)(?: (?:that|which|que|qu['’]))?\s+(?:the |l['’]|la |le |les )?(?=\p{Lu})/u;
const DATA_THAT = /\b(donnees|informations|renseignements|data|information|details) (?:(?:que|qu['’]|that|which)\s*)?(?:l['’]|la |le |les |the )?$/;
/** "À l'École internationale de Surabaya (EIS), nous…", "Chez Apprendre Plus, nous…": the body "nous" speaks for. */
const AT_BODY_WE = new RegExp(String.raw`^(?:Here at|Chez|At(?: the)?|À l['’]|À la|Au)\s*` + BODY_NAME + String.raw`(?:\s*\([^)]{0,40}\))?(?:,\s+(?:[^,.;:]{1,60},\s+)?|\s+)(?:nous|we)\b`, 'u');
/** A company's legal form or a body's kind in a name ("Hartwell Publishing Company, Inc.", "Ashdown School"). */
const COMPANY_OR_KIND = /\b(?:Ltd|Limited|Inc|LLC|LLP|Company|Corporation|plc|PLC|SAS|SARL|GmbH|Trust|Foundation|School|College|Academy|Council|University|Association|Charity|Club)\b/u;
/** A "we at X" reading that names a company or a body of a kind, not a product ("We at HomeLink understand…" speaks for an app). */
const ofCompanyOrKind = (m: RegExpExecArray | null): RegExpExecArray | null => (m && COMPANY_OR_KIND.test(m[0]) ? m : null);
/** "We at Hartwell Publishing Company, Inc. (…) know that…", « Nous, chez Apprendre Plus, … »: the body "we" speaks for, named after it (with its legal form after a comma: "We at Haskell Associates Communications, Inc., also known as …"). */
const WE_AT_BODY = new RegExp(String.raw`^(?:We|Nous),?\s+(?:at|chez)\s+` + BODY_NAME + String.raw`(?:,?\s+(?:Inc|LLC|Ltd|Limited|Corporation|plc|GmbH|SAS|SARL)\b\.?)?`, 'u');
/** The same further on in a sentence: "…, but at Harbour Homestays we have always…", "…, mais chez Apprendre Plus nous…". */
const AT_BODY_WE_LATER = new RegExp(String.raw`(?:,|\bbut|\bmais|\band|\bet)\s+(?:chez|at)\s+` + BODY_NAME + String.raw`,?\s+(?:nous|we)\b`, 'u');
/** A notice that says whose it is: "This is the general privacy policy of Languages Together", « la politique de confidentialité de l'Institut … ». */
const POLICY_OF = new RegExp(
  String.raw`^(?:This is |Voici |Ceci est )?(?:[Tt]he |[Oo]ur |[Ll]a |[Nn]otre )?(?:\p{Ll}+ )?(?:(?:[Pp]rivacy|[Dd]ata [Pp]rotection) (?:[Pp]olicy|[Nn]otice|[Ss]tatement) of|[Pp]olitique de (?:confidentialité|protection des données(?: personnelles)?) (?:de l['’]|de la |du |d['’]|de ))\s*` + BODY_NAME,
  'u',
);
/** Words of a name that say only what kind of body it is ("Lycée Français", "The School"): a name needs one more to name a body. */
const KIND_WORD = /^(the|le|la|les|l|de|du|des|d|of|and|et|for|pour|application|applications|app|apps|cegep|plateforme|platform|site|website|university|universite|faculty|faculte|district|county|city|ville|commune|town|region|departement|academie|school|schools|ecole|lycee|college|academy|trust|club|centre|center|association|company|societe|section|office|agence|agency|institution|organisation|organization|establishment|etablissement|institut|institute|foundation|fondation|council|nursery|group|groupe|francais|francaise|international|internationale|american|americaine|british|britannique|european|europeen|europeenne|primary|secondary|high|middle|elementary|maternelle|primaire|service|services|department|ministere|ministry|education|government|gouvernement|state|etat|local|authority|provider|lea|data|donnees|personal|information|informations|pupils?|students?|parents?|eleves?)$/;
/** Bodies a notice speaks of that are not its author: authorities, regulators, services it uses. */
const NOT_AUTHOR = /\b(dfe|ofsted|cnil|ico|information commissioner|department for education|education authority|local authority|ministere|ministry|government|gouvernement|google|microsoft|apple|facebook|meta|amazon|youtube)\b/;
/** Whether a name names a body, not only its kind, and is not an authority's or a tool's. */
/** Words that open a sentence and are no name: « Une collecte est illicite… », "Every school collects…". */
const NOT_NAME_WORD = /^(un|une|ce|cet|cette|ces|chaque|tout|toute|tous|toutes|il|elle|ils|elles|on|nous|vous|notre|votre|leur|leurs|son|sa|ses|the|this|that|these|those|each|every|any|all|our|your|their|its|it|we|you|they|he|she|his|her|one|some|such|other|another)$/;
function namesBody(name: string): boolean {
  const f = fold(name);
  if (f.split(/[\s'’-]+/).every((w) => NOT_NAME_WORD.test(w.replace(/[^a-z0-9]/g, '')) || KIND_WORD.test(w.replace(/[^a-z0-9]/g, '')))) return false;
  if (NOT_AUTHOR.test(f) || TOOLS.some(([, re]) => re.test(f)) || VENDOR_NAMES.some(([, res]) => anyMatch(res, f))) return false;
  return f.split(/[\s'’-]+/).some((w) => w.replace(/[^a-z0-9]/g, '').length >= 3 && !KIND_WORD.test(w.replace(/[^a-z0-9]/g, '')));
}
/** A short form a notice defines for a body, in French with its article or "ci-après": "(le « Cégep »)", "(ci-après « Cégep »)", "(ci-après, le Collège)"; not a role a contract defines ("the Provider"). */
const SHORT_FORM = /\((?:ci-apr[eè]s,?\s+(?:(?:le|la)\s+|l['’])?|(?:le|la)\s+|l['’])[«"“]?\s*(?:(?:le|la)\s+|l['’])?(\p{Lu}[\p{L}'’-]+)\s*[»"”]?\s*\)/gu;
/** Every body's name in a sentence. */
const BODY_NAMES = new RegExp(BODY_NAME, 'gu');
/** A line of an address block: it opens on a number, a street, a postcode or a town and its postcode ("118, rue Elgin", "Sudbury ON P3E 3N4"), or on a Dutch or German street and its number ("Dijkstraat 14", "Seefeldstrasse 40"). */
const ADDRESS_LINE = /^(?:(?:address|adresse|postal address|adresse postale)\s*:\s*)?([a-z]{2,}(?:straat|laan|weg|plein|gasse|strasse|platz|kade|gracht|markt|steenweg|dreef|allee|damm|ufer)\s+\d{1,4}[a-z]?\b|\d{1,5}\b|(?:suite|floor|unit|bureau)\b|(rue|avenue|boulevard|chemin|route|place|allee|quai|impasse|street|road|lane|bp|cs)\b|[a-z]\d[a-z] ?\d[a-z]\d\b|[a-z]{1,2}\d[a-z\d]? \d[a-z]{2}\b|[a-z' -]{2,40},? (\(?[a-z]{2,20}\)?,? )?([a-z]\d[a-z] ?\d[a-z]\d|\d{4,5}|[a-z]{1,2}\d[a-z\d]? \d[a-z]{2})\b)/;
/** A body's name and the short name the notice gives it in quotes: "Questory Studios Inc. ("Questory")", "Harbour Academy (the "Academy")"; not a role a contract gives a processor (the "Provider"). */
const QUOTED_SHORT_FORM = new RegExp(BODY_NAME + String.raw`\.?\s*\((?:the\s+|hereinafter\s+)?["“](?!(?:Provider|Processor|Subprocessor|Vendor|Contractor|Supplier|Licensor|Consultant|Operator)["”])([\p{Lu}][\p{L}\d&'’-]{1,30})["”]\)`, 'gu');
/** A body's name and the acronym the notice defines for it in parentheses: "Holy Rosary College (HRC)". */
const ACRONYM_FORM = new RegExp(BODY_NAME + String.raw`\s*\((\p{Lu}{2,8})\)`, 'gu');
/**
 * An acronym the notice defines after the words it stands for, though they are common words: « la Maison des jeunes et de
 * la culture (MJC) », "the Parochial Church Council (PCC)". The acronym's letters are the initials of the words before it
 * (articles and prepositions left out).
 */
const INITIALS_FORM = /((?:[\p{L}'’-]+[ \t]+){1,12})\((\p{Lu}{2,6})s?\)/gu;
const LINK_WORDS = /^(?:de|des|du|la|le|les|et|l|d|of|the|and|for|à|a|aux|au|en|in|on)$/;
function initialsAcronyms(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(INITIALS_FORM)) {
    const acronym = m[2]!;
    const words = m[1]!.trim().split(/[\s'’]+/).filter((w) => !LINK_WORDS.test(w.toLowerCase()) && /\p{L}/u.test(w));
    const initials = words.map((w) => w[0]!.toUpperCase()).join('');
    if (initials.endsWith(acronym)) out.push(acronym);
  }
  return out;
}
/** The kind a body's name ends on, which the notice may call it by further on ("Parkwood College" → "the College"). */
const KIND_OF_BODY = /\s(School|College|Academy|Board|Bureau|Institute|Institut|Trust|Centre|Center|Club|Nursery|University|Université|Lycée|École|Collège|Foundation|Fondation)$/u;
/** The body's name as a register knows it, at the top of a notice: "Registered name: R A WILLOWS". */
const REGISTERED_NAME = /^(registered|trading|legal|company) name\s*:\s*[a-z0-9]/;
/** A name that opens one of the first sentences and says what the body is ("ParentLink (formerly the national PTA association) was founded in 1956"): the notice calls the body by it further on. */
const FOUNDED = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,4})(?: \([^)]{0,60}\))? (?:was (?:founded|established|set up|created)|has been (?:founded|established))\b/u;
/** "Whether you are a student or a parent, we at the Nordic English School want…": the body "we" speaks for, named mid-sentence. */
const WE_AT_LATER = new RegExp(String.raw`,\s+(?:we|nous),?\s+(?:at|chez)\s+(?:the\s+)?` + BODY_NAME, 'u');
/** A line that labels the body's own address: "Registered address: …", "Head office: …", "Postal address: …". */
const OWN_ADDRESS = /^(?:[-•·*–]\s*)?(registered (address|office|seat)|head office|postal address|office address|correspondence address|adresse (postale|du siege)|siege( social)?)\s*:/;
/** The author saying where it is: "We are based at St Anne's Community Centre, 29 Beech Road…", « Nous sommes situés au 12 rue… ». */
const WE_ARE_BASED = /\b(we are|nous sommes|the [^.,;:]{2,60} (is|est)) (based|located|situated|situee?s?|installee?s?|domiciliee?s?) (at|in|au|a|en)\b/;
/** "The data are collected by:" with the name on the next line. */
const COLLECTED_BY = /\b(collected|processed|held|collectees|recueillies|traitees|collecte(e)?s?) (by|par)\s*:$/;
/** A sentence that announces the controller and leaves its name to the next line: "The controller within the meaning of the GDPR … is:", "the body responsible under data protection law is", "The administrator of your personal data is:". */
const CONTROLLER_IS = /\bresponsables? (du|de|des) traitements?\b[^.]{0,80}\b(est|sont)\s*:$|(\b(data )?controllers?\b|\b(body|person|party|entity) responsible\b|\bresponsible (body|person|party)\b|\badministrators? of [^.]{0,30}\bdata\b)[^.]{0,200}\b(is|are)\s*:?$|\b(website|site|platform|app|application|products?|services?)\b[^.]{0,80}\b(is|are) (provided|operated|published|run|owned) by\s*:$/;
/** The postal line of a "contact us" list, the author's name first: "- by post: Clyde Schoolwear Company, 14 Gallowgate Street…", « par courrier : Atelier Formation, 18 allée… ». */
const POSTAL_LINE = /^(?:[-•·*–]\s*)?(?:by post|by mail|write to us at|post|par courrier(?: postal)?|courrier|adresse postale)\s*(?:to|at|à)?\s*:?\s*(\p{Lu}[^,\d]{2,60}?),\s*\d/u;
/** A sentence that opens on a company's name and legal form: "Fenland School Uniforms Limited, part of…", « Pédagonum SAS, … ». */
const LEGAL_FORM_OPENER = /^(?:(?:[\p{Lu}\d][\p{L}\d&'’.-]*[ \t]+){1,6}(?:Ltd|Limited|LLP|plc|PLC|Inc|LLC|CIC|SAS|SARL|SASU|SA|GmbH|ASBL|asbl)\b\.?(?:,| is\b| \()|[\p{Lu}\d][\p{L}\d&'’.-]*(?:[ \t]+[\p{Lu}\d][\p{L}\d&'’.-]*){0,5}, (?:a|an) (?:sole trader|limited company|registered charity|charity|community interest company)\b)/u;
/** A company's legal form after a name, its period kept ("Meridian Education, Inc. and its affiliates"). */
const COMPANY_NAMED = new RegExp(String.raw`\p{Lu}[\p{L}\d&'’.-]*,? ` + FORM_AFTER_NAME + String.raw`\b\.?`, 'u');
/** A company's name with its legal form on a line of its own, as a contact card opens ("StarChart Labs, Inc.", "Lumen Tablettes SAS", "… Limited"). */
const CARD_COMPANY = new RegExp(String.raw`^(\p{Lu}[\p{L}\d&'’.-]*)(?:[ \t]+[\p{Lu}\d][\p{L}\d&'’.-]*){0,5},?[ \t]+(?:` + FORM_AFTER_NAME + String.raw`|Limited)\.?$`, 'u');
/** Writing to a company named with its legal form, European ones included ("write to: LinguaRoute S.L., Carrer…", « écrivez à Lernwerk GmbH, … »). */
const WRITE_TO_COMPANY = new RegExp(String.raw`\b(?:write|writing|send|sending|contact|contacting|écrivez|écrire|adressez|adresser)\b[^.:]{0,20}:?\s+(?:to\s+|à\s+)?(?:\p{Lu}[\p{L}\d&'’-]*[ \t]+){1,5}(?:S\.L\.|S\.L|SL|S\.A\.|GmbH|AG|B\.V\.|BV|NV|Ltd|Limited|Inc|LLC|SAS|SARL|SRL|S\.r\.l\.|plc)(?![\p{L}])`, 'u');
/** A sentence that names another body's role: a provider, a partner, a vendor, a third party. */
const THIRD_PARTY_ROLE = /\b(providers?|partners?|processors?|vendors?|suppliers?|third[- ]part(y|ies)|prestataires?|partenaires?|sous-traitants?|fournisseurs?|payment)\b/;
/** The legal forms that make a name a company's, in the patterns that need a company (OPERATOR_OF, DEVELOPED_BY). */
const COMPANY_FORM = String.raw`(?:Ltd|LTD|Limited|LLP|plc|PLC|Inc|INC|LLC|CIC|SAS|SARL|SASU|SA|GmbH)`;
/** A company, with its legal form, that the notice calls the operator of the site or service ("PlayPebble.com LLC is the operator of this Site", "X, Inc. (\"X\"), the operator of the Service"). */
const OPERATOR_OF = new RegExp(String.raw`(?:[\p{Lu}\d][\p{L}\d&'’.-]*[ \t]+){0,5}[\p{Lu}\d][\p{L}\d&'’.-]*,?[ \t]+` + COMPANY_FORM + String.raw`\b\.?,?(?: \([^)]{0,40}\),?)? (?:is |are )?the (?:[Oo]perator|[Oo]wner|[Pp]ublisher)s? of (?:this|the|our) (?:[Ss]ite|[Ww]ebsite|[Ww]eb [Ss]ite|[Ss]ervice|[Aa]pp|[Aa]pplication|[Pp]latform)\b`, 'u');
/** An app, platform or site (named as its domain) a company makes or runs, in a notice's first sentences: "StopAlert is a bus tracking app developed by Appgrove Ltd for schools", "ScienceSnacks.com is owned and operated by Lumio Web Technologies Pvt Ltd". */
const DEVELOPED_BY = new RegExp(String.raw`(?:\b(?:app|application|platform|software|service|website|appli|plateforme|logiciel)\b|\b[\p{L}\d-]+\.(?:com|org|net)\b)[^.]{0,60}?\b(?:developed|operated|owned|built|published|made|développée?|éditée?|exploitée?|conçue?)(?: and (?:operated|owned|run|maintained|published))? (?:by|par) (?:la société |the company )?(?:[\p{Lu}\d][\p{L}\d&'’.-]*,?[ \t]+){1,6}(?:Pvt |Private )?` + COMPANY_FORM + String.raw`\b`, 'u');
/** A brand and the company that owns it: "StudyPerks is owned by Student Perks Australia Pty Limited" (the brand's name, then the company's). */
const OWNED_BY = new RegExp(String.raw`(\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}\d&'’.-]*){0,3}) (?:is|are) (?:wholly )?(?:owned|operated|run)(?: and (?:owned|operated|run|managed))? by (?:[\p{Lu}\d][\p{L}\d&'’.-]*,?[ \t]+){1,6}(?:Pvt |Private )?` + COMPANY_FORM + String.raw`\b`, 'u');
/** An app store's card at the top of an app's policy: "Developer: RouteKid Mobility Technologies". */
const DEVELOPER_LINE = /^(?:Developer|Développeur|Éditeur|Publisher)\s*:\s*\p{Lu}/u;
/** A policy titled with the name of the body that speaks in it (the UK regulator's template for small businesses): "Hollins Dyslexia Assessing and Tutoring privacy policy". */
const NAMED_POLICY_TITLE = /^(\p{Lu}[\p{L}\d&'’.-]*(?:[ \t]+(?:and|&|et|de|du|des|of|\p{Lu}[\p{L}\d&'’.-]*)){0,7})[ \t]+(?:privacy (?:policy|notice|statement)|data protection (?:policy|notice)|politique de confidentialité)$/u;
/** A body's name written again with its legal form (its site's suffix between: "PostPond.Net, Inc.") or over its address: "Shared Aim Systems, Inc.", "Little Scholar Toys, 1180 Oxford Street", "…, PO Box 12". */
function writtenAgain(name: string): RegExp {
  const quoted = escapeRegExp(name);
  return new RegExp(`${quoted}(?:\\.(?:[Cc]om|[Nn]et|[Oo]rg|[Cc]o|[Ii]o))?,?\\s+(?:Inc|Ltd|LLC|Limited|plc|PLC|SAS|SARL|GmbH|Corp|Corporation)\\b|${quoted},\\s*(?:\\d|PO Box|P\\.O\\.)|${quoted}\\.?,\\s*(?:Attn|Attention|c\\/o)\\b[^.,]{0,40},\\s*\\d`, 'u');
}
/** A title's words for a privacy notice ("Privacy Notice", "School Photography Policy", « Politique de confidentialité »). */
const POLICY_PHRASE = String.raw`(?:privacy|data protection|personal data|photography|privacy and security)(?: information collection)? (?:policy|policies|notice|statement|charter)|(?:politique|charte) de (?:confidentialité|protection des données(?: personnelles)?)`;
const POLICY_PHRASE_ONLY = new RegExp(String.raw`^(?:(?:pupil|student|school|website|online|web) )?(?:` + POLICY_PHRASE + ')$', 'i');
const NAME_THEN_POLICY = new RegExp(String.raw`^(.+) (?:` + POLICY_PHRASE + ')$', 'i');
const POLICY_FOR_NAME = new RegExp(String.raw`^(?:our )?(?:` + POLICY_PHRASE + String.raw`) (?:(?:for|of|de|du|de la|des) )?(.+)$`, 'i');
/**
 * The body a notice's title names, before or after its words for a privacy notice: "Maple Lane Primary School privacy
 * notice", "Privacy Notice for Harbourside Nursery Group", "Lantern Portraits – School Photography Policy",
 * « Politique de confidentialité – Les Petits Pas ».
 */
function titledBody(title: string): string | undefined {
  const parts = title.trim().split(/\s*[–—|:«»]\s*|\s+-\s+/);
  let name: string | undefined;
  if (parts.length === 2) name = POLICY_PHRASE_ONLY.test(parts[0]!) ? parts[1] : POLICY_PHRASE_ONLY.test(parts[1]!) ? parts[0] : undefined;
  else if (parts.length === 1) name = NAME_THEN_POLICY.exec(parts[0]!)?.[1] ?? POLICY_FOR_NAME.exec(parts[0]!)?.[1];
  name = name?.replace(/^the\s+/i, '').trim();
  // (A site's own address names it too: "Privacy Policy for www.kurasikolu.nz", "schoolscout.com Privacy Policy".)
  return name && (/^\p{Lu}/u.test(name) || SITE_ADDRESS.test(name)) && name.length >= 3 && name.length <= 80 ? name : undefined;
}
/** The initials of a name's capitalised words ("Britannic Broadcasting Service" → "BBS"). */
const initialsOf = (name: string): string => [...name.matchAll(/(?<![\p{L}'’])\p{Lu}/gu)].map((m) => m[0]).join('');
/** A website's address given as its name: "www.kurasikolu.nz", "schoolscout.com". */
const SITE_ADDRESS = /^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$/i;
/** A name whose head word says what kind of body it is: "Harbourside Nursery Group", "Glenburn Academy", "University of Westshire" (not "Free School Meals"). */
const BODY_KIND = /\b(school|schools|nursery|pre-?school|academy|college|trust|federation|group|company|association|club|centre|center|institute|foundation|council|society|university)(?: (?:of|for) [a-z' -]+)?$|^(ecole|lycee|college|creche|groupe|societe|institut|fondation|association|mairie|ville|commune)\b/;
/** A contact line in a notice's letterhead: "Contact e-mail: routekid.support@…". */
const LETTERHEAD_MAIL = /^(contact( e-?mail| email)?|e-?mail|courriel|adresse (e-?mail|electronique|mail))\s*:\s*[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\s*$/;
/** A line of an address that is a post box ("P.O. Box 3310", "PO Box 608", « BP 52 », "Postbus 12"). */
const PO_BOX_LINE = /^(p\.?\s?o\.?\s?box|post office box|postbus|bp|cs)\s?\d{1,6}\b/;
/** A line of a postal address ("525 Bryant Street, San Francisco, CA 94107", "PO Box 12"). */
const addressLine = (y: Sentence): boolean => (ENTITY.address.test(y.folded) && ADDRESS_LINE.test(y.folded)) || PO_BOX_LINE.test(y.folded);
/** A sentence that says how to reach the notice's "us": "tell us at support@…", "write to us at …", "contact us by e-mail at …";
 * or where to send questions ("For any question about this policy, email questions@…", "Please send enquiries to: admin@…"). */
const REACH_US = /\b(tell|write to|e-?mail|contact|reach|notify|inform) us\b[^.]{0,30}\b(at|on|by|via)\b|\b(questions?|queries|enquiries|inquiries|concerns?|comments?)\b[^.]{0,60}\b(e-?mail|write to|contact)\s+[a-z0-9._%+-]+@|\bsend (any |your |all )?(questions?|queries|enquiries|inquiries|comments?|requests?)( [^.:]{0,30})? to:?\s+[a-z0-9._%+-]+@/;
/** The endings of a site's domain that a body's name may carry ("KidsCorner.com", "studybritain.org.uk", "NoteShelf.nl",
 * "edupath.co.in", the reserved "lunchtray.example"): a generic top-level domain, a country's two letters, either with a
 * country's two letters after it; not a file's extension ("policy.pdf"). */
const SITE_TLD = String.raw`(?:(?!(?:pdf|doc|docx|odt|htm|html|php|asp|aspx|jsp|txt|rtf|xls|xlsx|csv|ppt|pptx|jpg|jpeg|png|gif|svg|xml|zip|exe|js|py|md|ts)(?![\p{L}\d-]))(?:com|org|net|edu|gov|info|biz|app|example|[a-z]{2,3})(?:\.[a-z]{2})?(?![\p{L}\d-]))`;
/** A name that is a site's domain ("KidsCorner.com", "www.studybritain.org"). */
const DOMAIN_NAME = new RegExp(String.raw`^(?:www\.)?[\p{L}\d-]+\.` + SITE_TLD + '$', 'u');
/** The names of the sites a sentence names by their address ("Teachmatch" in "…how Teachmatch.com collects…"). */
const SITE_NAMES = new RegExp(String.raw`\b([A-Za-z][\w-]{3,})\.` + SITE_TLD, 'gu');
/** A site's address written as its name, opening on a letter ("Readwell.org", "www.funlearn.com"). */
const SITE_AS_NAME = String.raw`(?:www\.)?\p{L}[\p{L}\d-]+\.` + SITE_TLD;
/** A site named by its address as the author of the notice, in its opening sentences. */
const SITE_AS_AUTHOR = new RegExp(
  String.raw`^(?:At |Welcome to )?` + SITE_AS_NAME + String.raw`,? (?:is an? (?:non-?profit |not-for-profit |free |educational |online )*(?:web ?site|site|service|organi[sz]ation)\b|has (?:written|created|prepared|adopted) this (?:privacy )?(?:statement|policy|notice)|(?:we|nous)\b)|\b(?:matters|is important) (?:greatly |a great deal |very much )?to ` + SITE_AS_NAME + String.raw`\.?$`,
  'u',
);
/** A site named by its address as the subject that acts on the data or answers for the notice, in its opening sentences:
 * "StarKids.com asks children for their e-mail address", "Teachly.com, the parent company, has written this statement",
 * "But www.learningnest.pk lets users post comments", "NumberQuest.com (Lumen Learning Games) cares about your privacy", "What
 * personal information does LearnTown.com collect?", « Quelles données Crechenet.fr collecte-t-il ? ». */
const SITE_ACTS = new RegExp(
  String.raw`^(?:But |And |Mais |Et )?` + SITE_AS_NAME + String.raw`(?: \([^)]{1,60}\))?(?:, (?:the |our |its |le |la |notre )[^,.]{1,40},)? (?:(?:also |only |then |may |will )?(?:(?:collects?|gathers?|receives?|collecte|recueille) (?!no\b|nothing\b|aucune?\b)|(?:asks?|uses?(?! (?:its own |first-party |third-party )?cookies)|holds?|keeps?|stores?|processes|records?|logs?|shares?|discloses?|sells?|lets|allows|utilise|conserve|traite)\b)|(?:is|are) (?:deeply |firmly |fully |strongly )?committed to (?:privacy|protecting|your privacy)|takes (?:\w+ ){0,3}seriously|wants to show its commitment|cares about (?:your |the )?privacy|respects (?:your |the )?(?:individual |personal )?privacy|values (?:your |the )?privacy|has (?:written|created|prepared|adopted) this|wrote this|s['’]engage)|\bdoes ` + SITE_AS_NAME + String.raw` (?:collect|gather|use|share|keep|store|hold)\b|\b(?:[Pp]ourquoi|[Qq]uelles? (?:donn[ée]es|informations)|[Cc]omment)\b[^?]{0,60}?` + SITE_AS_NAME + String.raw` (?:collecte|recueille|traite|utilise|conserve)-t-(?:il|elle)\b`,
  'u',
);
/** The data a committed body calls its own: "…the data it collects", « les données qu'elle recueille ». */
const ITS_OWN_DATA = /\b(the (personal )?(data|information) (it|they) (collects?|holds?|processes|process)|les (donnees|informations|renseignements) qu'(elle|il|ils|elles) (recueille|collecte|traite|detient)(nt)?)\b/;
/** What a body that speaks as "nous" says of itself in a notice's first sentences ("reconnaît", "s'engage", "is committed", "takes"). */
const COMMITS = String.raw`(?:reconnaît|s['’]engage|attache|accorde|respecte|protège|prend|recognises|recognizes|is committed|respects|values|takes|cares)\b[^.]*\b(?:nous|we|us|our|notre|nos)\b`;
/** A name in capitals: up to six capitalised words ("Story Ladder", "EPS Horizon ASBL", "Famillio"). */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,5}\p{Lu}[\p{L}'’-]*)`;
/** The name a sentence gives as controller: the subject of "is the controller" / "est responsable" (not a name inside a clause, as in "the school that subscribes to ClassNest is the controller"), or what "the controller is" names. */
const CONTROLLER_NAMED = [
  new RegExp(String.raw`(?:^|[,;:(]\s*|\b(?:and|et)\s+)(?:(?:la|le|les|the)\s+|l['’])?` + NAME + String.raw`(?:\s*\([^)]{0,60}\))?(?:,[^,.]{0,80},)?\s+(?:is|are|acts (?:either )?as|remains|est|sont|agit (?:comme|en tant que|en qualité de)|intervient (?:comme|en tant que|en qualité de)|réalise (?:ces |ce |les )?traitements? en tant que|reste|demeure)\b[^.]{0,25}?\b(?:[Cc]ontrollers?|[Rr]esponsables?)\b`, 'gu'),
  new RegExp(String.raw`\b(?:controller|responsables? (?:du|des|de) traitements?|responsible for (?:the )?processing)\b[^.:]{0,80}?(?:\bis|\best|\bsont|:)\s*:?\s*` + NAME, 'gu'),
  // A name that opens the notice's sentence about what "nous" are given: "Trois Générations reconnaît que les informations que vous nous confiez…".
  new RegExp(String.raw`^` + NAME + ' ' + COMMITS, 'gu'),
  // The name the data are processed by, and what for: "Les données recueillies sont traitées par Savoirs Pro pour gérer…".
  new RegExp(String.raw`\b(?:traitées|utilisées|processed|used|held) (?:par|by) ` + NAME + String.raw` (?:pour|to|in order to)\b`, 'gu'),
  // The name that "we" stands for: Classmark Inc. ("Classmark", "we", "us"), Pédagonum SARL (« Pédagonum », « nous »).
  // A body named with its short form, as the notice calls it: "Ashby Vale Club ("the Club") is committed…".
  new RegExp(NAME + String.raw`\s*\(["“]the (?:Club|School|Academy|Company|Charity|Nursery|Trust|Association)["”]\)`, 'gu'),
  // The body "nous" speaks for: "Chez Apprendre Plus, nous nous engageons…", "À l'École internationale de Surabaya (EIS), nous…".
  new RegExp(AT_BODY_WE.source, 'gu'),
  new RegExp(AT_BODY_WE_LATER.source, 'gu'),
  // The one body "you are sharing that information with … alone" (a notice's answer to "Who is collecting information?").
  new RegExp(String.raw`\bsharing (?:that |this |the |your )?(?:personal )?(?:information|data|it) with ` + NAME + String.raw`\s+alone\b`, 'gu'),
  new RegExp(NAME + String.raw`\.?\s*\((?:ci-après\s+|hereinafter\s+)?(?:[«"“]\s?[^»"”]{1,40}\s?[»"”],?\s*)*[«"“]\s?(?:we|nous)\s?[»"”]`, 'gu'),
];
/** A name as one run of its letters and digits, folded ("Story Ladder" → "storyladder"): how a name is looked for in another line or a mailbox's domain. */
const nameRun = (name: string): string => fold(name).replace(/[^a-z0-9]/g, '');
/** Each name a sentence gives as controller, with its parts, folded and joined ("storyladder", "story", "ladder"). */
function controllerNames(raw: string): string[] {
  const runs = new Set<string>();
  for (const re of CONTROLLER_NAMED)
    for (const m of raw.matchAll(re)) {
      const words = m[1]!.split(/[ \t]+/).map(nameRun);
      for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) runs.add(words.slice(i, j).join(''));
    }
  return [...runs].filter((r) => r.length >= 4);
}
/** The kind of body a word names, one for its forms ("départemental", "département") and for a town's three names (« commune », « ville », « mairie »). */
const entityKind = (word: string): string => word.replace(/al$/, '').replace(/^(ville|mairie)$/, 'commune');
/** A town's or a school's kind and the place that names it, folded: « commune de valbrune », « mairie de saint-aubin », « college de la vallee ». */
const KIND_OF_PLACE = /\b(commune|ville|mairie|college|lycee|ecole|academie|region|departement)\s+(?:de la |de l'|du |des |de |d')([a-z][a-z'-]{3,})/g;
/** A sentence that tells the reader to write ("Please contact AdmitTalk by e-mail at…", « Écrivez-nous à… », "Send your request to…"). */
const CONTACT_THEM = /^(?:please |to do so,? |for this,? |pour cela,? )?(?:contact|write to|e-?mail|send (?:your |a |the )?(?:request|letter|e-?mail)s? to|ecrivez|contactez|adressez)\b/;
/** Exercising one's rights, as a question puts it (« vous voulez exercer vos droits ? », "Want to exercise your rights?"). */
const EXERCISE_RIGHTS = /\b(exercer|exercise|use) (vos|your|ses|their|tes|leurs) (droits|rights)\b/;
/** A DPO's own mailbox ("dpo@…", "dpd@…", "delegue-protection@…"): not the controller's contact. */
const DPO_MAILBOX = /^(dpo|dpd|cil|delegue|data-?protection-?officer|privacy-?officer)\b/;
/** A general mailbox ("info@…", "office@…", « contact@… »), no role's own. */
const GENERAL_MAILBOX = /^(info|contact|enquiries|enquiry|office|admin|hello|mail|general|reception|secretariat|accueil)$/;
/** A mailbox named for privacy questions ("privacy@…", "dataprotection@…", « rgpd@… », « donnees-personnelles@… »), not a DPO's own. */
const PRIVACY_MAILBOX = /^(privacy|data-?protection|gdpr|rgpd|donnees(-?personnelles)?|vie-?privee|informatique-?(et-?)?libertes)$/;
/** The e-mail addresses of a folded text: its local part, then its domain without the last label. */
const EMAILS = /([a-z0-9._%+-]+)@([a-z0-9.-]+)\.[a-z]{2,}/g;
/** Whether a folded text gives an e-mail address whose local part (before the @) matches: a DPO's, a privacy mailbox. */
const hasMailbox = (folded: string, local: RegExp): boolean => [...folded.matchAll(EMAILS)].some((m) => local.test(m[1]!));
/** The parts of an e-mail's domain that can carry a name ("storyladder" in info@storyladder.example), for each e-mail that is not a DPO's. */
function mailDomains(folded: string): string[] {
  return [...folded.matchAll(EMAILS)]
    .filter((m) => !DPO_MAILBOX.test(m[1]!))
    .flatMap((m) => m[2]!.split('.').map((l) => l.replace(/-/g, '')).filter((l) => l.length >= 4 && !['mail', 'email', 'mairie', 'ville', 'ecole', 'college', 'lycee', 'school'].includes(l)));
}
/** A sentence that opens on a name, not on a phrase ("Mathis (alias…)", "La société Octave…", not "Pour toute question…", "Contact :"). */
const OPENS_ON_NAME = /^(?!(?:Pour|Vous|Si|Contact(?:ez)?|En|Toute?s?|Nous|Notre|Nos|Cette|Ce|Ces|Afin|You|Your|For|Please|If|To|We|Our|This|Any|E-?mail|Courriel|Adresse|Address|T[ée]l|Phone|Site|Email)\b)\p{Lu}/u;
/** A line that is a name alone ("TutorLane", "Ridgeway Tutors Ltd"): capitalised words, no colon, no digits. */
const NAME_LINE = /^\p{Lu}[\p{L}&'’.-]*(?: (?:\p{Lu}|&)[\p{L}&'’.-]*){0,4}$/u;
/** The labels of a contact card, which are no name ("Postal Address", "Email"). */
const CARD_LABEL = /^(postal address|address|adresse( postale)?|e-?mail|courriel|phone|telephone|tel|contact|website|site web|site)$/;
/** A sentence that opens on a name and speaks of "nous" or "we": "Trois Générations reconnaît que … vous nous confiez". */
const NAMED_SUBJECT = new RegExp(String.raw`^(?!(?:Le|La|Les|L['’]|Un|Une|Des|Notre|Nos|Votre|Vos|Cette|Ce|Ces|Nous|Vous|Il|Elle|On|The|A|An|Our|Your|This|These|We|You|It|They|Chaque|Each|Toute?s?|All|Si|If|Pour|For|Dans|In|At|Here|Chez)\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3} ` + COMMITS, 'u');
/** A name that says it values privacy, in the words older policies use ("Scholarship Partners USA recognises how important data privacy is", "X has created this privacy statement in order to demonstrate our firm commitment to privacy"). */
const COMMITS_TO_PRIVACY = /^(?:The )?(\p{Lu}[^.()]{2,60}?) (?:(?:has )?(?:created|written|wrote|prepared|developed|adopted) this privacy (?:statement|policy|notice) (?:in order )?to (?:demonstrate|show)|is (?:firmly |fully |deeply )?committed to (?:your )?privacy|recognises how important (?:data )?privacy is|recognizes (?:how important (?:data )?privacy is|the importance of (?:data )?privacy)|values your privacy|respects (?:your|the) privacy|Respects Your Privacy|Values Your Privacy)\b/u;
/** A body that opens a sentence and commits to protecting privacy: "L'Institut universitaire de la Lagune (IUL) s'engage à protéger…". */
const BODY_COMMITS = new RegExp(String.raw`^(?:L['’]|La |Le |The )?(\p{Lu}(?:[^.()]|(?<=\b(?:St|Ste|Mt|Co))\.|\.(?=` + SITE_TLD + String.raw`\b)){2,80}?)(?: \([^)]{1,60}\))?,? (?:s['’]engage à (?:protéger|ce que)|is (?:deeply |firmly |fully |strongly )?committed to protecting|commits (?:itself )?to(?=:| protecting)|undertakes (?:that|to (?:protect|process|respect|comply))|est attachée? à la protection|accorde une (?:(?:très )?grande |particulière )?importance à la protection|knows how important it is to (?:keep|protect)|respects your privacy|takes (?:the protection of )?(?:your )?(?:privacy|personal data|data protection) (?:very |extremely |most |really )?seriously)\b`, 'u');
/** A line of a card that says only who the body is: "Data Controller", « Responsable du traitement ». */
const CONTROLLER_CARD_LINE = /^((the )?(data )?controller|responsibility for (the )?processing( (of )?(the |your )?(personal )?data)?( \((data )?controller\))?|responsables? (du|des|de) traitements?( des donnees)?|responsible( person| party| body| entity)?|person in charge|(personal )?data administrator|administrator of (your |the )?personal data|(name|identity) and (postal )?(address|contact details) of the (data )?controller|who is responsible for (the )?(data )?processing( of your (personal )?data)?\??)$/;
/** A company's legal form in a card's name line ("Isar Bilingual School gGmbH", "Colegio Brisa, S.L.U."). */
const LEGAL_FORM = /(?:^|[\s,])(?:Ltd|Limited|LLP|plc|Inc|LLC|CIC|SAS|SARL|SASU|SA|GmbH|gGmbH|AG|e\. ?V\.|AB|AS|ASA|A\/S|ApS|Oy|S\.L\.U?\.?|S\.A\.|SL|S\.r\.l\.|Srl|SpA|S\.p\.A\.|sp\. z o\.o\.|s\.r\.o\.|BV|B\.V\.|NV|ASBL)(?=$|[\s,)])/u;
/** A name whose words are capitalised but for the small words that link them ("Col·legi Internacional Montjuïc", "Colégio Internacional da Arrábida"). */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}&'’.·-]*(?: (?:\p{Lu}[\p{L}&'’.·-]*|&|de|da|do|dos|das|del|della|di|du|des|of|the|and|y|i|e|für|zur|der|la|le|l['’]\p{Lu}[\p{L}'’·-]*)){1,9}$/u;
/** A card's line that names a body: a short line with no sentence's end, in capitals, of a kind or with a legal form ("Rectorate of the Church University College of Teacher Education Vienna"); a short form after it in parentheses is allowed ("(also 'the School')"). */
const cardName = (raw: string): boolean => {
  const name = raw.replace(/\s*\([^)]{0,60}\)$/, '');
  return name.length <= 90 && /^\p{Lu}/u.test(name) && !/[!?:;]$/.test(name) && !/\b\p{Ll}{3,}\.$/u.test(name) && (NAME_LINE.test(name) || CAPITALISED_NAME.test(name) || KIND_NAMED.test(fold(name)) || LEGAL_FORM.test(name));
};
/** The label of the body a public page speaks for (the transparency page of an administration's algorithm): « Administration concernée » / « Ministère … ». */
const ADMINISTRATION_CARD_LINE = /^(administration|organisme|collectivite|etablissement) (concernee?|responsable)\s*:?$/;
/** A line that introduces a card below it: "Its contact details are:" (a DPO's, after the sentence that appoints it). */
const DETAILS_ARE = /^(its|their|his|her) contact details are\s*:?$/;
/** The label of a line that gives a body's office: "Head office: …", « Siège social : … ». */
const OFFICE_LABEL = /^(?:head office|registered office|headquarters|si[èe]ge(?: social)?)\s*:\s*/i;
/** Characters of a name mangled beyond repair (a page's encoding read twice, twice over: "ÂÃ¶Ê¹ÊÓ"; a word of Latin-1 signs and letters alone, no plain letter among them: "¾ÅÐãÖ±²¥"; or one word mixing scripts: "ՊվɫÇéƬ"). */
const MANGLED = /(?:[ÂÃÊË][\u00a0-\u00ff]){2,}|(?:^|[\s'"‘’“”(])[\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00ff]{4,}(?=[\s'"‘’“”),.;:]|$)|\S*(?:\p{Script=Latin}\S*[\p{Script=Armenian}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}]|[\p{Script=Armenian}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}]\S*\p{Script=Latin})/u;
/** A line of a card that says only who the person is: "Data Protection Officer", « Délégué à la protection des données ». */
const DPO_CARD_LINE = /^((name|nom)\s*:\s*)?(data protection officer|delegue(e)? a la protection des donnees|dpo|dpd)$/;
/** The kind of body a name says it is ("Institut …", "… College"), one test at a time. */
const KIND_NAMED = new RegExp(vocabulary.controllerEntity.entity);
/** A table column that says where the data are: "Pays destinataire", "Location", "Localisation". */
const COUNTRY_COLUMN = /\b(pays|country|countries|localisation|location|lieu d'hebergement|hosting location)\b/;
const COUNTRY = /\b(france|union europeenne|ue|eu|european union|europe|etats-unis|united states|usa|royaume-uni|united kingdom|uk|suisse|switzerland|canada|irlande|ireland|allemagne|germany|belgique|belgium|pays-bas|netherlands|luxembourg|inde|india)\b/;
/** Rights exercised by writing to the DPO whose contact the notice gives: "To exercise them, email the Data Protection Officer." */
const RIGHTS_VIA_DPO = /\b(to exercise|pour (?:les |l')?exercer|exercer (?:ces|vos) droits|make a request|faire une demande)\b[^.]{0,80}\b(e-?mail|write to|contact|ecrivez|contactez|adressez-vous|s'adresser|aupres)\b[^.]{0,20}\b(?:the |our |notre |le |au |du |a la )?(data protection officer|dpo|dpd|delegue)/;
/** Rights asked of a privacy officer by name: "may ask for a copy … by writing to our Privacy and Data Protection Officer". */
const RIGHTS_TO_OFFICER = /\b(copy|access|see|update|correct|delete|erase|rectif\w*|object|restrict|requests?)\b[^.]{0,120}\b(by writing to|by contacting|by e-?mailing|write to|contact) (the|our) (privacy|data protection)( and (privacy|data protection))? officer\b|\b(send|address) (your |these |such |any )?requests? to (the|our) (data protection officer|dpo)\b/;
/** Words a controller's sentence may open on that are no name ("School", "Notre", "Under"). */
const LEAD_NOT_NAME = /^(school|schools|ecole|college|lycee|notre|nous|under|where|when|this|these|those|their|your|pupils|parents|students|data|donnees|personal|information|les|des|pour|dans|chaque|cette|votre|avec)$/;
/** Whether an e-mail's domain is the name of a body ("EPS Horizon ASBL" and eps-horizon.example). */
const domainNames = (domain: string, run: string): boolean => domain === run || (run.length >= 5 && domain.startsWith(run)) || (domain.length >= 5 && run.startsWith(domain));
const COOKIE_PAGE = { onlyNecessary: compile(vocabulary.cookiePage.onlyNecessary), howToRefuse: compile(vocabulary.cookiePage.howToRefuse) };
const LANG = { fr: compile(vocabulary.language.fr), en: compile(vocabulary.language.en), other: Object.values(vocabulary.language.other).map(compile) };

export interface Sentence {
  raw: string;
  folded: string;
  /** The heading of the section it sits in (folded), '' before any heading. */
  section: string;
  /** Part of a list item (joined to the line that leads into the list, if any). */
  listItem?: boolean;
  /** A line of a table of contents ("8. DEMANDE D'ACCÈS OU DE RECTIFICATION" under « Table des matières »): it announces a section, says nothing yet. */
  toc?: boolean;
  /** A list item's own sentence read with the line that leads into it, folded ("la directrice doit : - informer…"); the joined sentence carries its lead already. */
  withLead?: string;
  /** A table's row below its first (the heading row): "| Pupil identity | Name… | Roster checks |". */
  row?: boolean;
  /** A field left empty: a line that ends with a colon with no list below it ("Responsable des traitements :"). */
  blank?: boolean;
  /** A sentence of a paragraph of several sentences wholly within quotation marks: a text quoted (an order's article), not the notice's own words. */
  quoted?: boolean;
}

/** A folded heading without its number or letter ("2.1 for admissions", "c. recipients" → "for admissions", "recipients"). */
const unnumberedHeading = (heading: string): string => heading.replace(/^(?:(?:\d+[.)]?|[a-z][.)]|[ivx]{1,4}[.)])\s*)+/, '');
/** The innermost heading of a section path ("2. why we collect / 2.1 for admissions" → "2.1 for admissions"). */
const lastHeading = (section: string): string => section.split(' / ').pop() ?? '';
/** A sentence that ends on a colon read with the line below it, which answers it ("L'éditeur du site est :" / "PAP – Prépa Arts Provence"). */
const withNextLine = (x: Sentence, next: Sentence): Sentence => ({ ...x, raw: `${x.raw} ${next.raw}`, folded: `${x.folded} ${next.folded}`, blank: false });
/** The line that gives an address among the short lines of a card below line k (a card ends at a sentence or a long line). */
function addressBelow(ss: Sentence[], k: number, span: number): Sentence | undefined {
  const below = ss.slice(k + 1, k + 1 + span);
  // (A labelled address line may be longer: "- Registered address: Carrer de la Font, 22, 08950 Esplugues de Llobregat, Barcelona".)
  const end = below.findIndex((y) => /[.!?;]$/.test(y.raw) || (y.raw.length > 60 && !(y.raw.length <= 120 && OWN_ADDRESS.test(y.folded))));
  return (end < 0 ? below : below.slice(0, end)).find((y) => ENTITY.address.test(y.folded));
}

/** Whether a sentence recites the law (its principles, its definitions, what a body must say): it states no item of this notice. A list item continues its lead. */
const recites = (s: Sentence): boolean => s.quoted === true || anyMatch(RECITALS, s.folded) || (s.withLead !== undefined && anyMatch(RECITALS, s.withLead));
/** A sentence about complaining to the supervisory authority: the authority's address it gives ("…complain to the Data Protection Commission, 21 Fitzwilliam Square…") is no contact of the body's. */
const aboutAuthority = (s: Sentence): boolean => anyMatch(ITEMS.cnilComplaint.sentence, s.folded);
/** Whether a folded text gives a way to write to someone: an e-mail, a postcode, or a postal address that is no complaint authority's. */
const givesContact = (folded: string): boolean => CONTACT.test(folded) || (ENTITY.address.test(folded) && !anyMatch(ITEMS.cnilComplaint.sentence, folded));

/** A body called by its kind alone, capitalised as a defined term, that uses the data: "The University is committed to collecting and
 * processing your personal data", "The Council uses these data", « La Commune traite vos données ». */
const DEFINED_KIND_ACTS = /^(?:The|La|Le|L['’])\s?(University|College|Council|Academy|School|Board|Trust|Authority|Institute|Université|Collège|Lycée|École|Académie|Commune|Ville|Mairie)\b[^.]{0,40}?\b(?:uses|processes|collects|holds|keeps|stores|records|logs|takes|publishes|deals with|is committed to (?:collecting|processing)|will (?:use|process|collect|hold|manage|record|deal with)|may (?:also )?(?:use|process|collect|hold|keep|record|log)|needs|traite|collecte|recueille|utilise|conserve)\b[^.]{0,60}\b(?:data|information|details|photographs|images|records|footage|données|informations|renseignements)\b/u;
/** What separates a title's parts ("X :: Y", "X : Y", "X | Y", "X — Y"); one part may be a body named with its kind and nothing else. */
const TITLE_PARTS = /\s+(?:::|:|\||–|—)\s+/u;
const TITLE_BODY_PART = /^(?:The )?(?:\p{Lu}[\p{L}'’.-]+ ){0,3}(?:University|College|School|Academy|Council|District|Trust|Institute|Université|Collège|Lycée|École|Académie)(?: of(?: the)? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}| \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})?$/u;
/** A name that opens a sentence and says it is "we": "ClassBridge ("we", "our", "us") respects your privacy", "StarTrail ("the App", "we") is an app". */
const BRAND_WE = /^(\p{Lu}[\p{L}\d'’.&+-]*(?: \p{Lu}[\p{L}\d'’.&+-]*){0,3}) \((?:hereinafter )?(?:["“«] ?(?:[Tt]he |[Ll]'|[Ll]’)?(?:[Aa]pp|[Aa]pplication|[Pp]latform|[Pp]lateforme)[”"»]?, )?["“«] ?(?:we|nous)\b/u;
/** A rule for the body's own staff: "Staff must make sure…", "All staff must comply…", « Les agents doivent… ». */
const STAFF_RULE = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:all |every |each |the )?(?:members? of )?(?:staff|employees|employee|workers|le personnel|les agents|les salaries|tout (?:agent|salarie|membre du personnel))\b[^.]{0,30}\b(?:must|shall|should|are required to|is required to|doivent|doit)\b/;
/** A sentence that tells the reader about their own data or what they can do: "your personal data", "you can ask", « vos données », « vous pouvez ». */
const ADDRESSES_READER = /\b(?:your|vos|votre|tes|ton) (?:personal |child's |own )?(?:data|information|details|donnees|informations|renseignements)\b|\byou (?:can|may|have the right|are entitled)\b|\bvous (?:pouvez|disposez|avez le droit|beneficiez)\b/;
/** A body named by its kind that says what it does with the data, in the third person: "The School also processes pupils' health information", « L'établissement conserve les dossiers… ». */
const BODY_SPEAKS = /(?:^|[,;:] )(?:the |l'|le |la )(?:school|college|academy|university|institute|foundation|company|trust|council|association|club|nursery|etablissement|ecole|lycee|universite|institut|fondation|societe|academie)\b[^.,;]{0,30}?\b(?:also |only |then |may )?(?:collects|processes|uses|keeps|holds|shares|stores|ensures|process|use|share|collecte|traite|utilise|conserve|recueille|transmet|veille)\b/;
/** An answer that opens on its purpose, its subject and verb left to the question above it: "Mainly to process payments…", « Uniquement pour vous répondre ». */
const ELLIPTICAL_ANSWER = /^(?:(?:mainly|primarily|chiefly|principally|largely|only|solely|above all|essentiellement|principalement|uniquement|seulement)\b,?\s*(?:to|for|in order to|pour|afin de|afin d')|to|in order to|pour|afin de|afin d')\b/;
/** A sentence whose subject is a plural pronoun ("They automatically receive your IP address when this occurs.", « Ils n'ont accès qu'aux… »): it goes on from the sentence before. */
const PRONOUN_SUBJECT = /^(?:they|ils|elles)\s/;
/** That sentence's subject, a plural noun phrase before its verb ("These third-party ad servers or ad networks use technology…", « Ces prestataires hébergent… »), which the pronoun stands for. */
const PLURAL_SUBJECT = /^((?:these|those|such|the|our|some|other|ces|les|nos|certains|d'autres)\b[^,.;:()]{2,80}?)\s(?:use|may|might|can|will|would|are|have|send|serve|place|set|collect|provide|help|do|only|also|utilisent|peuvent|pourront|sont|ont|deposent|collectent|fournissent|hebergent|traitent|recoivent|agissent)\b/;
/** The dots that end no clause: inside a name ("revisionhall.example", "e.g") or after a company's form or an abbreviation before more of the sentence ("Ltd. processes"). */
const INNER_DOTS = /(?<=[a-z0-9])\.(?=[a-z0-9])|(?<=\b(?:ltd|inc|co|corp|llc|plc|etc|no|st|eg|ie))\.(?= [a-z])/g;
/** A text that presents itself as an article or a blog post ("Cet article présente…", « Dans ce billet », "In this article"). (Not a
 * guide: a school's guide for parents on how it uses their child's data is a notice.) */
const SELF_ARTICLE = /\b(?:cet|ce|this) (?:article|billet|blog post|post)\b[^.]{0,30}\b(?:presente|parcourt|explique|explore|decrit|detaille|fait le point|revient|vous (?:accompagne|propose|explique|presente)|presents|explains|explores|describes|looks at|walks you|sets out)\b|\bdans (?:cet article|ce billet)\b|\bin this (?:article|post)\b/;
/** A sentence in the first person: the body that processes the data speaking (« nous traitons », "we use", "my records"). */
const FIRST_PERSON = /\b(we|our|us|nous|notre|nos|je|mes|mon|my)\b/;

/** A line of a table of contents: a short title of a section to come, with no sentence's end ("· How long we keep information"). */
/** A sentence that leads into the legal basis on the next line ("the lawful bases we rely on … are:", « la base légale du traitement est : »). */
const BASIS_LEAD = /\b(lawful|legal) bas(is|es)\b[^.]{0,80}\b(is|are)\s*:$|\bbases? (legales?|juridiques?)\b[^.]{0,80}\b(est|sont)\s*:$/;
/** A line that opens on a lawful basis ("Your consent.", "(a) Contract", « L'exécution d'une mission d'intérêt public »). */
const BASIS_NAMED = /^(\(?[a-f1-6]\)\s*|[-•·*–]\s*)?(your |our |votre |le |la |l'|the )?(consent|explicit consent|consentement|contract|performance of a contract|contrat|execution d'un contrat|legal obligation|obligation legale|vital interests?|interets? vitaux|public task|(execution d'une )?mission d'interet public|legitimate interests?|interet legitime)\b/;
const CONTENTS_LINE = /^[·•*–-]?\s*(who|what|how|where|why|when|which|lawful bases|contact details|changes to|your (data protection )?rights|qui|quelles?|quels?|comment|pourquoi|quand|combien|vos droits|ou (sont|vont))\b[^.:;!?]{0,70}$/;
/**
 * A mailbox written out to foil robots ("info at wordwharf.com", "contact [at] ecole.fr", "helpdesk{at}site.com"), read as
 * the address it is: any local part before a bracketed "at" (at most 64 characters, a mailbox's longest), only a mailbox's
 * usual local parts before a bare "at"; never "www.", so that "available at www.site.fr" stays a sentence.
 */
const WRITTEN_OUT_MAILBOX = /(?:(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]{0,63})\s*(?:\[at\]|\(at\)|\{at\})|\b(info|contact|contacts|privacy|support|help|hello|admin|office|enquiries|inquiries|webmaster|mail|dpo|dpd|legal|service|team|secretariat|accueil|rgpd)\s*\bat\b)\s*(?!www\.)((?:[a-z0-9-]+\.)+(?:com|org|net|edu|fr|uk|be|ch|ca|ie|eu|io|au|nz|de|info))\b(?!@)/g;
/** A numbered paragraph's number ("1.1 This policy sets out…", "4.2.1 Requests must…"): the sentence is read without it. */
const PARAGRAPH_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[a-z])/;
/** Markdown's bold or italic marks around words ("**Access:** you can ask…", "__Droit d'accès__ :"): the words are read without them. */
const EMPHASIS = /(\*\*|__)(?=\S)([^*_]{1,80}?)(?<=\S)\1/g;
/** A sentence folded for reading: its mailboxes written out to foil robots are read as addresses, a paragraph's number and markdown's emphasis marks left out. */
const foldSentence = (raw: string): string => fold(raw).replace(WRITTEN_OUT_MAILBOX, '$1$2@$3').replace(PARAGRAPH_NUMBER, '').replace(EMPHASIS, '$2');
const isContentsLine = (folded: string): boolean => CONTENTS_LINE.test(folded) && folded.split(/\s+/).length <= 10;

/** A list item: a bullet, or "1)" — never a heading, whatever its length. */
const LIST_ITEM = /^([-•·*–]|\d+\))\s/;
/** A list item's bullet or number, to read the item's own words. */
const BULLET = /^([-•·*–]|\d+[).])\s+/;

/** A line that reads as a heading: markdown, numbered, or short with no final punctuation. */
function isHeading(line: string): boolean {
  if (/^#{1,6}\s/.test(line)) return true;
  // A checklist's box to tick heads nothing ("☐ Finalités").
  if (/^(?:[☐□]|[-*]\s*\[[ xX]\])/.test(line)) return false;
  if (LIST_ITEM.test(line)) return false;
  // The regulator's template heads a section "What information we collect, use, and why" (commas and all).
  if (line.length <= 90 && /\b(and why|et pourquoi)\s*\??$/i.test(line) && !/[.;]\s/.test(line.replace(/^[\d.]+[).]?\s+/, ''))) return true;
  // An address, an e-mail or a list of names is not a heading.
  if (/\d{5}|@|,.*,/.test(line)) return false;
  // The numbering goes first: "3.", "IV -", "Article 6.", "Section 2 :".
  // (A letter or a small roman numeral numbers a sub-heading: "c. Recipients", "a) Objet du traitement", "ii. Base légale".)
  const t = line.replace(/^(?:(?:article|art\.?|section|chapitre|titre|partie)\s+)?[\d.IVX]+[).\s:-]+/i, '').replace(/^(?:[a-z]|[ivx]{1,4})[.)]\s+(?=\p{Lu})/iu, '').trim();
  // A field and its value ("Business name: Brightpath Ltd", "Phone: [insert number]") is no heading.
  if (/^[^:]{2,40}:\s*\S/.test(t)) return false;
  // A question on its own line heads its answer ("What will it be used for, and what gives us the right to ask for it?").
  if (/\?$/.test(t) && t.length <= 160 && t.split(/\s+/).length <= 24 && !/[.!?]\s/.test(t)) return true;
  return t.length > 1 && t.length <= 90 && !/[.;,]$/.test(t) && !/[.!?]\s/.test(t) && t.split(/\s+/).length <= 12;
}

/** The heading of an item ("Finalités", "Durée de conservation"): a heading of its own wherever it stands. */
const headsItem = (line: string): boolean => NOTICE_ITEMS.some((i) => anyMatch(ITEMS[i].section, fold(line)));
/**
 * Whether a line answers the label above it: a label in capitals ending with a colon
 * ("RESPONSABLE DU TRAITEMENT CONCERNÉ :") over a line that is neither a label, a list
 * item, nor an item's heading ("La Direction Jeunesse de la Ville de Port-Marin").
 */
function labelAnswer(label: string, line: string): boolean {
  if (!/:\s*$/.test(label) || !isHeading(label) || label !== label.toUpperCase() || !/\p{Lu}{3}/u.test(label)) return false;
  return !/:\s*$/.test(line) && !/^#/.test(line) && !LIST_ITEM.test(line) && line !== line.toUpperCase() && !headsItem(line);
}

/**
 * How deep a heading sits: markdown's #s, or its numbering ("3." is 1,
 * "3.1" is 2, "a)" is 2); an unnumbered heading in a text whose headings are
 * numbered is a sub-heading (2), else a heading (1).
 */
function headingDepth(line: string, numbered: boolean): number {
  const md = /^(#{1,6})\s/.exec(line);
  if (md) return md[1]!.length;
  const n = /^(\d+(?:\.\d+)*)\.?\s/.exec(line) ?? /^((?:article|art\.?)\s+\d+)/i.exec(line);
  if (n) return n[1]!.split('.').filter(Boolean).length;
  if (/^[a-z]\)|^[a-z]\.\s|^[ivx]+\.\s/i.test(line)) return 2;
  return numbered ? 2 : 1;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('fr', { granularity: 'sentence' }) : null;
/** A segment that ends on a title or an initial ("M.", "Dr.", "J.", the "S." of "U.S."), or on an address's "attn.", goes on in the next one, whatever follows. */
const TITLE_END = /(?:^|[\s(.])(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|Prof|Mag|Ing|St|Ste|Co|ul|[Aa]ttn|\p{Lu})\.$|\se\.$/u;
/** A segment that ends on a company's or a reference's abbreviation ("Classmark Inc.", "art.") goes on in the next one when it opens with "(" or lowercase. */
/** A segment that ends on an article's or a number's abbreviation ("Art.", "No.") goes on when the next opens with its number ("Art. 15 GDPR"). */
const ARTICLE_END = /\b(?:[Aa]rt|[Nn]o|n°)\.$/;
const ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp|Cie|S\.A|SAS|SARL|GmbH|art|lit|n°|no|p|cf|ex|etc)\.$/;
/** The longest piece of a paragraph given to the segmenter at once: segmenting one very long paragraph costs far more than its pieces. */
const SEGMENT_CHUNK = 2000;
/** A long paragraph in pieces of about SEGMENT_CHUNK characters, cut only after a sentence's end before a capital (where the segmenter cuts too). */
function chunksOf(block: string): string[] {
  if (block.length <= SEGMENT_CHUNK) return [block];
  const chunks: string[] = [];
  let start = 0;
  const cut = /[.!?…]\s+(?=[\p{Lu}«"“(])/gu;
  let m: RegExpExecArray | null;
  while ((m = cut.exec(block)) !== null) {
    const end = m.index + m[0].length;
    if (end - start >= SEGMENT_CHUNK) {
      chunks.push(block.slice(start, end));
      start = end;
    }
  }
  chunks.push(block.slice(start));
  return chunks;
}
/**
 * A block with nothing at which a sentence can end (letters, figures, spaces and the marks that never end one): one
 * sentence, without the segmenter (Unicode's sentence breaks fall only after . ! ? and their kin, or at a line's end).
 * Most headings and list items are such blocks.
 */
const NO_SENTENCE_END = /^[\p{L}\p{M}\p{N} ,;:'’()«»"“”/&@_#%+*-]*$/u;
function splitSentences(block: string): string[] {
  if (NO_SENTENCE_END.test(block)) return block.trim() === '' ? [] : [block.trim()];
  const parts = segmenter ? chunksOf(block).flatMap((c) => [...segmenter.segment(c)].map((s) => s.segment.trim())).filter(Boolean) : block.split(/(?<=[.!?])\s+/).filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const last = out.length - 1;
    if (last >= 0 && (TITLE_END.test(out[last]!) || (ABBREVIATION_END.test(out[last]!) && /^[(\p{Ll}]/u.test(p)) || (ARTICLE_END.test(out[last]!) && /^\d/.test(p)))) out[last] = `${out[last]} ${p}`;
    else out.push(p);
  }
  return out;
}

/** What separates the cells of a table row in text: a tab (HTML tables as read), or a pipe between spaces or at both ends (markdown). */
const TABLE_CELL = /\t|\s\|\s|^\|.*\|$/;
/** A markdown table's rule ("|---|:--:|"): structure, not text. */
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/**
 * Paragraphs: lines hard-wrapped inside a sentence (PDF or e-mail text, a
 * line that goes on in lowercase) are joined; a blank line, a heading or a
 * list item starts a new one.
 */
interface Paragraph {
  text: string;
  /** A table row (cells separated by tabs or pipes): only the first row of a table can be a heading. */
  row: boolean;
}
/** The first parts of compounds a line may end on, whose hyphen stays when the next line goes on ("sous-traitant", "non-respect", "third-party", "e-mail"). */
const HYPHEN_KEPT = /(?:^|[\s'’(])(?:sous|non|co|auto|anti|ex|post|mi|demi|semi|quasi|vice|extra|inter|intra|ultra|multi|ci|au|peut|est|dit|rendez|self|third|well|opt|sign|log|follow|up|check|cross|sub|e)-$/iu;
/** Markup left at the start of a line by a page's script: everything up to the end of a tag that carries a class ('… class="relative p-5">'). */
const MARKUP_REMNANT = /^[^\n]{0,200}?\bclass="[^"]*"\s*>\s*/;
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  // The paragraph being built, as its pieces (joined when it ends: appending to one long string line after line would copy
  // it whole each time its end is read), and its last characters, which say whether the next line goes on.
  let cur: { parts: string[]; tail: string; row: boolean } | null = null;
  const close = (): Paragraph | null => {
    if (cur === null) return null;
    const p = { text: cur.parts.join(''), row: cur.row };
    out.push(p);
    cur = null;
    return p;
  };
  /** The paragraph a single blank line closed: a sentence of a long line may go on below it ("…mis en oeuvre dans les écoles," / "" / "et les établissements…"). */
  let parked = null as Paragraph | null;
  let blanks = 0;
  for (const rawLine of text.split('\n')) {
    if (TABLE_RULE.test(rawLine.trim())) continue;
    const row = TABLE_CELL.test(rawLine.trim());
    // A page read with its script's markup left at the start of a line ('$refs.accordion1… class="relative p-5"> Who is…'): the text starts after it.
    const line = rawLine.replace(MARKUP_REMNANT, '').replace(/[*_>|`]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (!line) {
      const closed = close();
      if (closed) parked = closed;
      blanks++;
      continue;
    }
    // Text whose every line is followed by a blank line (a page copied from a PDF, a form's <br><br>): a long line that
    // stops mid-sentence goes on in the next one, when that one starts in lowercase and is no list item.
    if (cur === null && parked !== null && blanks === 1 && !parked.row && !row && parked.text.length >= 40 && !isHeading(parked.text) && !/[.!?:;]$/.test(parked.text) && /^[a-zà-ÿ]/.test(line) && !/^(#|[-•·*]\s|\d+[).]\s|[a-z]{1,4}[).]\s)/.test(line) && out[out.length - 1] === parked) {
      out.pop();
      cur = { parts: [parked.text], tail: parked.text.slice(-60), row: parked.row };
    }
    parked = null;
    blanks = 0;
    const open = cur as { parts: string[]; tail: string; row: boolean } | null;
    const continues = open !== null && !open.row && !row && !/[.!?:;]$/.test(open.tail) && /^[a-zà-ÿ0-9(«"'’]/.test(line) && !/^(#|[-•·*]\s|\d+[).]\s)/.test(line) && !/^\d+(\.\d+)*[.)]?\s+\p{Lu}/u.test(line) && !/^(?:[a-z]|[ivx]{1,4})[.)]\s+\p{Lu}/u.test(line);
    if (open !== null && continues) {
      // A word cut at the end of a line ("conser-" / "vées") is joined whole; a compound's first part keeps its hyphen ("sous-" / "traitant").
      // (HYPHEN_KEPT reads the last word: a tail cut inside a word drops its partial first word.)
      const cut = /\p{Ll}-$/u.test(open.tail) && /^\p{Ll}/u.test(line);
      if (cut && !HYPHEN_KEPT.test(open.tail.length < 60 ? open.tail : open.tail.slice(open.tail.indexOf(' ')))) {
        const last = open.parts.length - 1;
        open.parts[last] = open.parts[last]!.slice(0, -1);
        open.parts.push(line);
        open.tail = `${open.tail.slice(0, -1)}${line}`.slice(-60);
      } else {
        const piece = cut ? line : ` ${line}`;
        open.parts.push(piece);
        open.tail = `${open.tail}${piece}`.slice(-60);
      }
    } else {
      close();
      cur = { parts: [line], tail: line.slice(-60), row };
    }
  }
  close();
  return out;
}

/**
 * Sections and sentences of the text, each sentence with the trail of
 * headings above it ("3. why we use it / 3.1 to run the grade book"); a
 * table's first row joins the trail for the rows below it.
 */
/** A table of contents' heading: « Table des matières », « Sommaire », "Contents". */
const CONTENTS_HEADING = /^(table des matieres|sommaire|contents|table of contents)\s*:?$/;
/** A section title's words, without its bullet, number or letter, nor its page number ("G. Web browsing and cookies", "3. Vos droits ..... 4"). */
const tocTitle = (line: string) => fold(line).replace(/^([-•·*–]|[\divx]+[.)]?|[a-z][.)])+\s*/, '').replace(/\s*\.{2,}\s*\d*$|\s+\d+$/, '');
/** A numbered or lettered title ("3. Your rights", "G. Web browsing and cookies", "ii) Base légale"). */
const ENUMERATED_TITLE = /^(?:\d+|[a-z]|[ivx]{1,4})[.)]\s+\S/i;
/**
 * The paragraphs of a table of contents: the short titles under its heading, up to the first that comes again (the body's
 * first heading) or the first sentence; three titles at least, else it was no table. With no such heading, a run of three
 * numbered or lettered titles or more, most of which come again below as the body's headings, is one too.
 */
function tableOfContents(paragraphs: { text: string; row?: boolean }[]): Set<number> {
  const t = paragraphs.findIndex((p) => CONTENTS_HEADING.test(fold(p.text)));
  if (t < 0) return headlessContents(paragraphs);
  const seen = new Set<string>();
  const lines = new Set<number>();
  for (let i = t + 1; i < paragraphs.length && i <= t + 40; i++) {
    const line = paragraphs[i]!.text;
    if (line.length < 2) continue;
    // (A contents written on one line: "1. Data controller 2. What we collect 3. Lawful basis …".)
    if (lines.size === 0 && !paragraphs[i]!.row && (line.match(/(?:^|\s)\d{1,2}[.)]\s+\p{Lu}/gu) ?? []).length >= 3) return new Set([i]);
    const name = tocTitle(line);
    if (paragraphs[i]!.row || line.length > 100 || /[.!?;]$/.test(line) || seen.has(name)) break;
    seen.add(name);
    lines.add(i);
  }
  return lines.size >= 3 ? lines : new Set();
}

function headlessContents(paragraphs: { text: string; row?: boolean }[]): Set<number> {
  const title = (p: { text: string; row?: boolean }) => !p.row && p.text.length <= 100 && ENUMERATED_TITLE.test(p.text) && isHeading(p.text);
  for (let i = 0; i < Math.min(paragraphs.length, 80); i++) {
    let j = i;
    const seen = new Set<string>();
    while (j < paragraphs.length && j - i < 40 && title(paragraphs[j]!) && !seen.has(tocTitle(paragraphs[j]!.text))) seen.add(tocTitle(paragraphs[j++]!.text));
    if (j - i >= 3) {
      const names = paragraphs.slice(i, j).map((p) => tocTitle(p.text));
      // The list ends where its first title comes again (the body's first heading), or most of its titles come again below.
      const restarts = j < paragraphs.length && tocTitle(paragraphs[j]!.text) === names[0];
      const below = new Set(paragraphs.slice(j).map((p) => tocTitle(p.text)));
      const again = names.filter((n) => below.has(n)).length;
      if (restarts || (again >= 3 && again * 3 >= names.length * 2)) return new Set(Array.from({ length: j - i }, (_, k) => i + k));
    }
    i = Math.max(i, j - 1);
  }
  return new Set();
}

/** A run-in heading: a few capitalised words closed by a full stop or a colon, that open a paragraph ("Bases juridiques.", "Your rights:"). */
const RUN_IN_HEADING = /^(?:\*\*)?\p{Lu}[\p{L}'’-]{2,}(?:[ \t]+[\p{L}'’-]+){0,3}[.:](?:\*\*)?$/u;
/** What makes such words a sentence, not a heading: a pronoun or a verb ("We care.", « Nous non. »). */
const RUN_IN_NOT = /\b(inc|ltd|pvt|llc|art|co|corp|welcome|bienvenue|we|us|our|you|your|i|it|they|notre|nos|se|s'|he|she|this|that|nous|vous|je|il|elle|ils|elles|on|ce|cela|ceci|is|are|was|were|be|est|sont|etait|will|can|may|must|should|peut|peuvent|doit|doivent|have|has|had|do|does|did|ai|a|ont|fait|see|voir|thank|merci|yes|no|oui|non)\b|\d/;
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = paragraphsOf(text);
  const toc = tableOfContents(paragraphs);
  const numbered = paragraphs.some((p, i) => !p.row && !toc.has(i) && /^(\d+(\.\d+)*\.?|article \d+|art\.? ?\d+)\s/i.test(p.text) && isHeading(p.text));
  // "1) Who is the controller?" heads a section where each such line is followed by its own text, not by the next "2)".
  const parenNumbered = paragraphs.flatMap((p, i) => (!p.row && !toc.has(i) && /^\d+\)\s+\S/.test(p.text) ? [i] : []));
  const parenHeads = new Set(
    parenNumbered.length >= 2 && parenNumbered.every((i) => i + 1 < paragraphs.length && !/^\d+\)\s/.test(paragraphs[i + 1]!.text)) && parenNumbered.every((i) => isHeading(paragraphs[i]!.text.replace(/^\d+\)\s+/, '')))
      ? parenNumbered
      : [],
  );
  const trail: string[] = [];
  let section = '';
  let tableHead: string | null = null;
  /** The depth of the last markdown heading, 0 before any. */
  let mdDepth = 0;
  // A line that ends with a colon leads into the list below it: "Le traitement permet : - de donner…"
  let lead: string | null = null;
  for (const [index, { text: line, row }] of paragraphs.entries()) {
    if (line.length < 2) continue;
    // A table of contents' lines head no section: the sections come after it.
    if (toc.has(index)) {
      out.push({ raw: line, folded: foldSentence(line), section, toc: true });
      continue;
    }
    const item = !parenHeads.has(index) && (LIST_ITEM.test(line) || (/^\d+\.\s/.test(line) && !isHeading(line)));
    if (item && lead) {
      const joined = `${lead} ${line.replace(BULLET, '')}`.slice(0, PARSE_LIMITS.sentence);
      out.push({ raw: joined, folded: foldSentence(joined), section, listItem: true });
    }
    if (!item) lead = /:$/.test(line) && line.split(/\s+/).length >= 3 ? (splitSentences(line).pop() ?? line).replace(/\s*:$/, '') : null;
    if (row && tableHead === null) {
      tableHead = fold(line);
      section = [...trail, tableHead].filter(Boolean).join(' / ');
    } else if (!row) {
      if (tableHead !== null) section = trail.filter(Boolean).join(' / ');
      tableHead = null;
      // The line under a question is its answer ("Who is the Data Controller?" / "Riverside Academy Trust"), not a heading of its own.
      const prev = paragraphs[index - 1];
      const answers = prev !== undefined && !prev.row && /\?\s*$/.test(prev.text) && isHeading(prev.text) && !/\?\s*$/.test(line) && !/^#/.test(line);
      // So is the line under a label ("RESPONSABLE DU TRAITEMENT :" / "La Direction Jeunesse de la Ville"), unless it heads an item itself.
      const labelled = prev !== undefined && labelAnswer(prev.text, line);
      if (parenHeads.has(index) || (isHeading(line) && !answers && !labelled)) {
        // A short line that leads into a list ("Le dispositif aide les agents à :") sits within the section above it.
        const leadsList = /:$/.test(line) && trail.length > 0 && LIST_ITEM.test(paragraphs[index + 1]?.text ?? '');
        // Under a markdown heading ("## How we use your information"), a numbered or plain heading is a sub-heading of it.
        const md = /^(#{1,6})\s/.exec(line);
        if (md) mdDepth = md[1]!.length;
        const depth = leadsList ? trail.length + 1 : md ? mdDepth : mdDepth + headingDepth(line, numbered);
        trail.length = depth;
        trail[depth - 1] = fold(line.replace(/^#+\s*/, ''));
        section = trail.filter(Boolean).join(' / ');
        // A heading is also read as a sentence: "Délégué à la protection des données : dpo@…" can sit on one line.
      }
    }
    // A field left empty: its colon is followed by nothing but another field, a heading or the end
    // (a name over an address or an e-mail is the field's answer: "… est :" / "Fondation Plume" / "1003 Lausanne").
    const next = paragraphs[index + 1]?.text;
    const nameOverAddress = [2, 3, 4].some((k) => /@|\b\d{4,5}\b|\b(rue|avenue|boulevard|place|street|road)\b/i.test(paragraphs[index + k]?.text ?? ''));
    // "Le responsable de traitement est la Région X, représentée par :": the item is given before the colon.
    // (So is a long sentence that leads into what follows: "The Danube House Foundation, acting as data controller, with its seat at …, processes the following personal data:" — a field is a few words.)
    // (And a sentence that leads on to examples only: « Elles servent à vos démarches en ligne, notamment : », "…for example:".)
    const filled = /\b(est|sont|is|are)\s+(?!(le|la|les)\s+suivante?s?\b|as follows\b|the following\b)[^:]{3,}:\s*$/i.test(line) || line.split(/\s+/).length > 25 || (/\s(notamment|par exemple|en particulier|including|for example|for instance|such as)\s*:\s*$/i.test(line) && line.split(/\s+/).length >= 6);
    const sectionOfLine = section;
    // An unticked box before a few words ("☐ Identité du responsable de traitement") is a checklist's line to tick, not the item.
    const checklistLine = !/[.!?]$/.test(line) && ((/^[☐□]\s*\S/.test(line) && line.split(/\s+/).length <= 12) || (/^[-*]\s*\[[ xX]\]\s*\S/.test(line) && line.split(/\s+/).length <= 25));
    // (Nor is a line that announces what follows, « … les catégories de données suivantes : », over lettered or numbered sub-headings
    // whose lists answer it: "a) Coordonnées" / "• Nom complet".)
    const subHeaded = (heading: string): boolean => /^(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+\S/i.test(heading) && /\b(suivante?s?|following|as follows|ci-dessous|below)\s*:\s*$/i.test(line);
    const blankField = checklistLine || (/:\s*$/.test(line) && !filled && (next === undefined || /:\s*$/.test(next) || (isHeading(next) && !LIST_ITEM.test(next) && !nameOverAddress && !labelAnswer(line, next) && !subHeaded(next))));
    const parts = splitSentences(line);
    // A paragraph that opens on a run-in heading ("Vos droits. Vous pouvez demander…", "Transfers. Your data are…") reads the rest
    // of its sentences under that heading too.
    const runIn = !item && !row && parts.length >= 2 && RUN_IN_HEADING.test(parts[0]!) && !RUN_IN_NOT.test(fold(parts[0]!)) ? fold(parts[0]!.replace(/[.:]\s*$/, '')) : null;
    // A paragraph of several sentences that opens on a quotation mark and closes on its pair, with none closed between, quotes a text
    // (not one in the first person: « J'autorise le club à publier… Je peux retirer cet accord… » is the form one signs, which informs).
    const quoted = !row && parts.length >= 2 && /^[«“]/.test(line) && /[»”]\s*\.?$/.test(line) && !/[»”]/.test(line.replace(/[»”]\s*\.?$/, '')) && !FIRST_PERSON.test(fold(line)) && !/\bma\b|\bj['’]/i.test(line) && !/\bI\b/.test(line);
    for (const [k, s] of parts.entries()) {
      const raw = s.length > PARSE_LIMITS.sentence ? s.slice(0, PARSE_LIMITS.sentence) : s;
      const sentenceSection = runIn !== null && k > 0 ? [sectionOfLine, runIn].filter(Boolean).join(' / ') : sectionOfLine;
      // (A heading's number, or the letter of a lettered one, split from its words: "c." of "c. Recipients".)
      if (/^[\d.IVX]+\.?$/.test(raw) || (/^(?:[a-z]|[ivx]{1,4})[.)]$/i.test(raw) && isHeading(line))) continue;
      if (blankField && (checklistLine || /:\s*$/.test(raw))) {
        out.push({ raw, folded: foldSentence(raw), section: sentenceSection, blank: true });
        continue;
      }
      out.push({ raw, folded: foldSentence(raw), section: sentenceSection, ...(item ? { listItem: true, ...(lead ? { withLead: foldSentence(`${lead} ${raw.replace(BULLET, '')}`) } : {}) } : {}), ...(row && tableHead !== fold(line) ? { row: true } : {}), ...(quoted ? { quoted: true } : {}) });
    }
  }
  return out;
}

const excerpt = (s: string) => (s.length > EXCERPT ? s.slice(0, EXCERPT - 1) + '…' : s);

const UNIT = /(jours?|semaines?|mois|ans?|annees?|days?|weeks?|months?|years?)\b/;
const NUMBER_WORDS = Object.keys(NUMBERS)
  // "a"/"an" count as one before an English unit only ("within a month"; "mettre à jour" is no day).
  .filter((w) => w !== 'a' && w !== 'an')
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/-/g, '[- ]'))
  .join('|');
const DURATION = new RegExp(`(?<![a-z0-9])(\\d+(?:[.,]\\d+)?|${NUMBER_WORDS}|an?(?=\\s+(?:days?|weeks?|months?|years?)\\b))(?:\\s*\\(\\d+\\))?\\s+${UNIT.source}`);

function unitMonths(n: number, unit: string): number {
  if (/^(jour|day)/.test(unit)) return Math.round((n / 30.4375) * 10) / 10;
  if (/^(semaine|week)/.test(unit)) return Math.round(((n * 7) / 30.4375) * 10) / 10;
  if (/^(mois|month)/.test(unit)) return n;
  return n * 12;
}

/** The first duration in a folded sentence: its number (in figures or words) and its unit. */
function firstDuration(folded: string): { n: number; unit: string } | null {
  const m = DURATION.exec(folded);
  if (!m) return null;
  const word = m[1]!.replace(/ /g, '-');
  const n = /^\d/.test(word) ? Number(word.replace(',', '.')) : NUMBERS[word];
  return n === undefined || !Number.isFinite(n) ? null : { n, unit: m[2]! };
}

/** The first duration in a folded sentence, in months ("13 mois", "cinq ans", "deux semaines"). */
export function durationMonths(folded: string): number | null {
  const d = firstDuration(folded);
  return d ? unitMonths(d.n, d.unit) : null;
}

/** The longest period a folded sentence allows, in days (a month 31 days, a year 366: never shorter than the text means). */
function durationMaxDays(folded: string): number | null {
  const d = firstDuration(folded);
  return d ? Math.ceil(d.n * (/^(jour|day)/.test(d.unit) ? 1 : /^(semaine|week)/.test(d.unit) ? 7 : /^(mois|month)/.test(d.unit) ? 31 : 366)) : null;
}

/** Cookie names written in a line: with an underscore (`_ga`, `_pk_id.*`), in quotes or code, or alone in a table's first cell. */
const NAME_UNDERSCORE = /(?<![\w@./:-])((?:_{1,2}[A-Za-z0-9]+(?:_[A-Za-z0-9]*)*|[A-Za-z0-9]+(?:_[A-Za-z0-9]*)+)(?:\.\*|\*|\.x+|x{3,})?)(?![\w@/-])/g;
const NAME_QUOTED = /[«"“`]\s?([A-Za-z_][\w.*-]{1,40})\s?[»"”`]/g;
const NAME_CELL = /^[A-Za-z_][\w.*-]{1,40}$/;
const SESSION = /fin de (la )?session|end of (the )?(browsing )?session|cookie de session|session cookie|^session$|duree : session|(expire|expiration|supprime) (a|à) la fermeture (du|de votre) navigateur|quand (vous fermez|le navigateur est ferme)|when (you close )?the browser (is )?clos(ed|es)|on browser (exit|close)|when you close (your|the) browser/;
/** A lifetime shorter than a day ("30 minutes", "24 hours", "1 heure"): a day at most, since lifetimes are compared in days. */
const SHORT_DURATION = /\b\d+(?:[.,]\d+)?\s*(minutes?|mins?|heures?|hours?|h|secondes?|seconds?)\b/;
function shortDurationDays(folded: string): number | null {
  const m = SHORT_DURATION.exec(folded);
  if (!m) return null;
  const n = Number(m[0].match(/\d+(?:[.,]\d+)?/)![0].replace(',', '.'));
  const hours = /^(minute|min|seconde|second)/.test(m[1]!) ? 0 : n;
  return Math.max(1, Math.ceil(hours / 24));
}

function cookieLifetimesOf(text: string): DeclaredCookieLifetime[] {
  const out = new Map<string, DeclaredCookieLifetime>();
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.length > 4000) continue;
    // A row's cells, between tabs or pipes ("| _ga | Analytics | 2 years |": its outer pipes are no cells).
    const cells = TABLE_CELL.test(line) ? line.replace(/^\|+|\|+$/g, '').split(/\t|\s*\|\s*/).map((c) => c.trim()).filter(Boolean) : null;
    // A table row, a list item or a short line is read whole ("_pk_id.* Matomo 13 mois" is not two sentences).
    const pieces = cells ? [cells.join(' ; ')] : line.length <= 300 ? [line] : splitSentences(line);
    for (const piece of pieces) {
      const folded = fold(piece);
      let maxDays = durationMaxDays(folded) ?? shortDurationDays(folded);
      if (maxDays === null && (SESSION.test(folded) || (cells ?? []).some((c) => SESSION.test(fold(c))))) maxDays = 0;
      if (maxDays === null) continue;
      const names = new Set<string>();
      for (const m of piece.matchAll(NAME_UNDERSCORE)) names.add(m[1]!);
      for (const m of piece.matchAll(NAME_QUOTED)) names.add(m[1]!);
      if (cells && NAME_CELL.test(cells[0]!)) names.add(cells[0]!);
      // A list of many names with one duration is a table flattened into a sentence: read nothing rather than guess.
      if (names.size === 0 || names.size > 6) continue;
      for (const name of names) {
        const prev = out.get(name);
        if (!prev || maxDays > prev.maxDays) out.set(name, { name, maxDays, excerpt: excerpt(piece) });
      }
      if (out.size >= PARSE_LIMITS.declaredTools) return [...out.values()];
    }
  }
  return [...out.values()];
}

function categoryOf(folded: string): RetentionCategory {
  for (const [c, res] of RET.categories) if (anyMatch(res, folded)) return c;
  return 'other';
}

/**
 * A line that names no data ("Durée de conservation : 13 mois") concerns the data its heading names ("2.3 Les statistiques
 * d'usage"); a heading that speaks of cookies among other things ("Données personnelles et cookies") does not make it a cookie's.
 */
function categoryOfLine(s: Sentence): RetentionCategory {
  const own = categoryOf(s.folded);
  if (own !== 'other') return own;
  const heading = categoryOf(s.section);
  // (Under a heading about cookies alone, "Cookies" / « Utilisation des cookies », a line that names no data is a cookie's:
  // « Il est détruit automatiquement après trois jours » is the theme cookie's lifetime, not a data retention.)
  if (heading === 'cookies') {
    const last = lastHeading(s.section);
    return categoryOf(last) === 'cookies' && !/\b(donnees|data|informations?|personal|personnelles|renseignements)\b/.test(last) ? 'cookies' : 'other';
  }
  return heading;
}

/**
 * A line's category, where a line that gives several periods, one after another, is the category of its first: « Les données des
 * demandes sont conservées trois ans ; les journaux, un an ; les cookies, treize mois » keeps the requests' data three years, not only cookies.
 */
function clauseCategory(s: Sentence): RetentionCategory {
  const category = categoryOfLine(s);
  if (category !== 'cookies') return category;
  const first = s.folded.split(/\s*;\s*/)[0]!;
  return first !== s.folded && durationMonths(first) !== null && categoryOf(first) !== 'cookies' ? categoryOf(first) : category;
}

/** A period of hours, in figures or in words ("48 hours", « vingt-quatre heures »), in months. */
const HOURS = new RegExp(String.raw`(?<![a-z0-9])(\d+(?:[.,]\d+)?|${NUMBER_WORDS})\s+(heures?|hours?)\b`);
function hoursMonths(folded: string): number | null {
  const m = HOURS.exec(folded);
  if (!m) return null;
  const word = m[1]!.replace(/ /g, '-');
  const n = /^\d/.test(word) ? Number(word.replace(',', '.')) : NUMBERS[word];
  return n === undefined || !Number.isFinite(n) ? null : Math.round((n / 24 / 30.4375) * 100) / 100;
}

/** A sentence that goes on from the one before in time: "We may then archive…", "Thereafter…", « Elles sont ensuite archivées… ». */
const SEQUEL = /^(?:(?:we|they|it|nous|elles?|ils?)\b[^.]{0,30}?\b(?:then|thereafter|afterwards|ensuite|puis)\b|(?:then|thereafter|afterwards|after that|ensuite|puis|par la suite)\b)/;
/** A folded sentence with its vague periods ("as long as necessary", "for a certain period of time") taken out. */
const withoutVague = (folded: string): string => RET.vague.reduce((t, re) => t.replace(re, ' '), folded);
/** Whether the sentence after one in its section goes on from it with a vague period: "… We may then archive your message for a certain period of time." */
const vagueSequel = (s: Sentence, next: Sentence | undefined): boolean => next !== undefined && next.section === s.section && SEQUEL.test(next.folded) && withoutVague(next.folded) !== next.folded;
/** A heading, in a section's path, that calls what is under it examples ("Exemples de durées…", "Examples of retention periods"). */
const EXAMPLES_HEADING = /(?:^|\/ )(?:(?:\d+[.)]?|[a-z][.)])\s*)?(?:exemples?|examples?|quelques exemples|some examples)\b/;
/** Retention periods: a sentence about keeping or deleting data, with a duration or an end. */
function retentionsOf(ss: Sentence[]): Retention[] {
  const out: Retention[] = [];
  for (const [i, s] of ss.entries()) {
    // (Periods under a heading that calls them examples, « Exemples de durées de conservation dans les EPLE », are a guide's, not the text's own.)
    if (EXAMPLES_HEADING.test(s.section)) continue;
    const inSection = /conservation|combien de temps|retention|how long|\bduree\b[^/]{0,40}\bconserv|\bconserv[^/]{0,40}\bduree\b/.test(s.section);
    // (A template's blank gives no period: « Elles sont conservées [indiquer la durée maximale : par exemple 1 an…] ».)
    if ((!anyMatch(RET.kept, s.folded) && !inSection) || recites(s) || s.blank === true || anyMatch(RET.notData, s.folded) || PLACEHOLDER.test(s.raw)) continue;
    // (A period of hours is a period too: « conservées vingt-quatre heures », "deleted after 48 hours".)
    const months = durationMonths(s.folded) ?? hoursMonths(s.folded);
    // "As long as necessary" is no end: only an end said beside it counts.
    const until = anyMatch(RET.until, withoutVague(s.folded));
    // (Nor is an end whose sequel, in the next sentence, is vague: "We will keep a copy of your message until we have addressed your
    // concerns. We may then archive your message for a certain period of time or discard it.")
    if (months === null && (!until || anyMatch(RET.thenVague, s.folded) || vagueSequel(s, ss[i + 1]))) continue;
    out.push({
      // A row of a cookie table ("Cookie name | Purpose | How long it is kept") gives a cookie's lifetime, not a data retention.
      category: s.row === true && /\b(cookies?|traceurs?|trackers?)\b/.test(s.section) ? 'cookies' : clauseCategory(s),
      months,
      afterLeaving: months !== null && /(apres|suivant|a compter (de|du)) (le |la |l'|leur |son )?(depart|sortie|fin de (la |l')?(scolarite|inscription)|cloture|fermeture|desactivation)|after (leaving|the (pupil|student|user) leaves|the account is closed)/.test(s.folded),
      excerpt: excerpt(s.raw),
    });
    if (out.length >= 30) break;
  }
  return out;
}

function detectLanguage(text: string): NoticeAnalysis['language'] {
  const folded = fold(text.slice(0, 20_000));
  const score = (res: RegExp[]) => res.reduce((n, r) => n + (folded.match(new RegExp(r.source, 'g'))?.length ?? 0), 0);
  const fr = score(LANG.fr);
  const en = score(LANG.en);
  if (folded.split(/\s+/).filter(Boolean).length < 20) return null;
  // Another language only where its own common words outnumber French and English ones (a table of names has neither).
  const other = Math.max(...LANG.other.map(score));
  if (other >= 5 && other > fr + en) return 'other';
  return fr + en < 5 ? null : fr >= en ? 'fr' : 'en';
}

/**
 * Validates an analysis that crosses a boundary (the command line hands the
 * worker the analysis of a PDF it read): known keys only, bounded strings.
 */
export function parseNoticeAnalysis(raw: unknown): NoticeAnalysis | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const statusIn = obj(r.status);
  const status = Object.fromEntries(NOTICE_ITEMS.map((i) => [i, statusIn[i] === 'present' || statusIn[i] === 'unclear' ? statusIn[i] : 'absent'])) as Record<NoticeItem, ItemStatus>;
  const excerptsIn = obj(r.excerpts);
  const excerpts: Partial<Record<NoticeItem, string>> = {};
  for (const i of NOTICE_ITEMS) if (typeof excerptsIn[i] === 'string') excerpts[i] = excerpt(excerptsIn[i] as string);
  const strings = (v: unknown, max: number) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, max).map((x) => x.slice(0, 80)) : []);
  const cats: RetentionCategory[] = ['logs', 'audience', 'account', 'cookies', 'other'];
  const retentions = (Array.isArray(r.retentions) ? r.retentions : []).slice(0, 30).flatMap((x: unknown) => {
    const o = obj(x);
    if (!cats.includes(o.category as RetentionCategory)) return [];
    const months = typeof o.months === 'number' && Number.isFinite(o.months) && o.months >= 0 && o.months < 1200 ? o.months : null;
    return [{ category: o.category as RetentionCategory, months, afterLeaving: o.afterLeaving === true, excerpt: typeof o.excerpt === 'string' ? excerpt(o.excerpt) : '' }];
  });
  const claims = obj(r.cookieClaims);
  const aud = r.declaredAudienceRetentionMonths;
  return {
    language: r.language === 'fr' || r.language === 'en' || r.language === 'other' ? r.language : null,
    items: Object.fromEntries(NOTICE_ITEMS.map((i) => [i, status[i] === 'present'])) as Record<NoticeItem, boolean>,
    status,
    excerpts,
    rights: RIGHTS.filter((x) => strings(r.rights, 10).includes(x)),
    cookieTools: strings(r.cookieTools, 30),
    vendorsNamed: strings(r.vendorsNamed, 60),
    cookieClaims: { onlyNecessary: claims.onlyNecessary === true, howToRefuse: claims.howToRefuse === true },
    retentions,
    declaredAudienceRetentionMonths: typeof aud === 'number' && Number.isFinite(aud) && aud >= 0 && aud < 1200 ? aud : null,
    cookieLifetimes: (Array.isArray(r.cookieLifetimes) ? r.cookieLifetimes : []).slice(0, PARSE_LIMITS.declaredTools).flatMap((x: unknown) => {
      const o = obj(x);
      if (typeof o.name !== 'string' || !NAME_CELL.test(o.name) || typeof o.maxDays !== 'number' || !Number.isFinite(o.maxDays) || o.maxDays < 0 || o.maxDays > 100_000) return [];
      return [{ name: o.name, maxDays: Math.ceil(o.maxDays), excerpt: typeof o.excerpt === 'string' ? excerpt(o.excerpt) : '' }];
    }),
    explainsRules: r.explainsRules === true,
    length: typeof r.length === 'number' && Number.isFinite(r.length) ? Math.max(0, Math.min(r.length, MAX_NOTICE_CHARS)) : 0,
  };
}

export function analyseNotice(input: string): NoticeAnalysis {
  // A text published with its accents broken ("collĂ¨ge") is read as it was written.
  const text = repairMojibake(input.slice(0, MAX_NOTICE_CHARS)).replace(MODEL_INSTRUCTION, ' ');
  const language = detectLanguage(text);
  const status = Object.fromEntries(NOTICE_ITEMS.map((i) => [i, 'absent'])) as Record<NoticeItem, ItemStatus>;
  const excerpts: Partial<Record<NoticeItem, string>> = {};
  const empty = { language, items: Object.fromEntries(NOTICE_ITEMS.map((i) => [i, false])) as Record<NoticeItem, boolean>, status, excerpts, rights: [], cookieTools: [], vendorsNamed: [], cookieClaims: { onlyNecessary: false, howToRefuse: false }, retentions: [], declaredAudienceRetentionMonths: null, cookieLifetimes: [], explainsRules: false, length: text.length };
  // A notice in another language is said to be one, not read as if it said nothing.
  if (language === 'other') return { ...empty, status: Object.fromEntries(NOTICE_ITEMS.map((i) => [i, 'unclear'])) as Record<NoticeItem, ItemStatus> };

  const all = sentencesOf(text);
  // A table of contents announces sections and says nothing yet: the notice is read without it (its first sentences are the
  // body's), and what it announces leaves an item to be checked at most.
  const ss = all.filter((x) => x.toc !== true);
  const rights = new Set<Right>();
  // The sentences that name a right.
  const rightsTold = new Set<Sentence>();
  const position = new Map(ss.map((x, k) => [x, k]));
  // The body the notice's title names, if it names one ("Privacy Notice for Harbourside Nursery Group").
  const titleName = ss[0] !== undefined ? titledBody(ss[0].raw) : undefined;
  const found = (item: NoticeItem, s: Sentence) => {
    // A template's blank ("[COMPANY NAME]", "XXX") or a field left empty ("Responsable des traitements :") says nothing yet: the item stays to be checked.
    // (So is a controller whose name is mangled beyond repair: "ÂÃ¶Ê¹ÊÓ is the data controller" names no body a reader can identify.)
    // (So is a lead-in whose answer, on the line below, is a blank: "Le responsable du traitement est :" / "{{raison_sociale}}".)
    const answer = /:\s*$/.test(s.raw) ? ss[(position.get(s) ?? -2) + 1] : undefined;
    // (A site generator's variable for a name or an address, "traitées par {{ site.brand }} dans le seul but de gérer les demandes",
    // leaves only who and where to be checked: the purpose or the rights the sentence tells are told.)
    const blank = PLACEHOLDER.test(s.raw) && (IDENTITY_ITEMS.has(item) || PLACEHOLDER.test(s.raw.replace(IDENTITY_VARIABLE, 'X')));
    if (blank || s.blank === true || (item === 'controller' && MANGLED.test(s.raw)) || (answer !== undefined && PLACEHOLDER.test(answer.raw))) {
      if (status[item] === 'absent') status[item] = 'unclear';
      return;
    }
    status[item] = 'present';
    excerpts[item] ??= excerpt(s.raw);
  };
  // A section whose text denies an item ("ScolApp n'a pas désigné de délégué…") lends it no support.
  const denied = new Map<NoticeItem, Set<string>>();
  // Items found only because their section announced them ("Qui sommes-nous ?" / "Corrigeo est une plateforme…"): a later
  // sentence that says the item itself ("Votre lycée est le responsable du traitement") is the better evidence.
  const bySectionOnly = new Map<NoticeItem, Sentence>();
  // A line repeated word for word, in the same place of the structure (a menu, "Lire la suite", a table's repeated row), says
  // nothing its first reading did not: it is read once.
  const readBefore = new Set<string>();
  // (At most so many sentences are read again without their inner dots: on a hostile page of domains, the work stays bounded.)
  let dottedLeft = PARSE_LIMITS.dottedSentences;
  for (const [i, s] of ss.entries()) {
    const key = [s.raw, s.section, s.listItem, s.withLead, s.row, s.blank, ss[i + 1]?.section].join('\u0001');
    if (readBefore.has(key)) continue;
    readBefore.add(key);
    const recital = recites(s);
    // A question ("Who is the controller?") asks for an item; its answer, below it, says it.
    const question = /\?\s*$/.test(s.raw);
    // A line of a table of contents ("· Who we share information with") announces a section; it says nothing yet.
    // (A heading over its own section is no such line, unless nothing follows it before the next heading.)
    const contents = (isContentsLine(s.folded) && (s.section !== s.folded || ss[i + 1]?.section !== s.section));
    // (A bare heading is no sentence under it: a page titled "Cookies" or "Privacy and cookies" says nothing of them yet.)
    // (Nor is a policy's title: "Privacy and Cookie Policy", « Politique de confidentialité et cookies ».)
    // Worked out once per sentence, when an item that reads sections first asks.
    let bareHeading: boolean | undefined;
    const isBareHeading = (): boolean => {
      if (bareHeading === undefined) {
        const words = s.folded.split(/\s+/).filter((w) => /[a-z0-9]/.test(w)).length;
        bareHeading = (s.section === s.folded || s.section.endsWith(` / ${s.folded}`) || unnumberedHeading(lastHeading(s.section)) === unnumberedHeading(s.folded)) && (words <= 3 || (words <= 6 && /\b(policy|politique|notice|statement|charte)\b/.test(s.folded)));
      }
      return bareHeading;
    };
    // An answer that leaves out its subject and verb ("How do we use what we collect? Mainly to process payments…") is read with its question.
    const asked = ss[i - 1];
    const answered = asked !== undefined && asked.section === s.section && /\?\s*$/.test(asked.raw) && ELLIPTICAL_ANSWER.test(s.folded) ? `${asked.folded} ${s.folded}` : undefined;
    // A sentence that opens on "they" is read with the subject of the sentence before it in its section ("These ad servers send the ads to your browser. They automatically receive your IP address…").
    const antecedent = asked !== undefined && asked.section === s.section && !/\?\s*$/.test(asked.raw) && PRONOUN_SUBJECT.test(s.folded) ? PLURAL_SUBJECT.exec(asked.folded)?.[1] : undefined;
    const resumed = antecedent === undefined ? undefined : s.folded.replace(PRONOUN_SUBJECT, `${antecedent} `);
    // The vocabulary reads a clause as running to the next full stop: a dot inside a domain or an address
    // ("…links that appear on revisionhall.example … receive your IP address") or after a company's form or an
    // abbreviation ("Lingua Study Ltd. processes…", "e.g. your name") ends none, so the sentence is read again without them.
    const undotted = dottedLeft > 0 ? s.folded.replace(INNER_DOTS, '') : s.folded;
    const dotless = undotted !== s.folded ? (dottedLeft--, undotted) : undefined;
    for (const item of NOTICE_ITEMS) {
      if (recital || contents || (status[item] === 'present' && !bySectionOnly.has(item)) || item === 'rights' || item === 'retention') continue;
      const d = ITEMS[item];
      if (anyMatch(d.not, s.folded) || (s.withLead !== undefined && anyMatch(d.not, s.withLead))) {
        if (!denied.has(item)) denied.set(item, new Set());
        denied.get(item)!.add(s.section);
        // (Consent "by using the site" states no basis, but leaves it to check: the vocabulary says which items.)
        if (d.mentionWhenVetoed && status[item] === 'absent' && anyMatch(d.mention, s.folded)) status[item] = 'unclear';
        continue;
      }
      // (An item's heading alone, "Automated decision-making and profiling", names the topic: what stands under it says the item.)
      const topicHeading = d.headingNamesTopic && unnumberedHeading(lastHeading(s.section)) === unnumberedHeading(s.folded) && s.folded.split(/\s+/).length <= 6 && !/[@\d]/.test(unnumberedHeading(s.folded)) && anyMatch(d.section, s.folded);
      const bySection = d.section.length > 0 && !topicHeading && !isBareHeading() && !denied.get(item)?.has(s.section) && anyMatch(d.section, s.section) && (anyMatch(d.inSection, s.folded) || (d.listInSection && (s.listItem === true || s.row === true)));
      const saysAlone = !question && !topicHeading && (anyMatch(d.sentence, s.folded) || (answered !== undefined && anyMatch(d.sentence, answered)) || (dotless !== undefined && anyMatch(d.sentence, dotless) && !anyMatch(d.not, dotless)));
      // (Read with its antecedent, the sentence is shown after the one that names it.)
      const saysResumed = !saysAlone && !question && !topicHeading && resumed !== undefined && anyMatch(d.sentence, resumed) && !anyMatch(d.not, resumed);
      const says = saysAlone || saysResumed;
      if (status[item] === 'present') {
        // Unless the section's sentence named a body of a kind ("Ashgrove Preparatory School is a registered charity"), which a
        // later "The School is a data controller" only confirms.
        const named = bySectionOnly.get(item);
        if (says && !PLACEHOLDER.test(s.raw) && s.blank !== true && named !== undefined) {
          const subject = /^(.{0,80}?)\s(?:est|sont|is|are)\s/.exec(named.folded)?.[1] ?? '';
          if (!ENTITY_KIND.test(subject)) excerpts[item] = excerpt(saysResumed ? `${asked!.raw} ${s.raw}` : s.raw);
          bySectionOnly.delete(item);
        }
        continue;
      }
      if (says || bySection) {
        // (A short answer under its heading, "Profiling and automated decision making" / "Not applicable.", is shown with it.)
        const heading = ss[i - 1];
        // (Not a lead-in, "Contact :", whose answer on the next line found() reads: it keeps its own place.)
        const short = !says && heading !== undefined && heading.section === s.section && lastHeading(s.section) === heading.folded && anyMatch(d.section, heading.folded) && s.folded.split(/\s+/).length <= 4 && !/:\s*$/.test(s.raw);
        found(item, short ? { ...s, raw: `${heading.raw}${/[:?]$/.test(heading.raw) ? '' : ' :'} ${s.raw}` } : saysResumed ? { ...s, raw: `${asked!.raw} ${s.raw}` } : s);
        // (found() may have left it unclear: a template's blank.)
        if (!says && (status[item] as ItemStatus) === 'present') bySectionOnly.set(item, s);
      }
      else if (status[item] === 'absent' && anyMatch(d.mention, s.folded)) status[item] = 'unclear';
    }
    const rightsSection = /\bdroits?\b|\brights?\b/.test(s.section);
    if (!recital && !contents && s.blank !== true && (anyMatch(RIGHT_CONTEXT, s.folded) || rightsSection) && !anyMatch(RIGHT_NOT, s.folded) && !(s.withLead !== undefined && anyMatch(RIGHT_NOT, s.withLead)) && !anyMatch(RIGHT_NOT_APPLICABLE, s.folded)) {
      for (const [right, res] of RIGHT_NAMES) {
        if (anyMatch(res, s.folded)) {
          if (!rights.size) excerpts.rights = excerpt(s.raw);
          rights.add(right);
          rightsTold.add(s);
        }
      }
    }
  }
  // "…the lawful basis we rely on to process this information is:" / "Your consent. You can withdraw it…": the basis is the
  // next line's (the regulator's template for small organisations puts it there, without a bullet).
  if (status.legalBasis !== 'present') {
    const k = ss.findIndex((x, j) => BASIS_LEAD.test(x.folded) && ss[j + 1] !== undefined && BASIS_NAMED.test(ss[j + 1]!.folded) && !recites(x));
    if (k >= 0) found('legalBasis', withNextLine(ss[k]!, ss[k + 1]!));
  }
  // Whether the notice says that "nous" process the data ("nous traitons vos données"): then the body it speaks for is the controller.
  const weProcess = ss.some((x) => ENTITY.weProcess.test(x.folded));
  // A brand of one word that speaks as "we" ("At Chatterbee, we take your privacy very seriously"), with neither a kind of body nor a
  // legal form, in a notice that names no company with its legal form and gives no postal address: a brand alone names no one.
  // (A brand with a company or an address behind it, "…Meridian Education, Inc. and its affiliates ("Meridian")", does.)
  // (Whether a company or an address stands anywhere in the notice is worked out once, when a one-word brand first asks.)
  let bodyBehind: boolean | undefined;
  const brandAlone = (name: string | undefined): boolean =>
    name !== undefined && !/\s/.test(name.trim()) && !COMPANY_OR_KIND.test(name) && !KIND_NAMED.test(fold(name)) &&
    !(bodyBehind ??= ss.some((z) => LEGAL_FORM.test(z.raw) || COMPANY_NAMED.test(z.raw) || ENTITY.address.test(z.folded)));
  // The body the notice presents as its author in its first sentences is the "nous" that processes the data.
  if (status.controller !== 'present' && weProcess) {
    const runner = ss.slice(0, 8).find((x) => ENTITY.runsSite.test(x.folded) && !ENTITY.notProcessor.test(x.folded) && !brandAlone(AT_BODY_WE.exec(x.raw)?.[1]));
    // "L'éditeur du site est :" / "PAP – Prépa Arts Provence…": the name is on the next line, and the evidence shows both.
    const next = runner && /:\s*$/.test(runner.raw) ? ss[ss.indexOf(runner) + 1] : undefined;
    if (runner) found('controller', next ? withNextLine(runner, next) : runner);
  }
  // "Our contact details" followed by "Name: Little Otters clubs": the body that wrote the notice names itself.
  if (status.controller !== 'present') {
    // (Or the registered name the regulator's generator puts at the top: "Registered name: R A WILLOWS".)
    const card = ss.slice(0, 12).find((x) => ((ENTITY.contactCard.test(x.section) && ENTITY.nameField.test(x.folded)) || REGISTERED_NAME.test(x.folded)) && !PLACEHOLDER.test(x.raw));
    if (card) found('controller', card);
  }
  // The first sentence under an "Owner and Data Controller" heading (the generators' "Propriétaire et Responsable du
  // traitement") that opens on a name and gives how to reach it names the controller: "Mathis, chef de projet, joignable à contact@…".
  if (status.controller !== 'present') {
    const answer = ss.find((x, k) => {
      const heading = ss[k - 1];
      if (heading === undefined || heading.section !== x.section || !x.section.endsWith(heading.folded.replace(/^#+\s*/, '')) || !anyMatch(ITEMS.controller.section, x.section)) return false;
      const mails = [...x.folded.matchAll(EMAILS)];
      const reach = ENTITY.address.test(x.folded) || (mails.length > 0 && !mails.every((m) => DPO_MAILBOX.test(m[1]!)));
      return reach && OPENS_ON_NAME.test(x.raw) && !PLACEHOLDER.test(x.raw) && !recites(x) && !ENTITY.notProcessor.test(x.folded);
    });
    if (answer) found('controller', answer);
  }
  // A name opening one of the first sentences with "nous" in it: "Trois Générations reconnaît que les informations que vous nous confiez…";
  // or a body named with its kind that commits to protecting privacy ("The Holy Rosary College of Pampanga is committed to protecting…"),
  // which needs no « nous » where it says the data are its own ("…is committed to protecting the data it collects").
  // Or a company that opens the notice on its name and legal form ("Fenland School Uniforms Limited, part of the Marsh Group, decorates…").
  // The acronyms the notice's first sentences define for a named body, with the name each stands for ("Holy Rosary College (HRC)"):
  // read once, when a reading below first asks.
  let definedAcronyms: Map<string, string> | undefined;
  const acronyms = (): Map<string, string> =>
    (definedAcronyms ??= new Map(ss.slice(0, 10).flatMap((x) => [...x.raw.matchAll(ACRONYM_FORM)].filter((m) => namesBody(m[1]!)).map((m): [string, string] => [m[2]!, m[1]!]))));
  if (status.controller !== 'present') {
    const named = ss.slice(0, 20).find((x, k) => {
      if (k < 8 && weProcess && NAMED_SUBJECT.test(x.raw)) return true;
      if (k < 6 && weProcess && LEGAL_FORM_OPENER.test(x.raw)) return true;
      // Or the company that develops the app the notice is about ("…an app developed by Appgrove Ltd", "Developer: RouteKid Mobility Technologies").
      if (k < 6 && weProcess && (DEVELOPED_BY.test(x.raw) || DEVELOPER_LINE.test(x.raw))) return true;
      const m = BODY_COMMITS.exec(x.raw);
      // (A site named as its domain, "KidsCorner.com is deeply committed to protecting…", speaks for the body behind it; an acronym
      // for a body of a kind, "Willow Valley Community College (WVCC)" / "WVCC is committed to protecting…", for that body.)
      return m !== null && (KIND_NAMED.test(fold(acronyms().get(m[1]!) ?? m[1]!)) || (DOMAIN_NAME.test(m[1]!) && k < 8 && weProcess)) && namesBody(m[1]!) && ((k < 8 && weProcess) || ITS_OWN_DATA.test(x.folded));
    });
    if (named) found('controller', named);
  }
  // Or a body the notice calls by its kind alone, as a defined term ("The University is committed to collecting and processing
  // your personal data", "The Council uses these data…"), where the notice names a body of that kind in full elsewhere
  // ("Trentside City Council", "University of Marlowe"): that body handles the data.
  if (status.controller !== 'present') {
    // (The kind is read once, with the sentence that gives it.)
    let kind: string | undefined;
    const byKind = ss.find((x) => (kind = DEFINED_KIND_ACTS.exec(x.raw)?.[1]) !== undefined && !recites(x) && x.blank !== true);
    if (byKind && kind !== undefined && new RegExp(String.raw`(?<![\p{L}'’-])(?!(?:The|This|Our|Your|Their|That|La|Le|Les|Cette|Notre|Votre)\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3} ${kind}\b|\b${kind} (?:of|de|du|des)(?: the| la| l['’])? ?\p{Lu}`, 'u').test(text)) found('controller', byKind);
  }
  // Or a site named by its address that the notice's first sentences make its author ("Readwell.org is a nonprofit website that…",
  // "Playgames.com has written this statement…", "At Funlearn.com, we…", "…matters greatly to lunchbox.com"), in a notice that
  // says "we" collect: a body named as its domain, as a company named as its domain is.
  if (status.controller !== 'present') {
    const site = ss.slice(0, 12).find((x, k) => !recites(x) && !x.blank && ((k < 4 && weProcess && SITE_AS_AUTHOR.test(x.raw)) || SITE_ACTS.test(x.raw)));
    if (site) found('controller', site);
  }
  // Or the body a page's title names, in a part of its own ("University of Marlowe :: Website privacy and cookies policy",
  // "Privacy policy | Riverside Academy"), in a notice that speaks as "we" and names no other controller.
  if (status.controller !== 'present' && weProcess) {
    const title = ss.slice(0, 2).find((x) => {
      const parts = x.raw.split(TITLE_PARTS).map((part) => part.trim());
      return x.raw.split(/\s+/).length <= 14 && parts.length > 1 && parts.some((part) => TITLE_BODY_PART.test(part) && namesBody(part));
    });
    if (title) found('controller', title);
  }
  // Or, anywhere in a notice that speaks as "we" (or in the sentence that says it collects), the company it calls the operator of its site or service.
  if (status.controller !== 'present') {
    const collects = (x: Sentence) => weProcess || /\b(collect|collects|use|uses|process|processes|hold|holds|gather|gathers)\b/.test(x.folded);
    const operator = ss.find((x) => !recites(x) && !x.blank && OPERATOR_OF.test(x.raw) && collects(x) && !ENTITY.notProcessor.test(x.folded));
    if (operator) found('controller', operator);
  }
  // The controller's address, where the block that names it gives it on the next lines.
  let cardAddress: Sentence | undefined;
  // A named body that says, in the notice's first sentences, that it collects or uses the data, or that "nous" speaks for it.
  if (status.controller !== 'present') {
    // The short forms the notice gives a named body ("du cégep de Val-des-Pins (le « Cégep »)"): "le Cégep recueille…" names it further on.
    const shortForms = new Set(ss.slice(0, 10).flatMap((x) => [...x.raw.matchAll(SHORT_FORM)].map((m) => m[1]!)));
    // A body named by its own name and its kind ("Parkwood College", "Redeemer Valley Christian School"): "the College collects…" names it further on.
    // An acronym the notice defines for a named body ("SAN ISIDRO LABRADOR SCHOOL (SILS)"): "SILS collects…" names it further on.
    for (const a of acronyms().keys()) shortForms.add(a);
    // The short name a company with its legal form, or a body of a kind, is given in quotes ("Questory Studios Inc. ("Questory")"): "Questory collects…" names it further on.
    for (const x of ss.slice(0, 10)) for (const m of x.raw.matchAll(QUOTED_SHORT_FORM)) if (namesBody(m[1]!) && (LEGAL_FORM.test(m[1]!) || KIND_NAMED.test(fold(m[1]!)))) shortForms.add(m[2]!);
    for (const x of ss.slice(0, 10)) for (const a of initialsAcronyms(x.raw)) shortForms.add(a);
    for (const x of ss.slice(0, 10)) {
      const m = FOUNDED.exec(x.raw);
      if (m && namesBody(m[1]!)) shortForms.add(m[1]!);
    }
    for (const x of ss.slice(0, 10))
      for (const m of x.raw.matchAll(BODY_NAMES)) {
        const kind = KIND_OF_BODY.exec(m[1]!)?.[1];
        if (kind && namesBody(m[1]!.slice(0, -kind.length))) shortForms.add(kind);
      }
    // The body a notice's title names ("StudyLinks UK – Host family application: terms and conditions"): "StudyLinks needs to collect…" names it further on.
    const title = ss[0] !== undefined && !/[.!?;]$/.test(ss[0].raw) ? [...ss[0].raw.matchAll(BODY_NAMES)].map((m) => fold(m[1]!)).filter(namesBody) : [];
    // So does the name on the postal line of the notice's own "contact us" ("- by post: Clyde Schoolwear Company, 14 Gallowgate Street…").
    for (const x of ss.slice(0, 15)) {
      const post = POSTAL_LINE.exec(x.raw);
      if (post && ENTITY.address.test(x.folded) && namesBody(post[1]!)) title.push(fold(post[1]!));
    }
    const inTitle = (name: string) => title.some((t) => t === fold(name) || t.startsWith(`${fold(name)} `));
    // (A notice that opens "Chez Sept Cinq, nous respectons votre vie privée" and says how its app collects the data speaks for the body behind the app.)
    const productCollects = ss.slice(0, 10).some((x) => PRODUCT_COLLECTS.test(x.folded));
    const named = ss.slice(0, 40).find((x, k) => {
      if (recites(x) || x.blank || x.row || ENTITY.notProcessor.test(x.folded) || anyMatch(ITEMS.recipients.section, x.section) || anyMatch(ITEMS.controller.not, x.folded)) return false;
      const atWe = AT_BODY_WE.exec(x.raw);
      const at = atWe ?? ofCompanyOrKind(WE_AT_BODY.exec(x.raw)) ?? AT_BODY_WE_LATER.exec(x.raw) ?? POLICY_OF.exec(x.raw) ?? ofCompanyOrKind(WE_AT_LATER.exec(x.raw));
      // (A body named with its kind, "At Lydgate Grange Primary School, we use monitoring software…", speaks as "we" without saying "your data";
      // a brand alone, "At Chatterbee, we…", names no one.)
      if (at && namesBody(at[1]!) && !brandAlone(atWe?.[1]) && (weProcess || KIND_NAMED.test(fold(at[1]!)) || productCollects)) return true;
      const m = NAMED_COLLECTOR.exec(x.raw);
      // (A sentence that opens on the data the body collects, "The data the Institut de Langue Française de Lyon collects are needed to",
      // writes the body's name after them: the name is what follows "The data the".)
      const dataFirst = m === null ? null : DATA_FIRST.exec(m[1]!);
      const bodyName = m === null ? '' : dataFirst !== null ? m[1]!.slice(dataFirst[0].length) : m[1]!;
      if (m === null || !((k < 10 && namesBody(bodyName)) || (k > 0 && inTitle(bodyName.replace(/^(?:The|Le|La|Les|L['’])\s*/u, '')) && namesBody(bodyName)) || (k < 25 && shortForms.has(bodyName.replace(/^(?:The|Le|La|Les|L['’])\s*/u, ''))))) return false;
      // (A body that "shares" the information is read as its controller only when named with its legal form: "ClassNest shares information with
      // partners" is an app's name.)
      if (/\bshares$/.test(m[0]) && !LEGAL_FORM_AFTER.test(m[0])) return false;
      const end = m.index + m[0].length;
      const rest = fold(x.raw.slice(end));
      // (A body that says it collects nothing, "Scale Coach collects, stores and sends no personal data", names no controller;
      // "…collects no personally identifiable information from anyone without their request" does collect, on request.)
      if (NO_DATA_COLLECTED.test(rest) && !/\b(without|unless|except|other than|than|beyond|sans|sauf|hormis|autres? que|en dehors)\b/.test(rest)) return false;
      // (A body that photographs or films people takes their image: « Le Football Club de … photographie et filme ses adhérents ».)
      return COLLECTED_DATA.test(rest) || PHOTOGRAPHS.test(m[0]) || dataFirst !== null || DATA_THAT.test(fold(x.raw.slice(0, m.index + 1)));
    });
    if (named) found('controller', named);
  }
  // A name that opens the notice committing to privacy ("Little Scholar Toys is committed to protecting your privacy") and that the
  // notice writes again with a legal form or a postal address ("Little Scholar Toys, 1180 Oxford Street…", "Shared Aim Systems, Inc.,
  // PO Box…") is a business that reads as the controller: a brand alone, with no company or address behind it, is not.
  if (status.controller !== 'present') {
    // (The opening: the first lines, and the first sentences after a list of the notice's sections.)
    const opening = [...new Set([...ss.slice(0, 8), ...ss.filter((x) => /[.!?]$/.test(x.raw)).slice(0, 4)])];
    for (const x of opening) {
      const m = BODY_COMMITS.exec(x.raw) ?? COMMITS_TO_PRIVACY.exec(x.raw);
      const name = m?.[1]?.trim();
      if (!name || !namesBody(name) || PLACEHOLDER.test(x.raw)) continue;
      // (An acronym the notice's title spells out, "Britannic Broadcasting Service – Privacy Policy" / "The BBS is committed to
      // protecting…", names the body the title names.)
      const acronym = name.replace(/^The\s+/, '');
      const titleHead = ss[0] !== undefined && !/[.!?;]$/.test(ss[0].raw) ? ss[0].raw.split(/\s*[–—|:]\s*|\s+-\s+/)[0]! : undefined;
      if (/^\p{Lu}{2,6}$/u.test(acronym) && titleHead !== undefined && initialsOf(titleHead) === acronym) {
        found('controller', x);
        break;
      }
      const again = writtenAgain(name);
      const y = ss.find((z) => z !== x && again.test(z.raw));
      if (y) {
        found('controller', x);
        // Its address, where the notice writes it with the name, is its contact.
        if (ENTITY.address.test(y.folded) && !anyMatch(ITEMS.dpo.sentence, y.folded)) cardAddress ??= y;
        break;
      }
    }
  }
  // A policy titled with a body's name ("Hollins Dyslexia Assessing and Tutoring privacy policy") whose author speaks as "we" or "I"
  // and gives its own contact card ("My contact details", a telephone and an e-mail) names that body.
  if (status.controller !== 'present' && weProcess && ss[0] !== undefined) {
    const m = NAMED_POLICY_TITLE.exec(ss[0].raw);
    const card = ss.slice(1, 6).some((x) => ENTITY.contactCard.test(x.folded));
    if (m && namesBody(m[1]!) && card) found('controller', ss[0]);
  }
  // A notice titled for a body names that body where the name is a site's address, carries a legal form, or comes again with
  // one or over an address ("Acme Tutors – Privacy Policy" / "Mail: Acme Tutors, 12 Mill Lane"); or, in a notice written as
  // "we", where the name says what kind of body it is ("Privacy Notice for Harbourside Nursery Group", "Maple Lane Primary
  // School privacy notice"). A product's name alone ("HousePoints Privacy Policy") is not a body.
  if (status.controller !== 'present' && titleName !== undefined && namesBody(titleName) && !PLACEHOLDER.test(titleName)) {
    const again = writtenAgain(titleName);
    const identified = LEGAL_FORM.test(titleName) || SITE_ADDRESS.test(titleName) || ss.some((x) => x !== ss[0] && again.test(x.raw));
    if (identified || (weProcess && BODY_KIND.test(fold(titleName)) && CAPITALISED_NAME.test(titleName))) found('controller', ss[0]!);
  }
  // A notice written as "we" that closes on its own contact card: under a contact heading, a company's name with its legal form
  // on a line of its own ("StarChart Labs, Inc."), a postal address on the lines below, and the name's first word the one the
  // notice calls itself by elsewhere ("StarChart is hosted in the United States"). A processor's notice gives its own card.
  if (status.controller !== 'present' && weProcess && !ss.some((x) => ENTITY.authorProcessor.test(x.folded))) {
    const k = ss.findIndex((x, j) => CONTACT_HEADING.test(unnumbered(lastHeading(x.section))) && CARD_COMPANY.test(x.raw) && ss.slice(j + 1, j + 4).some(addressLine));
    const first = k < 0 ? undefined : fold(CARD_COMPANY.exec(ss[k]!.raw)![1]!);
    const calledSo = first !== undefined && first.length >= 4 ? new RegExp(`\\b${escapeRegExp(first)}\\b`) : undefined;
    if (calledSo !== undefined && ss.some((y) => y.section !== ss[k]!.section && calledSo.test(y.folded))) {
      const card = ss[k]!;
      found('controller', card);
      cardAddress ??= withNextLine(card, ss.slice(k + 1, k + 4).find(addressLine)!);
    }
  }
  // "The data are collected by:" and, on the next line, the body's name ("Stiftelsen Lycée Français de Malmö").
  // (Also where only a heading's question said the controller so far: "Who will process my personal data?" / "The controller of your personal data is:" / the name.)
  // (Or a lead whose answer stands on the next line: « Le responsable du traitement des données est : » / « Ville de … ».)
  const askedOnly = bySectionOnly.has('controller') || /[?:]$/.test(excerpts.controller ?? '');
  if (status.controller !== 'present' || askedOnly) {
    const k = ss.findIndex((x) => (COLLECTED_BY.test(x.folded) || CONTROLLER_IS.test(x.folded)) && !recites(x));
    const next = k >= 0 ? ss[k + 1] : undefined;
    // (The first of a numbered list of joint controllers: "1. Vistula British School sp. z o.o.")
    const name = next ? unnumbered(next.raw) : '';
    // (Not the heading of another item, which leaves the field empty: « Le responsable du traitement … est : » / « Finalités ».)
    if (next && OPENS_ON_NAME.test(name) && (!/[.!?]$/.test(name) || LEGAL_FORM.test(name)) && name.length <= 80 && !PLACEHOLDER.test(name) && namesBody(name) && !(next.section === next.folded && headsItem(name) && !anyMatch(ITEMS.controller.section, next.folded))) {
      // (A list item read with its lead carries the lead already.)
      if (askedOnly) {
        bySectionOnly.delete('controller');
        delete excerpts.controller;
      }
      found('controller', next.folded.startsWith(ss[k]!.folded.replace(/\s*:$/, '')) ? { ...next, blank: false } : withNextLine(ss[k]!, next));
      // Its address on the lines below the name (an organisation number may come between) is its contact.
      cardAddress = ss.slice(k + 2, k + 4).find((x) => ENTITY.address.test(x.folded));
    }
  }
  // A notice written as "we" that gives, to write to about the data, a company with its legal form and its postal address in one
  // sentence ("…or to revoke a permission you gave, write to: LinguaRoute S.L., Carrer de la Diputació 120, 08015 Barcelona"):
  // the "we" that speaks. (Not the DPO's address, an authority's, nor in a processor's notice.)
  if (status.controller !== 'present' && weProcess && !ss.some((x) => ENTITY.authorProcessor.test(x.folded))) {
    // (Nor a company the sentence names as another's: "…handled by our payment provider, write to: Paywise Europe Ltd, …".)
    const x = ss.find((y) => WRITE_TO_COMPANY.test(y.raw) && ENTITY.address.test(y.folded) && /\b(personal (data|information)|your (data|information)|privacy|donnees|vie privee)\b/.test(y.folded) && !THIRD_PARTY_ROLE.test(y.folded) && !ENTITY.notProcessor.test(y.folded) && !anyMatch(ITEMS.dpo.sentence, y.folded) && !aboutAuthority(y));
    if (x) {
      // (Shown from the words that name it: "write to: LinguaRoute S.L., Carrer de la Diputació 120, …".)
      const named = { ...x, raw: x.raw.slice(WRITE_TO_COMPANY.exec(x.raw)!.index) };
      found('controller', named);
      cardAddress ??= named;
    }
  }
  // The author's contact card on the regulator's template: "Contact details" / "Postal Address" / "TutorLane" / "12 Canal Street".
  if (status.controller !== 'present' && weProcess) {
    const k = ss.slice(0, 15).findIndex((x, j) => {
      const inCard = x.section.split(' / ').some((part) => CONTACT_HEADING.test(part) || ENTITY.contactCard.test(part.replace(/^\d+[.)]?\s*/, '')));
      const next = ss[j + 1];
      return inCard && NAME_LINE.test(x.raw) && !CARD_LABEL.test(x.folded) && next !== undefined && next.section === x.section && ENTITY.address.test(next.folded);
    });
    if (k >= 0) {
      found('controller', ss[k]!);
      cardAddress = ss[k + 1];
    }
  }
  // The same card where every line reads as a heading of its own ("Our contact details" / "School Governance Team" /
  // "Department of Education" / "Rathmore House" / … / "BT19 7PR"): the name under the card's heading, then the address
  // within the card's next short lines. (Where a sentence has named the controller already, the card of the same name gives its address.)
  const sameName = (folded: string) => excerpts.controller !== undefined && fold(excerpts.controller).includes(folded);
  if ((status.controller !== 'present' && weProcess) || (status.controller === 'present' && cardAddress === undefined)) {
    const h = ss.slice(0, 15).findIndex((x) => CONTACT_HEADING.test(x.folded) || ENTITY.contactCard.test(x.folded));
    const name = h >= 0 ? ss[h + 1] : undefined;
    // (A numbered card gives its name a number too: "1.0 Council contact details" / "1.1 Nene Valley Council".)
    const nameRaw = name ? unnumbered(name.raw) : '';
    if (name && NAME_LINE.test(nameRaw) && !CARD_LABEL.test(fold(nameRaw)) && !PLACEHOLDER.test(nameRaw) && namesBody(nameRaw) && (status.controller !== 'present' || sameName(fold(nameRaw)))) {
      const address = addressBelow(ss, h + 1, 7);
      if (address) {
        if (status.controller !== 'present') found('controller', name);
        cardAddress = address;
      }
    }
  }
  // An administration's card, on the page where a public body explains an algorithm it uses ("Administration concernée" /
  // "Ministère chargé de l'éducation nationale" / … / "Contact" / "x@…"): the body named under the label, its contact below.
  if (status.controller !== 'present') {
    const h = ss.slice(0, 15).findIndex((x) => ADMINISTRATION_CARD_LINE.test(x.folded));
    const name = h >= 0 ? ss[h + 1] : undefined;
    // (A ministry or an authority is named by what it is in charge of: « Ministère chargé de l'éducation nationale ».)
    const publicBody = (raw: string) => /^(Minist[eè]re|R[ée]gion|D[ée]partement|Commune|Ville|Rectorat|Acad[ée]mie|Caisse|Agence|Direction)\b/u.test(raw);
    if (name && name.raw.length <= 80 && !/[.!?:;]$/.test(name.raw) && !PLACEHOLDER.test(name.raw) && (namesBody(name.raw) || publicBody(name.raw))) {
      found('controller', withNextLine(ss[h]!, name));
      // Its contact: "Contact" over an e-mail, or on the same line, that is no DPO's own mailbox.
      const mail = ss.slice(h + 2, h + 9).find((x, k, below) => /^(contact|e-?mail|courriel)\s*:?\s*[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(x.folded) || (CONTACT_HEADING.test(x.folded) && /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(below[k + 1]?.folded ?? '')));
      const address = mail && CONTACT_HEADING.test(mail.folded) ? ss[ss.indexOf(mail) + 1] : mail;
      if (address && !/(^|\s)(dpo|dpd)[.@-]/.test(address.folded)) cardAddress = cardAddress ?? address;
    }
  }
  // A controller's card: a line that says only "Data Controller" (« Responsable du traitement »), the body's name on the line
  // below and its address on the short lines under the name ("Data Controller" / "Oakfield Photography Limited" / "55 Mill Lane, Radcliffe").
  if (status.controller !== 'present') {
    const h = ss.findIndex((x) => CONTROLLER_CARD_LINE.test(unnumbered(x.folded).replace(/\s*:$/, '')));
    const name = h >= 0 ? ss[h + 1] : undefined;
    if (name && cardName(name.raw) && !CARD_LABEL.test(name.folded) && !PLACEHOLDER.test(name.raw) && namesBody(name.raw)) {
      const address = addressBelow(ss, h + 1, 5);
      if (address) {
        found('controller', withNextLine(ss[h]!, name));
        cardAddress = address;
      }
    }
  }
  // Under a contact heading, anywhere in a notice that speaks as « we », a line that opens on a body's name and gives its address
  // ("Contact" / "Blackpool Bay College, Park Road, Blackpool FY1 4ES."): the author names itself. So does such a line labelled
  // as its office ("Head office: The Summit Youth Award, 14 Abbey Street, Reading RG1 3BA"), wherever it stands.
  if (status.controller !== 'present' && weProcess) {
    const line = ss.find((x) => {
      const raw = x.raw.replace(OFFICE_LABEL, '');
      return (CONTACT_HEADING.test(lastHeading(x.section)) || raw !== x.raw) && ENTITY.address.test(x.folded) && OPENS_ON_NAME.test(raw) && !ENTITY.notProcessor.test(x.folded) && !anyMatch(ITEMS.dpo.sentence, x.folded) && (() => {
        const name = raw.split(',')[0]!;
        return KIND_NAMED.test(fold(name)) && namesBody(name);
      })();
    });
    if (line) {
      found('controller', line);
      cardAddress = cardAddress ?? line;
    }
  }
  // A table whose head names a country column ("Sous-traitant | Pays destinataire | …") and a row that gives one says where the data go.
  if (status.transfers !== 'present') {
    const row = ss.find((x) => x.row === true && COUNTRY_COLUMN.test(lastHeading(x.section)) && COUNTRY.test(x.folded));
    if (row) found('transfers', row);
  }
  // "2. What information we collect, use, and why" / "2.1 For student education and welfare": a sub-heading that says what for.
  if (status.purposes !== 'present') {
    const heading = ss.find((x) => {
      const parts = x.section.split(' / ');
      const last = lastHeading(x.section);
      // A sub-heading, not a line that leads into a list ('For most schools the data subjects include:').
      return parts.length >= 2 && x.folded === last && /^(?:[\d.]+\s*)?(?:for|pour) [a-z]{3,}/.test(last) && !/:\s*$/.test(last) && last.split(/\s+/).length <= 8 && parts.slice(0, -1).some((p) => /\b(why|pourquoi|purposes?|finalites?)\b/.test(p));
    });
    if (heading) found('purposes', heading);
  }
  // A DPO's own mailbox ("dpd@…") given to write to is a way to reach a DPO.
  if (status.dpo !== 'present') {
    const mailbox = ss.find((x) => hasMailbox(x.folded, DPO_MAILBOX));
    if (mailbox) found('dpo', mailbox);
  }
  // A table read cell by cell: a line that names only bases ("Public task / contract") under a legal-basis column or heading.
  if (status.legalBasis !== 'present' && ss.some((x) => x.folded.length <= 40 && anyMatch(ITEMS.legalBasis.section, x.folded))) {
    // Not a heading that only names a basis ("Consent"): a cell says it under a basis column or heading.
    const cell = ss.find((x) => BASIS_CELL.test(x.folded) && x.folded !== lastHeading(x.section));
    if (cell) found('legalBasis', cell);
  }
  // The controller's contact may sit in another sentence: a postal address given for the same body
  // the controller sentences name (its kind, "le collège", or its own name, "LernWerk GmbH").
  if (status.controller === 'present' && status.controllerContact !== 'present') {
    // The sentences that name the controller, and the one its heading's answer gave ("RESPONSABLE DU TRAITEMENT :" / "La Direction Jeunesse de la Ville").
    // (And a body the first sentences name as the "we" that speaks, "At Harbor Literacy Exchange ("HLE") we…", where the notice's title gave the controller as a site.)
    // (And the sentence that names the company owning the brand the controller's evidence names: "StudyPerks is owned by Student Perks Australia Pty Limited".)
    const controllerRun = nameRun(excerpts.controller ?? '');
    const ownerOf = (x: Sentence) => {
      const brand = OWNED_BY.exec(x.raw)?.[1];
      return brand !== undefined && nameRun(brand).length >= 4 && controllerRun.includes(nameRun(brand));
    };
    const named = ss.filter((x, k) => anyMatch(ITEMS.controller.sentence, x.folded) || excerpt(x.raw) === excerpts.controller || (k < 10 && AT_BODY_WE.test(x.raw) && !recites(x)) || ownerOf(x));
    const entities = new Set(named.flatMap((x) => [...x.folded.matchAll(ENTITY.entity)].map((m) => entityKind(m[1]!))));
    const names = new Set(named.flatMap((x) => properNames(x.raw)));
    const placed = new Set(named.flatMap((x) => [...x.folded.matchAll(KIND_OF_PLACE)].map((m) => `${entityKind(m[1]!)} ${m[2]}`)));
    // The names given as controller in a sentence that names no processor ("For teacher accounts, Story Ladder is the data controller").
    // (And the body a sentence names as the one that collects the data: "This notice explains how Prepwise collects, uses…".)
    const collector = NAMED_COLLECTOR.exec(excerpts.controller ?? '')?.[1];
    const collectorRun = collector === undefined ? [] : [fold(collector).replace(/^(?:the|le|la|les|l')\s*/, '').replace(/[^a-z0-9]/g, '')].filter((r) => r.length >= 6);
    const controllerRuns = [...new Set([...named.filter((x) => !ENTITY.notProcessor.test(x.folded) || ENTITY.controllerOrProcessor.test(x.folded)).flatMap((x) => controllerNames(x.raw)), ...collectorRun])];
    // The name the controller's sentence opens on ("Ashgrove Preparatory School is a registered charity"): its first word names the domain of its own mail (bursar@ashgroveprep…).
    const lead = /^(?:The |Le |La |L['’])?([A-Z][\p{L}'’-]{4,})/u.exec(excerpts.controller ?? '')?.[1];
    const presents = /^[^.]{0,80}\b(is|are|est|sont)\b/.test(fold(excerpts.controller ?? ''));
    const leadRun = lead !== undefined && presents && !LEAD_NOT_NAME.test(fold(lead)) ? nameRun(lead) : undefined;
    // A site the controller's sentence names by its domain ("…how Teachmatch.com collects…"): its name on another line is the same body.
    const siteNames = [...new Set(named.flatMap((x) => [...x.raw.matchAll(SITE_NAMES)].map((m) => nameRun(m[1]!))))].filter((n) => n.length >= 5);
    // So is a company the controller's sentence names with its legal form ("…run by Brightmark Teaching Supplies Pty Ltd"), written again without it.
    const companyNames = [...new Set(named.flatMap((x) => [...x.raw.matchAll(/\b(\p{Lu}[\p{L}&'’-]*(?: (?!(?:Pty|Pvt|Private)\b)\p{Lu}[\p{L}&'’-]*){0,4}),? (?:Pty Ltd|Pty Limited|Pvt Ltd|Private Limited|Inc|LLC|Ltd|Limited|plc|PLC|Corporation|GmbH|SAS|SARL)\b/gu)].map((m) => nameRun(m[1]!))))].filter((n) => n.length >= 8);
    // And a body the notice's title names, where the title is the controller's evidence ("The Lecture House – Privacy Policy").
    const titled = ss[0] !== undefined && excerpt(ss[0].raw) === excerpts.controller ? titleName : undefined;
    const titledRun = titled === undefined ? [] : [nameRun(titled)].filter((r) => r.length >= 6);
    // And the short name the controller's sentence gives it in quotes ("ClassroomWorks, a division of Brightbox Networks, Inc. ("ClassroomWorks")").
    const shortNames = [...new Set(named.flatMap((x) => [...x.raw.matchAll(QUOTED_SHORT_FORM)].map((m) => nameRun(m[2]!))))].filter((n) => n.length >= 6);
    // And the full name an acronym in the controller's sentence stands for, where the notice spells it out once ("Limburg Valley
    // University (LVU) cares about your privacy…" / "LVU is the controller of your personal data").
    const spelled = [...new Set(named.flatMap((x) => [...x.raw.matchAll(/\b(\p{Lu}{2,6})\b/gu)].map((m) => acronyms().get(m[1]!))))].flatMap((n) => (n === undefined ? [] : [nameRun(n)])).filter((n) => n.length >= 8);
    // And the name the controller's sentence opens on as its subject ("Second Prairie Bank USA is the sole owner of the information…").
    const subject = new RegExp(String.raw`^(?:The |Le |La |L['’])?` + BODY_NAME + String.raw`,? (?:is|are|est|sont)\b`, 'u').exec(excerpts.controller ?? '')?.[1];
    const subjectRun = subject === undefined || LEAD_NOT_NAME.test(fold(subject)) ? [] : [nameRun(subject)].filter((r) => r.length >= 8);
    const bodyRuns = [...controllerRuns.filter((r) => r.length >= 6), ...siteNames, ...companyNames, ...titledRun, ...shortNames, ...spelled, ...subjectRun];
    const sameBody = (x: Sentence) => {
      if ([...x.folded.matchAll(ENTITY.entity)].some((m) => entities.has(entityKind(m[1]!))) || properNames(x.raw).some((n) => names.has(n))) return true;
      const run = x.folded.replace(/[^a-z0-9]/g, '');
      return bodyRuns.some((r) => run.includes(r));
    };
    // Not an address given under the DPO's own heading (the DPO's, though its sentence may name the controllers it advises).
    const aboutDpo = (x: Sentence) => anyMatch(ITEMS.dpo.section, x.section);
    // An author that processes the data for another gives its own contact, not the controller's.
    const processor = ss.some((x) => ENTITY.authorProcessor.test(x.folded));
    // The short lines of a DPO's card, under the sentence that appoints the DPO and leads on to it ("…a désigné un délégué à la
    // protection des données (DPO) :" / "Mathieu Lenoir" / "mathieu@…"): the DPO's own, not the controller's.
    const dpoCard = new Set<Sentence>();
    for (const [k, x] of ss.entries()) {
      if (!/:\s*$/.test(x.raw) || !/\b(delegue(e)? a la protection des donnees|data protection officer|dpo|dpd)\b/.test(x.folded)) continue;
      for (const y of ss.slice(k + 1, k + 5)) {
        if (y.raw.length > 80 || (/[.!?]$/.test(y.raw) && !/@/.test(y.raw))) break;
        dpoCard.add(y);
      }
    }
    // An e-mail at the controller's own domain (privacy@storyladder.example, privacy@fourpoint.com for "…operated by Fourpoint Inc."), not under the DPO's heading, on its card nor in a sentence about the DPO.
    // (A general mailbox, info@ or office@, given to reach the DPO is still the controller's own: a DPO's own mailbox is named for the role.)
    const generalMail = (x: Sentence) => { const m = [...x.folded.matchAll(EMAILS)]; return m.length > 0 && m.every((e) => GENERAL_MAILBOX.test(e[1]!)); };
    const ownMail = (x: Sentence) =>
      ((!aboutDpo(x) && !dpoCard.has(x) && !anyMatch(ITEMS.dpo.sentence, x.folded)) || generalMail(x)) &&
      mailDomains(x.folded).some((d) => controllerRuns.some((r) => domainNames(d, r)) || (leadRun !== undefined && leadRun.length >= 5 && d.startsWith(leadRun)) || siteNames.some((n) => d.startsWith(n)) || companyNames.some((n) => domainNames(d, n)));
    // A mailbox for privacy questions (privacy@…, dataprotection@…, rgpd@…) that no DPO and no processor is given for: the
    // controller's own, where the notice's author is the controller ("We are the data controller…", "Here at X we…").
    const authorControls = /\b(we|us|our|nous|notre|nos|i|je)\b/.test(fold(excerpts.controller ?? '')) || titleName !== undefined;
    const privacyMail = (x: Sentence) => authorControls && !processor && !aboutDpo(x) && !anyMatch(ITEMS.dpo.sentence, x.folded) && !ENTITY.notProcessor.test(x.folded) && hasMailbox(x.folded, PRIVACY_MAILBOX);
    // The sentence that names the controller may carry its address itself ("- Kehler Straße 2, 77694 Kehl (ci-après « OBJ ») en responsabilité conjointe avec :").
    const ownSentence = (x: Sentence) => named.includes(x) && !anyMatch(ITEMS.dpo.sentence, x.folded);
    // (Under the DPO's heading too, where the line gives the controller's own name: its postal address is the controller's, written to for its DPO.)
    const ownName = (x: Sentence) => {
      if (properNames(x.raw).some((n) => names.has(n))) return true;
      const run = x.folded.replace(/[^a-z0-9]/g, '');
      return (
        controllerRuns.some((r) => r.length >= 6 && run.includes(r)) ||
        // (Or the body's kind and its place, as the controller's sentence gives them: « La Commune de Valbrune » / « Mairie de Valbrune, service délégué… ».)
        [...x.folded.matchAll(KIND_OF_PLACE)].some((m) => placed.has(`${entityKind(m[1]!)} ${m[2]}`))
      );
    };
    const s =
      ss.find((x) => (ENTITY.address.test(x.folded) || (ENTITY.contactTheController.test(x.folded) && /\b(po box|p\.o\. box|postbus|bp \d|cs \d|\d{4,5})\b/.test(x.folded))) && !ENTITY.notProcessor.test(x.folded) && (!aboutDpo(x) || ownName(x)) && !aboutAuthority(x) && (sameBody(x) || ownSentence(x) || ENTITY.contactTheController.test(x.folded))) ??
      ss.find(ownMail);
    // A line that names the controller's body ("Coordonnées du Collège …", the body in an address block), its address on the lines below.
    // (A name line may end on its legal form's period: "Teachmatch.com, Inc.")
    // (A British address may take several short lines before its postcode: "Holly Bank Cottage" / "Church Lane" / "York YO26 8QX".)
    const addressBelow = (k: number): Sentence | undefined => {
      for (let j = k + 1; j < Math.min(ss.length, k + 6); j++) {
        const y = ss[j]!;
        if (addressLine(y)) return y;
        if (j >= k + 2 && (y.raw.length > 40 || /[.!?;:,]$/.test(y.raw) || /@/.test(y.raw))) return undefined;
      }
      return undefined;
    };
    const blockLine = s ? -1 : ss.findIndex((x, k) => sameBody(x) && !/[!?;,:]$|(?<!\b(?:Inc|Ltd|Co|Corp|LLC|Pty))\.$/.test(x.raw) && x.raw.length <= 80 && (!aboutDpo(x) || ownName(x)) && !ENTITY.notProcessor.test(x.folded) && addressBelow(k) !== undefined);
    const blockAddress = blockLine >= 0 ? addressBelow(blockLine) : undefined;
    // A letterhead: an address or a contact e-mail the notice opens on (its first sentences) is the author's, unless a processor's or the DPO's.
    // (A contact e-mail there only when the notice names its controller in those first sentences too: a school's letterhead
    // over a notice whose controller is a ministry is the school's.)
    const namedEarly = ss.slice(0, 8).some((x) => excerpt(x.raw) === excerpts.controller);
    const letterhead = ss.slice(0, 6).find((x) => (ENTITY.address.test(x.folded) || (namedEarly && LETTERHEAD_MAIL.test(x.folded) && !hasMailbox(x.folded, DPO_MAILBOX))) && !ENTITY.notProcessor.test(x.folded) && !aboutDpo(x) && !dpoCard.has(x));
    // With no DPO designated, a contact heading ("Contact", "Nous contacter") with an address or e-mail is the author's own.
    const contact = status.dpo === 'absent' && !processor ? ss.find((x) => CONTACT_HEADING.test(x.section) && CONTACT.test(x.folded)) : undefined;
    // An author that says it is the controller, and how to reach it ("I am the data controller… You can reach me at…").
    const authorReach = !processor && ss.some((x) => ENTITY.authorController.test(x.folded)) ? ss.find((x) => ENTITY.authorContact.test(x.folded) && !aboutDpo(x)) : undefined;
    // A line labelled as the body's own address ("Registered address: 81 Allerton Road, …"), or the author saying where it is
    // ("We are based at St Anne's Community Centre, 29 Beech Road…"), in a notice whose author is no processor.
    // (The address may stand on the line below: "The Øresund International School is located at:" / "Strandvejen 212, 2920 Charlottenlund".)
    const ownAddress = processor ? undefined : ss.map((x, k) => (/:\s*$/.test(x.raw) && ss[k + 1] !== undefined ? withNextLine(x, ss[k + 1]!) : x)).find((x) => (OWN_ADDRESS.test(x.folded) || WE_ARE_BASED.test(x.folded)) && ENTITY.address.test(x.folded) && !aboutDpo(x) && !ENTITY.notProcessor.test(x.folded) && !anyMatch(ITEMS.dpo.sentence, x.folded));
    // The identity block the controller's evidence opens ("Identité et coordonnées de l'organisme responsable du traitement :" /
    // the ministry / its division / "8 rue Mariazé, 97600 Mamoudzou"): its address line, before the heading of another item.
    const identityAt = ss.findIndex((x) => excerpt(x.raw) === excerpts.controller);
    const identityBlock = identityAt < 0 ? [] : ss.slice(identityAt + 1, identityAt + 6);
    const blockEnd = identityBlock.findIndex((y) => y.section === y.folded && headsItem(y.raw) && !anyMatch(ITEMS.controller.section, y.folded));
    // (Or, where the controller's sentence leads on to how to reach it, "…is the director of Wawel International School:" / "a. at the
    // postal address: …; b. at the e-mail address: office@…", the line it leads to, if it gives an address or an e-mail.)
    const leadsOn = identityAt >= 0 && /:\s*$/.test(ss[identityAt]!.raw) ? ss[identityAt + 1] : undefined;
    const identityAddress =
      (blockEnd < 0 ? identityBlock : identityBlock.slice(0, blockEnd)).find((y) => addressLine(y) && !aboutDpo(y) && !aboutAuthority(y) && !ENTITY.notProcessor.test(y.folded)) ??
      (leadsOn !== undefined && (CONTACT.test(leadsOn.folded) || ENTITY.address.test(leadsOn.folded)) && !aboutDpo(leadsOn) && !aboutAuthority(leadsOn) && !ENTITY.notProcessor.test(leadsOn.folded) && !PLACEHOLDER.test(leadsOn.raw) ? leadsOn : undefined);
    if (s) found('controllerContact', s);
    else if (blockAddress) found('controllerContact', withNextLine(ss[blockLine]!, blockAddress));
    else if (identityAddress) found('controllerContact', identityAddress);
    else if (cardAddress) found('controllerContact', cardAddress);
    else if (ownAddress) found('controllerContact', ownAddress);
    else if (letterhead) found('controllerContact', letterhead);
    else if (contact) found('controllerContact', contact);
    else if (authorReach) found('controllerContact', authorReach);
    // With no DPO designated, the address or e-mail given to exercise one's rights is the controller's own.
    else if (status.dpo === 'absent' && !processor && status.rightsContact === 'present' && excerpts.rightsContact && givesContact(fold(excerpts.rightsContact))) {
      status.controllerContact = 'present';
      excerpts.controllerContact = excerpts.rightsContact;
    } else if (status.dpo === 'absent' && !processor) {
      // Or, with no DPO, where the notice says how to reach "us" ("tell us at support@…", "write to us at …").
      const reachUs = ss.find((x) => REACH_US.test(x.folded) && CONTACT.test(x.folded) && !aboutDpo(x) && !aboutAuthority(x) && !ENTITY.notProcessor.test(x.folded));
      if (reachUs) found('controllerContact', reachUs);
    }
    if (status.controllerContact !== 'present') {
      const mailbox = ss.find(privacyMail);
      if (mailbox) found('controllerContact', mailbox);
    }
    // The controller's postal address given to write to its DPO: the sentence read as the DPO's contact names the body the
    // controller's sentence names ("…the Commission's Data Protection Officer at: Tŷ Glas, Pierhead Street…", "the Privacy
    // Officer, Lakeland Public Health, 221 Portsmouth Avenue…") and gives a postal address, not only a DPO's mailbox.
    if (status.controllerContact !== 'present' && !processor && status.dpo === 'present' && excerpts.controller !== undefined) {
      // (The DPO's line may have been read with the line below it: "…Data Protection Officer at:" / "Tŷ Glas, Pierhead Street…".)
      const dpoLine = ss.flatMap((x, k) => (ss[k + 1] !== undefined ? [x, withNextLine(x, ss[k + 1]!)] : [x])).find((x) => excerpt(x.raw) === excerpts.dpo);
      // (The body as the controller's sentence names it; where that sentence says only "we", as the notice's opening names it: "The
      // Education Authority (the Authority) collects…" / "…we are responsible as the data controller".)
      const inItsSentence = bodyNamesIn(excerpts.controller);
      const bodies = inItsSentence.length ? inItsSentence : ss.slice(0, 5).flatMap((x) => bodyNamesIn(x.raw));
      // (The DPO's card: the line read as the DPO's contact, "E-mail: dpo@…", and the lines just above it in its section, "Address: Room 261,
      // Gateway Building, University of Valletta".)
      const at = dpoLine === undefined ? -1 : ss.findIndex((x) => x.raw === dpoLine.raw || dpoLine.raw.startsWith(x.raw));
      const card = dpoLine === undefined ? [] : [dpoLine, ...ss.slice(Math.max(0, at - 3), Math.max(0, at)).filter((x) => x.section === ss[at]?.section)];
      const reach = card.find((x) => ENTITY.address.test(x.folded) && bodies.some((b) => x.folded.includes(b)) && !ENTITY.notProcessor.test(x.folded) && !aboutAuthority(x));
      if (reach) found('controllerContact', reach);
    }
  }
  // A DPO named in one sentence and reached in the next ("…and the data protection officer. You can reach me at…";
  // "contactez notre délégué à la protection des données :" and the address on the line below).
  // A DPO's card: a line that says only "Data Protection Officer", its address on the short lines below it
  // ("Jane Harwood" / "Data Protection Officer" / "Department for Education" / "Piccadilly Gate" / "M1 2WD").
  if (status.dpo !== 'present') {
    const k = ss.findIndex((x) => DPO_CARD_LINE.test(x.folded));
    const address = k >= 0 ? addressBelow(ss, k, 5) : undefined;
    if (address) found('dpo', withNextLine(ss[k]!, address));
  }
  if (status.dpo !== 'present') {
    // ("…please contact the DPO using the details below." / "Address: 41 Red Lion Street, London WC1R 4PF" / "Email: …").
    const reached = (x: Sentence, next: Sentence) =>
      ENTITY.authorContact.test(next.folded) ||
      // ("We have appointed Governa Ltd as our data protection officer." / "Its contact details are:" / the card below.)
      (DETAILS_ARE.test(next.folded) && addressBelow(ss, ss.indexOf(next), 8) !== undefined) ||
      (/:\s*$/.test(x.folded) && /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/.test(next.folded)) ||
      (/\b(details|coordonnees)\b[^.]{0,20}\b(below|ci-dessous|suivantes)\b/.test(x.folded) && /^(address|adresse|e-?mail|courriel)\s*:\s*\S/.test(next.folded) && (ENTITY.address.test(next.folded) || /@/.test(next.folded)));
    const i = ss.findIndex((x, k) => k + 1 < ss.length && anyMatch(ITEMS.dpo.section, x.folded) && !anyMatch(ITEMS.dpo.not, x.folded) && !recites(x) && (ss[k + 1]!.section === x.section || DETAILS_ARE.test(ss[k + 1]!.folded)) && reached(x, ss[k + 1]!));
    if (i >= 0) found('dpo', ss[i]!);
  }
  // What a table of contents announces ("3. Recipients of the personal data") is an item to be checked, at most.
  for (const x of all)
    if (x.toc === true) for (const item of NOTICE_ITEMS) if (status[item] === 'absent' && item !== 'rights' && anyMatch(ITEMS[item].mention, x.folded)) status[item] = 'unclear';
  if (rights.size) status.rights = 'present';
  else if (all.some((s) => /\bdroits? (d'|de |d'acces|de rectification)/.test(s.folded) || /\brights? (of|to)\b/.test(s.folded) || (s.toc === true && /\b(d'acces|de rectification|your rights|vos droits)\b/.test(s.folded)))) status.rights = 'unclear';
  // A question on exercising one's rights, answered by a contact in the sentence after it (« …ou vous voulez exercer vos droits ?
  // Écrivez-nous à confidentialite@… »): that contact is how the rights are exercised.
  if (status.rightsContact !== 'present') {
    const k = ss.findIndex((x, j) => /\?\s*$/.test(x.raw) && EXERCISE_RIGHTS.test(x.folded) && ss[j + 1] !== undefined && ss[j + 1]!.section === x.section && CONTACT.test(ss[j + 1]!.folded) && !aboutAuthority(ss[j + 1]!));
    if (k >= 0) found('rightsContact', withNextLine(ss[k]!, ss[k + 1]!));
  }
  // A sentence that names rights, and one of the two after it, in its section, that says whom to write to and where (« A parent
  // may ask for the information we hold about their child so that they can request corrections. We send it by post. Please
  // contact AdmitTalk by e-mail at admin@… »): that is how they are exercised.
  if (status.rightsContact !== 'present' && rights.size > 0) {
    const k = ss.findIndex((x, j) => CONTACT_THEM.test(x.folded) && CONTACT.test(x.folded) && !aboutAuthority(x) && !recites(x) && [1, 2].some((d) => { const r = ss[j - d]; return r !== undefined && rightsTold.has(r) && r.section === x.section; }));
    if (k >= 0) found('rightsContact', ss[k]!);
  }
  // Rights exercised by writing to the DPO the notice gives a way to reach: "To exercise them, email the Data Protection Officer."
  if (status.rightsContact !== 'present' && status.dpo === 'present' && rights.size > 0) {
    const viaDpo = ss.find((x) => (RIGHTS_VIA_DPO.test(x.folded) || RIGHTS_TO_OFFICER.test(x.folded)) && !recites(x));
    if (viaDpo) found('rightsContact', viaDpo);
  }

  /** A contact read without what it is the contact of stays to be checked. */
  const unprove = (item: 'controllerContact' | 'rightsContact') => {
    status[item] = 'unclear';
    delete excerpts[item];
  };
  // A product's name that speaks as "we" ("ClassBridge ("we", "our", "us") respects your privacy"), where the notice calls it
  // its app or platform and names no company or body behind it, is a brand: who the controller is stays to be checked.
  if (status.controller === 'present' && excerpts.controller !== undefined) {
    const brand = BRAND_WE.exec(excerpts.controller)?.[1];
    if (brand !== undefined && !KIND_NAMED.test(fold(brand)) && !LEGAL_FORM.test(brand) && !COMPANY_OR_KIND.test(brand)) {
      const b = escapeRegExp(fold(brand));
      const isProduct = new RegExp(String.raw`\b${b}\b[^.]{0,40}\b(app|application|mobile app|platform|software|tool|planner|tracker)\b|\b(our|this|the) (mobile |web |educational |learning )?(app|application)\b`);
      const otherBody = ss.some((x) => anyMatch(ITEMS.controller.sentence, x.folded) && !x.folded.startsWith(fold(brand)));
      if (ss.some((x) => isProduct.test(x.folded)) && !otherBody) {
        status.controller = 'unclear';
        delete excerpts.controller;
      }
    }
  }
  // A contact that points to an address given elsewhere in the text ("write to the business address at the bottom of this policy")
  // is no contact where the text gives no mailbox, telephone number or postal address anywhere.
  if (status.rightsContact === 'present' && POINTS_TO_ADDRESS.test(fold(excerpts.rightsContact ?? '')) && !all.some((x) => givesContact(x.folded) || givesTelephone(x.raw))) unprove('rightsContact');
  // The controller's contact is a contact only where the text says who the controller is.
  if (status.controller !== 'present' && status.controllerContact === 'present') unprove('controllerContact');
  // A contact is the way to exercise rights only where the text speaks of rights (or sends "GDPR rights" requests there).
  if (status.rights !== 'present' && status.rightsContact === 'present' && !/\b(exercis\w*|exercer) (your|vos|ses|leurs|their|his|her)?\s?([a-z-]+ )?(rights|droits)\b|\bfor (privacy requests?,? )?(gdpr|data protection|privacy) rights\b/.test(fold(excerpts.rightsContact ?? ''))) unprove('rightsContact');
  // A text that names no controller, never speaks as the body that processes the data (« nous », "we") and recites the
  // law at least twice is a guide, a checklist or an article on the rules: what it seems to say of purposes, recipients
  // or rights is no notice's, and stays to be checked.
  // (A body that speaks of itself in the third person, "The School also processes pupils' health information", informs as « nous » would.)
  const bodySpeaks = ss.some((s) => BODY_SPEAKS.test(s.folded) && !recites(s));
  // (So is a text that presents itself, in its first sentences, as an article or a blog post ("Cet article parcourt les aspects
  // juridiques…", "In this article we explain…") and never says that it processes data itself, even where it names a body
  // responsible for the processing it describes: « La Caisse des dépôts … est le principal responsable du traitement ».)
  const selfArticle = ss.slice(0, 6).some((s) => SELF_ARTICLE.test(s.folded)) && !weProcess && !bodySpeaks;
  // (And so is a policy that sets rules for the body's own staff, "Staff must pass any request … to the Data Protection Manager",
  // and never tells a reader what becomes of their own data: an internal policy informs no data subject.)
  const staffRules = ss.filter((s) => STAFF_RULE.test(s.folded)).length >= 3 && !ss.some((s) => ADDRESSES_READER.test(s.folded));
  const explainsRules = selfArticle || staffRules || (status.controller !== 'present' && !bodySpeaks && !ss.some((s) => FIRST_PERSON.test(s.folded)) && ss.filter(recites).length >= 2);
  if (explainsRules) {
    for (const item of NOTICE_ITEMS) {
      if (status[item] !== 'present') continue;
      status[item] = 'unclear';
      delete excerpts[item];
    }
    rights.clear();
  }
  const retentions = explainsRules ? [] : retentionsOf(ss);
  const dataRetentions = retentions.filter((r) => r.category !== 'cookies');
  if (dataRetentions.length) {
    status.retention = 'present';
    excerpts.retention = dataRetentions[0]!.excerpt;
  } else if (all.some((s) => anyMatch(ITEMS.retention.mention, s.folded) || anyMatch(ITEMS.retention.section, s.section))) status.retention = 'unclear';

  const audience = dataRetentions.filter((r) => r.category === 'audience' && r.months !== null).map((r) => r.months!);
  const folded = fold(text);
  return {
    language,
    items: Object.fromEntries(NOTICE_ITEMS.map((i) => [i, status[i] === 'present'])) as Record<NoticeItem, boolean>,
    status,
    excerpts,
    rights: RIGHTS.filter((r) => rights.has(r)),
    cookieTools: TOOLS.filter(([, re]) => re.test(folded)).map(([t]) => t),
    vendorsNamed: VENDOR_NAMES.filter(([, res]) => anyMatch(res, folded)).map(([id]) => id),
    cookieClaims: { onlyNecessary: ss.some((s) => anyMatch(COOKIE_PAGE.onlyNecessary, s.folded)), howToRefuse: ss.some((s) => anyMatch(COOKIE_PAGE.howToRefuse, s.folded)) },
    retentions,
    declaredAudienceRetentionMonths: audience.length ? Math.max(...audience) : null,
    cookieLifetimes: cookieLifetimesOf(text),
    explainsRules,
    length: text.length,
  };
}
