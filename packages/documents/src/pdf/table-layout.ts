// Where a table goes on A4: orientation, font size, column widths, and column groups when
// there are too many value columns for one page. Pure given a text measure, so the choice
// can be tested without drawing.
import { formatNumberVi } from "../format.js";
import type { DataTable } from "../model.js";
import { cellDecimals, columnHeader, hasUnitColumn, isValueRow, labelHeader, markedRowLabel } from "../table.js";
import { HEADERS } from "../text.js";
import type { FontName } from "./fonts.js";
import { contentBox, type Orientation } from "./page.js";

export interface Measure {
  width(text: string, font: FontName, size: number): number;
}

/** A page's share of the value columns. */
export interface ColumnGroup {
  /** Indexes into table.columns. */
  columns: number[];
  widths: number[];
}

export interface TableLayout {
  orientation: Orientation;
  fontSize: number;
  /** Horizontal padding inside a cell. */
  pad: number;
  numberWidth: number;
  labelWidth: number;
  /** 0 when the table has no ĐVT column. */
  unitWidth: number;
  /** One group when the table fits; several when the value columns are split over pages. */
  groups: ColumnGroup[];
}

/** Readable sizes, largest first: portrait is preferred, then landscape down to 7 pt. */
const PORTRAIT_SIZES = [9, 8.5, 8];
const LANDSCAPE_SIZES = [9, 8.5, 8, 7.5, 7];
/** Size of split tables: splitting already buys the room, so the text stays comfortable. */
const SPLIT_SIZE = 8;

export interface LayoutOptions {
  /** Only these orientations (a yearbook's text pages are portrait). Default: both. */
  orientations?: Orientation[];
}

/**
 * Longest word of a text: the narrowest a wrapping cell can be. pdfkit measures a word with
 * the space after it and cuts any word that does not fit so, hence the space.
 */
function longestWord(m: Measure, text: string, font: FontName, size: number): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => m.width(`${w} `, font, size)));
}

interface Needs {
  pad: number;
  numberWidth: number;
  unitWidth: number;
  labelMin: number;
  labelIdeal: number;
  valueMin: number[];
  valueMax: number;
}

function measureNeeds(m: Measure, table: DataTable, size: number): Needs {
  const pad = size >= 8 ? 3 : 2.5;
  const memo = new Map<string, number>();
  const w = (text: string, font: FontName) => {
    const k = `${font}|${text}`;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = m.width(text, font, size)));
    return v;
  };
  let numberWidth = w(HEADERS.number, "bold");
  let unitWidth = hasUnitColumn(table) ? longestWord(m, HEADERS.unit, "bold", size) : 0;
  let labelMin = longestWord(m, labelHeader(table), "bold", size);
  let labelIdeal = 0;
  const valueMin = table.columns.map((c) => longestWord(m, columnHeader(c), "bold", size));
  for (const row of table.rows) {
    if (!isValueRow(row)) continue;
    const indent = (row.depth ?? 0) * size;
    const font: FontName = row.emphasis ? "bold" : (row.depth ?? 0) > 0 ? "italic" : "regular";
    const label = markedRowLabel(row);
    numberWidth = Math.max(numberWidth, w(row.number ?? "", "regular"));
    if (unitWidth > 0 && row.unit) unitWidth = Math.max(unitWidth, w(row.unit, "regular"));
    labelMin = Math.max(labelMin, indent + longestWord(m, label, font, size));
    labelIdeal = Math.max(labelIdeal, indent + w(label, font));
    row.values.forEach((v, i) => {
      const text = formatNumberVi(v, cellDecimals(row, table.columns[i]));
      valueMin[i] = Math.max(valueMin[i]!, w(text, row.emphasis || table.columns[i]?.emphasis ? "bold" : "regular"));
    });
  }
  return {
    pad,
    numberWidth: numberWidth + 2 * pad,
    unitWidth: unitWidth > 0 ? unitWidth + 2 * pad : 0,
    // Narrower than ~16 em and every label wraps into a tower of short lines.
    labelMin: Math.max(labelMin, size * 16) + 2 * pad,
    labelIdeal: Math.min(Math.max(labelIdeal, size * 16), size * 28) + 2 * pad,
    valueMin: valueMin.map((v) => v + 2 * pad),
    valueMax: size * 9,
  };
}

/**
 * Widens columns into `room`: value columns first rise together towards a common width
 * (narrow ones first), capped so that a few columns do not become lakes of white.
 */
function fillValues(mins: number[], room: number, cap: number): number[] {
  const total = mins.reduce((a, b) => a + b, 0);
  if (room <= total) return mins;
  let lo = 0;
  let hi = Math.max(cap, ...mins);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    const sum = mins.reduce((a, b) => a + Math.max(b, Math.min(mid, cap)), 0);
    if (sum > room) hi = mid;
    else lo = mid;
  }
  return mins.map((b) => Math.max(b, Math.min(lo, cap)));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** One page group holding every column, or null when they do not fit at this size. */
function fitOne(n: Needs, avail: number, orientation: Orientation, size: number, columns: number): TableLayout | null {
  const fixed = n.numberWidth + n.unitWidth;
  if (fixed + n.labelMin + sum(n.valueMin) > avail) return null;
  // The label grows first (fewer wrapped lines), up to its ideal or 40 % of the room, then
  // the values widen; whatever is left after their cap goes back to the label.
  const room = avail - fixed;
  const labelWidth = Math.max(n.labelMin, Math.min(n.labelIdeal, room * 0.4, room - sum(n.valueMin)));
  const widths = fillValues(n.valueMin, avail - fixed - labelWidth, n.valueMax);
  // Whatever is left goes to the label so that the table spans the text width.
  const label = avail - fixed - sum(widths);
  return {
    orientation, fontSize: size, pad: n.pad, numberWidth: n.numberWidth, unitWidth: n.unitWidth, labelWidth: label,
    groups: [{ columns: Array.from({ length: columns }, (_, i) => i), widths }],
  };
}

/** Splits the value columns into the fewest groups that fit, as even in count as possible. */
function split(n: Needs, avail: number, size: number): TableLayout {
  const fixed = n.numberWidth + n.unitWidth;
  const labelWidth = n.labelMin;
  const room = avail - fixed - labelWidth;
  const count = n.valueMin.length;
  // g groups of as even a count as possible (14 + 13 + 13, not 14 + 14 + 12), or null if one does not fit.
  const packs = (g: number): number[][] | null => {
    const groups: number[][] = [];
    const base = Math.floor(count / g);
    for (let k = 0, s = 0; k < g; k++) {
      const size = base + (k < count % g ? 1 : 0);
      const idx = Array.from({ length: size }, (_, i) => s + i);
      if (sum(idx.map((i) => n.valueMin[i]!)) > room) return null;
      groups.push(idx);
      s += size;
    }
    return groups;
  };
  let groups: number[][] | null = null;
  for (let g = 2; g <= count && !groups; g++) groups = packs(g);
  groups ??= Array.from({ length: count }, (_, i) => [i]);
  // One label width on every group's pages, as wide as the tightest group allows: the rows
  // then wrap, and read, alike on every page.
  const spare = Math.min(...groups.map((g) => room - sum(g.map((i) => n.valueMin[i]!))));
  const label = Math.min(Math.max(n.labelIdeal, labelWidth), labelWidth + spare);
  return {
    orientation: "landscape", fontSize: size, pad: n.pad, numberWidth: n.numberWidth, unitWidth: n.unitWidth, labelWidth: label,
    groups: groups.map((columns) => ({ columns, widths: fillValues(columns.map((i) => n.valueMin[i]!), avail - fixed - label, n.valueMax) })),
  };
}

export function layoutTable(m: Measure, table: DataTable, options: LayoutOptions = {}): TableLayout {
  const allowed = options.orientations ?? ["portrait", "landscape"];
  const candidates: [Orientation, number][] = [
    ...(allowed.includes("portrait") ? PORTRAIT_SIZES.map((s): [Orientation, number] => ["portrait", s]) : []),
    ...(allowed.includes("landscape") ? LANDSCAPE_SIZES.map((s): [Orientation, number] => ["landscape", s]) : []),
  ];
  for (const [orientation, size] of candidates) {
    const fit = fitOne(measureNeeds(m, table, size), contentBox(orientation).width, orientation, size, table.columns.length);
    if (fit) return fit;
  }
  const wide: Orientation = allowed.includes("landscape") ? "landscape" : "portrait";
  return { ...split(measureNeeds(m, table, SPLIT_SIZE), contentBox(wide).width, SPLIT_SIZE), orientation: wide };
}

const NUMERIC = /^[0-9.,\-–]*$/;
const measures = new WeakMap<PDFKit.PDFDocument, Measure>();

/**
 * The measure of a pdfkit document (fonts registered by registerFonts). Widths scale with
 * the size, so each text is measured once at 1 pt; numbers are summed from their
 * characters (no kerning between digits), since nearly every number is a new string.
 */
export function pdfMeasure(doc: PDFKit.PDFDocument): Measure {
  const known = measures.get(doc);
  if (known) return known;
  const cache = new Map<string, number>();
  const unit = (text: string, font: FontName): number => {
    const key = `${font}|${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      w = NUMERIC.test(text) && text.length > 1 ? [...text].reduce((s, c) => s + unit(c, font), 0) : doc.font(font).fontSize(1).widthOfString(text);
      cache.set(key, w);
    }
    return w;
  };
  const measure: Measure = { width: (text, font, size) => unit(text, font) * size };
  measures.set(doc, measure);
  return measure;
}
