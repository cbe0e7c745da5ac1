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
import { chromium, type BrowserContext } from 'playwright-core';
import type { ReportEnvironment } from '../report/types.ts';
import { maskBrowserArg } from './args.ts';

/**
 * Where a Chromium that loads unpacked extensions is usually found, in order:
 * Linux packages, Chrome for Testing and Playwright's managed Chromium (when
 * present), then macOS and Windows installs of Chromium. Google Chrome's
 * stable builds ignore --load-extension since version 137 and are not
 * listed; Microsoft Edge is not listed either (not verified here).
 */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, list: (dir: string) => string[] = safeList): string[] {
  const home = env.HOME ?? env.USERPROFILE ?? '';
  const pw = env.PLAYWRIGHT_BROWSERS_PATH ?? (platform === 'darwin' ? join(home, 'Library/Caches/ms-playwright') : platform === 'win32' ? join(env.LOCALAPPDATA ?? '', 'ms-playwright') : join(home, '.cache/ms-playwright'));
  const managed = list(pw)
    .filter((d) => /^chromium-\d+$/.test(d))
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]))
    .flatMap((d) => [join(pw, d, 'chrome-linux64/chrome'), join(pw, d, 'chrome-linux/chrome'), join(pw, d, 'chrome-mac/Chromium.app/Contents/MacOS/Chromium'), join(pw, d, 'chrome-win/chrome.exe'), join(pw, d, 'chrome-win64/chrome.exe')]);
  const cft = list(join(home, '.cache/chrome-for-testing')).flatMap((d) => [join(home, '.cache/chrome-for-testing', d, 'chrome-linux64/chrome')]);
  if (platform === 'darwin') return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', ...managed];
  if (platform === 'win32') return [join(env.LOCALAPPDATA ?? '', 'Chromium/Application/chrome.exe'), join(env.PROGRAMFILES ?? 'C:\\Program Files', 'Chromium/Application/chrome.exe'), ...managed];
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/lib/chromium/chromium', ...cft, ...managed];
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export class BrowserNotFound extends Error {}

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new BrowserNotFound(`CHROME_PATH=${fromEnv} n'existe pas / does not exist`);
    return fromEnv;
  }
  const found = chromiumCandidates(env).find((p) => exists(p));
  if (!found) {
    throw new BrowserNotFound(
      'Chromium introuvable. Installez-le (Debian/Ubuntu : sudo apt-get install chromium ; Fedora : sudo dnf install chromium ; macOS : brew install --cask chromium ; Windows : winget install Hibbiki.Chromium), ou Chrome for Testing (npx @puppeteer/browsers install chrome@stable), ou indiquez son chemin dans CHROME_PATH. Google Chrome ne charge plus les extensions non empaquetées (--load-extension) depuis sa version 137.\n' +
        'Chromium not found. Install it (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium; macOS: brew install --cask chromium; Windows: winget install Hibbiki.Chromium), or Chrome for Testing (npx @puppeteer/browsers install chrome@stable), or set CHROME_PATH. ' +
        'Google Chrome itself ignores --load-extension since version 137 and cannot be used.',
    );
  }
  return found;
}

/** Chromium would not start with its sandbox (often: run as root in a container). */
export class SandboxUnavailable extends Error {
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

/**
 * `sandbox` (on by default): Chromium's own sandbox, as in a user's browser.
 * Off only when asked (--no-sandbox): the report's environment says which.
 */
export async function launchWithExtension(opts: { extensionDir: string; extraArgs?: string[]; executablePath?: string; sandbox?: boolean }): Promise<LaunchedBrowser> {
  const sandbox = opts.sandbox ?? true;
  const executablePath = opts.executablePath ?? findChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'temoin-profile-'));
  removeOnExit(userDataDir);
  // A user's browser: third-party cookies allowed (0 = allow, 1 = block in incognito, 2 = block).
  await mkdir(join(userDataDir, 'Default'), { recursive: true });
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const args = [
    ...QUIET_FLAGS,
    `--disable-extensions-except=${opts.extensionDir}`,
    `--load-extension=${opts.extensionDir}`,
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
    await rm(userDataDir, { recursive: true, force: true });
    liveProfiles.delete(userDataDir);
    if (sandbox && /sandbox|as root/i.test(String(e))) throw new SandboxUnavailable(String(e));
    throw e;
  }
  const version = context.browser()?.version() ?? (await versionFromPage(context));
  return {
    context,
    environment: {
      name: 'Chromium',
      version,
      headless: true,
      thirdPartyCookies: 'allowed',
      webdriverFlagHidden: true,
      sandbox,
      args: args.filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except')).map(maskBrowserArg),
    },
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
      liveProfiles.delete(userDataDir);
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
