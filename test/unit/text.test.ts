import { describe, expect, it } from 'vitest';
import { anyMatch, compile, fold, narrow } from '../../src/audit/text.ts';

describe('anyMatch', () => {
  it('answers as trying every pattern one by one would, patterns joined into one pass or not', () => {
    const patterns = [
      ...compile(['^(?:le|la) responsable', '\\bdpo@', "^([a-z]{3,}) ?: (la |le )\\1\\b", '(?<!non )consent']),
      /COOKIE/i,
    ];
    const texts = ['le responsable du traitement', 'écrire à dpo@lycee.example', 'dpo : la dpo', 'dpo : la dpd', 'non consent', 'your consent', 'Cookie banner', 'rien'];
    for (const t of texts) expect(anyMatch(patterns, t)).toBe(patterns.some((r) => r.test(t)));
    expect(texts.map((t) => anyMatch(patterns, t))).toEqual([true, true, true, false, false, true, true, false]);
  });

  it('falls back to one pattern at a time when the patterns cannot be joined', () => {
    const patterns = [/(?<n>a)b/, /(?<n>c)d/];
    expect(anyMatch(patterns, 'xcd')).toBe(true);
    expect(anyMatch(patterns, 'xy')).toBe(false);
  });

  it('joins a list longer than one pattern should be in several parts, and still finds a pattern of the last part', () => {
    // 400 patterns of about 60 characters: some 26 KB of source, past what V8 optimises in one pattern.
    const patterns = compile(Array.from({ length: 400 }, (_, i) => `\\bmot${i} (alpha|beta|gamma|delta|epsilon|zeta|eta|theta)\\b`));
    expect(patterns.reduce((n, r) => n + r.source.length, 0)).toBeGreaterThan(20_000);
    expect(anyMatch(patterns, 'le mot0 alpha')).toBe(true);
    expect(anyMatch(patterns, 'le mot399 theta')).toBe(true);
    expect(anyMatch(patterns, 'le mot400 theta')).toBe(false);
  });

  it('reads an empty list as no match', () => {
    expect(anyMatch([], 'anything')).toBe(false);
  });

  it('leaves a pattern with the flag g where it was: its first answer is the one it gives alone', () => {
    // The joined patterns are read once on a long text of spaces when the list is first met; one with g would then
    // start its next reading past the first space.
    expect(anyMatch([/^ /g], ' x')).toBe(true);
    expect(anyMatch([/^ /y, /^z/], ' x')).toBe(true);
  });
});

describe('fold and narrow', () => {
  it('keep every character of the text, whatever its form', () => {
    const texts = ['', 'article 12', 'données conservées « 13 mois »', 'naïve ÿ ß', 'wide • – … €', 'a\ud800b', '\u00ff\u0100'];
    for (const t of texts) expect(narrow(t)).toBe(t);
    // A text folded from a wide one (an accent taken apart, then removed) reads the same as one folded from narrow text.
    expect(fold('Les données sont conservées 13 mois')).toBe('les donnees sont conservees 13 mois');
    expect(fold('L\u2019élève · l\u2019enseignant·e')).toBe("l'eleve · l'enseignant");
  });
});
