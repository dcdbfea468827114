/**
 * A binary min-heap of node indices on a typed array: the ready set of the
 * topological sort, so the earliest-declared ready node always comes next.
 * Internal.
 */
export class MinIndexHeap {
  private readonly items: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The smallest value, without removing it (undefined when empty). */
  peek(): number | undefined {
    return this.count > 0 ? this.items[0] : undefined;
  }

  push(value: number): void {
    const items = this.items;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent] <= value) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0];
    const last = items[--this.count];
    let i = 0;
    const n = this.count;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && items[child + 1] < items[child]) child++;
      if (items[child] >= last) break;
      items[i] = items[child];
      i = child;
    }
    items[i] = last;
    return top;
  }
}
