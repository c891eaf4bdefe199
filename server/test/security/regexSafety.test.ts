import { resolve } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { regexesIn } from './regexLiterals';

const ROOT = resolve(__dirname, '../../..');
/** The code that runs in the editor and in CI on untrusted articles and claim files. */
const SOURCE_FOLDERS = ['server/src', 'client/src', 'shared/src'];
const { literals, constructorCalls } = regexesIn(ROOT, SOURCE_FOLDERS);

/**
 * Patterns built at run time, reviewed one by one: each is a fixed pattern around escaped text
 * (never a pattern taken from a file), checked here with a typical value in place of that text.
 * A new `RegExp(…)` call fails the test below until it is reviewed and added.
 */
const BUILT_PATTERNS: Readonly<Record<string, { source: string; flags: string }>> = {
  // A copy of the literal WORD_PATTERN (already checked as a literal), for its own lastIndex.
  'new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags)': { source: 'a', flags: 'gu' },
  // The eval's gold spans (developer tooling on the committed corpus), words escaped.
  'server/src/eval/spanLocator.ts': { source: 'more\\s+than\\s+350', flags: 'gu' },
  // A claim id, escaped, in the claim file the client opens.
  'client/src/claimLocation.ts': {
    source: '["\']?id["\']?\\s*:\\s*["\']?(deaths\\-2023)["\']?\\s*(?:[,}#\\n\\r]|$)',
    flags: '',
  },
};

function builtPatternFor(call: { at: string; text: string }): { source: string; flags: string } | undefined {
  const key = Object.keys(BUILT_PATTERNS).find(
    (name) => call.text.includes(name) || call.at.startsWith(name),
  );
  return key === undefined ? undefined : BUILT_PATTERNS[key];
}

/**
 * recheck (an automaton-based ReDoS checker, run offline: its native binary ships in the npm
 * package, with a pure JavaScript fallback) decides for each pattern whether some input makes V8's
 * backtracking matcher take super-linear time. Anything but "safe" fails, with the attack string.
 */
function verdict(source: string, flags: string): string {
  const diagnostics = checkSync(source, flags, { timeout: 10_000 });
  if (diagnostics.status === 'safe') return 'safe';
  if (diagnostics.status === 'vulnerable') {
    return `vulnerable (${diagnostics.complexity.summary}), e.g. ${diagnostics.attack.pattern}`;
  }
  return `unknown (${diagnostics.error.kind})`;
}

describe('no regular expression in the shipped code can backtrack catastrophically', () => {
  it('finds the regular expressions', () => {
    // A guard for the scanner itself: the engine has well over a hundred patterns.
    expect(literals.length).toBeGreaterThan(100);
  });

  it('every literal is linear-time (recheck)', { timeout: 120_000 }, () => {
    const unsafe = literals
      .map((literal) => ({ ...literal, verdict: verdict(literal.source, literal.flags) }))
      .filter((literal) => literal.verdict !== 'safe')
      .map((literal) => `${literal.at} /${literal.source}/${literal.flags}: ${literal.verdict}`);
    expect(unsafe).toEqual([]);
  });

  it('every pattern built at run time is reviewed and linear-time', { timeout: 60_000 }, () => {
    const problems = constructorCalls.flatMap((call) => {
      const pattern = builtPatternFor(call);
      if (!pattern) return [`${call.at}: ${call.text} is not reviewed (add it to BUILT_PATTERNS)`];
      const result = verdict(pattern.source, pattern.flags);
      return result === 'safe' ? [] : [`${call.at}: ${result}`];
    });
    expect(problems).toEqual([]);
  });
});
