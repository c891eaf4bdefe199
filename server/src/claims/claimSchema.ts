import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
// Imported (not read from disk) so that the bundle carries the schema the package ships.
import claimsSchema from '../../../shared/schema/claims.schema.json';

/** Plain values of the items the schema accepts. Dates may be a number when YAML reads `2024` unquoted. */
export interface RawSource {
  readonly title?: string;
  readonly author?: string;
  readonly date?: string | number;
  readonly url?: string;
  readonly aliases?: readonly string[];
}

export interface RawRole {
  readonly title: string;
  readonly aliases?: readonly string[];
  readonly from?: string | number;
  readonly to?: string | number;
}

export interface RawEntity {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly roles?: readonly RawRole[];
}

export interface RawClaim {
  readonly id: string;
  readonly subject: string;
  readonly value: number | { readonly min: number; readonly max: number };
  readonly unit?: string;
  readonly period?: string | number;
  readonly place?: string;
  readonly source?: string | readonly string[];
  readonly keywords?: readonly string[];
  readonly approximate?: boolean;
  readonly tolerance?: number;
}

export interface RawQuote {
  readonly speaker: string;
  readonly text: string;
  readonly date?: string | number;
  readonly source?: string;
}

/** The top-level sections of a claim file, as the schema names them. */
export const CLAIM_FILE_SECTIONS = ['sources', 'entities', 'claims', 'quotes'] as const;
export type ClaimFileSection = (typeof CLAIM_FILE_SECTIONS)[number];

export function isClaimFileSection(name: string): name is ClaimFileSection {
  return (CLAIM_FILE_SECTIONS as readonly string[]).includes(name);
}

// Compiled once for the process: ajv generates a validator function per schema, which is costly to
// build and cheap to run. `verbose` gives each error its schema, where our messages live
// (`errorMessage`, `patternErrorMessage`: VS Code's JSON language service reads the same keywords).
const ajv = new Ajv({
  allErrors: true,
  verbose: true,
  strict: true,
  strictNumbers: true,
  allowUnionTypes: true,
});
ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
ajv.addSchema(claimsSchema);

function definition<T>(name: string): ValidateFunction<T> {
  const validate = ajv.getSchema<T>(`${claimsSchema.$id}#/definitions/${name}`);
  if (!validate) throw new Error(`claims.schema.json has no definition "${name}"`);
  return validate;
}

/** Validators for one item of each section, and for a source id (the key of a `sources` entry). */
export const validateSource = definition<RawSource>('source');
export const validateEntity = definition<RawEntity>('entity');
export const validateClaim = definition<RawClaim>('claim');
export const validateQuote = definition<RawQuote>('quote');
export const validateId = definition<string>('id');
