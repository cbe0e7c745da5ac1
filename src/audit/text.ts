/**
 * Text normalisation shared by the link and notice analysers: lowercase, accents removed, typographic quotes and spaces unified.
 * The result is stored in the engine's narrowest form (see `narrow`).
 */
export function fold(text: string): string {
  const folded = foldChars(text);
  // (Text of ASCII alone stays in the narrow form through every step.)
  return NOT_ASCII.test(text) ? narrow(folded) : folded;
}
const NOT_ASCII = /[^\u0000-\u007f]/;
function foldChars(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    // Soft hyphens and zero-width characters inside words ("conser&shy;vées") are not seen by a reader.
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    // Inclusive writing read as its masculine form ("le·la délégué·e", "étudiant·e·s"), so that one pattern reads both.
    .replace(/([a-z])\u00b7(?:e|ne|rice|euse|ere|le|la)(\u00b7s)?(?![a-z])/g, (_m, a: string, s?: string) => a + (s ? 's' : ''));
}

/**
 * The same text, stored one byte per character where every character fits (Latin-1). Engines keep a string in one of
 * two forms, and a string built from one that held a wider character (an accent taken apart by NFD, a curly quote)
 * keeps the wide form after folding has removed it. V8 compiles a regular expression for each form apart, and the
 * form met second is compiled late, past V8's limit on regular-expression code (1 MB compiled, in a process holding
 * 16 MB of executable memory), without its optimisations: a notice of short unaccented lines read after an accented
 * one took fifteen times as long (measured, docs/performance.md).
 * Decoding the text's UTF-8 builds it again in the narrowest form, so that the form follows the characters alone.
 */
const UTF8_OUT = new TextEncoder();
const UTF8_IN = new TextDecoder();
/** A character that needs the wide form (one above U+00FF). */
const WIDE_CHAR = /[^\u0000-\u00ff]/;
export const narrow = (text: string): string => (WIDE_CHAR.test(text) ? text : UTF8_IN.decode(UTF8_OUT.encode(text)));

export const compile = (patterns: string[]) => patterns.map((p) => new RegExp(p));
/** A text written into a regular expression as itself (a name the notice gives, to find it again). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each list's combined matcher, kept on the list itself (read on every sentence: faster than a map lookup). */
const MATCHER = Symbol('matcher');
type Matchable = RegExp[] & { [MATCHER]?: (s: string) => boolean };
/**
 * The longest source of one joined pattern (a bound on our own vocabulary, not on what a page gives: not in shared/limits.ts). V8 stops optimising a regular expression whose source passes 20 KB (its
 * quick checks and look-ahead tables are left out), and a long list joined past that size read the hostile bench's
 * 160 KB texts twice as slowly: a longer list is joined in several parts.
 */
const PATTERN_PART_CHARS = 12_000;
function combine(res: RegExp[]): (s: string) => boolean {
  const alone = res.filter((r) => /\\[1-9]/.test(r.source) || r.flags !== '');
  const joinable = res.filter((r) => !alone.includes(r));
  const parts: RegExp[][] = [];
  let size = 0;
  for (const r of joinable) {
    if (parts.length === 0 || size + r.source.length + 5 > PATTERN_PART_CHARS) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1]!.push(r);
    size += r.source.length + 5;
  }
  let all: RegExp[];
  try {
    all = [...parts.map((part) => (part.length > 1 ? new RegExp(part.map((r) => `(?:${r.source})`).join('|')) : part[0]!)), ...alone];
  } catch {
    // (Patterns that cannot be joined, such as two groups of the same name, are tried one by one.)
    all = res;
  }
  // Read once on a long text, each joined pattern is compiled to machine code at once. Read first on a sentence, V8 would
  // compile it to bytecode, interpret it, then compile it again: the joined lists are large, and past a total of code
  // compiled V8 stops optimising the patterns it compiles next (its TooMuchRegExpCode limit). Measured: a first notice
  // read in 300 ms instead of 700 (docs/performance.md).
  // (Not a pattern with flags g or y: reading would move where its next reading starts.)
  for (const r of all) if (!r.global && !r.sticky) r.test(COMPILE_NOW);
  return (s) => {
    for (const r of all) if (r.test(s)) return true;
    return false;
  };
}
/** A text long enough (1,000 characters: V8's kTierUpForSubjectLengthValue) for V8 to compile a pattern to machine code on its first reading. */
const COMPILE_NOW = ' '.repeat(1000);
/**
 * Whether any of the patterns matches: one combined pattern per list (built once), which reads a sentence in one pass
 * instead of one pass per pattern. Patterns with back-references, or flags of their own, are tried one by one.
 */
export const anyMatch = (res: RegExp[], s: string): boolean => ((res as Matchable)[MATCHER] ??= combine(res))(s);

/**
 * Text whose UTF-8 was read as a Windows code page ("collĂ¨ge", "Ã©tablissement",
 * "dâ€™accès"), repaired: each run of such characters is turned back into its bytes
 * and read as UTF-8. Only where at least three runs read back as UTF-8, so that a
 * text written in those code pages on purpose is left alone.
 */
export function repairMojibake(text: string): string {
  let best = text;
  let bestCount = 0;
  for (const page of MOJIBAKE_PAGES) {
    let count = 0;
    const repaired = text.replace(/[^\x00-\x7F]{2,}/g, (run) => {
      const bytes: number[] = [];
      for (const ch of run) {
        const b = page.get(ch);
        if (b === undefined) return run;
        bytes.push(b);
      }
      try {
        const out = UTF8.decode(new Uint8Array(bytes));
        count++;
        return out;
      } catch {
        return run;
      }
    });
    if (count > bestCount) {
      best = repaired;
      bestCount = count;
    }
  }
  // "à" is C3 A0: its second byte, a no-break space, is often turned into a plain space.
  return bestCount >= 3 ? best.replace(/[ÃĂ] /g, 'à ') : text;
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** For each code page a broken text is met in, each character and the byte it stands for. */
const MOJIBAKE_PAGES: Map<string, number>[] = ['windows-1252', 'windows-1250'].flatMap((label) => {
  try {
    const decoder = new TextDecoder(label);
    const map = new Map<string, number>();
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = decoder.decode(new Uint8Array([b]));
      if (ch !== '\ufffd' && !map.has(ch)) map.set(ch, b);
    }
    return [map];
  } catch {
    return [];
  }
});
