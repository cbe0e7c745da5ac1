/**
 * Files the command line writes as evidence: each report with its SHA-256
 * beside it (`<file>.sha256`, in the format `sha256sum -c` checks), and for a
 * batch a manifest of every file written (`SHA256SUMS`).
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Report } from '../report/types.ts';

export const sha256 = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');

/** Writes the file and its `.sha256` beside it; returns the digest. */
export async function writeWithDigest(path: string, content: string): Promise<string> {
  const digest = sha256(content);
  await writeFile(path, content);
  await writeFile(`${path}.sha256`, `${digest}  ${basename(path)}\n`);
  return digest;
}

/** `SHA256SUMS` in `dir`: one line per file (path relative to dir), as `sha256sum -c SHA256SUMS` reads it. */
export async function writeManifest(dir: string, files: { path: string; digest: string }[]): Promise<void> {
  const lines = files.map((f) => `${f.digest}  ${relative(dir, f.path) || basename(f.path)}`).sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
  await writeFile(join(dir, 'SHA256SUMS'), lines.join('\n') + '\n');
}

/** The findings at the --fail-on level: 'fail' (non-compliant), or 'warn' (to review, or worse). */
export function failsGate(report: Report, level: 'fail' | 'warn' | null): boolean {
  if (level === null) return false;
  return report.findings.some((f) => f.status === 'fail' || (level === 'warn' && f.status === 'warn'));
}
