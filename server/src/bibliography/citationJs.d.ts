// citation-js ships no type declarations; these cover only the one entry point claimlint calls.
declare module '@citation-js/core' {
  export const plugins: {
    readonly input: {
      /** Parses input of the forced type into CSL-JSON items, synchronously (no network for text types). */
      chain(
        input: unknown,
        options: { readonly forceType: string; readonly generateGraph: boolean },
      ): unknown;
    };
  };
}

declare module '@citation-js/plugin-bibtex';
