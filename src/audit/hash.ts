/**
 * A short, non-reversible fingerprint of a cookie value (FNV-1a, 32 bits).
 * It lets the audit tell "the same identifier was re-set" from "a new one was
 * issued" without ever keeping the value: session cookies of a logged-in ENT
 * are credentials. 32 bits cannot be turned back into a token.
 */
export function shortHash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
