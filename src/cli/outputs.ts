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

/** Network errors as a non-developer reads them: one plain sentence with a hint, the browser's code kept in parentheses. */
const HINTS: [RegExp, string, string][] = [
  [/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED/, "Adresse introuvable : vérifiez l'orthographe de l'adresse, ou le réseau", 'Address not found: check the spelling of the address, or the network'],
  [/ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED/, "Pas de connexion au réseau : vérifiez votre accès à Internet", 'No network connection: check your Internet access'],
  [/ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE/, 'Le site a refusé ou coupé la connexion : réessayez plus tard, ou vérifiez l\'adresse', 'The site refused or dropped the connection: try again later, or check the address'],
  [/ERR_CONNECTION_TIMED_OUT|ERR_TIMED_OUT|délai dépassé|timed out|Timeout/i, 'Le site ne répond pas à temps : réessayez, ou allongez le délai (--timeout)', 'The site does not answer in time: try again, or allow more time (--timeout)'],
  [/ERR_CERT_|ERR_SSL_|SSL_PROTOCOL/, 'Certificat du site invalide : le navigateur refuse la connexion sécurisée (vérifiez l\'adresse)', "The site's certificate is invalid: the browser refuses the secure connection (check the address)"],
  [/ERR_TOO_MANY_REDIRECTS/, 'Le site redirige sans fin : signalez-le à son éditeur', 'The site redirects endlessly: tell its publisher'],
  [/ERR_BLOCKED_BY_CLIENT|ERR_BLOCKED_BY_ADMINISTRATOR/, 'Le navigateur a bloqué la page (règle d\'administration ou autre extension)', 'The browser blocked the page (an administrator policy or another extension)'],
];

export function plainError(reason: string, lang: 'fr' | 'en'): string {
  const code = /\bERR_[A-Z_]+/.exec(reason)?.[0];
  for (const [re, fr, en] of HINTS) if (re.test(reason)) return `${lang === 'en' ? en : fr}${code ? ` (${code})` : ''}.`;
  return reason;
}
