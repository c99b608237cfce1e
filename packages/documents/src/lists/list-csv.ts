// A list as CSV: UTF-8 with a BOM, RFC 4180 quoting, CRLF. Its first lines, starting with
// "#", say what the list is, who exported it and its audit reference; then one header line
// and one line per person. Spreadsheets open it as it is; programs skip the "#" lines.
import { formatDateTimeVi } from "../format.js";
import { BOM, csvField } from "../csv/report-csv.js";
import { provenance, type ListWriterFactory } from "./model.js";

const EOL = "\r\n";

export const listCsvWriter: ListWriterFactory = (doc, emit) => {
  const put = (s: string) => emit(Buffer.from(s, "utf8"));
  const comment = (s: string) => `# ${s.replace(/[\r\n]+/g, " ")}${EOL}`;
  put(BOM + comment(`${doc.title} — ${doc.unitName} — ngày tham chiếu ${doc.referenceDate} — ${doc.total} người`)
    + comment(doc.rule) + comment(provenance(doc, formatDateTimeVi(doc.exportedAt)))
    + doc.columns.map((c) => csvField(c.label)).join(",") + EOL);
  return {
    rows(rows) {
      put(rows.map((r) => r.map(csvField).join(",") + EOL).join(""));
    },
    async end() {},
  };
};
