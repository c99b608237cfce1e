// The administrator's import for a reorganisation: which new commune each household of a
// divided commune goes to, as a CSV file of two columns (household code, new commune code),
// with or without a header line. Every line is checked before anything is written.
import type { ReaddressImport } from "./readdress.js";

export class ImportFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Tệp chuyển hộ không hợp lệ (invalid import file):\n${problems.slice(0, 20).join("\n")}${problems.length > 20 ? `\n… và ${problems.length - 20} lỗi khác` : ""}`);
    this.name = "ImportFileError";
  }
}

const HOUSEHOLD = /^[0-9A-Za-z-]{1,40}$/;
const COMMUNE = /^\d{5}$/;

export function parseReaddressImport(text: string): ReaddressImport {
  const out = new Map<string, string>();
  const problems: string[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const [household = "", commune = "", ...rest] = line.split(/[,;\t]/).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
    if (i === 0 && !COMMUNE.test(commune)) return; // a header line
    const n = i + 1;
    if (rest.some((c) => c !== "")) problems.push(`Dòng ${n}: cần đúng hai cột, mã hộ và mã xã mới (two columns expected)`);
    else if (!HOUSEHOLD.test(household)) problems.push(`Dòng ${n}: mã hộ "${household.slice(0, 40)}" không hợp lệ (invalid household code)`);
    else if (!COMMUNE.test(commune)) problems.push(`Dòng ${n}: mã xã "${commune.slice(0, 10)}" phải gồm 5 chữ số (commune code: 5 digits)`);
    else if (out.has(household) && out.get(household) !== commune) problems.push(`Dòng ${n}: hộ ${household} đã được gán cho xã ${out.get(household)} (household given twice)`);
    else out.set(household, commune);
  });
  if (problems.length) throw new ImportFileError(problems);
  return out;
}
