/**
 * Verdict accuracy for `npm run bench`, on the labelled cases of
 * labelled-verdicts.json: each case is replayed into an inventory the way
 * the collectors record (Set-Cookie lines, script writes, hits, cookies
 * already in the browser), audited, and every labelled verdict compared.
 * The tuned and held-out parts are reported apart. A false "pass" (or a
 * false "exempt") is counted on its own: it is the worst error Témoin can
 * make.
 */
import { readFileSync } from 'node:fs';
import { audit } from '../../src/audit/audit.ts';
import { DAY_MS } from '../../src/audit/lifetime.ts';
import { KNOWLEDGE } from '../../src/knowledge/index.ts';
import { recordInteraction, recordNavigation, recordRequest, recordScan, recordScriptCookies, recordSetCookieHeaders, recordStoreCookie } from '../../src/background/record.ts';
import { shortHash } from '../../src/audit/hash.ts';
import { identifierPart } from '../../src/audit/cookie-value.ts';
import type { Inventory } from '../../src/shared/inventory.ts';
import type { Report } from '../../src/report/types.ts';
import { RULE_IDS } from '../../src/audit/rules/index.ts';

type Step =
  | { visit: string; after?: number }
  | { http: string[]; url?: string; after?: number }
  | { script: { name: string; days: number; value: string; domain?: string }; after?: number }
  | { hit: string; body?: string; after?: number }
  | { store: { name: string; days: number; createdDaysAgo?: number }; after?: number }
  | { interaction: true; after?: number }
  | { scan: { title: string; links: { text: string; href: string; inFooter?: boolean; hidden?: boolean }[]; password?: boolean; logout?: boolean }; after?: number };

interface Case {
  id: string;
  part: 'tune' | 'held-out';
  day: string;
  steps: Step[];
  expect: Record<string, string>;
  needs?: Record<string, boolean | null>;
}

const HOME = 'https://ent.lycee-demo.fr/';

export function replay(c: Case): Report {
  let now = Date.parse(`${c.day}T09:00:00Z`);
  let inv: Inventory = recordNavigation(null, 1, HOME, now)!;
  let page = HOME;
  for (const s of c.steps) {
    now += (s.after ?? 0) * 1000;
    if ('visit' in s) {
      inv = recordNavigation(inv, 1, s.visit, now)!;
      page = s.visit;
    } else if ('http' in s) recordSetCookieHeaders(inv, s.url ?? page, s.http, now);
    else if ('script' in s) {
      const w = s.script;
      recordScriptCookies(inv, page, [{ name: w.name, valueHash: shortHash(identifierPart(w.name, w.value)), domain: w.domain, path: '/', expiresAt: now + w.days * DAY_MS, partitioned: false, at: now }], now);
    } else if ('hit' in s) recordRequest(inv, s.hit, 'image', now, s.body ?? null, KNOWLEDGE.observedKeys);
    else if ('store' in s) {
      const created = s.store.createdDaysAgo === undefined ? undefined : Math.floor((now - s.store.createdDaysAgo * DAY_MS) / DAY_MS) * DAY_MS;
      recordStoreCookie(
        inv,
        { name: s.store.name, domain: new URL(page).hostname, hostOnly: true, path: '/', session: false, expirationDate: (now + s.store.days * DAY_MS) / 1000, secure: true, httpOnly: false, sameSite: 'lax', ...(created !== undefined ? { createdDay: created } : {}) },
        null,
        now,
      );
    } else if ('scan' in s) {
      const sc = s.scan;
      recordScan(inv, { url: page, title: sc.title, hasPasswordField: !!sc.password, roleHint: 'other', truncated: false, ...(sc.logout ? { hasLogout: true } : {}), links: sc.links.map((l) => ({ text: l.text, href: l.href, inFooter: l.inFooter ?? true, inShadowDom: false, hidden: !!l.hidden })) }, now);
    } else recordInteraction(inv, now);
  }
  return audit(inv, { toolVersion: 'bench', now: now + 60_000, environment: { collectedBy: 'extension', userAgent: null } });
}

function statusOf(r: Report, key: string): string {
  const [rule, subject] = key.split('/') as [string, string | undefined];
  const f = r.findings.find((x) => x.rule === rule && (subject === undefined || x.subject?.startsWith(subject)));
  return f?.status ?? 'absent';
}

export function verdictAccuracy(): void {
  const cases = (JSON.parse(readFileSync(new URL('./labelled-verdicts.json', import.meta.url), 'utf8')) as { cases: Case[] }).cases;
  console.log(`\n== Verdicts (${cases.length} labelled cases, test/bench/labelled-verdicts.json) ==`);
  for (const part of ['tune', 'held-out'] as const) {
    let total = 0;
    let right = 0;
    let falsePass = 0;
    let needsTotal = 0;
    let needsRight = 0;
    let falseExempt = 0;
    const misses: string[] = [];
    /** Per rule id (from the rules themselves, src/audit/rules/index.ts): labelled verdicts, right ones. */
    const perRule = new Map<string, { total: number; right: number }>(RULE_IDS.map((id) => [id, { total: 0, right: 0 }]));
    const set = cases.filter((c) => c.part === part);
    for (const c of set) {
      const r = replay(c);
      for (const [key, want] of Object.entries(c.expect)) {
        total++;
        const got = statusOf(r, key);
        const rule = perRule.get(key.split('/')[0]!);
        if (rule) rule.total++;
        if (got === want) {
          right++;
          if (rule) rule.right++;
        }
        else {
          if (got === 'pass' && want !== 'pass') falsePass++;
          misses.push(`${c.id} ${key}: ${got}, labelled ${want}`);
        }
      }
      for (const [name, want] of Object.entries(c.needs ?? {})) {
        needsTotal++;
        const got = r.cookies.find((x) => x.name === name)?.needsConsent;
        if (got === want) needsRight++;
        else {
          if (got === false && want !== false) falseExempt++;
          misses.push(`${c.id} needsConsent(${name}): ${String(got)}, labelled ${String(want)}`);
        }
      }
    }
    const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
    console.log(`  ${part === 'tune' ? 'tuned part   ' : 'held-out part'} (${set.length} cases): verdicts ${right}/${total} = ${pct(right, total)}; consent need ${needsRight}/${needsTotal} = ${pct(needsRight, needsTotal)}; false pass ${falsePass}, false exempt ${falseExempt}`);
    console.log(`    per rule: ${[...perRule].map(([id, x]) => `${id} ${x.right}/${x.total}`).join(', ')}`);
    for (const m of misses) console.log(`    miss: ${m}`);
  }
}
