/** The notice fixtures with their expected items (test/fixtures/notices/expected.json), as text. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NoticeItem, Right } from '../../src/audit/notice.ts';

export interface NoticeFixture {
  file: string;
  what: string;
  language: 'fr' | 'en';
  items: Record<NoticeItem, boolean>;
  rights: Right[];
  audienceRetentionMonths: number | null;
  text: string;
}

const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The visible text of a fixture HTML page, roughly as innerText gives it. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<\/?(p|h\d|li|tr|div|br|table|thead|tbody|main|footer|ul)[^>]*>/g, '\n')
    .replace(/<\/t[dh]>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ');
}

export function noticeFixtures(): NoticeFixture[] {
  const expected = JSON.parse(readFileSync(dir('../fixtures/notices/expected.json'), 'utf8')) as { notices: Omit<NoticeFixture, 'text'>[] };
  return expected.notices.map((n) => {
    const path = n.file.startsWith('demo:') ? dir(`../../src/demo-ent/site/ent/${n.file.slice(5)}`) : dir(`../fixtures/notices/${n.file}`);
    const raw = readFileSync(path, 'utf8');
    return { ...n, text: path.endsWith('.html') ? htmlText(raw) : raw };
  });
}
