import { checkText } from '../../server/src/workspace/checkText';
import { defaultSettings, emit, exampleClaimSet, remarkParseOnly } from './benchContext';
import { medianMs } from './stats';

/**
 * `adversarialBench BYTES RUNS`: inputs built to trip regular expressions and parsers — long runs
 * of digits, separators, quotes and brackets, deep nesting — each timed at BYTES and at twice
 * BYTES. Linear work doubles; the `growth` column shows 4 for quadratic behaviour.
 */
const bytes = Number(process.argv[2] ?? 50_000);
const runs = Number(process.argv[3] ?? 3);
const INPUTS: Readonly<Record<string, (size: number) => string>> = {
  digits: (size) => '9'.repeat(size),
  'digit groups': (size) => '1,'.repeat(size / 2),
  'decimal points': (size) => '1.'.repeat(size / 2),
  'spaced numbers': (size) => '12 345 '.repeat(size / 7),
  'straight quotes': (size) => '"a '.repeat(size / 3),
  'curly quotes': (size) => '“a ”'.repeat(size / 4),
  brackets: (size) => '[('.repeat(size / 2),
  'footnote marks': (size) => '[^1]'.repeat(size / 4),
  emphasis: (size) => '*a _'.repeat(size / 4),
  'percent signs': (size) => '5% '.repeat(size / 3),
  'one long sentence': (size) => 'deaths rose by 350 groups and '.repeat(size / 30),
  // Nesting 100 (quotes) or 30 (lists) deep, repeated: depth stays bounded while length grows.
  'nested quotes (>)': (size) => `${'> '.repeat(100)}350 deaths\n\n`.repeat(Math.ceil(size / 212)),
  'nested lists': (size) =>
    `${Array.from({ length: 30 }, (_, depth) => `${'  '.repeat(depth)}- 350 deaths`).join('\n')}\n\n`.repeat(
      Math.ceil(size / 1_260),
    ),
};
const claimSet = exampleClaimSet();
const settings = defaultSettings();
const results = Object.entries(INPUTS).map(([name, make]) => {
  const small = make(bytes);
  const large = make(bytes * 2);
  const checkMs = medianMs(runs, () => checkText(small, 'markdown', claimSet, settings));
  const checkLargeMs = medianMs(runs, () => checkText(large, 'markdown', claimSet, settings));
  const parseMs = medianMs(runs, () => remarkParseOnly(small));
  const parseLargeMs = medianMs(runs, () => remarkParseOnly(large));
  return {
    name,
    bytes: small.length,
    parseMs,
    checkMs,
    checkGrowth: checkLargeMs / checkMs,
    parseGrowth: parseLargeMs / parseMs,
  };
});
emit({ bytes, results });
