/** Command-line arguments of `npm run audit` (pure, unit-tested). */
import { MAX_AUDITOR_CHARS } from '../shared/limits.ts';
import { auditorName } from '../report/auditor.ts';
export interface AuditArgs {
  url: string | null;
  out: string | null;
  /** Batch mode: a file with one URL a line. */
  urls: string | null;
  outDir: string | null;
  concurrency: number;
  force: boolean;
  /** Also audit in fresh profiles after refusing and after accepting through the banner. */
  scenarios: boolean;
  /** When the login page was not seen, visit the one the site links to (on by default; --no-follow-login). */
  followLogin: boolean;
  /** Files written for a single audit: json (always, the contract), html, csv, cookies (draft cookie table). */
  formats: ('json' | 'html' | 'csv' | 'cookies' | 'pdf' | 'letter')[];
  browserArgs: string[];
  /** The CSV separator; null: the language's (';' in French, ',' in English). */
  csvSeparator: ',' | ';' | '\t' | null;
  /** --shard i/n: audit only the sites of shard i of n (batch). */
  shard: { index: number; count: number } | null;
  /** --auditor: who audited (name, role, school), printed on the report's first page; never guessed. */
  auditor: string | null;
  /** --fail-on: exit 3 when findings at this level (or worse) exist. */
  failOn: 'fail' | 'warn' | null;
  /** Chromium's sandbox (on unless --no-sandbox: some root containers cannot run it). */
  sandbox: boolean;
  /** --allow-unsafe-browser-arg: accept flags that weaken the browser's security (refused otherwise). */
  allowUnsafeBrowserArgs: boolean;
  timeoutSeconds: number;
  lang: 'fr' | 'en';
  help: boolean;
}

export class UsageError extends Error {}

export function defaultLang(env: NodeJS.ProcessEnv): 'fr' | 'en' {
  const l = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(l) ? 'en' : 'fr';
}

/** Normalises the target: a bare host name gets https://; anything but http(s) is refused. */
export function normaliseUrl(raw: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    throw new UsageError(`URL invalide / invalid URL: ${raw}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`Seules les URL http(s) sont auditables / only http(s) URLs can be audited: ${raw}`);
  if (!u.hostname) throw new UsageError(`URL sans hôte / URL without a host: ${raw}`);
  return u.href;
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = {}): AuditArgs {
  const args: AuditArgs = { url: null, out: null, urls: null, outDir: null, concurrency: 2, force: false, scenarios: false, followLogin: true, formats: ['json', 'html'], browserArgs: [], timeoutSeconds: 60, lang: defaultLang(env), help: false, sandbox: true, allowUnsafeBrowserArgs: false, csvSeparator: null, failOn: null, shard: null, auditor: null };
  const takeValue = (i: number, name: string): [string, number] => {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    if (eq !== -1) return [a.slice(eq + 1), i];
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith('--') && name !== '--browser-arg')) throw new UsageError(`${name} attend une valeur / ${name} needs a value`);
    return [next, i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.startsWith('--') ? a.split('=')[0]! : a;
    switch (name) {
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--out': {
        const [v, j] = takeValue(i, name);
        if (!v) throw new UsageError('--out attend un chemin de fichier / --out needs a file path');
        args.out = v;
        i = j;
        break;
      }
      case '--browser-arg': {
        const [v, j] = takeValue(i, name);
        if (!v.startsWith('--')) throw new UsageError(`--browser-arg attend une option de Chromium commençant par -- / needs a Chromium flag starting with --: ${v}`);
        args.browserArgs.push(v);
        i = j;
        break;
      }
      case '--no-sandbox':
        args.sandbox = false;
        break;
      case '--allow-unsafe-browser-arg':
        args.allowUnsafeBrowserArgs = true;
        break;
      case '--timeout': {
        const [v, j] = takeValue(i, name);
        const n = Number(v);
        if (!Number.isFinite(n) || n < 5 || n > 3600) throw new UsageError('--timeout attend un nombre de secondes entre 5 et 3600 / --timeout takes seconds between 5 and 3600');
        args.timeoutSeconds = n;
        i = j;
        break;
      }
      case '--urls':
      case '--out-dir': {
        const [v, j] = takeValue(i, name);
        if (!v) throw new UsageError(`${name} attend un chemin / ${name} needs a path`);
        if (name === '--urls') args.urls = v;
        else args.outDir = v;
        i = j;
        break;
      }
      case '--concurrency': {
        const [v, j] = takeValue(i, name);
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 8) throw new UsageError('--concurrency attend un entier de 1 à 8 / --concurrency takes an integer from 1 to 8');
        args.concurrency = n;
        i = j;
        break;
      }
      case '--force':
        args.force = true;
        break;
      case '--scenarios':
        args.scenarios = true;
        break;
      case '--no-follow-login':
        args.followLogin = false;
        break;
      case '--format': {
        const [v, j] = takeValue(i, name);
        const list = [...new Set(v.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean))];
        const known = ['json', 'html', 'csv', 'cookies', 'pdf', 'letter'];
        const bad = list.filter((x) => !known.includes(x));
        if (!list.length || bad.length) throw new UsageError(`--format attend json, html, pdf, csv, cookies, letter (séparés par des virgules) / --format takes json, html, pdf, csv, cookies, letter (comma-separated): ${bad.join(', ') || v}`);
        // The JSON report is the contract and the evidence: always written.
        args.formats = ['json', ...(list.filter((x) => x !== 'json') as ('html' | 'csv' | 'cookies' | 'pdf' | 'letter')[])];
        i = j;
        break;
      }
      case '--csv-separator': {
        const [v, j] = takeValue(i, name);
        const sep = v === ',' || v === 'comma' ? ',' : v === ';' || v === 'semicolon' ? ';' : v === 'tab' || v === '\t' ? '\t' : null;
        if (!sep) throw new UsageError("--csv-separator attend ';', ',' ou tab / --csv-separator takes ';', ',' or tab");
        args.csvSeparator = sep;
        i = j;
        break;
      }
      case '--shard': {
        const [v, j] = takeValue(i, name);
        const m = /^(\d{1,5})\/(\d{1,5})$/.exec(v);
        const index = m ? Number(m[1]) : NaN;
        const count = m ? Number(m[2]) : NaN;
        if (!m || index < 1 || count < 1 || index > count) throw new UsageError('--shard attend i/n, avec 1 ≤ i ≤ n (ex. 2/8) / --shard takes i/n with 1 ≤ i ≤ n (e.g. 2/8)');
        args.shard = { index, count };
        i = j;
        break;
      }
      case '--fail-on': {
        const [v, j] = takeValue(i, name);
        if (v !== 'fail' && v !== 'warn') throw new UsageError('--fail-on attend fail ou warn / --fail-on takes fail or warn');
        args.failOn = v;
        i = j;
        break;
      }
      case '--auditor': {
        const [v, j] = takeValue(i, name);
        const who = auditorName(v);
        if (!who || who.length > MAX_AUDITOR_CHARS) throw new UsageError(`--auditor attend un nom (au plus ${MAX_AUDITOR_CHARS} caractères) / --auditor takes a name (at most ${MAX_AUDITOR_CHARS} characters)`);
        args.auditor = who;
        i = j;
        break;
      }
      case '--lang': {
        const [v, j] = takeValue(i, name);
        if (v !== 'fr' && v !== 'en') throw new UsageError('--lang attend fr ou en / --lang takes fr or en');
        args.lang = v;
        i = j;
        break;
      }
      default:
        if (a.startsWith('-')) throw new UsageError(`Option inconnue / unknown option: ${a}`);
        if (args.url !== null) throw new UsageError(`Une seule URL à la fois / one URL at a time (got ${args.url} and ${a})`);
        args.url = normaliseUrl(a);
    }
  }
  if (args.urls !== null && args.url !== null) throw new UsageError('Une URL ou --urls, pas les deux / a URL or --urls, not both');
  if (args.urls === null && (args.outDir !== null || args.force)) throw new UsageError('--out-dir et --force vont avec --urls / --out-dir and --force go with --urls');
  if (args.urls !== null && args.out !== null) throw new UsageError('En lot, utilisez --out-dir / in a batch, use --out-dir');
  if (args.urls !== null && argv.some((a) => a === '--format' || a.startsWith('--format='))) throw new UsageError('En lot, JSON et HTML sont toujours écrits ; --format vaut pour un seul site / in a batch JSON and HTML are always written; --format is for one site');
  const unsafe = args.browserArgs.filter(isUnsafeBrowserArg);
  if (unsafe.length && !args.allowUnsafeBrowserArgs)
    throw new UsageError(
      `Option de Chromium refusée : elle affaiblit la sécurité du navigateur ou mélange l'audit à un autre profil (${unsafe.map((a) => a.split('=')[0]).join(', ')}) ; ajoutez --allow-unsafe-browser-arg pour l'accepter quand même / Chromium flag refused: it weakens the browser's security or mixes the audit with another profile; add --allow-unsafe-browser-arg to accept it anyway`,
    );
  if (args.sandbox && args.browserArgs.includes('--no-sandbox')) args.sandbox = false;
  if (args.shard && args.urls === null) throw new UsageError('--shard vaut pour un lot (--urls) / --shard is for a batch (--urls)');
  return args;
}

/** Chromium flags that weaken its security, or point the audit at a profile or a debugger: refused unless asked for. */
const UNSAFE_BROWSER_ARGS = /^--(disable-web-security|disable-site-isolation-trials|allow-running-insecure-content|disable-features=[^ ]*(IsolateOrigins|site-per-process|BlockInsecurePrivateNetworkRequests)|user-data-dir|remote-debugging-(port|pipe|address)|remote-allow-origins|load-extension|disable-extensions-except|unsafely-treat-insecure-origin-as-secure|reduce-security-for-testing|allow-file-access-from-files)\b/;
export const isUnsafeBrowserArg = (a: string) => UNSAFE_BROWSER_ARGS.test(a);

/** A browser flag as the report shows it: credentials and secrets in its value masked (a proxy's user and password, a token). */
export function maskBrowserArg(a: string): string {
  return a
    .replace(/(:\/\/)[^/@\s]*@/g, '$1…@')
    .replace(/((?:token|password|passwd|secret|key|auth)[^=,;:]*[=:])[^,;\s]*/gi, '$1…');
}

export const USAGE = `Usage : npm run audit -- [url] [--out rapport.json] [--format json,html,pdf,csv,cookies,letter] [--scenarios] [--no-follow-login] [--browser-arg=--option-chromium]... [--no-sandbox] [--fail-on fail|warn] [--csv-separator ';'] [--auditor "Nom, fonction"] [--timeout 60] [--lang fr|en]
        npm run audit -- --urls sites.txt [--out-dir rapports/] [--shard i/n] [--scenarios] [--no-follow-login] [--concurrency 2] [--timeout 60] [--force] [--auditor "Nom, fonction"]
        npm run audit -- merge rapports-1/ rapports-2/ … --out-dir rapports/

Audite un site avec l'extension Témoin chargée dans Chromium (sans interface) et écrit le rapport JSON
et, à côté, le rapport lisible (HTML ; --format json pour le JSON seul).
Sans URL : audite l'ENT de démonstration fourni, servi localement.
--format : écrit aussi le rapport en HTML, en PDF (pdf : imprimé par Chromium, en-têtes et numéros de page), les cookies et traceurs en CSV, et un brouillon du
tableau des cookies pour la page cookies du site (cookies) et un brouillon de courrier à l'éditeur (letter), à côté du JSON.
En lot (--urls, une URL par ligne) : un rapport JSON et HTML par site, un résumé CSV et HTML ;
les sites déjà audités dans --out-dir sont sautés (sauf --force). --shard i/n n'audite que la part i sur n
de la liste (la même pour un site donné, quel que soit l'ordre) ; merge réunit les dossiers des parts.
--scenarios : audite aussi, dans des profils neufs, après avoir cliqué « refuser » puis « accepter »
dans le bandeau, et vérifie que le refus est respecté (seul mode où Témoin clique).
Une capture du bandeau est enregistrée à côté du rapport (.banner.png).
Si la page de connexion n'a pas été vue, celle vers laquelle le site renvoie (lien « Se connecter »,
CAS, ÉduConnect, fournisseur SAML ou OpenID Connect) est visitée et auditée aussi (--no-follow-login : non).
Chromium tourne avec son bac à sable (sandbox) ; là où il ne peut pas (certains conteneurs en root),
--no-sandbox l'accepte sans, et le rapport le dit. Les options de Chromium qui affaiblissent sa sécurité
sont refusées, sauf avec --allow-unsafe-browser-arg ; les secrets qu'elles contiennent sont masqués dans le rapport.
--auditor : qui a mené l'audit (nom, fonction, établissement), imprimé en première page du rapport.
Chaque rapport JSON est écrit avec son empreinte SHA-256 à côté (.json.sha256) ; un lot écrit aussi SHA256SUMS.
Les CSV sont en UTF-8 avec BOM, séparés par « ; » en français, « , » en anglais (--csv-separator ; , tab).
Codes de sortie : 0 audit effectué ; 1 audit impossible (en lot : au moins un site n'a pas pu être audité) ;
2 mauvaise utilisation ; 3 constats au niveau de --fail-on (fail : non conformes ; warn : aussi à examiner).
Le navigateur : $CHROME_PATH, sinon Chromium ou Chrome for Testing, sinon Google Chrome ou Microsoft Edge.

Audits one site with the Témoin extension loaded in headless Chromium and writes the JSON report
and, beside it, the readable report (HTML; --format json for the JSON alone).
With no URL it audits the bundled demo ENT, served locally.
--format: also writes the report as HTML, as PDF (pdf: printed by Chromium, headers and page numbers), the cookies and trackers as CSV, and a draft cookie
table for the site's cookie page (cookies) and a draft letter to the vendor (letter), next to the JSON.
In a batch (--urls, one URL a line): a JSON and an HTML report per site, a CSV and HTML summary;
sites already audited in --out-dir are skipped (unless --force). --shard i/n audits only part i of n
of the list (the same for a given site, whatever the order); merge brings the parts' folders together.
--scenarios: also audits in fresh profiles after clicking "reject", then "accept" in the banner,
and checks that refusing is honoured (the only mode in which Témoin clicks).
A screenshot of the banner is saved next to the report (.banner.png).
When the login page was not seen, the one the site links to ("Se connecter" link, CAS, ÉduConnect,
a SAML or OpenID Connect provider) is visited and audited too (--no-follow-login: not).
Chromium runs with its sandbox; where it cannot (some root containers), --no-sandbox accepts running
without it, and the report says so. Chromium flags that weaken its security are refused unless
--allow-unsafe-browser-arg is given; secrets in them are masked in the report.
--auditor: who ran the audit (name, role, school), printed on the report's first page.
Each JSON report is written with its SHA-256 beside it (.json.sha256); a batch also writes SHA256SUMS.
CSV files are UTF-8 with a BOM, separated by ';' in French and ',' in English (--csv-separator ; , tab).
Exit codes: 0 the audit ran; 1 it could not run (in a batch: at least one site could not be audited);
2 bad usage; 3 findings at the --fail-on level (fail: non-compliant; warn: to review too).
The browser: $CHROME_PATH, else Chromium or Chrome for Testing, else Google Chrome or Microsoft Edge.`;

/** The help in one language: the usage lines, then the text in French or in English. */
export function usage(lang: 'fr' | 'en'): string {
  const at = USAGE.indexOf('\n\nAudits one site');
  const [lines, fr] = [USAGE.slice(0, USAGE.indexOf('\n\n')), USAGE.slice(USAGE.indexOf('\n\n'), at)];
  return lang === 'en' ? `${lines.replace(/^Usage :/, 'Usage:')}${USAGE.slice(at)}` : `${lines}${fr}`;
}

/** A message written "français / English" in one language: the part before the first " / ", or after it. */
export function oneLanguage(message: string, lang: 'fr' | 'en'): string {
  const at = message.indexOf(' / ');
  if (at < 0) return message;
  return lang === 'en' ? message.slice(at + 3) : message.slice(0, at);
}

/** The language asked on the command line (--lang), else the environment's: for messages given before the arguments are read. */
export function langOf(argv: string[], env: NodeJS.ProcessEnv): 'fr' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? null : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v === 'en' || v === 'fr' ? v : defaultLang(env);
}
