/**
 * The cookie-date parsing algorithm of RFC 6265 §5.1.1, which browsers use for
 * the Expires attribute. It is deliberately lenient (tokens in any order,
 * two-digit years) and returns null where a browser would ignore the attribute.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E
const DELIMITER = /[\x09\x20-\x2f\x3b-\x40\x5b-\x60\x7b-\x7e]+/;

export function parseCookieDate(input: string): number | null {
  if (input.length > 1024) return null;
  let time: [number, number, number] | null = null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  for (const token of input.split(DELIMITER)) {
    if (!token) continue;
    if (time === null) {
      const m = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\D.*)?$/.exec(token);
      if (m) {
        time = [Number(m[1]), Number(m[2]), Number(m[3])];
        continue;
      }
    }
    if (day === null) {
      const m = /^(\d{1,2})(?:\D.*)?$/.exec(token);
      if (m) {
        day = Number(m[1]);
        continue;
      }
    }
    if (month === null) {
      const idx = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
      if (idx >= 0) {
        month = idx;
        continue;
      }
    }
    if (year === null) {
      const m = /^(\d{2,4})(?:\D.*)?$/.exec(token);
      if (m) {
        year = Number(m[1]);
        continue;
      }
    }
  }
  if (time === null || day === null || month === null || year === null) return null;
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  const [h, mi, s] = time;
  if (day < 1 || day > 31 || year < 1601 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(year, month, day, h, mi, s);
  // A day that does not exist in that month (31 Feb) is a failure, not a rollover.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms;
}
