// Reopening our XLSX output in tests, as a user's spreadsheet would.
import ExcelJS from "exceljs";

export async function loadXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as its own ArrayBuffer-like Buffer; a Node Buffer is what it reads.
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
