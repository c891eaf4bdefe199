import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
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

export interface Corpus {
  readonly claimFiles: readonly string[];
  readonly claimSet: ClaimSet;
  readonly articles: readonly CorpusArticle[];
}

const FORMATS: Readonly<Record<string, ArticleFormat>> = { '.md': 'markdown', '.txt': 'text' };
const GOLD_SUFFIX = '.gold.yaml';

/**
 * Loads the corpus a manifest (`corpus.yaml`) describes: the claim files every article is checked
 * against and the folder of articles, each with `<stem>.gold.yaml` beside it.
 */
export function loadCorpus(manifestPath: string): Corpus {
  const base = dirname(manifestPath);
  const manifest: unknown = parse(readFileSync(manifestPath, 'utf8'));
  const { claims, articles } = readManifest(manifest, manifestPath);
  const claimFiles = claims.map((file) => resolve(base, file));
  const claimSet = mergeClaimFiles(claimFiles.map((file) => loadClaimFile(file, readFileSync(file, 'utf8'))));
  return { claimFiles, claimSet, articles: loadArticles(resolve(base, articles)) };
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

function readManifest(value: unknown, file: string): { claims: string[]; articles: string } {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { claims, articles } = value as Readonly<Record<string, unknown>>;
    if (
      Array.isArray(claims) &&
      claims.length > 0 &&
      claims.every((claim): claim is string => typeof claim === 'string') &&
      typeof articles === 'string'
    ) {
      return { claims, articles };
    }
  }
  throw new GoldFormatError(`${file}: expected claims (a list of claim files) and articles (a folder)`);
}
