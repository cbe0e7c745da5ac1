/**
 * The deployment files (deploy/): the Kubernetes manifest validates against the Kubernetes API
 * schema (kubernetes-models), and every temoin command in it, in the GitLab CI template and in the
 * Dockerfile's notes is one the command line accepts, its shards covering the list once.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { parseArgs } from '../../src/cli/args.ts';
import { parseUrlList } from '../../src/cli/batch-list.ts';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

/** A shell command line as sh splits it: quotes kept together, no globbing (what the tests need). */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}
/** The arguments after `temoin` in a command line; null when it runs something else. */
const temoinArgs = (line: string) => {
  const w = words(line);
  const i = w.indexOf('temoin');
  return i < 0 ? null : w.slice(i + 1);
};

const MODELS: Record<string, (d: object) => { validate(): void }> = {
  ConfigMap: (d) => new ConfigMap(d as never),
  PersistentVolumeClaim: (d) => new PersistentVolumeClaim(d as never),
  Job: (d) => new Job(d as never),
};

describe('deploy/kubernetes', () => {
  const docs = parseAllDocuments(read('deploy/kubernetes/temoin-indexed-job.yaml')).map((d) => d.toJS() as { kind: string; metadata: { name: string }; spec: Record<string, unknown> });

  it('validates against the Kubernetes API schema, a check that can fail', () => {
    expect(docs.map((d) => d.kind)).toEqual(['ConfigMap', 'PersistentVolumeClaim', 'Job', 'Job']);
    for (const d of docs) expect(() => MODELS[d.kind]!(d).validate(), `${d.kind} ${d.metadata.name}`).not.toThrow();
    const broken = structuredClone(docs[2]!);
    broken.spec.completions = 'huit';
    expect(() => MODELS.Job!(broken).validate()).toThrow(/completions must be integer/);
  });

  it('runs an Indexed Job whose pods audit shards 1..n of the list, each once, with the sandbox kept', () => {
    const job = docs[2]! as unknown as { spec: { completionMode: string; completions: number; parallelism: number; template: { spec: { securityContext: { runAsNonRoot: boolean }; containers: { env: { name: string; value: string }[]; args: string[] }[] } } } };
    expect(job.spec.completionMode).toBe('Indexed');
    const pod = job.spec.template.spec;
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    const c = pod.containers[0]!;
    const shards = Number(c.env.find((e) => e.name === 'SHARDS')!.value);
    expect(shards).toBe(job.spec.completions);
    const line = c.args[0]!;
    expect(line).not.toContain('--no-sandbox');
    const seen = new Set<string>();
    for (let index = 0; index < job.spec.completions; index++) {
      const expanded = line.replace(/\$\(\(JOB_COMPLETION_INDEX \+ 1\)\)/g, String(index + 1)).replace(/\$\{SHARDS\}/g, String(shards));
      expect(expanded).not.toContain('$');
      const a = parseArgs(temoinArgs(expanded)!);
      expect(a.shard).toEqual({ index: index + 1, count: shards });
      seen.add(a.outDir!);
    }
    expect(seen.size).toBe(job.spec.completions); // one folder a shard
    // The list it mounts parses without an error line.
    const cm = docs[0]! as unknown as { data: Record<string, string> };
    expect(parseUrlList(cm.data['sites.txt']!).errors).toEqual([]);
    // The merge job brings the shard folders together.
    const merge = (docs[3]! as unknown as { spec: { template: { spec: { containers: { args: string[] }[] } } } }).spec.template.spec.containers[0]!.args[0]!;
    expect(temoinArgs(merge)).toEqual(['merge', '/reports/shard-*/', '--out-dir', '/reports/all']);
  });
});

describe('deploy/gitlab', () => {
  const ci = parse(read('deploy/gitlab/temoin.gitlab-ci.yml')) as Record<string, { parallel?: number; script?: string[]; artifacts?: { paths: string[] } }> & { variables: Record<string, string> };

  it('audits the list in parallel shards, with or without the sandbox, and keeps the reports as artifacts', () => {
    const audit = ci['temoin-audit']!;
    const line = audit.script!.find((l) => temoinArgs(l))!;
    for (const flags of ['', '--no-sandbox']) {
      for (let node = 1; node <= audit.parallel!; node++) {
        const expanded = line
          .replace(/\$CI_NODE_INDEX/g, String(node))
          .replace(/\$CI_NODE_TOTAL/g, String(audit.parallel))
          .replace(/\$TEMOIN_SITES/g, ci.variables.TEMOIN_SITES!)
          .replace(/\$TEMOIN_FLAGS/g, flags);
        const a = parseArgs(temoinArgs(expanded)!);
        expect(a.shard).toEqual({ index: node, count: audit.parallel });
        expect(a.sandbox).toBe(flags === '');
        expect(a.outDir!.startsWith(audit.artifacts!.paths[0]!)).toBe(true);
      }
    }
    const merge = temoinArgs(ci['temoin-report']!.script!.find((l) => temoinArgs(l))!)!;
    expect(merge[0]).toBe('merge');
    expect(merge.at(-2)).toBe('--out-dir');
    expect(merge.at(-1)!.startsWith(ci['temoin-report']!.artifacts!.paths[0]!.replace(/\/$/, ''))).toBe(true);
  });
});

describe('deploy/docker', () => {
  const dockerfile = read('deploy/docker/Dockerfile');

  it('installs the packed command over Debian and its Chromium, runs as an unprivileged user, sandbox kept', () => {
    expect(dockerfile).toMatch(/^FROM node:20-bookworm-slim AS pack$/m);
    expect(dockerfile).toMatch(/npm pack /);
    expect(dockerfile).toMatch(/apt-get install [^\n]*\bchromium\b/);
    expect(dockerfile).toMatch(/npm install --global [^\n]*temoin-\*\.tgz/);
    expect(dockerfile).toMatch(/^USER 10001$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["tini", "--", "temoin"\]$/m);
    // The documented runs are commands the command line accepts; none turns the sandbox off by default.
    const runs = dockerfile.split('\n').filter((l) => /^#\s+docker run /.test(l));
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) {
      const w = words(r.replace(/^#\s+/, ''));
      const after = w.slice(w.indexOf('temoin') + 1);
      expect(() => parseArgs(after)).not.toThrow();
      expect(parseArgs(after).sandbox).toBe(true);
    }
  });

  it('writes the reports of the documented runs into their volume, and needs no frontend image to build', () => {
    // The command writes into ./reports by default (src/cli/main.ts): from the image's last WORKDIR,
    // that must be the directory each documented run mounts, or the reports stay in the container.
    const workdir = [...dockerfile.matchAll(/^WORKDIR (\S+)$/gm)].at(-1)![1]!;
    const runs = dockerfile.split('\n').filter((l) => /^#\s+docker run /.test(l));
    for (const r of runs) {
      const volume = /-v "[^"]*:([^"]+)"/.exec(r);
      expect(volume, r).not.toBeNull();
      expect(posix.join(workdir, 'reports')).toBe(volume![1]);
    }
    expect(dockerfile).not.toMatch(/^#\s*syntax=/m);
  });
});
