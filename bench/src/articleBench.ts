import { checkText } from '../../server/src/workspace/checkText';
import { buildArticle, realParagraphs } from './articleText';
import { defaultSettings, emit, exampleClaimSet, FIXTURES, remarkParseOnly } from './benchContext';
import { median, peakRssMb } from './stats';

/**
 * `articleBench BYTES RUNS`: remark-parse alone (the floor) against a full check of one generated
 * Markdown article, with the example claim set; one process per size so peak memory is its own.
 */
const bytes = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 5);
const text = buildArticle(realParagraphs(FIXTURES), bytes);
const settings = defaultSettings();

// Parse and check alternate, one warm-up each, so a burst of load on the machine hits both alike.
let figures = 0;
let findings = 0;
const parseSamples: number[] = [];
const checkSamples: number[] = [];
for (let run = 0; run <= runs; run++) {
  let started = performance.now();
  remarkParseOnly(text);
  if (run > 0) parseSamples.push(performance.now() - started);
  // A claim set loaded afresh each run: the rules keep per-block work per claim set (see
  // textMemo), and a repeat check of the same text against the same set would be a warm one.
  const claimSet = exampleClaimSet();
  started = performance.now();
  const result = checkText(text, 'markdown', claimSet, settings);
  if (run > 0) checkSamples.push(performance.now() - started);
  figures = result.figures.length;
  findings = result.findings.length;
}
const parseMs = median(parseSamples);
const checkMs = median(checkSamples);
emit({
  bytes: Buffer.byteLength(text),
  parseMs,
  checkMs,
  ratio: checkMs / parseMs,
  figures,
  findings,
  peakRssMb: peakRssMb(),
});
