import type { OffsetMap } from './articleModel';

/**
 * One stretch of prose. A `run` copies the document one to one (prose char i of the run is document
 * char docStart + i). An `atom` is one prose character standing for a document range of any length
 * (an escape `\*`, an entity `&amp;`, a placeholder for inline code, a joined line break `\r\n`).
 */
interface Segment {
  readonly proseStart: number;
  readonly docStart: number;
  /** Prose length of the segment (atoms: 1). */
  length: number;
  /** Exclusive document end of the segment's last character. */
  docEnd: number;
  readonly atom: boolean;
}

/**
 * Builds a block's prose text and its offset map together, so the two cannot drift apart. Adjacent
 * runs that continue each other are merged, which keeps the segment count proportional to the markup,
 * not to the text; lookups are a binary search over segments.
 */
export class ProseBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  get proseLength(): number {
    return this.length;
  }

  /** Appends text that is copied verbatim from the document starting at `docStart`. */
  appendRun(text: string, docStart: number): void {
    if (text.length === 0) return;
    const last = this.segments[this.segments.length - 1];
    if (last && !last.atom && last.docEnd === docStart && last.proseStart + last.length === this.length) {
      last.length += text.length;
      last.docEnd += text.length;
    } else {
      this.segments.push({
        proseStart: this.length,
        docStart,
        length: text.length,
        docEnd: docStart + text.length,
        atom: false,
      });
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends one prose character that stands for the document range [docStart, docEnd). */
  appendAtom(char: string, docStart: number, docEnd: number): void {
    for (const unit of char) {
      // Code points of two UTF-16 units (an entity decoding to an emoji) map each unit to the range.
      for (let i = 0; i < unit.length; i++) {
        this.segments.push({ proseStart: this.length, docStart, length: 1, docEnd, atom: true });
        this.parts.push(unit.charAt(i));
        this.length += 1;
      }
    }
  }

  /** The prose text and its map, with surrounding whitespace trimmed off (`leading` characters at the start). */
  finish(): { text: string; map: OffsetMap; leading: number } {
    const full = this.parts.join('');
    const leading = full.length - full.trimStart().length;
    const text = full.trim();
    return { text, map: new SegmentOffsetMap(this.segments, leading, text.length), leading };
  }
}

class SegmentOffsetMap implements OffsetMap {
  constructor(
    private readonly segments: readonly Segment[],
    /** Prose offset 0 of the (trimmed) block is offset `shift` of the built text. */
    private readonly shift: number,
    private readonly textLength: number,
  ) {}

  toDocument(proseOffset: number): number {
    if (this.segments.length === 0) return 0;
    const p = this.shift + clamp(proseOffset, 0, this.textLength);
    const segment = this.segmentAt(p);
    if (p >= segment.proseStart + segment.length) return segment.docEnd;
    return segment.atom ? segment.docStart : segment.docStart + (p - segment.proseStart);
  }

  toDocumentEnd(proseOffset: number): number {
    if (this.segments.length === 0) return 0;
    const clamped = clamp(proseOffset, 0, this.textLength);
    if (clamped === 0) return this.toDocument(0);
    const p = this.shift + clamped - 1;
    const segment = this.segmentAt(p);
    return segment.atom ? segment.docEnd : segment.docStart + (p - segment.proseStart) + 1;
  }

  /** The last segment starting at or before prose offset `p` (binary search). */
  private segmentAt(p: number): Segment {
    let low = 0;
    let high = this.segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.segments[mid] as Segment).proseStart <= p) low = mid;
      else high = mid - 1;
    }
    return this.segments[low] as Segment;
  }
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
