import { loadClaimFile } from '../../server/src/claims/loadClaimFile';
import { mergeClaimFiles } from '../../server/src/claims/mergeClaimFiles';
import { claimIndexFor } from '../../server/src/matching/claimIndex';
import { emit, FIXTURES } from './benchContext';
import { claimFileTexts, claimVocabulary, generateClaims } from './claimSetText';
import type { ClaimFileFormat } from './claimSetText';
import { peakRssMb } from './stats';

/**
 * `claimLoadBench CLAIMS [yaml|json]`: loading generated claim files (CLAIMS claims in files of
 * CLAIMS_PER_FILE) as the server does — parse (JSON by the fast path, YAML with positions), validate
 * every item, merge, index — in a process of its own, so that its peak memory is the load's.
 */
const count = Number(process.argv[2]);
const format: ClaimFileFormat = process.argv[3] === 'json' ? 'json' : 'yaml';
const texts = claimFileTexts(generateClaims(count, claimVocabulary(FIXTURES)), format);
const baseRssMb = peakRssMb();
let started = performance.now();
const claimSet = mergeClaimFiles(
  texts.map((text, file) => loadClaimFile(`/bench/generated-${file}.claims.${format}`, text)),
);
const problems = claimSet.problems.length;
const parseMs = performance.now() - started;
started = performance.now();
claimIndexFor(claimSet);
const indexMs = performance.now() - started;
emit({
  claims: claimSet.claims.length,
  format,
  files: texts.length,
  fileMb: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6,
  problems,
  parseMs,
  indexMs,
  loadMs: parseMs + indexMs,
  peakRssMb: peakRssMb(),
  baseRssMb,
});
