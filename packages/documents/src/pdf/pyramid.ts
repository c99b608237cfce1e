// A population pyramid drawn as vectors: men to the left, women to the right, age groups
// up the middle, a shared scale with grid lines, axis labels and a legend.
import { formatNumberVi } from "../format.js";
import type { PyramidSection } from "../model.js";
import { niceCeiling, pyramidRows } from "../pyramid.js";
import type { ContentBox } from "./page.js";

/**
 * Okabe–Ito blue and vermillion: told apart by readers with any common colour-vision
 * deficiency, and 5.2:1 and 3.9:1 against white (WCAG asks 3:1 of graphics). Side and
 * legend say the sex as well, so the chart also reads in grey print.
 */
export const MALE_COLOR = "#0072B2";
export const FEMALE_COLOR = "#D55E00";

const AGE_COLUMN = 46;
const BAR_GAP = 0.18;

function intervals(ceiling: number): number {
  const lead = ceiling / 10 ** Math.floor(Math.log10(ceiling));
  return lead === 2 ? 4 : 5;
}

/** Draws the chart from y; returns the y below it. */
export function drawPyramid(doc: PDFKit.PDFDocument, box: ContentBox, y: number, section: PyramidSection, height = 300): number {
  const rows = pyramidRows(section);
  const percent = section.display === "percent";
  const male = rows.map((r) => (percent ? r.malePercent : r.male));
  const female = rows.map((r) => (percent ? r.femalePercent : r.female));
  const ceiling = niceCeiling(Math.max(...male, ...female));
  const ticks = intervals(ceiling);
  const step = ceiling / ticks;
  const tickDecimals = percent && step < 1 ? 1 : 0;
  const tickText = (v: number) => (percent ? `${formatNumberVi(v, tickDecimals)}%` : formatNumberVi(v));

  // Legend: a swatch and the word, over each half.
  const half = (box.width - AGE_COLUMN) / 2 - 12;
  const centerLeft = box.x + 12 + half;
  const centerRight = centerLeft + AGE_COLUMN;
  doc.font("bold").fontSize(10);
  const legend = (x: number, color: string, text: string, alignRight: boolean) => {
    const w = doc.widthOfString(text);
    const sx = alignRight ? x - w - 14 : x;
    doc.rect(sx, y + 1, 9, 9).fillColor(color).fill();
    doc.fillColor("black").text(text, sx + 13, y, { lineBreak: false });
  };
  legend(centerLeft - 4, MALE_COLOR, "Nam", true);
  legend(centerRight + 4, FEMALE_COLOR, "Nữ", false);
  doc.font("bold").fontSize(8).text("Nhóm tuổi", centerLeft, y + 1, { width: AGE_COLUMN, align: "center" });
  const top = y + 18;
  const plotHeight = height - 18 - 30;
  const band = plotHeight / rows.length;
  const scale = half / ceiling;

  // Grid lines and tick labels, mirrored.
  doc.font("regular").fontSize(7.5);
  for (let t = 0; t <= ticks; t++) {
    const v = t * step;
    for (const [x0, dir] of [[centerLeft, -1], [centerRight, 1]] as const) {
      const gx = x0 + dir * v * scale;
      doc.moveTo(gx, top).lineTo(gx, top + plotHeight).lineWidth(0.4).strokeColor(t === 0 ? "#333333" : "#C8C8C8").stroke();
      const label = tickText(v);
      const w = doc.widthOfString(label);
      doc.fillColor("#222222").text(label, gx - w / 2, top + plotHeight + 3, { lineBreak: false });
    }
  }
  // Bars, oldest group at the top.
  rows.forEach((r, i) => {
    const by = top + plotHeight - (i + 1) * band + band * BAR_GAP / 2;
    const bh = band * (1 - BAR_GAP);
    const mw = male[i]! * scale;
    const fw = female[i]! * scale;
    doc.rect(centerLeft - mw, by, mw, bh).fillColor(MALE_COLOR).fill();
    doc.rect(centerRight, by, fw, bh).fillColor(FEMALE_COLOR).fill();
    doc.font("regular").fontSize(Math.min(8, band * 0.75)).fillColor("black");
    doc.text(r.label, centerLeft, by + (bh - doc.currentLineHeight()) / 2, { width: AGE_COLUMN, align: "center", lineBreak: false });
  });
  const axis = percent ? "Tỷ trọng trong tổng dân số (%)" : "Số người";
  doc.font("italic").fontSize(8.5).fillColor("black");
  doc.text(axis, box.x + 12, top + plotHeight + 15, { width: half, align: "center" });
  doc.text(axis, centerRight, top + plotHeight + 15, { width: half, align: "center" });
  doc.strokeColor("black").fillColor("black");
  return y + height;
}
