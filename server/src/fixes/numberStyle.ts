/** How the writer wrote a number: which thousands separator, if any. */
export interface NumberStyle {
  /** "," in "2,843"; a thin or no-break space in "2 843"; "" when the writer wrote "2843". */
  readonly separator: string;
}

const GROUPED = /\d([,\u00A0\u202F\u2009 ])\d{3}(?!\d)/u;
const UNGROUPED = /\d{4}/;

/** The style of a written number; a number too short to show one gets the news default, commas. */
export function numberStyleOf(written: string): NumberStyle {
  const grouped = GROUPED.exec(written);
  if (grouped?.[1]) return { separator: grouped[1] };
  return { separator: UNGROUPED.test(written.split('.')[0] ?? '') ? '' : ',' };
}

/** The value of a number written in digits ("2,843", "15.5"), or undefined for words ("one"). */
export function writtenValue(written: string): number | undefined {
  const digits = written.replace(/[,\u00A0\u202F\u2009 ]/gu, '');
  return /^\d+(?:\.\d+)?$/.test(digits) ? Number(digits) : undefined;
}

/** Formats `value` in the writer's style, with no float noise ("16.5", "2,843", "2843"). */
export function formatInStyle(value: number, style: NumberStyle): string {
  const plain = Number(value.toPrecision(12)).toLocaleString('en-US', {
    useGrouping: false,
    maximumFractionDigits: 10,
  });
  const [integer = '', fraction] = plain.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, style.separator);
  return fraction ? `${grouped}.${fraction}` : grouped;
}
