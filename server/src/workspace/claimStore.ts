import { resolve } from 'node:path';
import type { ClaimFileProblem, ClaimSet } from '../claims/claimModel';
import type { ClaimFileResult } from '../claims/claimFileResult';
import { loadReferenceFile } from '../bibliography/loadReferenceFile';
import { mergeClaimFiles } from '../claims/mergeClaimFiles';
import { readTextFile, type ReadTextResult } from './readTextFile';

interface CachedFile {
  readonly text: string;
  readonly result: ClaimFileResult;
}

/**
 * The claim set of one workspace root, built from a list of claim files (and bibliographies, whose
 * entries are sources). Each file's parse is
 * cached by its content, so re-loading after one file changes re-parses only that file; unsaved
 * editor buffers (overlays) win over the disk. `version` changes exactly when the merged set does,
 * so callers can key their own caches on it.
 */
export class ClaimStore {
  readonly #read: (file: string) => Promise<ReadTextResult>;
  readonly #cache = new Map<string, CachedFile>();
  readonly #overlays = new Map<string, string>();
  #results: readonly ClaimFileResult[] = [];
  #readProblems: readonly ClaimFileProblem[] = [];
  #claimSet: ClaimSet = mergeClaimFiles([]);
  #version = 0;
  /** Loads run one after another, so a slow read cannot overwrite a newer load's result. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(read: (file: string) => Promise<ReadTextResult> = readTextFile) {
    this.#read = read;
  }

  get claimSet(): ClaimSet {
    return this.#claimSet;
  }

  get version(): number {
    return this.#version;
  }

  /** The files of the current set (claim files and bibliographies) that could be read, in load order. */
  get files(): readonly string[] {
    return this.#results.map((result) => result.file);
  }

  /** The text a claim file was last parsed from, for placing its problems; undefined if it could not be read. */
  textOf(file: string): string | undefined {
    return this.#cache.get(resolve(file))?.text;
  }

  /** Uses `text` instead of the file on disk from the next load on. */
  setOverlay(file: string, text: string): void {
    this.#overlays.set(resolve(file), text);
  }

  deleteOverlay(file: string): void {
    this.#overlays.delete(resolve(file));
  }

  /** Reads and parses `files` (reusing unchanged parses) and merges them. Resolves to whether the set changed. */
  load(files: readonly string[]): Promise<boolean> {
    const run = this.#queue.then(() => this.#load(files.map((file) => resolve(file))));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #load(files: readonly string[]): Promise<boolean> {
    const results: ClaimFileResult[] = [];
    const readProblems: ClaimFileProblem[] = [];
    for (const file of files) {
      const text = await this.#textOf(file);
      if (!text.ok) {
        readProblems.push({
          file,
          span: { start: 0, end: 0 },
          message: `Cannot read the claim file: ${text.reason}.`,
        });
        this.#cache.delete(file);
        continue;
      }
      results.push(this.#parse(file, text.text));
    }
    for (const cached of this.#cache.keys()) if (!files.includes(cached)) this.#cache.delete(cached);

    const changed =
      !sameItems(results, this.#results) ||
      !sameItems(readProblems.map(problemKey), this.#readProblems.map(problemKey));
    if (!changed) return false;
    this.#results = results;
    this.#readProblems = readProblems;
    const merged = mergeClaimFiles(results);
    this.#claimSet =
      readProblems.length === 0 ? merged : { ...merged, problems: [...readProblems, ...merged.problems] };
    this.#version += 1;
    return true;
  }

  async #textOf(file: string): Promise<ReadTextResult> {
    const overlay = this.#overlays.get(file);
    return overlay === undefined ? this.#read(file) : { ok: true, text: overlay };
  }

  #parse(file: string, text: string): ClaimFileResult {
    const cached = this.#cache.get(file);
    if (cached?.text === text) return cached.result;
    const result = loadReferenceFile(file, text);
    this.#cache.set(file, { text, result });
    return result;
  }
}

function problemKey(problem: ClaimFileProblem): string {
  return `${problem.file}\u0000${problem.message}`;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
