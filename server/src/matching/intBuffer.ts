/**
 * A list of 32-bit integers that grows by doubling, for typed arrays whose length is known only once
 * they are filled: the claim index keeps millions of term ids, which as a JavaScript array of numbers
 * would take twice the memory and as one typed array per claim many times it.
 */
export class IntBuffer {
  #items = new Int32Array(1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#items.length) {
      const grown = new Int32Array(this.#items.length * 2);
      grown.set(this.#items);
      this.#items = grown;
    }
    this.#items[this.#length++] = value;
  }

  /** Whether `value` is among the items from `from` on (a short tail: one claim's terms). */
  includesFrom(value: number, from: number): boolean {
    for (let index = from; index < this.#length; index++) if (this.#items[index] === value) return true;
    return false;
  }

  /** The items as a typed array of their exact length (a copy: the buffer's spare room is let go). */
  toArray(): Int32Array {
    return this.#items.slice(0, this.#length);
  }
}
