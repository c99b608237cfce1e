// Draws a laid-out table: a header repeated on every page, rows that break between pages
// (a section header never alone at a page's foot), and one pass per column group with the
// leading columns (STT, label, ĐVT) repeated.
import { formatNumberVi } from "../format.js";
import type { DataTable, TableRow, ValueColumn } from "../model.js";
import { cellDecimals, columnHeader, hasUnitColumn, labelHeader, markedRowLabel } from "../table.js";
import { HEADERS, LEADING_COLUMN_LETTERS } from "../text.js";
import type { FontName } from "./fonts.js";
import type { ColumnGroup, TableLayout } from "./table-layout.js";

const V_PAD = 2.2;
const GRID = "#404040";
const HEADER_FILL = "#ECECEC";
const SECTION_FILL = "#F5F5F5";
const EMPHASIS_FILL = "#F2F2F2";

interface CellStyle {
  font?: FontName;
  size?: number;
  align?: "left" | "center" | "right";
  valign?: "top" | "middle";
  fill?: string;
  indent?: number;
}

export interface TableDrawOptions {
  /** Opens a page in the layout's orientation and returns the y to draw at. */
  newPage: () => number;
  /** Bottom limit of the page's content. */
  bottom: number;
  x: number;
  /** A line above the table on a group's first page and on continued pages, or null. */
  caption?: (group: number, groups: number, continued: boolean, columns: [number, number]) => string | null;
  /** Height of what follows the table (notes, signature): the last rows go with it to a new page rather than leave it alone there. */
  tailHeight?: number;
}

/** Rows that move with the tail when the tail does not fit under the table. */
const KEEP_WITH_TAIL = 2;

export class TableDrawer {
  private readonly size: number;
  private readonly pad: number;
  private readonly hasUnit: boolean;
  private readonly twoLevels: boolean;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly table: DataTable,
    private readonly layout: TableLayout,
  ) {
    this.size = layout.fontSize;
    this.pad = layout.pad;
    this.hasUnit = hasUnitColumn(table);
    this.twoLevels = table.columns.some((c) => c.group !== undefined);
  }

  private textHeight(text: string, font: FontName, width: number, size = this.size): number {
    return this.doc.font(font).fontSize(size).heightOfString(text, { width: Math.max(1, width), lineGap: 0 });
  }

  private cell(x: number, y: number, w: number, h: number, text: string, style: CellStyle = {}): void {
    const { doc } = this;
    const size = style.size ?? this.size;
    const font = style.font ?? "regular";
    if (style.fill) doc.rect(x, y, w, h).fillColor(style.fill).fill();
    doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(GRID).stroke();
    if (!text) return;
    const indent = style.indent ?? 0;
    const width = w - 2 * this.pad - indent;
    let ty = y + V_PAD;
    if (style.valign === "middle") ty = y + (h - this.textHeight(text, font, width, size)) / 2;
    doc.font(font).fontSize(size).fillColor("black").text(text, x + this.pad + indent, ty, { width, align: style.align ?? "left", lineGap: 0 });
  }

  private leadingWidth(): number {
    return this.layout.numberWidth + this.layout.labelWidth + this.layout.unitWidth;
  }

  /** Group labels over consecutive columns, as [label, first, count] in the group's order. */
  private spans(group: ColumnGroup): [string | undefined, number, number][] {
    const spans: [string | undefined, number, number][] = [];
    group.columns.forEach((c, i) => {
      const label = this.table.columns[c]!.group;
      const last = spans.at(-1);
      if (last && label !== undefined && last[0] === label) last[2]++;
      else spans.push([label, i, 1]);
    });
    return spans;
  }

  private headerHeights(group: ColumnGroup): { top: number; columns: number; numbers: number } {
    const pad2 = 2 * this.pad;
    let columns = 0;
    group.columns.forEach((c, i) => {
      columns = Math.max(columns, this.textHeight(columnHeader(this.table.columns[c]!), "bold", group.widths[i]! - pad2));
    });
    let top = 0;
    if (this.twoLevels) {
      for (const [label, first, count] of this.spans(group)) {
        if (label === undefined) continue;
        const w = group.widths.slice(first, first + count).reduce((a, b) => a + b, 0);
        top = Math.max(top, this.textHeight(label, "bold", w - pad2) + 2 * V_PAD);
      }
    }
    const leading = Math.max(
      this.textHeight(labelHeader(this.table), "bold", this.layout.labelWidth - pad2),
      this.hasUnit ? this.textHeight(HEADERS.unit, "bold", this.layout.unitWidth - pad2) : 0,
    );
    columns = Math.max(columns + 2 * V_PAD, leading + 2 * V_PAD - top);
    return { top, columns, numbers: this.size * 0.9 * 1.15 + 2 * V_PAD };
  }

  private drawHeader(group: ColumnGroup, x: number, y: number): number {
    const h = this.headerHeights(group);
    const full = h.top + h.columns;
    const head: CellStyle = { font: "bold", align: "center", valign: "middle", fill: HEADER_FILL };
    const numbers: CellStyle = { font: "italic", size: this.size * 0.9, align: "center", valign: "middle" };
    const { numberWidth, labelWidth, unitWidth } = this.layout;
    this.cell(x, y, numberWidth, full, HEADERS.number, head);
    this.cell(x + numberWidth, y, labelWidth, full, labelHeader(this.table), head);
    if (this.hasUnit) this.cell(x + numberWidth + labelWidth, y, unitWidth, full, HEADERS.unit, head);
    const ny = y + full;
    this.cell(x, ny, numberWidth, h.numbers, LEADING_COLUMN_LETTERS[0], numbers);
    this.cell(x + numberWidth, ny, labelWidth, h.numbers, LEADING_COLUMN_LETTERS[1], numbers);
    if (this.hasUnit) this.cell(x + numberWidth + labelWidth, ny, unitWidth, h.numbers, LEADING_COLUMN_LETTERS[2], numbers);
    const starts: number[] = [];
    let cx = x + this.leadingWidth();
    for (const w of group.widths) {
      starts.push(cx);
      cx += w;
    }
    for (const [label, first, count] of this.spans(group)) {
      const w = group.widths.slice(first, first + count).reduce((a, b) => a + b, 0);
      if (label !== undefined) this.cell(starts[first]!, y, w, h.top, label, head);
      for (let i = first; i < first + count; i++) {
        const c = group.columns[i]!;
        const column = this.table.columns[c]!;
        const top = label === undefined ? y : y + h.top;
        const height = label === undefined ? full : h.columns;
        this.cell(starts[i]!, top, group.widths[i]!, height, columnHeader(column), { ...head, fill: column.emphasis ? "#E0E0E0" : HEADER_FILL });
        this.cell(starts[i]!, ny, group.widths[i]!, h.numbers, String(c + 1), numbers);
      }
    }
    return ny + h.numbers;
  }

  private rowFont(row: TableRow): FontName {
    if (row.kind === "section") return "bold";
    if (row.emphasis) return "bold";
    return (row.depth ?? 0) > 0 ? "italic" : "regular";
  }

  rowHeight(row: TableRow, group: ColumnGroup): number {
    const pad2 = 2 * this.pad;
    if (row.kind === "section") {
      const w = this.layout.labelWidth + this.layout.unitWidth + group.widths.reduce((a, b) => a + b, 0);
      return this.textHeight(row.label, "bold", w - pad2) + 2 * V_PAD;
    }
    const indent = (row.depth ?? 0) * this.size;
    const label = this.textHeight(markedRowLabel(row), this.rowFont(row), this.layout.labelWidth - pad2 - indent);
    const unit = this.hasUnit && row.unit ? this.textHeight(row.unit, "regular", this.layout.unitWidth - pad2) : 0;
    return Math.max(label, unit, this.size * 1.15) + 2 * V_PAD;
  }

  private drawRow(row: TableRow, group: ColumnGroup, x: number, y: number, h: number): void {
    const { numberWidth, labelWidth, unitWidth } = this.layout;
    if (row.kind === "section") {
      const rest = labelWidth + unitWidth + group.widths.reduce((a, b) => a + b, 0);
      this.cell(x, y, numberWidth, h, row.number ?? "", { font: "bold", align: "center", fill: SECTION_FILL });
      this.cell(x + numberWidth, y, rest, h, row.label, { font: "bold", fill: SECTION_FILL });
      return;
    }
    const font = this.rowFont(row);
    this.cell(x, y, numberWidth, h, row.number ?? "", { align: "center", font: row.emphasis ? "bold" : "regular" });
    this.cell(x + numberWidth, y, labelWidth, h, markedRowLabel(row), { font, indent: (row.depth ?? 0) * this.size });
    if (this.hasUnit) this.cell(x + numberWidth + labelWidth, y, unitWidth, h, row.unit ?? "", { align: "center" });
    let cx = x + this.leadingWidth();
    group.columns.forEach((c, i) => {
      const column: ValueColumn = this.table.columns[c]!;
      const text = formatNumberVi(row.values[c] ?? null, cellDecimals(row, column));
      const bold = row.emphasis || column.emphasis;
      this.cell(cx, y, group.widths[i]!, h, text, { align: "right", font: bold ? "bold" : "regular", fill: column.emphasis ? EMPHASIS_FILL : undefined });
      cx += group.widths[i]!;
    });
  }

  private drawCaption(text: string | null | undefined, x: number, y: number): number {
    if (!text) return y;
    this.doc.font("italic").fontSize(this.size + 0.5).fillColor("black").text(text, x, y, { lineGap: 0, lineBreak: false });
    return y + this.textHeight(text, "italic", 10_000, this.size + 0.5) + 3;
  }

  /** Draws the whole table from y on the current page; returns the y under it. */
  draw(y: number, options: TableDrawOptions): number {
    const { rows } = this.table;
    const groups = this.layout.groups;
    const x = options.x;
    groups.forEach((group, g) => {
      const range: [number, number] = [group.columns[0]! + 1, group.columns.at(-1)! + 1];
      if (g > 0) y = options.newPage();
      const heights = rows.map((r) => this.rowHeight(r, group));
      const headerHeight = (() => {
        const h = this.headerHeights(group);
        return h.top + h.columns + h.numbers;
      })();
      const captionSpace = this.size * 2;
      // A header with no row under it is useless: start on a fresh page instead.
      if (y + captionSpace + headerHeight + (heights[0] ?? 0) > options.bottom) y = options.newPage();
      y = this.drawCaption(options.caption?.(g, groups.length, false, range), x, y);
      y = this.drawHeader(group, x, y);
      const tail = g === groups.length - 1 ? (options.tailHeight ?? 0) : 0;
      const keepFrom = rows.length - KEEP_WITH_TAIL;
      let onPage = 0;
      rows.forEach((row, r) => {
        const h = heights[r]!;
        const keepWith = row.kind === "section" ? (heights[r + 1] ?? 0) : 0;
        let breakHere = y + h + keepWith > options.bottom;
        // The last rows leave together, so that no page holds a lone row, nor the tail
        // (notes, signature) without a row of the table above it.
        if (!breakHere && r === keepFrom && onPage > KEEP_WITH_TAIL) {
          const rest = heights.slice(r).reduce((a, b) => a + b, 0);
          breakHere = y + rest + tail > options.bottom;
        }
        if (breakHere) {
          y = options.newPage();
          y = this.drawCaption(options.caption?.(g, groups.length, true, range), x, y);
          y = this.drawHeader(group, x, y);
          onPage = 0;
        }
        this.drawRow(row, group, x, y, h);
        y += h;
        onPage++;
      });
    });
    return y;
  }
}
