import { readFileSync } from 'node:fs';
import { analyseNotice, NOTICE_ITEMS } from './src/audit/notice.ts';
const exp = JSON.parse(readFileSync('test/fixtures/notices/expected.json', 'utf8')).notices;
const htmlText = (h: string) => h.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<(\/?(p|h\d|li|tr|div|br)[^>]*)>/g, '\n').replace(/<[^>]+>/g, ' ');
for (const n of exp) {
  const file = n.file.startsWith('demo:') ? `src/demo-ent/site/ent/${n.file.slice(5)}` : `test/fixtures/notices/${n.file}`;
  let t = readFileSync(file, 'utf8'); if (file.endsWith('.html')) t = htmlText(t);
  const a = analyseNotice(t);
  const diffs = NOTICE_ITEMS.filter((i) => a.items[i] !== n.items[i]).map((i) => `${i}: got ${a.items[i]}`);
  console.log(n.file.padEnd(28), a.language, JSON.stringify(a.rights) === JSON.stringify(n.rights) ? 'rights ok' : `rights ${a.rights} vs ${n.rights}`, 'aud', a.declaredAudienceRetentionMonths, 'vs', n.audienceRetentionMonths, diffs.join('; '));
}
