// A growable table of 32-bit integer columns: the generator keeps millions of persons,
// spells and events in typed arrays rather than objects, to stay fast and small.

export class IntTable<C extends string> {
  readonly columns: readonly C[];
  length = 0;
  private data: Record<C, Int32Array>;

  constructor(columns: readonly C[], capacity = 1024) {
    this.columns = columns;
    this.data = Object.fromEntries(columns.map((c) => [c, new Int32Array(capacity)])) as Record<C, Int32Array>;
  }

  /** The column's array (valid until the next add that grows the table). */
  col(name: C): Int32Array {
    return this.data[name];
  }

  get(row: number, name: C): number {
    return this.data[name][row]!;
  }

  set(row: number, name: C, value: number): void {
    this.data[name][row] = value;
  }

  /** Appends a row (missing columns are 0) and returns its index. */
  add(values: Partial<Record<C, number>>): number {
    if (this.length === this.data[this.columns[0]!].length) this.grow();
    const row = this.length++;
    for (const c of this.columns) this.data[c][row] = values[c] ?? 0;
    return row;
  }

  private grow(): void {
    for (const c of this.columns) {
      const bigger = new Int32Array(this.data[c].length * 2);
      bigger.set(this.data[c]);
      this.data[c] = bigger;
    }
  }
}

/** "No date": an open spell's end, a living person's death. */
export const OPEN = 0x7fffffff;
export const NONE = -1;
