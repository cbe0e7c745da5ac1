/**
 * The readable text of an HTML document, without a DOM (a service worker has
 * no DOMParser): scripts, styles and templates dropped, block elements turned
 * into line breaks, tags removed, entities decoded. When the page has a
 * <main> or <article>, only that part is read (menus and footers repeat on
 * every page). Bounded: huge or hostile pages are cut.
 */
import { MAX_HTML_CHARS } from '../shared/limits.ts';

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

const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const BLOCK = new Set(['p', 'div', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'thead', 'tbody', 'br', 'hr', 'header', 'footer', 'nav', 'main', 'article', 'blockquote', 'dt', 'dd', 'dl']);

/** The tag name at `lower[i]` (just after `<` or `</`), lowercase; '' when none. */
function tagNameAt(lower: string, i: number): string {
  let j = i;
  while (j < lower.length && j - i < 32) {
    const c = lower.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && j > i)) j++;
    else break;
  }
  return lower.slice(i, j);
}

/**
 * One pass over the document, each character looked at a bounded number of
 * times (indexOf from a moving start): linear whatever the input, where
 * regular expressions over unclosed tags or comments were quadratic.
 */
export function htmlToText(html: string): string {
  const src = html.slice(0, MAX_HTML_CHARS);
  const lower = src.toLowerCase();
  // <main> or <article>, whichever comes first, when it holds enough: up to its first closing tag.
  let from = 0;
  let to = src.length;
  const openAt = (name: string) => {
    let k = lower.indexOf(`<${name}`);
    while (k !== -1 && tagNameAt(lower, k + 1) !== name) k = lower.indexOf(`<${name}`, k + 1);
    return k;
  };
  const candidates = (['main', 'article'] as const).map((name) => ({ name, at: openAt(name) })).filter((c) => c.at !== -1).sort((a, b) => a.at - b.at);
  const first = candidates[0];
  if (first) {
    const open = lower.indexOf('>', first.at);
    const close = open === -1 ? -1 : lower.indexOf(`</${first.name}`, open);
    if (close !== -1 && close - open - 1 > 200) {
      from = open + 1;
      to = close;
    }
  }
  const out: string[] = [];
  let i = from;
  while (i < to) {
    const lt = lower.indexOf('<', i);
    if (lt === -1 || lt >= to) {
      out.push(src.slice(i, to));
      break;
    }
    out.push(src.slice(i, lt));
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      if (end === -1 || end >= to) break;
      i = end + 3;
      continue;
    }
    const closing = lower[lt + 1] === '/';
    const name = tagNameAt(lower, lt + (closing ? 2 : 1));
    const gt = lower.indexOf('>', lt + 1);
    if (gt === -1 || gt >= to) {
      // No tag is closed any more: the rest is text, as it reads.
      out.push(src.slice(lt, to));
      break;
    }
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, gt + 1);
      if (end === -1 || end >= to) break;
      const endGt = lower.indexOf('>', end);
      out.push(' ');
      i = endGt === -1 ? to : endGt + 1;
      continue;
    }
    out.push(BLOCK.has(name) ? '\n' : closing && (name === 'td' || name === 'th') ? '\t' : ' ');
    i = gt + 1;
  }
  return decode(out.join(''))
    // Table cells stay apart (a tab), as the notice analysis reads rows.
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/ ?\t[ \t]*/g, '\t')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
