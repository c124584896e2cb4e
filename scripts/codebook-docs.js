// The readable codebook kept in the repository (codebook/<id>.md) is the build's
// dist/codebook/<id>.md, committed so that a reader of the repository (or of the npm page) has
// the questions, codes and wording without building. `npm run codebook:docs` copies them after a
// build; tests/node/codebook-docs.test.js fails when the committed copy is stale.
import { copyFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const built = fileURLToPath(new URL('../dist/codebook/', import.meta.url));
export const committed = fileURLToPath(new URL('../codebook/', import.meta.url));
/** The readable documents the build writes, one per instrument. */
export const documents = () => readdirSync(built).filter((f) => f.endsWith('.md')).sort();

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of documents()) copyFileSync(built + file, committed + file);
  console.log(`codebook/: ${documents().join(', ')}`);
}
