// Fails when a message in the source has no English translation in locales/*.xlf.
// Run after `lit-localize extract`, which adds new messages and drops removed ones.
import { readFileSync, readdirSync } from 'node:fs';

let missing = 0;
for (const file of readdirSync('locales').filter((f) => f.endsWith('.xlf'))) {
  const xliff = readFileSync(`locales/${file}`, 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body)) {
      console.error(`locales/${file}: no translation for "${id}"`);
      missing++;
    }
  }
}
if (missing) {
  console.error(`${missing} message(s) lack a translation: add a <target> to each.`);
  process.exit(1);
}
console.log('Translations complete.');
