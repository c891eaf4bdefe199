/**
 * Claim files built to break a loader, generated at test time (nothing megabyte-sized is committed).
 * Each is a file name and its content.
 */
export const HOSTILE_CLAIM_FILES: Readonly<Record<string, string | Buffer>> = {
  'syntax.claims.yaml': 'claims:\n  - id: a\n    subject: [unclosed\n    value: 1\n',
  'types.claims.yaml': 'claims:\n  - id: 12\n    subject: {a: b}\n    value: lots\nsources: []\n',
  'duplicates.claims.yaml': 'claims:\n  - id: d\n    id: e\n    subject: s\n    value: 1\nclaims: []\n',
  // "Billion laughs": nine levels of nine aliases each, a billion strings if expanded.
  'laughs.claims.yaml': [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    ...'bcdefghi'.split('').map((name, index) => {
      const previous = 'abcdefghi'.charAt(index);
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
    }),
    'claims:',
    '  - id: bomb',
    '    subject: *i',
    '    value: 1',
  ].join('\n'),
  'binary.claims.yaml': Buffer.from([0x63, 0x6c, 0x61, 0x00, 0xff, 0xfe, 0x00, 0x01]),
  'invalid-utf8.claims.yaml': Buffer.concat([
    Buffer.from('claims:\n  - id: u\n    subject: "'),
    Buffer.from([0xc3, 0x28, 0xff]),
    Buffer.from('"\n    value: 1\n'),
  ]),
};

/** A claim file of about `megabytes` MB: valid claims, over and over. */
export function hugeClaimFile(megabytes: number): string {
  const claim = (index: number): string =>
    `  - id: c${index}\n    subject: deaths in region ${index}\n    value: ${index}\n`;
  const claims: string[] = ['claims:\n'];
  let length = 0;
  for (let index = 0; length < megabytes * 1024 * 1024; index++) {
    const text = claim(index);
    claims.push(text);
    length += text.length;
  }
  return claims.join('');
}
