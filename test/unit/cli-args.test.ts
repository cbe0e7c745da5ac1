import { describe, expect, it } from 'vitest';
import { defaultLang, langOf, maskBrowserArg, normaliseUrl, oneLanguage, parseArgs, usage, USAGE, UsageError } from '../../src/cli/args.ts';
import { summarise } from '../../src/cli/summary.ts';
import { plainError } from '../../src/cli/outputs.ts';
import { browserName, chromiumCandidates, ExtensionNotLoaded, findChromium, BrowserNotFound, lacksLoadCommand } from '../../src/cli/chromium.ts';
import { audit } from '../../src/audit/audit.ts';
import { recordScan, recordSetCookieHeaders } from '../../src/background/record.ts';
import { T0, TEST_CONTEXT, visit } from '../helpers/inventory.ts';

describe('one language', () => {
  it('gives the help and the messages in the language asked, else the environment\'s', () => {
    expect(usage('fr')).toMatch(/^Usage : npm run audit/);
    expect(usage('fr')).toContain('Audite un site');
    expect(usage('fr')).not.toContain('Audits one site');
    expect(usage('en')).toMatch(/^Usage: npm run audit/);
    expect(usage('en')).toContain('Audits one site');
    expect(usage('en')).not.toContain('Audite un site');
    expect(oneLanguage('--timeout attend un nombre / --timeout takes seconds', 'en')).toBe('--timeout takes seconds');
    expect(oneLanguage('--timeout attend un nombre / --timeout takes seconds', 'fr')).toBe('--timeout attend un nombre');
    expect(langOf(['x', '--lang', 'en'], { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(langOf(['x'], { LANG: 'en_GB.UTF-8' })).toBe('en');
  });
});

describe('errors a non-developer can act on', () => {
  it('turns the browser\'s network codes into one plain sentence with a hint, keeping the code', () => {
    expect(plainError("La page n'a pas pu être chargée / the page could not be loaded (net::ERR_NAME_NOT_RESOLVED)", 'fr')).toBe("Adresse introuvable : vérifiez l'orthographe de l'adresse, ou le réseau (ERR_NAME_NOT_RESOLVED).");
    expect(plainError('net::ERR_CERT_AUTHORITY_INVALID at https://x', 'en')).toMatch(/^The site's certificate is invalid.*\(ERR_CERT_AUTHORITY_INVALID\)\.$/);
    expect(plainError('something else entirely', 'fr')).toBe('something else entirely');
  });
});

describe('browser flags', () => {
  it('keeps the sandbox unless --no-sandbox is asked for, and refuses flags that weaken the browser unless allowed', () => {
    expect(parseArgs(['https://e.fr/']).sandbox).toBe(true);
    expect(parseArgs(['https://e.fr/', '--no-sandbox']).sandbox).toBe(false);
    expect(parseArgs(['https://e.fr/', '--browser-arg=--no-sandbox']).sandbox).toBe(false);
    for (const f of ['--disable-web-security', '--user-data-dir=/home/me/.config/chromium', '--remote-debugging-port=9222', '--disable-features=IsolateOrigins,site-per-process'])
      expect(() => parseArgs(['https://e.fr/', `--browser-arg=${f}`]), f).toThrow(UsageError);
    expect(parseArgs(['https://e.fr/', '--browser-arg=--disable-web-security', '--allow-unsafe-browser-arg']).browserArgs).toEqual(['--disable-web-security']);
    expect(parseArgs(['https://e.fr/', '--browser-arg=--lang=fr']).browserArgs).toEqual(['--lang=fr']);
  });

  it('masks credentials and secrets in the flags the report shows', () => {
    expect(maskBrowserArg('--proxy-server=http://marie:motdepasse@proxy.ac-demo.fr:3128')).toBe('--proxy-server=http://…@proxy.ac-demo.fr:3128');
    expect(maskBrowserArg('--some-flag=token=abc123,other=1')).toBe('--some-flag=token=…,other=1');
    expect(maskBrowserArg('--host-resolver-rules=MAP * 127.0.0.1:8443')).toBe('--host-resolver-rules=MAP * 127.0.0.1:8443');
  });
});

describe('parseArgs', () => {
  it('reads the options the README documents', () => {
    const a = parseArgs(['https://ent.exemple.fr/', '--out', 'r.json', '--browser-arg=--host-resolver-rules=MAP * 127.0.0.1:8443', '--browser-arg', '--lang=fr']);
    expect(a).toMatchObject({ url: 'https://ent.exemple.fr/', out: 'r.json', browserArgs: ['--host-resolver-rules=MAP * 127.0.0.1:8443', '--lang=fr'] });
  });
  it('takes who audited as they write it, for one site or a batch, and never guesses it', () => {
    expect(parseArgs(['ent.exemple.fr']).auditor).toBeNull();
    expect(parseArgs(['ent.exemple.fr', '--auditor', '  Mme Martin,\n référente numérique ']).auditor).toBe('Mme Martin, référente numérique');
    expect(parseArgs(['--urls', 'x.txt', '--auditor=DPO académique']).auditor).toBe('DPO académique');
    for (const bad of [['--auditor', '   '], ['--auditor', 'x'.repeat(201)], ['--auditor']]) expect(() => parseArgs(bad)).toThrow(UsageError);
  });
  it('takes --format, always keeping the JSON contract', () => {
    // The readable report beside the JSON by default; --format json for the JSON alone.
    expect(parseArgs(['ent.exemple.fr']).formats).toEqual(['json', 'html']);
    expect(parseArgs(['ent.exemple.fr', '--format', 'json']).formats).toEqual(['json']);
    expect(parseArgs(['ent.exemple.fr', '--format', 'html,csv']).formats).toEqual(['json', 'html', 'csv']);
    expect(parseArgs(['ent.exemple.fr', '--format=json,CSV']).formats).toEqual(['json', 'csv']);
    expect(parseArgs(['ent.exemple.fr', '--format', 'cookies']).formats).toEqual(['json', 'cookies']);
    expect(parseArgs(['ent.exemple.fr', '--format', 'pdf,html']).formats).toEqual(['json', 'pdf', 'html']);
    for (const bad of [['--format', 'docx'], ['--format', ','], ['--urls', 'x.txt', '--format', 'csv']]) expect(() => parseArgs(bad)).toThrow(UsageError);
  });
  it('visits the login page the site links to unless --no-follow-login', () => {
    expect(parseArgs(['ent.exemple.fr']).followLogin).toBe(true);
    expect(parseArgs(['ent.exemple.fr', '--no-follow-login']).followLogin).toBe(false);
    expect(parseArgs(['--urls', 'sites.txt', '--no-follow-login'])).toMatchObject({ urls: 'sites.txt', followLogin: false });
    expect(USAGE).toMatch(/--no-follow-login/);
  });

  it('takes --scenarios for one site or a batch, off by default', () => {
    expect(parseArgs(['ent.exemple.fr']).scenarios).toBe(false);
    expect(parseArgs(['ent.exemple.fr', '--scenarios']).scenarios).toBe(true);
    expect(parseArgs(['--urls', 'sites.txt', '--scenarios'])).toMatchObject({ urls: 'sites.txt', scenarios: true });
  });
  it('audits the demo when no URL is given, and adds https:// to a bare host', () => {
    expect(parseArgs([]).url).toBeNull();
    expect(parseArgs(['ent.exemple.fr']).url).toBe('https://ent.exemple.fr/');
  });
  it.each([
    [['a.fr', 'b.fr']],
    [['--out']],
    [['--unknown']],
    [['--browser-arg=no-dashes']],
    [['ftp://x.fr/']],
    [['--timeout', '1']],
    [['--lang', 'de']],
    [['http://']],
  ])('refuses %j with a usage error', (argv) => expect(() => parseArgs(argv)).toThrow(UsageError));
  it('speaks French unless the environment says English', () => {
    expect(defaultLang({})).toBe('fr');
    expect(defaultLang({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(defaultLang({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(() => normaliseUrl('javascript:alert(1)')).toThrow(UsageError);
  });
});

describe('findChromium', () => {
  it('says what to install when CHROME_PATH points nowhere', () => {
    expect(() => findChromium({ CHROME_PATH: '/nonexistent/chromium' })).toThrow(BrowserNotFound);
  });

  it('looks beyond Debian: Playwright\'s managed Chromium (newest first), macOS and Windows installs; says what to install on each system', () => {
    const list = (dir: string) => (dir === '/home/u/.cache/ms-playwright' ? ['chromium-1100', 'chromium-1200', 'firefox-1400'] : []);
    const linux = chromiumCandidates({ HOME: '/home/u' }, 'linux', list);
    expect(linux.slice(0, 1)).toEqual(['/usr/bin/chromium']);
    expect(linux.indexOf('/home/u/.cache/ms-playwright/chromium-1200/chrome-linux/chrome')).toBeLessThan(linux.indexOf('/home/u/.cache/ms-playwright/chromium-1100/chrome-linux/chrome'));
    expect(chromiumCandidates({ HOME: '/Users/u' }, 'darwin', () => [])[0]).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(chromiumCandidates({ LOCALAPPDATA: 'C:/Users/u/AppData/Local' }, 'win32', () => [])[0]).toMatch(/Chromium\/Application\/chrome\.exe$/);
    // The first candidate that exists is taken; none: what to install, system by system.
    expect(findChromium({ HOME: '/home/u' }, (p) => p === '/snap/bin/chromium')).toBe('/snap/bin/chromium');
    expect(() => findChromium({ HOME: '/nowhere' }, () => false)).toThrow(/brew install --cask chromium.*winget install.*neither Chromium, Chrome for Testing, Google Chrome nor Microsoft Edge/s);
  });

  it('takes Google Chrome and Microsoft Edge last, after every Chromium, on each system', () => {
    const list = (dir: string) => (dir.endsWith('ms-playwright') ? ['chromium-1200'] : []);
    for (const [platform, env] of [
      ['linux', { HOME: '/home/u' }],
      ['darwin', { HOME: '/Users/u' }],
      ['win32', { LOCALAPPDATA: 'C:/Users/u/AppData/Local', PROGRAMFILES: 'C:/Program Files', 'PROGRAMFILES(X86)': 'C:/Program Files (x86)' }],
    ] as const) {
      const names = chromiumCandidates(env, platform, list).map(browserName);
      const firstBranded = names.findIndex((n) => n === 'Google Chrome' || n === 'Microsoft Edge');
      expect(firstBranded, platform).toBeGreaterThan(0);
      expect(names.slice(firstBranded).every((n) => n === 'Google Chrome' || n === 'Microsoft Edge'), platform).toBe(true);
      expect(names.slice(0, firstBranded).every((n) => n === 'Chromium' || n === 'Chrome for Testing'), platform).toBe(true);
      expect(names.includes('Microsoft Edge') && names.indexOf('Google Chrome') < names.indexOf('Microsoft Edge'), platform).toBe(true);
    }
    // A found Chrome is used when no Chromium is there.
    expect(findChromium({ HOME: '/home/u' }, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
  });

  it('names the browser from where it is installed, for the report', () => {
    expect(browserName('/usr/bin/chromium')).toBe('Chromium');
    expect(browserName('/home/u/.cache/ms-playwright/chromium-1200/chrome-linux/chrome')).toBe('Chromium');
    expect(browserName('/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing')).toBe('Chrome for Testing');
    expect(browserName('/home/u/.cache/chrome-for-testing/linux-140/chrome-linux64/chrome')).toBe('Chrome for Testing');
    expect(browserName('/opt/google/chrome/chrome')).toBe('Google Chrome');
    expect(browserName('/usr/bin/google-chrome-stable')).toBe('Google Chrome');
    expect(browserName('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')).toBe('Google Chrome');
    expect(browserName('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).toBe('Google Chrome');
    expect(browserName('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe')).toBe('Microsoft Edge');
    expect(browserName('/usr/bin/microsoft-edge')).toBe('Microsoft Edge');
  });

  it('falls back to --load-extension only where the browser lacks the DevTools command; any other refusal is said in both languages', () => {
    expect(lacksLoadCommand(new Error("Protocol error (Extensions.loadUnpacked): 'Extensions.loadUnpacked' wasn't found"))).toBe(true);
    expect(lacksLoadCommand(new Error('{"code":-32601,"message":"method not found"}'))).toBe(true);
    expect(lacksLoadCommand(new Error('Protocol error (Extensions.loadUnpacked): Method not available.'))).toBe(false);
    expect(lacksLoadCommand(new Error('Protocol error (Extensions.loadUnpacked): Manifest file is missing or unreadable'))).toBe(false);
    const [fr, en] = new ExtensionNotLoaded('Microsoft Edge', 'Protocol error (Extensions.loadUnpacked): Method not available.\nstack').message.split('\n');
    expect(fr).toMatch(/^Microsoft Edge n'a pas chargé l'extension Témoin \(Protocol error .*Method not available\.\)\. Une stratégie d'entreprise.*CHROME_PATH\.$/);
    expect(en).toMatch(/^Microsoft Edge did not load the Témoin extension .*set CHROME_PATH to it\.$/);
  });
});

describe('summarise', () => {
  it('lists long-lived cookies with declared and stored lifetimes, in French and English', () => {
    const inv = visit();
    recordSetCookieHeaders(inv, 'https://ent.lycee-demo.fr/', ['ent_prefs=fr; Max-Age=63072000', 'short=1; Max-Age=600'], T0);
    const r = audit(inv, TEST_CONTEXT);
    const fr = summarise(r, 'fr', 'r.json');
    expect(fr).toMatch(/Constats : \d+ non conforme, \d+ à examiner, \d+ à vérifier vous-même, \d+ aucun manquement observé/);
    expect(fr).toContain('ent_prefs (ent.lycee-demo.fr) : demandé 730 j');
    expect(fr).not.toContain('short (');
    expect(fr).toContain('Rapport écrit : r.json');
    expect(summarise(r, 'en', 'r.json')).toContain('asked 730 d');
    expect(summarise(r, 'en', 'r.json')).toMatch(/Findings: \d+ non-compliant, \d+ to review, \d+ to check yourself, \d+ no breach observed/);
  });

  it('says what banner was seen and what the scenarios found', () => {
    const inv = visit();
    const control = (role: 'accept' | 'settings', text: string) => ({ role, text, selector: '#x', kind: 'button' as const, visible: true, width: 100, height: 30, fontSize: 14, contrast: 7, filled: true });
    recordScan(inv, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false, banner: { cmp: 'tarteaucitron', cmpsPresent: ['tarteaucitron'], source: 'signature', visible: true, selector: '#b', text: 'cookies', impliedConsent: false, controls: [control('accept', 'Tout accepter'), control('settings', 'Personnaliser')], rejectSecondLayer: true } }, T0);
    const r = { ...audit(inv, TEST_CONTEXT), scenarios: [{ id: 'reject' as const, ran: true, clicked: ['Personnaliser', 'Tout refuser'], error: null, trackersAfterChoice: ['www.facebook.com'], trackers: ['www.facebook.com'], consentCookie: null }] };
    expect(summarise(r, 'fr', 'r.json')).toContain('Bandeau de consentement : tarteaucitron.js — accepter ✓, refuser ✗ (2 clics), personnaliser ✓');
    expect(summarise(r, 'fr', 'r.json')).toContain('Scénario « refuser » : 1 traceur(s) soumis au consentement après le choix');
    expect(summarise(r, 'en', 'r.json')).toContain('Consent banner: tarteaucitron.js — accept ✓, reject ✗ (2 clicks), customise ✓');
    const none = visit();
    recordScan(none, { url: 'https://ent.lycee-demo.fr/', title: 'Accueil', hasPasswordField: false, roleHint: 'home', links: [], truncated: false, banner: null }, T0);
    expect(summarise(audit(none, TEST_CONTEXT), 'fr', 'r.json')).toContain('Bandeau de consentement : aucun détecté');
  });
});
