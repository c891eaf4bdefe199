import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClaimFileProblem } from '../../src/claims/claimModel';
import { loadClaimFile } from '../../src/claims/loadClaimFile';
import type { ClaimFileResult } from '../../src/claims/loadClaimFile';

const FIXTURES = resolve(__dirname, '../../../test-fixtures');

export function fixturePath(relative: string): string {
  return resolve(FIXTURES, relative);
}

export function readFixture(relative: string): string {
  return readFileSync(fixturePath(relative), 'utf8');
}

export function loadFixture(relative: string): ClaimFileResult {
  return loadClaimFile(fixturePath(relative), readFixture(relative));
}

/** The 1-based line of an offset, counted independently of the code under test. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Problems as "line: message", the way a writer sees them in the editor. */
export function problemLines(
  problems: readonly ClaimFileProblem[],
  textOf: (file: string) => string,
): string[] {
  return problems.map((problem) => `${lineAt(textOf(problem.file), problem.span.start)}: ${problem.message}`);
}
