// A ranking of child units by one indicator: rank, unit, value, a bar to compare at a
// glance, and the best and worst marked in words (not by colour alone).
import { NULL_MARK, formatNumberVi } from "../format.js";
import type { RankingSection } from "../model.js";
import { RANK_MARK_TEXT, rankEntries } from "../ranking.js";
import type { ContentBox } from "./page.js";

const ROW = 17;
const SIZE = 9.5;
const BAR_COLOR = "#0072B2";
const MARK_FILL = { best: "#E3F1E6", worst: "#FBE5E1" } as const;

export function drawRanking(doc: PDFKit.PDFDocument, box: ContentBox, y: number, section: RankingSection, newPage: () => number): number {
  const entries = rankEntries(section);
  const decimals = section.decimals ?? 0;
  const widths = [40, Math.min(180, box.width * 0.36), 92, 0, 78];
  widths[3] = box.width - widths.reduce((a, b) => a + b, 0);
  const xs = widths.map((_, i) => box.x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const headers = ["Hạng", "Đơn vị", `${section.indicator} (${section.unit})`, "", "Ghi chú"];
  const max = Math.max(0, ...entries.map((e) => e.value ?? 0));
  const text = (s: string, i: number, ty: number, align: "left" | "right" | "center", font = "regular") => {
    doc.font(font).fontSize(SIZE).fillColor("black").text(s, xs[i]! + 4, ty, { width: widths[i]! - 8, align, lineBreak: false });
  };
  const header = (hy: number) => {
    const h = Math.max(ROW, doc.font("bold").fontSize(SIZE).heightOfString(headers[2]!, { width: widths[2]! - 8 }) + 6);
    doc.rect(box.x, hy, box.width, h).fillColor("#ECECEC").fill();
    headers.forEach((s, i) => doc.font("bold").fontSize(SIZE).fillColor("black").text(s, xs[i]! + 4, hy + 3, { width: widths[i]! - 8, align: "center" }));
    doc.moveTo(box.x, hy + h).lineTo(box.x + box.width, hy + h).lineWidth(0.8).strokeColor("#404040").stroke();
    return hy + h;
  };
  y = header(y);
  for (const e of entries) {
    if (y + ROW > box.bottom) y = header(newPage());
    if (e.mark) doc.rect(box.x, y, box.width, ROW).fillColor(MARK_FILL[e.mark]).fill();
    const ty = y + (ROW - SIZE * 1.15) / 2;
    const bold = e.mark ? "bold" : "regular";
    text(e.rank === null ? NULL_MARK : String(e.rank), 0, ty, "center", bold);
    text(e.label, 1, ty, "left", bold);
    text(formatNumberVi(e.value, decimals), 2, ty, "right", bold);
    if (e.value !== null && max > 0) {
      doc.rect(xs[3]! + 4, y + 4, ((widths[3]! - 8) * Math.max(0, e.value)) / max, ROW - 8).fillColor(BAR_COLOR).fill();
    }
    if (e.mark) text(RANK_MARK_TEXT[e.mark], 4, ty, "left", "bold");
    doc.moveTo(box.x, y + ROW).lineTo(box.x + box.width, y + ROW).lineWidth(0.3).strokeColor("#B0B0B0").stroke();
    y += ROW;
  }
  doc.fillColor("black").strokeColor("black");
  const note = section.better === "higher" ? "Xếp hạng từ cao xuống thấp: giá trị cao hơn là tốt hơn." : "Xếp hạng từ thấp lên cao: giá trị thấp hơn là tốt hơn.";
  doc.font("italic").fontSize(8.5).text(note, box.x, y + 4, { width: box.width });
  return y + 4 + doc.heightOfString(note, { width: box.width });
}
