import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { ArticleFormat } from '../article/articleModel';
import type { ClaimSet } from '../claims/claimModel';
import { loadClaimFile } from '../claims/loadClaimFile';
import { mergeClaimFiles } from '../claims/mergeClaimFiles';
import type { GoldFile } from './goldModel';
import { GoldFormatError, parseGoldFile } from './parseGoldFile';

/** One article of the corpus with its gold annotations. */
export interface CorpusArticle {
  /** The file name, as the report shows it. */
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly format: ArticleFormat;
  readonly goldPath: string;
  readonly gold: GoldFile;
}

/**
 * `tuning` subjects are the ones the engine may be tuned on; `validation` subjects are only
 * measured, so their scores say how the engine does on a subject nobody tuned it for.
 */
export type Split = 'tuning' | 'validation';
export const SPLITS: readonly Split[] = ['tuning', 'validation'];

/** One subject: its own claim set and the articles checked against it. */
export interface CorpusSubject {
  readonly name: string;
  readonly about: string;
  readonly split: Split;
  readonly folder: string;
  readonly claimFiles: readonly string[];
  readonly claimSet: ClaimSet;
  readonly articles: readonly CorpusArticle[];
  /** Rewordings of each claim's subject (claim id → subjects), from `paraphrases.yaml` when present. */
  readonly paraphrases: ReadonlyMap<string, readonly string[]>;
}

export interface Corpus {
  readonly subjects: readonly CorpusSubject[];
  /** The folder of the figure-extraction gold set, when the manifest names one. */
  readonly extractionFolder?: string;
}

const FORMATS: Readonly<Record<string, ArticleFormat>> = { '.md': 'markdown', '.txt': 'text' };
const GOLD_SUFFIX = '.gold.yaml';
const SUBJECT_FILE = 'subject.yaml';
const PARAPHRASES_FILE = 'paraphrases.yaml';

/**
 * Loads the corpus at `path`: a manifest (`corpus.yaml`, naming the folder of subjects and the
 * extraction set) or one subject's folder (with its `subject.yaml`).
 */
export function loadCorpus(path: string): Corpus {
  if (statSync(path).isDirectory()) return { subjects: [loadSubject(path)] };
  const base = dirname(path);
  const manifest = fieldsOf(parse(readFileSync(path, 'utf8')), path);
  const subjectsFolder = requiredString(manifest['subjects'], `${path}: subjects (a folder)`);
  const extraction = manifest['extraction'];
  const folder = resolve(base, subjectsFolder);
  const subjects = readdirSync(folder)
    .sort()
    .map((name) => join(folder, name))
    .filter((subject) => existsSync(join(subject, SUBJECT_FILE)))
    .map(loadSubject);
  return {
    subjects,
    ...(typeof extraction === 'string' ? { extractionFolder: resolve(base, extraction) } : {}),
  };
}

function loadSubject(folder: string): CorpusSubject {
  const file = join(folder, SUBJECT_FILE);
  const fields = fieldsOf(parse(readFileSync(file, 'utf8')), file);
  const split = fields['split'];
  if (split !== 'tuning' && split !== 'validation')
    throw new GoldFormatError(`${file}: split must be tuning or validation`);
  const claims = fields['claims'];
  if (!Array.isArray(claims) || claims.length === 0 || !claims.every((claim) => typeof claim === 'string'))
    throw new GoldFormatError(`${file}: claims must list the subject's claim files`);
  const claimFiles = (claims as string[]).map((claim) => resolve(folder, claim));
  const claimSet = mergeClaimFiles(
    claimFiles.map((claim) => loadClaimFile(claim, readFileSync(claim, 'utf8'))),
  );
  return {
    name: basename(folder),
    about: requiredString(fields['about'], `${file}: about`),
    split,
    folder,
    claimFiles,
    claimSet,
    articles: loadArticles(join(folder, 'articles')),
    paraphrases: loadParaphrases(join(folder, PARAPHRASES_FILE)),
  };
}

function loadParaphrases(file: string): Map<string, readonly string[]> {
  if (!existsSync(file)) return new Map();
  const fields = fieldsOf(parse(readFileSync(file, 'utf8')), file);
  return new Map(
    Object.entries(fields).map(([id, subjects]): [string, readonly string[]] => {
      if (!Array.isArray(subjects) || !subjects.every((subject) => typeof subject === 'string'))
        throw new GoldFormatError(`${file}: ${id} must list its rewordings`);
      return [id, subjects as string[]];
    }),
  );
}

function loadArticles(folder: string): CorpusArticle[] {
  const names = readdirSync(folder).sort();
  const stems = new Map<string, string>();
  const loaded: CorpusArticle[] = [];
  for (const name of names) {
    const format = FORMATS[extname(name)];
    if (format === undefined) continue;
    const stem = name.slice(0, -extname(name).length);
    const earlier = stems.get(stem);
    // One gold file per stem: two articles of one stem would share it.
    if (earlier !== undefined)
      throw new GoldFormatError(`${name} and ${earlier} share the stem of their gold file`);
    stems.set(stem, name);
    const goldPath = join(folder, stem + GOLD_SUFFIX);
    if (!names.includes(stem + GOLD_SUFFIX))
      throw new GoldFormatError(`${name} has no ${stem + GOLD_SUFFIX}`);
    const path = join(folder, name);
    loaded.push({
      name,
      path,
      text: readFileSync(path, 'utf8'),
      format,
      goldPath,
      gold: parseGoldFile(goldPath, readFileSync(goldPath, 'utf8')),
    });
  }
  for (const name of names) {
    if (name.endsWith(GOLD_SUFFIX) && !stems.has(name.slice(0, -GOLD_SUFFIX.length))) {
      throw new GoldFormatError(`${name} annotates no article`);
    }
  }
  return loaded;
}

function fieldsOf(value: unknown, file: string): Readonly<Record<string, unknown>> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Readonly<Record<string, unknown>>;
  throw new GoldFormatError(`${file}: expected a map`);
}

function requiredString(value: unknown, what: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new GoldFormatError(`${what} is required`);
}
