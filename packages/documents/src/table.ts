// Reading a DataTable the same way in every format: decimals, unit column, footnote marks.
import type { DataTable, TableRow, ValueColumn, ValueRow } from "./model.js";
import { DEFAULT_UNCONFIRMED_NOTE, HEADERS, UNCONFIRMED_MARK } from "./text.js";

export const isValueRow = (row: TableRow): row is ValueRow => row.kind === "values";

export function valueRows(table: DataTable): ValueRow[] {
  return table.rows.filter(isValueRow);
}

/** Decimals of a cell: the row's (reports), else the column's (transposed tables), else 0. */
export function cellDecimals(row: ValueRow, column: ValueColumn | undefined): number {
  return row.decimals ?? column?.decimals ?? 0;
}

/** The ĐVT column is printed only when some row has a unit of measure. */
export function hasUnitColumn(table: DataTable): boolean {
  return table.rows.some((r) => isValueRow(r) && r.unit !== undefined && r.unit !== "");
}

export function labelHeader(table: DataTable): string {
  return table.labelHeader ?? HEADERS.label;
}

export function hasUnconfirmed(table: DataTable): boolean {
  return table.columns.some((c) => c.unconfirmed) || table.rows.some((r) => isValueRow(r) && r.unconfirmed);
}

/** The footnote explaining the unconfirmed mark, when the table has any. */
export function unconfirmedNote(table: DataTable): string | null {
  return hasUnconfirmed(table) ? (table.unconfirmedNote ?? DEFAULT_UNCONFIRMED_NOTE) : null;
}

export function markedRowLabel(row: ValueRow): string {
  return row.unconfirmed ? `${row.label} ${UNCONFIRMED_MARK}` : row.label;
}

/** Column header with its unit ("Dân số (người)") and mark. */
export function columnHeader(column: ValueColumn): string {
  const unit = column.unit ? ` (${column.unit})` : "";
  return `${column.label}${unit}${column.unconfirmed ? ` ${UNCONFIRMED_MARK}` : ""}`;
}

/** A table whose rows do not match its columns is a caller's bug: say which row. */
export function assertTableShape(table: DataTable): void {
  if (table.columns.length === 0) throw new RangeError("A table needs at least one value column");
  for (const row of valueRows(table)) {
    if (row.values.length !== table.columns.length) {
      throw new RangeError(`Row ${row.code} has ${row.values.length} values for ${table.columns.length} columns`);
    }
  }
}
