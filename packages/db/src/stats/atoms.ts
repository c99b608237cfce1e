// Columns overlap (the unit's column holds every commune of its children's columns), so
// the queries never group by column. They group by "atom": the communes that belong to
// exactly the same columns. A province report with its 12 districts has 12 atoms, a
// district report with its communes one atom per commune. Additive counts are summed from
// atoms into columns in TypeScript; a move or a couple is looked at from both ends, so a
// move whose two communes are in the same column is internal to that column.

export interface AtomPlan {
  /** Atom (1…n) of every unit in some column. */
  atomOf: Map<number, number>;
  atomCount: number;
  /** The atoms of each column. */
  columnAtoms: Set<number>[];
  /**
   * The atom of each unit id as a PostgreSQL array literal with explicit bounds
   * ("[3430:3647]={1,1,…}"): `($1::int[])[unit_id]` is the atom, NULL or 0 outside.
   * An array subscript costs far less per row than a join or `= ANY`.
   */
  sqlArray: string;
}

export function planAtoms(columns: readonly { unitIds: readonly number[] }[]): AtomPlan {
  const membership = new Map<number, number[]>();
  columns.forEach((column, c) => {
    for (const u of new Set(column.unitIds)) {
      if (!Number.isInteger(u) || u <= 0) throw new RangeError(`Not a unit id: ${u}`);
      const list = membership.get(u);
      if (list) list.push(c);
      else membership.set(u, [c]);
    }
  });
  const atomBySignature = new Map<string, number>();
  const atomOf = new Map<number, number>();
  const columnAtoms = columns.map(() => new Set<number>());
  for (const [unit, cols] of membership) {
    const signature = cols.join(",");
    let atom = atomBySignature.get(signature);
    if (atom === undefined) {
      atom = atomBySignature.size + 1;
      atomBySignature.set(signature, atom);
      for (const c of cols) columnAtoms[c]!.add(atom);
    }
    atomOf.set(unit, atom);
  }
  return { atomOf, atomCount: atomBySignature.size, columnAtoms, sqlArray: toSqlArray(atomOf) };
}

function toSqlArray(atomOf: Map<number, number>): string {
  if (atomOf.size === 0) return "[1:1]={0}";
  const ids = [...atomOf.keys()];
  const lo = Math.min(...ids), hi = Math.max(...ids);
  const values = new Array<number>(hi - lo + 1).fill(0);
  for (const [unit, atom] of atomOf) values[unit - lo] = atom;
  return `[${lo}:${hi}]={${values.join(",")}}`;
}
