/**
 * The starter claim set "Create a Claim Set" writes. Every example is a comment: an example left
 * live would be checked against the writer's real articles. The empty sections are valid (the
 * schema allows null), so the file shows no problems until the writer edits it.
 */
export const STARTER_CLAIM_SET = `# A reference claim set for claimlint: the figures, sources, people and quotes your articles are
# checked against. Uncomment and edit the examples; the schema completes and checks every key.

sources: # keyed by source id; the ids are citation keys
  # cisc-2024:
  #   title: 2024 Public Report on Organized Crime
  #   author: Criminal Intelligence Service Canada
  #   date: 2024 # YYYY, YYYY-MM or YYYY-MM-DD
  #   url: https://example.org/report
  #   aliases: [CISC report] # other ways an article may name this source

entities: # organisations and people
  # - name: Criminal Intelligence Service Canada
  #   aliases: [CISC]
  # - name: Bob Paulson
  #   roles:
  #     - title: Commissioner of the RCMP
  #       from: 2011-11
  #       to: 2017-06

claims:
  # - id: cisc-2024-manufacturing-groups # unique across the whole claim set
  #   subject: organized crime groups involved in fentanyl manufacturing in Canada
  #   value: 99 # a number, or {min: 90, max: 110}
  #   unit: groups # a count noun, or a unit: kg, g, mg, lb, t, %, USD, CAD, ...
  #   period: 2024 # YYYY, YYYY-MM, YYYY-MM-DD or "2015..2016"
  #   place: Canada
  #   source: cisc-2024
  #   keywords: [OCG, labs]

quotes:
  # - speaker: Bob Paulson
  #   text: The exact words, as recorded.
  #   date: 2016-03
  #   source: cisc-2024
`;

/** `reference.claims.yaml`, or the first `reference-N.claims.yaml` not in `taken`. */
export function starterFileName(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? 'reference.claims.yaml' : `reference-${n}.claims.yaml`;
    if (!taken.has(name)) return name;
  }
}
