import { writeFileSync } from 'node:fs';
import { buildArticle, realParagraphs } from './articleText';
import { emit, FIXTURES } from './benchContext';

/** `writeArticle PATH BYTES`: writes the generated article the peers are timed on. */
const [path, bytes] = process.argv.slice(2);
if (!path) throw new Error('usage: writeArticle PATH BYTES');
const text = buildArticle(realParagraphs(FIXTURES), Number(bytes));
writeFileSync(path, text);
emit({ path, bytes: Buffer.byteLength(text) });
