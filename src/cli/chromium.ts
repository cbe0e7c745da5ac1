/**
 * Finds and launches Chromium with the built extension, configured like a
 * user's own browser: third-party cookies allowed (a fresh Debian Chromium
 * profile blocks them, a typical user's Chrome does not) and no
 * `navigator.webdriver` flag (some CMPs hide their banner from automation).
 * How it was configured goes into the report.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from './playwright.ts';
import type { ReportEnvironment } from '../report/types.ts';
import { maskBrowserArg } from './args.ts';

/**
 * Where a browser that can load Témoin is usually found, in order: Linux
 * packages of Chromium, Chrome for Testing and Playwright's managed Chromium
 * (when present), macOS and Windows installs of Chromium, then Google Chrome
 * and Microsoft Edge. Their branded builds ignore --load-extension (Chrome
 * since version 137); Témoin loads itself through the DevTools command
 * Extensions.loadUnpacked instead (see launchWithExtension), which Chrome 128+
 * has. Chrome's path has not been run here (no Google build on this machine
 * nor in CI), nor Edge's: a refusal is said plainly (ExtensionNotLoaded).
 */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, list: (dir: string) => string[] = safeList): string[] {
  const home = env.HOME ?? env.USERPROFILE ?? '';
  const pw = env.PLAYWRIGHT_BROWSERS_PATH ?? (platform === 'darwin' ? join(home, 'Library/Caches/ms-playwright') : platform === 'win32' ? join(env.LOCALAPPDATA ?? '', 'ms-playwright') : join(home, '.cache/ms-playwright'));
  const managed = list(pw)
    .filter((d) => /^chromium-\d+$/.test(d))
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]))
    .flatMap((d) => [join(pw, d, 'chrome-linux64/chrome'), join(pw, d, 'chrome-linux/chrome'), join(pw, d, 'chrome-mac/Chromium.app/Contents/MacOS/Chromium'), join(pw, d, 'chrome-win/chrome.exe'), join(pw, d, 'chrome-win64/chrome.exe')]);
  const cft = list(join(home, '.cache/chrome-for-testing')).flatMap((d) => [join(home, '.cache/chrome-for-testing', d, 'chrome-linux64/chrome')]);
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      ...managed,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  if (platform === 'win32') {
    const programs = [env.PROGRAMFILES ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'];
    return [
      join(env.LOCALAPPDATA ?? '', 'Chromium/Application/chrome.exe'),
      join(programs[0]!, 'Chromium/Application/chrome.exe'),
      ...managed,
      ...[...programs, env.LOCALAPPDATA ?? ''].map((d) => join(d, 'Google/Chrome/Application/chrome.exe')),
      ...programs.map((d) => join(d, 'Microsoft/Edge/Application/msedge.exe')),
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/lib/chromium/chromium',
    ...cft,
    ...managed,
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/microsoft-edge',
    '/opt/microsoft/msedge/msedge',
  ];
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** An error whose message is two lines, French then English: the command line shows the one of its language. */
export class TwoLanguageError extends Error {}

export class BrowserNotFound extends TwoLanguageError {}

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new BrowserNotFound(`CHROME_PATH=${fromEnv} n'existe pas / does not exist`);
    return fromEnv;
  }
  const found = chromiumCandidates(env).find((p) => exists(p));
  if (!found) {
    throw new BrowserNotFound(
      "Aucun navigateur pour l'audit aux emplacements habituels (ni Chromium, ni Chrome for Testing, ni Google Chrome, ni Microsoft Edge). Installez Chromium (Debian/Ubuntu : sudo apt-get install chromium ; Fedora : sudo dnf install chromium ; macOS : brew install --cask chromium ; Windows : winget install Hibbiki.Chromium) ou Chrome for Testing (npx @puppeteer/browsers install chrome@stable), ou indiquez le chemin du navigateur dans CHROME_PATH.\n" +
        'No browser to audit with in the usual places (neither Chromium, Chrome for Testing, Google Chrome nor Microsoft Edge). Install Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium; macOS: brew install --cask chromium; Windows: winget install Hibbiki.Chromium) or Chrome for Testing (npx @puppeteer/browsers install chrome@stable), or set CHROME_PATH to the browser.',
    );
  }
  return found;
}

/** Chromium would not start with its sandbox (often: run as root in a container). */
export class SandboxUnavailable extends TwoLanguageError {
  constructor(detail: string) {
    super(
      "Chromium ne démarre pas avec son bac à sable (sandbox), souvent parce qu'il tourne en root dans un conteneur. Lancez l'audit avec un utilisateur ordinaire, ou ajoutez --no-sandbox si vous acceptez d'auditer sans cette protection (le rapport le dira).\n" +
        'Chromium will not start with its sandbox, often because it runs as root in a container. Run the audit as an ordinary user, or add --no-sandbox to accept auditing without that protection (the report will say so).\n' +
        detail.split('\n')[0]!.slice(0, 300),
    );
  }
}

/** Where Chromium cannot use its sandbox: as root on Linux it refuses to start with it. */
export const sandboxUsable = (): boolean => !(process.platform === 'linux' && process.getuid?.() === 0);

/** Flags for a quiet browser on a closed network: nothing phones home. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-blink-features=AutomationControlled',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  environment: NonNullable<ReportEnvironment['browser']>;
  close(): Promise<void>;
}

/** Tidies a temporary profile when the process is interrupted (Ctrl-C, kill): the profiles of running browsers. */
const liveProfiles = new Set<string>();
let exitHook = false;
function removeOnExit(dir: string): void {
  liveProfiles.add(dir);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const d of liveProfiles) rmSync(d, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      for (const d of liveProfiles) rmSync(d, { recursive: true, force: true });
      process.exit(130);
    });
}

/** What the browser at `path` is, from where it is installed: the report names it. */
export function browserName(path: string): string {
  const p = path.replace(/\\/g, '/');
  if (/msedge|microsoft[- ]edge/i.test(p)) return 'Microsoft Edge';
  if (/chrome[- ]for[- ]testing/i.test(p)) return 'Chrome for Testing';
  if (/google-chrome|\/google\/chrome\/|google chrome\.app/i.test(p)) return 'Google Chrome';
  return 'Chromium';
}

/** The browser would not load Témoin (an enterprise policy, or a build without the command). */
export class ExtensionNotLoaded extends TwoLanguageError {
  constructor(browser: string, detail: string) {
    const why = detail.split('\n')[0]!.slice(0, 200);
    super(
      `${browser} n'a pas chargé l'extension Témoin (${why}). Une stratégie d'entreprise peut l'interdire (outils de développement ou extensions bloqués) ; installez Chromium ou Chrome for Testing (npx @puppeteer/browsers install chrome@stable) et indiquez son chemin dans CHROME_PATH.\n` +
        `${browser} did not load the Témoin extension (${why}). An enterprise policy may forbid it (developer tools or extensions blocked); install Chromium or Chrome for Testing (npx @puppeteer/browsers install chrome@stable) and set CHROME_PATH to it.`,
    );
  }
}

/**
 * How the extension gets into the browser. `devtools`: the DevTools command
 * Extensions.loadUnpacked, over the pipe Playwright already talks through
 * (Chromium and Chrome 128+, and the only way left in Google's own builds,
 * which ignore --load-extension since Chrome 137). `flag`: --load-extension
 * at start, for a Chromium older than that command.
 */
export type ExtensionLoading = 'devtools' | 'flag';

/** A browser without the DevTools command answers "wasn't found" (-32601): --load-extension is the way there. */
export const lacksLoadCommand = (e: unknown): boolean => /wasn't found|-32601/.test(String(e));

const LOAD_TIMEOUT_MS = 15_000;

async function loadThroughDevTools(context: BrowserContext, extensionDir: string): Promise<string> {
  const browser = context.browser();
  if (!browser) throw new Error("'Extensions.loadUnpacked' wasn't found (no browser session)");
  const session = await browser.newBrowserCDPSession();
  try {
    const { id } = await session.send('Extensions.loadUnpacked', { path: extensionDir }, { timeout: LOAD_TIMEOUT_MS });
    return id;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The extension each launched browser loaded, when the browser said which: the driver talks to that one. */
const loadedExtension = new WeakMap<BrowserContext, string>();
export const extensionLoadedIn = (context: BrowserContext): string | undefined => loadedExtension.get(context);

/**
 * `sandbox` (on by default): Chromium's own sandbox, as in a user's browser.
 * Off only when asked (--no-sandbox): the report's environment says which.
 * `loading` (default `devtools`, falling back to `flag` when the browser
 * lacks the command): see ExtensionLoading.
 */
export async function launchWithExtension(opts: { extensionDir: string; extraArgs?: string[]; executablePath?: string; sandbox?: boolean; loading?: ExtensionLoading }): Promise<LaunchedBrowser> {
  const sandbox = opts.sandbox ?? true;
  const executablePath = opts.executablePath ?? findChromium();
  const name = browserName(executablePath);
  const loading = opts.loading ?? 'devtools';
  const userDataDir = await mkdtemp(join(tmpdir(), 'temoin-profile-'));
  removeOnExit(userDataDir);
  const forget = async () => {
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    liveProfiles.delete(userDataDir);
  };
  // A user's browser: third-party cookies allowed (0 = allow, 1 = block in incognito, 2 = block).
  await mkdir(join(userDataDir, 'Default'), { recursive: true });
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const args = [
    ...QUIET_FLAGS,
    ...(loading === 'devtools' ? ['--enable-unsafe-extension-debugging'] : [`--disable-extensions-except=${opts.extensionDir}`, `--load-extension=${opts.extensionDir}`]),
    ...(opts.extraArgs ?? []).filter((a) => a !== '--no-sandbox'),
    ...(sandbox ? [] : ['--no-sandbox']),
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      chromiumSandbox: sandbox,
      args,
      ignoreDefaultArgs: ['--disable-extensions', '--enable-automation', '--disable-component-extensions-with-background-pages'],
      locale: 'fr-FR',
      viewport: { width: 1280, height: 900 },
    });
  } catch (e) {
    await forget();
    if (sandbox && /sandbox|as root/i.test(String(e))) throw new SandboxUnavailable(String(e));
    throw e;
  }
  if (loading === 'devtools') {
    try {
      loadedExtension.set(context, await loadThroughDevTools(context, opts.extensionDir));
    } catch (e) {
      await context.close().catch(() => undefined);
      await forget();
      if (lacksLoadCommand(e)) return launchWithExtension({ ...opts, executablePath, loading: 'flag' });
      throw new ExtensionNotLoaded(name, String(e instanceof Error ? e.message : e));
    }
  }
  const version = context.browser()?.version() ?? (await versionFromPage(context));
  return {
    context,
    environment: {
      name,
      version,
      headless: true,
      thirdPartyCookies: 'allowed',
      webdriverFlagHidden: true,
      sandbox,
      args: args.filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except')).map(maskBrowserArg),
    },
    close: async () => {
      await context.close().catch(() => undefined);
      await forget();
    },
  };
}

async function versionFromPage(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    const ua = await page.evaluate(() => navigator.userAgent);
    return /Chrom(?:e|ium)\/([\d.]+)/.exec(ua)?.[1] ?? 'unknown';
  } finally {
    await page.close();
  }
}
