/** Requests: every request the tab made, counted per host, with the names of its keys. */
import { maskUrl } from '../../audit/mask-url.ts';
import { requestFacts } from '../../audit/request-facts.ts';
import { parseUrl } from '../../audit/url.ts';
import { domainMatches } from '../../audit/party.ts';
import { KNOWLEDGE } from '../../knowledge/index.ts';
import { vendorOfHost } from '../../audit/classify.ts';
import { clip, type Inventory } from '../../shared/inventory.ts';
import { INVENTORY_LIMITS as LIMITS } from '../../shared/limits.ts';
import { limitHit } from './common.ts';

/**
 * Any request the tab made: counted per host, with the names of its query and
 * body keys, its path, the values of whitelisted privacy-mode keys, and a few
 * masked samples.
 */
export function recordRequest(inv: Inventory, rawUrl: string, type: string, now: number, body: string | null = null, watchKeys: string[] = []): void {
  const url = parseUrl(rawUrl);
  if (!url) return;
  const host = url.hostname;
  let rec = inv.hosts[host];
  if (!rec) {
    const hosts = Object.keys(inv.hosts);
    // Looked up only when a budget is spent (not for every new host of an ordinary page).
    const known = () => vendorOfHost(KNOWLEDGE, host) !== null;
    // The audited site's own hosts (its registrable domain and below: a string test, not a suffix-list lookup per host).
    const firstPartyJunk = domainMatches(host, inv.site) && hosts.filter((h) => domainMatches(h, inv.site)).length >= LIMITS.firstPartyUnknownHosts && !known();
    const full = hosts.length >= LIMITS.hosts && (hosts.length >= LIMITS.hosts + LIMITS.reserved || !known());
    if (firstPartyJunk || full) {
      limitHit(inv, 'hosts', `Plus de ${LIMITS.hosts} hôtes contactés : liste tronquée (les hôtes d'outils connus sont gardés) / more than ${LIMITS.hosts} hosts: list truncated (known tools' hosts are kept)`);
      return;
    }
    rec = inv.hosts[host] = { host, requests: 0, types: [], firstSeenAt: now, params: [], paths: [], observed: [], samples: [] };
  }
  rec.requests++;
  rec.lastSeenAt = now;
  if (!rec.types.includes(type) && rec.types.length < 12) rec.types.push(type);
  const facts = requestFacts(rawUrl, body, watchKeys);
  for (const p of facts.keys) {
    if (!rec.params.includes(p) && rec.params.length < 100) rec.params.push(clip(p, 64));
  }
  for (const [k, v] of facts.observed) {
    const kv = `${k}=${v}`;
    if (!rec.observed.includes(kv) && rec.observed.length < 20) rec.observed.push(kv);
  }
  const masked = maskUrl(rawUrl);
  const path = new URL(masked).pathname;
  if (!rec.paths.includes(path) && rec.paths.length < 20) rec.paths.push(clip(path, 200));
  if (rec.samples.length < 3 && !rec.samples.includes(masked)) rec.samples.push(clip(masked, 500));
  inv.updatedAt = now;
}
