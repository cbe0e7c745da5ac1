/** Text normalisation shared by the link and notice analysers: lowercase, accents removed, typographic quotes and spaces unified. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    // Soft hyphens and zero-width characters inside words ("conser&shy;vées") are not seen by a reader.
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

export const compile = (patterns: string[]) => patterns.map((p) => new RegExp(p));
export const anyMatch = (res: RegExp[], s: string) => res.some((r) => r.test(s));
