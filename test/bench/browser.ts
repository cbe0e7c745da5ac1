/**
 * Browser figures for `npm run bench` (real Chromium, loopback only):
 * content-script cost on the page's main thread with and without the
 * extension, audit wall time (single, and batch at concurrency 1, 2, 4) with
 * peak browser memory, and the service worker's heap.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type BrowserContext } from 'playwright-core';
import { DIST, ensureBuilt } from '../../src/cli/build.ts';
import { findChromium, launchWithExtension, QUIET_FLAGS } from '../../src/cli/chromium.ts';
import { connect } from '../../src/cli/driver.ts';
import { runAudit } from '../../src/cli/run-audit.ts';
import { runBatch } from '../../src/cli/batch.ts';
import { HTML, send, startSites, type Sites } from '../../src/demo-ent/https-sites.ts';
import { DEMO_HOME, startDemoEnt } from '../../src/demo-ent/server.ts';
import { FIXTURE, startFixtureSites } from '../fixtures/sites.ts';
import { bannerDetection, scenarioTime } from './banners.ts';
import { bannerUrl, startBannerSites } from '../fixtures/banners.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A 20,000-element page with a footer, as a heavy ENT page can be. */
function bigPage(): string {
  const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>${i}</td><td>Élève ${i}</td><td><a href="/eleve/${i}">fiche</a></td><td>${i % 20}/20</td><td><span>ok</span></td></tr>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Vie scolaire – notes</title></head><body><table>${rows}</table>
<footer><a href="/donnees-personnelles">Données personnelles</a> <a href="/mentions-legales">Mentions légales</a></footer></body></html>`;
}

/** Main-thread scripting time (ms) a page costs, from Chromium's own counters, after it has settled. */
async function scriptingMs(context: BrowserContext, url: string, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(2200); // the content script scans again 1.5 s after load
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    out.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
    await page.close();
  }
  return out;
}

async function plainBrowser(args: string[]): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'temoin-bench-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: findChromium(), headless: true, args: [...QUIET_FLAGS, ...args] });
  return { context, close: async () => { await context.close(); await rm(dir, { recursive: true, force: true }); } };
}

async function contentScriptCost(demoRule: string, bigRule: string, bannerRule: string): Promise<void> {
  const args = [`--host-resolver-rules=${demoRule}, ${bigRule}, ${bannerRule}`, '--ignore-certificate-errors'];
  console.log('\n== Content-script cost on the page main thread (Chromium ScriptDuration, median of 5 loads, 2.2 s after load) ==');
  const without = await plainBrowser(args);
  const withExt = await launchWithExtension({ extensionDir: DIST, extraArgs: args });
  await connect(withExt.context);
  try {
    const pages = [
      ['demo ENT home page', DEMO_HOME],
      ['20,000-element page', 'https://notes.lycee-demo-big.fr/'],
      ['tarteaucitron banner', bannerUrl('www.ecole-tarteaucitron.fr')],
    ] as const;
    for (const [name, url] of pages) {
      const a = median(await scriptingMs(without.context, url, 5));
      const b = median(await scriptingMs(withExt.context, url, 5));
      const ratio = a >= 1 ? `ratio ${(b / a).toFixed(2)}` : 'ratio — (the page itself runs no script)';
      console.log(`  ${name.padEnd(22)} without ${a.toFixed(1).padStart(6)} ms   with ${b.toFixed(1).padStart(6)} ms   added ${(b - a).toFixed(1).padStart(5)} ms   ${ratio}`);
    }
  } finally {
    await without.close();
    await withExt.close();
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
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await runAudit({ url: DEMO_HOME, extensionDir: DIST, browserArgs });
    singles.push((performance.now() - t) / 1000);
  }
  console.log(`  single audit of the demo ENT (browser start, 2 visits, footer links): median ${median(singles).toFixed(2)} s (${singles.map((s) => s.toFixed(2)).join(', ')})`);
  const urls = [DEMO_HOME, FIXTURE.exempt, FIXTURE.uid, FIXTURE.video, FIXTURE.popover, FIXTURE.pdf, FIXTURE.loginWall, `${DEMO_HOME}auth/login`];
  let base = 0;
  for (const concurrency of [1, 2, 4]) {
    const dir = await mkdtemp(join(tmpdir(), 'temoin-bench-batch-'));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, chromiumRssMb())), 300);
    const t = performance.now();
    const results = await runBatch({ urls, outDir: dir, extensionDir: DIST, concurrency, timeoutSeconds: 60, force: true, browserArgs, lang: 'fr' });
    const s = (performance.now() - t) / 1000;
    clearInterval(sampler);
    await rm(dir, { recursive: true, force: true });
    if (concurrency === 1) base = s;
    const ok = results.filter((r) => r.status === 'ok').length;
    console.log(`  batch of ${urls.length} sites, concurrency ${concurrency}: ${s.toFixed(1)} s, ${(s / urls.length).toFixed(2)} s per site, speed-up ×${(base / s).toFixed(2)}, ${ok}/${urls.length} ok, peak Chromium memory ≈ ${peak} MB`);
  }
}

async function workerHeap(demoRule: string): Promise<void> {
  console.log('\n== Service worker ==');
  const b = await launchWithExtension({ extensionDir: DIST, extraArgs: [`--host-resolver-rules=${demoRule}`, '--ignore-certificate-errors'] });
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

export async function browserBenchmarks(): Promise<void> {
  findChromium();
  await ensureBuilt();
  const demo = await startDemoEnt();
  const big = await startSites({ 'notes.lycee-demo-big.fr': (_req, res, path) => (path === '/' ? send(res, 200, HTML, bigPage()) : send(res, 404, HTML, '')) });
  const sites = await startFixtureSites();
  const banners = await startBannerSites();
  try {
    await contentScriptCost(demo.resolverRule, big.resolverRule, banners.resolverRule);
    await auditTimes(sites, demo.resolverRule);
    await workerHeap(demo.resolverRule);
    await bannerDetection(banners);
    await scenarioTime(banners);
  } finally {
    await Promise.all([demo.close(), big.close(), sites.close(), banners.close()]);
  }
}
