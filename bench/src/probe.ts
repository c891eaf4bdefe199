import { parseArticle } from '../../server/src/article/parseArticle';
import { extractFigures } from '../../server/src/figures/extractFigures';
import { quoteFindings } from '../../server/src/quotes/quoteFindings';
import { entityFindings } from '../../server/src/entities/entityFindings';
import { arithmeticFindings } from '../../server/src/arithmetic/arithmeticFindings';
import { claimIndexFor } from '../../server/src/matching/claimIndex';
import { checkText } from '../../server/src/workspace/checkText';
import { buildArticle, realParagraphs } from './articleText';
import { defaultSettings, exampleClaimSet, FIXTURES, remarkParseOnly } from './benchContext';
import { median } from './stats';
const text = buildArticle(realParagraphs(FIXTURES), Number(process.argv[2]));
const claimSet = exampleClaimSet();
const settings = defaultSettings();
const t: Record<string, number[]> = {};
const time = (k: string, f: () => unknown) => {
  const s = performance.now();
  const r = f();
  (t[k] ??= []).push(performance.now() - s);
  return r;
};
for (let i = 0; i < 15; i++) {
  time('remark', () => remarkParseOnly(text));
  const article = parseArticle(text, 'markdown');
  time('parse', () => parseArticle(text, 'markdown'));
  time('extract', () => extractFigures(article));
  const figures = checkText(text, 'markdown', claimSet, settings).figures;
  const input = { article, claimSet, index: claimIndexFor(claimSet), figures, articleDate: article.date };
  time('quotes', () => quoteFindings(input));
  time('entities', () => entityFindings(input));
  time('arith', () => arithmeticFindings(input));
  time('check', () => checkText(text, 'markdown', claimSet, settings));
}
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v).toFixed(1)])));
