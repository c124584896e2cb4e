// Writes dist/prerendered/: each element's empty form, in Danish and English, as the declarative
// shadow root to put inside the element's tag in a server's page (run after rollup). For case
// systems that do not run Node: a server that does can call `prerender()` itself, with the
// resident's prefill. index.json lists the files, with the CSP hash of each one's inline style.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const out = new URL('prerendered/', dist);
const { prerender } = await import(new URL('prerender.js', dist).href);

const variants = [
  { tag: 'status-survey' },
  { tag: 'master-data-form' },
  { tag: 'evaluation-form', part: 'both' },
  { tag: 'evaluation-form', part: 'advisor' },
  { tag: 'evaluation-form', part: 'resident' },
];

mkdirSync(out, { recursive: true });
const index = [];
for (const { tag, part } of variants) {
  for (const lang of ['da', 'en']) {
    const html = await prerender(tag, { lang, part });
    // Only the shadow root: the host writes the element's own tag, with its attributes.
    const start = html.indexOf('<template shadowroot');
    const end = html.lastIndexOf('</template>') + '</template>'.length;
    if (start < 0 || end < start) throw new Error(`${tag}: no declarative shadow root in the render`);
    const file = `${tag}${part ? `.${part}` : ''}.${lang}.html`;
    const snippet = `${html.slice(start, end)}\n`;
    writeFileSync(new URL(file, out), snippet);
    const styles = [...snippet.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
    );
    index.push({ file, element: tag, ...(part ? { part } : {}), lang, styleHashes: styles });
  }
}
writeFileSync(new URL('index.json', out), `${JSON.stringify(index, null, 2)}\n`);
console.log(`dist/prerendered/: ${index.length} forms (${variants.length} elements and parts × da, en)`);
