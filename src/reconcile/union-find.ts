/**
 * Union-find (disjoint sets) over the indices `0..n-1`: the grouping tool of entity merging,
 * claim alignment and fact clustering.
 */

/** Disjoint sets over `0..n-1` with path compression. */
export class UnionFind {
  private readonly parent: number[];

  /** Creates `n` singleton sets. */
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  /** The representative of `i`'s set. */
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x];
      this.parent[x] = r;
      x = next;
    }
    return r;
  }

  /** Joins the sets of `a` and `b` (the smaller index stays the representative). */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The members of `i`'s set, ascending. */
  members(i: number): number[] {
    const r = this.find(i);
    return this.parent.map((_, j) => j).filter((j) => this.find(j) === r);
  }

  /** Every set, each ascending, ordered by smallest member. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      const g = byRoot.get(r) ?? [];
      g.push(i);
      byRoot.set(r, g);
    });
    return [...byRoot.values()];
  }
}
