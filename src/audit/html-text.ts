/**
 * The readable text of an HTML document, without a DOM (a service worker has
 * no DOMParser): scripts, styles and templates dropped, block elements turned
 * into line breaks, tags removed, entities decoded. When the page has a
 * <main> or <article>, only that part is read (menus and footers repeat on
 * every page). Bounded: huge or hostile pages are cut.
 */
export const MAX_HTML_CHARS = 2_000_000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï', euml: 'ë', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', ndash: '–', mdash: '—', oelig: 'œ', Eacute: 'É', Agrave: 'À', Ccedil: 'Ç' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

export function htmlToText(html: string): string {
  let h = html.slice(0, MAX_HTML_CHARS).replace(/<!--[\s\S]*?-->/g, '');
  h = h.replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const main = /<(main|article)\b[^>]*>([\s\S]*?)<\/\1\s*>/i.exec(h);
  if (main && main[2]!.length > 200) h = main[2]!;
  h = h
    .replace(/<\/?(p|div|section|h[1-6]|li|ul|ol|tr|table|thead|tbody|br|hr|header|footer|nav|main|article|blockquote|dt|dd|dl)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[^>]*>/g, ' ');
  return decode(h)
    // Table cells stay apart (a tab), as the notice analysis reads rows.
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/ ?\t[ \t]*/g, '\t')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
