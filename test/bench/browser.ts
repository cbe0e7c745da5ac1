/**
 * Browser figures for `npm run bench` (real Chromium, loopback only):
 * content-script cost on the page's main thread with and without the
 * extension (observing, and installed but not observing), audit wall time (single, and batch at concurrency 1, 2, 4) with
 * peak browser memory, and the service worker's heap.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext } from 'playwright-core';
import { DIST, ROOT, ensureBuilt } from '../../src/cli/build.ts';
import { MIN_OBSERVATION_MS, OBSERVATION_WINDOW_MS } from '../../src/cli/driver.ts';

const CORES = availableParallelism();
import { findChromium, launchWithExtension, sandboxUsable, QUIET_FLAGS, type LaunchedBrowser } from '../../src/cli/chromium.ts';
import { connect, getReport, waitForSettle } from '../../src/cli/driver.ts';
import { runAudit } from '../../src/cli/run-audit.ts';
import { runBatch } from '../../src/cli/batch.ts';
import { HTML, send, startSites, type Sites } from '../../src/demo-ent/https-sites.ts';
import { DEMO_HOME, startDemoEnt } from '../../src/demo-ent/server.ts';
import { FIXTURE, startFixtureSites } from '../fixtures/sites.ts';
import { bannerDetection, scenarioTime } from './banners.ts';
import { bannerUrl, startBannerSites } from '../fixtures/banners.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The first and third quartiles, as printed text. */
const quartiles = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor((s.length - 1) / 4)]!.toFixed(1)}–${s[Math.floor((3 * (s.length - 1)) / 4)]!.toFixed(1)}`;
};

/** A 20,000-element page with a footer, as a heavy ENT page can be. */
function bigPage(): string {
  const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>${i}</td><td>Élève ${i}</td><td><a href="/eleve/${i}">fiche</a></td><td>${i % 20}/20</td><td><span>ok</span></td></tr>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Vie scolaire – notes</title></head><body><table>${rows}</table>
<footer><a href="/donnees-personnelles">Données personnelles</a> <a href="/mentions-legales">Mentions légales</a></footer></body></html>`;
}

/**
 * A portal page of a real ENT's size (about 1,100 elements, 280 links: menus, application tiles, news,
 * a timetable, a footer), without scripts of its own. The demo home is much smaller (under
 * a hundred elements); real ENT pages have hundreds to a few thousand.
 */
function entSizedPage(): string {
  const menus = Array.from({ length: 8 }, (_, m) => `<li><a href="/menu/${m}">Rubrique ${m}</a><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/menu/${m}/${i}">Service ${m}.${i}</a></li>`).join('')}</ul></li>`).join('');
  const tiles = Array.from({ length: 24 }, (_, i) => `<li class="tuile"><a href="/appli/${i}"><span class="icone" aria-hidden="true"></span><span>Application ${i}</span></a></li>`).join('');
  const news = Array.from({ length: 80 }, (_, i) => `<article class="actu"><h3><a href="/actualites/${i}">Actualité ${i} de l'établissement</a></h3><p>Publié le <time datetime="2026-11-${String((i % 28) + 1).padStart(2, '0')}">${(i % 28) + 1} novembre</time> par <em>la vie scolaire</em>.</p><p>Texte de l'actualité ${i}, avec <a href="/pieces/${i}">une pièce jointe</a>.</p></article>`).join('');
  const hours = Array.from({ length: 10 }, (_, h) => `<tr><th scope="row">${8 + h} h</th>${Array.from({ length: 5 }, (_, d) => `<td><span class="cours">Cours ${h}.${d}</span> <small>salle ${100 + d}</small></td>`).join('')}</tr>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mon ENT – accueil</title></head><body>
<header><a href="/">Mon ENT</a><nav aria-label="Menu principal"><ul>${menus}</ul></nav></header>
<main><section><h2>Mes applications</h2><ul>${tiles}</ul></section><section><h2>Actualités</h2>${news}</section>
<section><h2>Emploi du temps</h2><table><thead><tr><th></th><th>Lundi</th><th>Mardi</th><th>Mercredi</th><th>Jeudi</th><th>Vendredi</th></tr></thead><tbody>${hours}</tbody></table></section></main>
<footer><ul><li><a href="/donnees-personnelles">Données personnelles</a></li><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibilite">Accessibilité : non conforme</a></li></ul></footer></body></html>`;
}

/** A page that runs no script of its own: whatever scripting it shows is the extension's. */
const QUIET_PAGE = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cahier de textes</title></head><body><main><h1>Cahier de textes</h1><p>Rien à faire pour demain.</p></main><footer><a href="/donnees-personnelles">Données personnelles</a></footer></body></html>';

/**
 * The machine's yardstick: a page whose own script does a fixed piece of work
 * of the kind a content script does (builds 2,000 links in a footer, asks
 * for them by selector, reads their text and tests it). Its CPU time,
 * measured in the same run, says how fast the machine was that day: the same
 * build of Témoin costs more on a slower day, and so does this.
 */
const REFERENCE_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Étalon</title></head><body><footer></footer><script>
const footer = document.querySelector('footer');
for (let i = 0; i < 2000; i++) { const a = document.createElement('a'); a.href = '/page/' + i; a.textContent = 'Données personnelles ' + i; footer.appendChild(a); }
let n = 0;
for (const a of document.querySelectorAll('footer a[href]')) if (/donnees personnelles 1\\d*$/.test(a.textContent.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase())) n++;
document.title = 'Étalon ' + n;
</script></body></html>`;

const REFERENCE_URL = 'https://etalon.lycee-demo-big.fr/';

interface LoadCost {
  /** Chromium's ScriptDuration for the page (every frame of its renderer), ms. */
  scripting: number;
  /** Main-thread time in tasks of the extension's own scripts (evaluation and callbacks, every frame), from the trace, ms. */
  ours: number;
  /** The CPU time of those same tasks (the thread's own clock: without the time the thread waited for a core), ms. */
  oursCpu: number;
  /** The part of `ours` and `oursCpu` on the page's own main thread (the top frame's renderer; an out-of-process embed has a thread of its own), ms. */
  topOurs: number;
  topOursCpu: number;
  /** CPU time of the page's own scripts on its main thread (with any of ours they call into, such as the probe's cookie setter), ms. */
  pageCpu: number;
  /** CPU time of all scripts on the page's main thread, its own and ours (each moment counted once), ms. */
  scriptCpu: number;
}

const LOAD_SETTLE_MS = 2500; // the first scan runs at the first idle moment after load

/** One load of `url`, traced: the page's scripting time and the part spent in the extension's scripts. */
async function loadCost(context: BrowserContext, url: string): Promise<LoadCost> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { url?: string; frame?: string } } };
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Performance.enable');
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline'] } });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(LOAD_SETTLE_MS);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadOf));
  // Outermost evaluation and callback events of scripts, on renderer main threads: the extension's, and the page's own.
  const scripts = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && mainThreads.has(threadOf(e)) && /^(chrome-extension|https?):\/\//.test(e.args?.data?.url ?? ''))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // The page's main thread: the one that runs the top frame (same-process frames share it).
  const top = events.find((e) => mainThreads.has(threadOf(e)) && e.args?.data?.frame === frameTree.frame.id);
  const topThread = top ? threadOf(top) : null;
  const onTop = (e: TraceEvent) => threadOf(e) === topThread;
  const isOurs = (e: TraceEvent) => e.args!.data!.url!.startsWith('chrome-extension://');
  /** The events of a list not nested in an earlier one of the same list on their thread (the list sorted as `scripts` is): each moment once. */
  const outermost = (list: TraceEvent[]) => {
    const ends = new Map<string, number>();
    return list.filter((e) => {
      if (e.ts + e.dur! <= (ends.get(threadOf(e)) ?? 0)) return false;
      ends.set(threadOf(e), e.ts + e.dur!);
      return true;
    });
  };
  const wall = (list: TraceEvent[]) => list.reduce((n, e) => n + e.dur! / 1000, 0);
  const cpu = (list: TraceEvent[]) => list.reduce((n, e) => n + (e.tdur ?? e.dur!) / 1000, 0);
  const mine = outermost(scripts.filter(isOurs));
  const topMine = mine.filter(onTop);
  return {
    scripting: (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000,
    ours: wall(mine),
    oursCpu: cpu(mine),
    topOurs: wall(topMine),
    topOursCpu: cpu(topMine),
    pageCpu: cpu(outermost(scripts.filter((e) => onTop(e) && !isOurs(e)))),
    scriptCpu: cpu(outermost(scripts.filter(onTop))),
  };
}

async function plainBrowser(args: string[]): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'temoin-bench-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: findChromium(), headless: true, chromiumSandbox: sandboxUsable(), args: [...QUIET_FLAGS, ...args] });
  return { context, close: async () => { await context.close(); await rm(dir, { recursive: true, force: true }); } };
}

const LOADS = 11;

/** A build to measure: its directory, and how the printout names it. */
interface Build {
  dir: string;
  label: string;
}

/**
 * The content-script cost of one build, or of two side by side (`compare`):
 * each load of a page is taken without the extension, then with each build,
 * in turns (each build first in every other round), so that both builds
 * see the same moments of a machine whose speed drifts (on this 2-core VM, the same build measures up to 0.5 ms
 * apart from one run to the next). Two builds are compared by the median
 * of the per-round differences of their CPU time on the page's main thread.
 */
async function contentScriptCost(resolverRules: string, builds: Build[], loads = LOADS): Promise<void> {
  const args = [`--host-resolver-rules=${resolverRules}`, '--ignore-certificate-errors'];
  const compared = builds.length > 1;
  console.log(`\n== Content-script cost on the page main thread (median of ${loads} loads, without the extension and with ${compared ? 'each build' : 'it'} taken in turns, ${LOAD_SETTLE_MS / 1000} s after load) ==`);
  console.log('  "scripting": Chromium\'s ScriptDuration for the page, all its frames, with the page\'s own scripts (a noisy difference when the page runs scripts);');
  console.log('  "in Témoin\'s scripts": the main-thread tasks of the extension\'s scripts alone, from a Chromium trace (every frame): the sharper figure;');
  console.log('  "CPU": the thread time of those tasks (without the waits for a core on a busy machine, nor for the browser process): the steadiest figure;');
  console.log('  "page\'s main thread": the part of them on the thread that runs the top frame (an out-of-process embed runs on a thread of its own, in parallel).');
  if (compared) console.log(`  Builds: ${builds.map((b) => `${b.label} = ${b.dir}`).join('; ')}.`);
  const without = await plainBrowser(args);
  const withExt: LaunchedBrowser[] = [];
  // One build alone: also with the extension installed but not observing, as on any page outside an observation.
  let idle: LaunchedBrowser | null = null;
  try {
    for (const b of builds) {
      const launched = await launchWithExtension({ extensionDir: b.dir, extraArgs: args, sandbox: sandboxUsable() });
      withExt.push(launched);
      await connect(launched.context);
    }
    if (!compared) {
      idle = await launchWithExtension({ extensionDir: builds[0]!.dir, extraArgs: args, sandbox: sandboxUsable() });
      await connect(idle.context, { observe: false });
    }
    const reference: number[] = [];
    for (let i = 0; i < loads; i++) reference.push((await loadCost(without.context, REFERENCE_URL)).pageCpu);
    const check = await without.context.newPage();
    await check.goto(REFERENCE_URL);
    const done = (await check.title()) === 'Étalon 1111'; // the script did its whole work
    await check.close();
    if (!done || !(median(reference) > 0)) throw new Error('the yardstick page did not run its work');
    console.log(`  This machine's yardstick, a page's own script doing fixed work (2,000 footer links built, asked for, read and tested; no extension): CPU ${median(reference).toFixed(1)} ms (quartiles ${quartiles(reference)})`);
    const pages = [
      ['demo ENT home (2 frames)', DEMO_HOME],
      ['page running no script', 'https://cahier.lycee-demo-big.fr/'],
      ['ENT-sized, 1,100 elements', 'https://portail.lycee-demo-big.fr/'],
      ['20,000-element page', 'https://notes.lycee-demo-big.fr/'],
      ['tarteaucitron banner', bannerUrl('www.ecole-tarteaucitron.fr')],
    ] as const;
    for (const [name, url] of pages) {
      const a: LoadCost[] = [];
      const b: LoadCost[][] = builds.map(() => []);
      const c: LoadCost[] = [];
      for (let i = 0; i < loads; i++) {
        a.push(await loadCost(without.context, url));
        if (idle) c.push(await loadCost(idle.context, url));
        // Two builds: each goes first in every other round (no build always loads right after the plain browser).
        const order = builds.map((_, k) => k);
        if (i % 2) order.reverse();
        for (const k of order) b[k]!.push(await loadCost(withExt[k]!.context, url));
      }
      const sa = median(a.map((x) => x.scripting));
      const ownWithout = median(a.map((x) => x.scriptCpu)); // the page's own scripts: no extension there
      for (let k = 0; k < builds.length; k++) {
        const sb = median(b[k]!.map((x) => x.scripting));
        const ours = b[k]!.map((x) => x.ours);
        const cpu = b[k]!.map((x) => x.oursCpu);
        const topOurs = b[k]!.map((x) => x.topOurs);
        const topCpu = b[k]!.map((x) => x.topOursCpu);
        const ratio = sa >= 1 ? `×${(sb / sa).toFixed(2)}` : '× — (page runs no script)';
        const head = compared ? `${name} [${builds[k]!.label}]` : name;
        console.log(
          `  ${head.padEnd(25)} scripting without ${sa.toFixed(1).padStart(5)} ms, with ${sb.toFixed(1).padStart(5)} ms (added ${(sb - sa).toFixed(1).padStart(5)} ms, ${ratio})   in Témoin's scripts ${median(ours).toFixed(1).padStart(5)} ms (quartiles ${quartiles(ours)}), CPU ${median(cpu).toFixed(1).padStart(4)} ms (${quartiles(cpu)})`,
        );
        console.log(`  ${''.padEnd(25)} of which on the page's main thread ${median(topOurs).toFixed(1).padStart(5)} ms (quartiles ${quartiles(topOurs)}), CPU ${median(topCpu).toFixed(2).padStart(5)} ms (${quartiles(topCpu)})`);
        // Scripting CPU on the page's main thread, side by side: the page's own scripts without the
        // extension, against all scripts with it (what runs first sets up what the other then finds
        // ready, and our hooks run inside the page's calls: only the whole says what is added).
        if (ownWithout >= 0.5) {
          const all = median(b[k]!.map((x) => x.scriptCpu));
          const ownWith = median(b[k]!.map((x) => x.pageCpu));
          console.log(`  ${''.padEnd(25)} scripting CPU on the page's main thread: without ${ownWithout.toFixed(1)} ms (the page's own scripts), with ${all.toFixed(1)} ms (the page's own, our hooks they call included, ${ownWith.toFixed(1)}): added ${(all - ownWithout).toFixed(1)} ms, ×${(all / ownWithout).toFixed(2)}`);
        }
      }
      if (idle) {
        const sc = median(c.map((x) => x.scripting));
        const cpu = ownWithout >= 0.5 ? `, scripting CPU on the page's main thread ${median(c.map((x) => x.scriptCpu)).toFixed(1)} ms against ${ownWithout.toFixed(1)} ms` : '';
        console.log(
          `  ${''.padEnd(25)} installed, not observing (any page outside an observation): in Témoin's scripts ${median(c.map((x) => x.ours)).toFixed(1)} ms, CPU ${median(c.map((x) => x.oursCpu)).toFixed(1)} ms; scripting ${sc.toFixed(1)} ms against ${sa.toFixed(1)} ms without the extension${cpu}`,
        );
      }
      if (compared) {
        const diff = b[1]!.map((x, i) => x.topOursCpu - b[0]![i]!.topOursCpu);
        console.log(`  ${''.padEnd(25)} ${builds[1]!.label} − ${builds[0]!.label}, page's main thread CPU, per round: median ${median(diff) >= 0 ? '+' : ''}${median(diff).toFixed(2)} ms (quartiles ${quartiles(diff)})`);
      }
    }
  } finally {
    await without.close();
    for (const w of withExt) await w.close();
    await idle?.close();
  }
}

/** Resident memory of all Chromium processes, in MB (Linux ps). */
function chromiumRssMb(): number {
  try {
    const out = execFileSync('ps', ['-eo', 'rss=,comm='], { encoding: 'utf8' });
    return Math.round(out.split('\n').filter((l) => /chrom/i.test(l)).reduce((n, l) => n + Number(l.trim().split(/\s+/)[0] ?? 0), 0) / 1024);
  } catch {
    return NaN;
  }
}

async function auditTimes(sites: Sites, demoRule: string): Promise<void> {
  const browserArgs = [`--host-resolver-rules=${demoRule}, ${sites.resolverRule}`, '--ignore-certificate-errors'];
  console.log('\n== Audit wall time ==');
  const singles: number[] = [];
  /** Each phase of each run, in seconds: from one progress step to the next, the last to the browser closed. */
  const phases = new Map<string, number[]>();
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    let step = 'start';
    let at = t;
    const mark = (next: string) => {
      const now = performance.now();
      phases.set(step, [...(phases.get(step) ?? []), (now - at) / 1000]);
      step = next;
      at = now;
    };
    await runAudit({ url: DEMO_HOME, extensionDir: DIST, browserArgs, sandbox: sandboxUsable(), onProgress: (s) => mark(s) });
    mark('end');
    singles.push((performance.now() - t) / 1000);
  }
  console.log(`  single audit of the demo ENT (browser start, 2 visits, footer links): median ${median(singles).toFixed(2)} s (${singles.map((s) => s.toFixed(2)).join(', ')})`);
  const PHASE: Record<string, string> = {
    launch: 'browser start (Chromium with the extension, its worker ready)',
    visit: `first visit (load, settle, footer links; watched ${OBSERVATION_WINDOW_MS / 1000} s after load, or at least ${MIN_OBSERVATION_MS / 1000} s when nothing is scheduled)`,
    revisit: 'new visit (reload, settle: renewals)',
    login: 'login page the site links to',
    pdf: 'PDF notices read',
    report: 'report and browser closed',
  };
  for (const [k, xs] of phases) if (PHASE[k]) console.log(`    ${PHASE[k]}: median ${median(xs).toFixed(2)} s`);
  const urls = [DEMO_HOME, FIXTURE.exempt, FIXTURE.uid, FIXTURE.video, FIXTURE.popover, FIXTURE.pdf, FIXTURE.loginWall, `${DEMO_HOME}auth/login`];
  let base = 0;
  for (const concurrency of [1, 2, 4]) {
    const dir = await mkdtemp(join(tmpdir(), 'temoin-bench-batch-'));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, chromiumRssMb())), 300);
    const t = performance.now();
    const results = await runBatch({ urls, outDir: dir, extensionDir: DIST, concurrency, timeoutSeconds: 60, force: true, browserArgs, lang: 'fr', sandbox: sandboxUsable() });
    const s = (performance.now() - t) / 1000;
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
    if (concurrency === 1) base = s;
    const ok = results.filter((r) => r.status === 'ok').length;
    const perHour = (ok * 3600) / s;
    console.log(`  batch of ${urls.length} sites, concurrency ${concurrency}: ${s.toFixed(1)} s, ${(s / urls.length).toFixed(2)} s per site, speed-up ×${(base / s).toFixed(2)}, ${ok}/${urls.length} ok, peak Chromium memory ≈ ${peak} MB; ${Math.round(perHour)} sites per hour, ${Math.round(perHour / CORES)} per hour per core (${CORES} cores)`);
  }
}

/** The command as a user runs it, process start included: `node dist-cli/temoin.js` (what `npm pack` ships). */
async function packedCommand(): Promise<void> {
  console.log('\n== The packed command, process start included ==');
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: ROOT, env: { ...process.env, TEMOIN_BUILD: 'cli' }, stdio: 'ignore' });
  const bin = join(ROOT, 'dist-cli', 'temoin.js');
  const run = (args: string[]) => {
    const t = performance.now();
    execFileSync(process.execPath, [bin, ...args], { cwd: ROOT, stdio: 'ignore' });
    return performance.now() - t;
  };
  const help = Array.from({ length: 5 }, () => run(['--help']));
  console.log(`  process start (temoin --help: Node and the command's modules): median ${median(help).toFixed(0)} ms`);
  const dir = await mkdtemp(join(tmpdir(), 'temoin-bench-cmd-'));
  try {
    const demo = Array.from({ length: 3 }, (_, i) => run(['--out', join(dir, `demo-${i}.json`), '--format', 'json']) / 1000);
    console.log(`  temoin (the demo ENT, served by the command itself), JSON only: median ${median(demo).toFixed(2)} s (${demo.map((x) => x.toFixed(2)).join(', ')}); goal ≤ 4 s`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function workerHeap(demoRule: string): Promise<void> {
  console.log('\n== Service worker ==');
  const b = await launchWithExtension({ extensionDir: DIST, extraArgs: [`--host-resolver-rules=${demoRule}`, '--ignore-certificate-errors'], sandbox: sandboxUsable() });
  try {
    const ext = await connect(b.context);
    const { page } = await ext.openTab(DEMO_HOME);
    await page.waitForTimeout(3000);
    const cdp = await b.context.newCDPSession(ext.page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(ext.id));
    if (!sw) throw new Error('no worker target');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
    const heap = await new Promise<{ usedSize: number; totalSize: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer')), 5000);
      cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number; totalSize: number } };
        if (m.id === 1 && m.result) {
          clearTimeout(timer);
          resolve(m.result);
        }
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    });
    console.log(`  JS heap after auditing the demo ENT: ${(heap.usedSize / 1048576).toFixed(1)} MB used of ${(heap.totalSize / 1048576).toFixed(1)} MB`);
  } catch (e) {
    console.log(`  JS heap: not measured (${(e as Error).message})`);
  } finally {
    await b.close();
  }
}

/**
 * Every browser figure; or, with `contentScriptOnly`, the content-script cost
 * alone: of the given build (`--extension-dir`), or of two builds side by
 * side (`--compare <other build>`: the other build against dist/, loaded in
 * turns), over `loads` loads of each page.
 */
/**
 * The adversarial fixture (www.lycee-adverse.fr): each attack on the record
 * it tries, and whether it changed what the report says. Goal: 0.
 */
async function attacks(sites: Sites): Promise<void> {
  console.log('\n== Attacks on the record (fixture www.lycee-adverse.fr) ==');
  const b = await launchWithExtension({ extensionDir: DIST, extraArgs: [`--host-resolver-rules=${sites.resolverRule}`, '--ignore-certificate-errors'], sandbox: sandboxUsable() });
  try {
    const ext = await connect(b.context);
    const { tabId, page } = await ext.openTab(FIXTURE.adverse);
    await waitForSettle(ext, tabId, page, { expectedPages: 1 });
    await page.waitForTimeout(1000);
    await page.goto(`${FIXTURE.adverse}eleve/marie.martin/accueil`);
    await waitForSettle(ext, tabId, page, { expectedPages: 2 });
    const r = await getReport(ext, tabId);
    const names = r.cookies.map((c) => c.name);
    const checks: [string, boolean][] = [
      ['forged probe messages', !names.includes('forge_exemple') && !names.includes('forge_canal')],
      ['native setter from a frame it made', (r.cookies.find((c) => c.name === '_pk_id.9.abcd')?.declaredLifetimeDays ?? 0) > 1000],
      ['storage written from that frame', r.storage.some((s) => s.key === 'suivi.visiteur')],
      ['tracker behind 1,100 junk hosts and 2,500 deletions', r.thirdParties.some((t) => t.host === 'www.google-analytics.com') && !r.findings.some((f) => f.rule === 'consent.no-tracker-before-consent' && f.status === 'pass')],
      ['a name in the title, address and footer', !/marie|martin|20231187/i.test(JSON.stringify(r))],
    ];
    for (const [what, held] of checks) console.log(`  ${what.padEnd(52)} ${held ? 'held' : 'CHANGED THE REPORT'}`);
    console.log(`  attacks tried: ${checks.length}; that changed what the report says: ${checks.filter(([, h]) => !h).length} (goal 0)`);
  } finally {
    await b.close();
  }
}

export async function browserBenchmarks(opts: { contentScriptOnly?: boolean; attacksOnly?: boolean; auditsOnly?: boolean; extensionDir?: string; compareWith?: string; loads?: number } = {}): Promise<void> {
  findChromium();
  await ensureBuilt();
  const demo = await startDemoEnt();
  const big = await startSites({
    'notes.lycee-demo-big.fr': (_req, res, path) => (path === '/' ? send(res, 200, HTML, bigPage()) : send(res, 404, HTML, '')),
    'cahier.lycee-demo-big.fr': (_req, res, path) => (path === '/' ? send(res, 200, HTML, QUIET_PAGE) : send(res, 404, HTML, '')),
    'etalon.lycee-demo-big.fr': (_req, res, path) => (path === '/' ? send(res, 200, HTML, REFERENCE_PAGE) : send(res, 404, HTML, '')),
    'portail.lycee-demo-big.fr': (_req, res, path) => (path === '/' ? send(res, 200, HTML, entSizedPage()) : send(res, 404, HTML, '')),
  });
  const sites = await startFixtureSites();
  const banners = await startBannerSites();
  try {
    if (opts.attacksOnly) return await attacks(sites);
    if (opts.auditsOnly) {
      await auditTimes(sites, demo.resolverRule);
      await packedCommand();
      return await scenarioTime(banners);
    }
    const builds: Build[] = [{ dir: opts.extensionDir ?? DIST, label: opts.compareWith ? 'A' : 'this build' }];
    if (opts.compareWith) builds.push({ dir: opts.compareWith, label: 'B' });
    await contentScriptCost(`${demo.resolverRule}, ${big.resolverRule}, ${banners.resolverRule}`, builds, opts.loads);
    if (opts.contentScriptOnly) return;
    await auditTimes(sites, demo.resolverRule);
    await packedCommand();
    await attacks(sites);
    await workerHeap(demo.resolverRule);
    await bannerDetection(banners);
    await scenarioTime(banners);
  } finally {
    await Promise.all([demo.close(), big.close(), sites.close(), banners.close()]);
  }
}
