import { parseArticle } from '../../server/src/article/parseArticle';
import { extractFigures } from '../../server/src/figures/extractFigures';
import { buildClaimIndex, claimIndexFor } from '../../server/src/matching/claimIndex';
import { figureContext } from '../../server/src/matching/figureContext';
import { matchFigure } from '../../server/src/matching/matchFigure';
import { scoreClaims } from '../../server/src/matching/scoreClaims';
import { checkText } from '../../server/src/workspace/checkText';
import { buildArticle, realParagraphs } from './articleText';
import { defaultSettings, emit, exampleClaimSet, FIXTURES } from './benchContext';
import { claimSetOf, claimVocabulary, generateClaims } from './claimSetText';
import { median, peakRssMb } from './stats';

/**
 * `claimScaleBench CLAIMS RUNS`: for a generated claim set of CLAIMS claims (in memory; loading
 * files is claimLoadBench), building its index, the cost of one figure's lookup, and a full check
 * of a 50 KB article against it next to the same check against the example claim set (interleaved,
 * so load on the machine hits both alike).
 */
const count = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 5);
const claimSet = claimSetOf(generateClaims(count, claimVocabulary(FIXTURES)));

const heapBefore = process.memoryUsage().heapUsed;
let started = performance.now();
claimIndexFor(claimSet);
const indexMs = performance.now() - started;
const indexHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

const article = buildArticle(realParagraphs(FIXTURES), 50_000);
const settings = defaultSettings();
const parsed = parseArticle(article, 'markdown');
const figures = extractFigures(parsed, settings.date);
const index = claimIndexFor(claimSet);
const lookupSamples: number[] = [];
let candidates = 0;
for (let run = 0; run < runs; run++) {
  // A fresh parse each run: sentence-level candidate lists are cached per parsed block.
  const fresh = parseArticle(article, 'markdown');
  const freshFigures = extractFigures(fresh, settings.date);
  started = performance.now();
  for (const figure of freshFigures) {
    const scored = scoreClaims(figure, figureContext(fresh, figure), index);
    candidates += scored.length;
    matchFigure(figure, scored);
  }
  lookupSamples.push((performance.now() - started) / Math.max(1, freshFigures.length));
}

const example = exampleClaimSet();
const checkSamples: number[] = [];
const exampleSamples: number[] = [];
checkText(article, 'markdown', claimSet, settings);
checkText(article, 'markdown', example, settings);
for (let run = 0; run < runs; run++) {
  started = performance.now();
  checkText(article, 'markdown', claimSet, settings);
  checkSamples.push(performance.now() - started);
  started = performance.now();
  checkText(article, 'markdown', example, settings);
  exampleSamples.push(performance.now() - started);
}
const checkMs = median(checkSamples);
const exampleCheckMs = median(exampleSamples);
// A second build, timed alone: the first ran inside the load's garbage.
started = performance.now();
buildClaimIndex(claimSet);
const rebuildMs = performance.now() - started;

emit({
  claims: claimSet.claims.length,
  indexMs,
  rebuildMs,
  indexHeapMb,
  lookupUs: median(lookupSamples) * 1000,
  candidatesPerFigure: candidates / Math.max(1, runs * figures.length),
  checkMs,
  exampleCheckMs,
  ratio: checkMs / exampleCheckMs,
  peakRssMb: peakRssMb(),
});
