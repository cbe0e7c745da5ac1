/**
 * The content scripts Témoin runs in pages while it observes (data, read by
 * the build and by the worker). They are not declared in the manifest: the
 * worker registers them when the user starts an observation and removes
 * them when it stops (src/background/observation.ts), so that pages browsed
 * outside an audit run none of our code.
 */
export interface ObservedPageScript {
  /** Registration id (scripting.registerContentScripts). */
  id: string;
  /** Source, relative to the project root; built as a standalone IIFE at the same path with `.js`. */
  source: string;
  world: 'MAIN' | 'ISOLATED';
  allFrames: boolean;
}

/**
 * The pages an observation covers: every http(s) page. Also the requests webRequest reports and
 * the access the popup and the report check; the manifest's host_permissions (JSON) must say the
 * same (test/unit/firefox-manifest.test.ts).
 */
export const OBSERVED_PAGES: readonly string[] = ['http://*/*', 'https://*/*'];

export const OBSERVED_PAGE_SCRIPTS: readonly ObservedPageScript[] = [
  // Main world: hooks document.cookie and the storages before the page's own scripts run.
  { id: 'temoin-probe', source: 'src/content/probe.ts', world: 'MAIN', allFrames: true },
  // Every frame: forwards the probe's cookie writes, the first interaction, storage keys.
  { id: 'temoin-every-frame', source: 'src/content/every-frame.ts', world: 'ISOLATED', allFrames: true },
  // Top frame: the page scan (links, notice text, consent banner).
  { id: 'temoin-top-frame', source: 'src/content/top-frame.ts', world: 'ISOLATED', allFrames: false },
];

/** Where the build puts a script (the extension's path for `js`). */
export const builtPath = (s: Pick<ObservedPageScript, 'source'>): string => s.source.replace(/\.ts$/, '.js');
