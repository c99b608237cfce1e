// A projection as CSV: UTF-8 with a BOM (else Excel reads Vietnamese as mojibake), RFC 4180
// quoting, CRLF. "#" lines first say what was projected, from which inputs, who exported it
// and its audit reference; then one table, one line per year: the indicators, then the
// population by sex and single year of age, so that a program reads every figure from one
// rectangular table. Numbers with a dot decimal and no grouping.
import { BOM, csvField } from "../csv/report-csv.js";
import { formatDateTimeVi, formatNumberPlain } from "../format.js";
import { ageLabel, describeRun, YEAR_COLUMNS, YEAR_NOTES, type ProjectionDocument } from "./model.js";

const EOL = "\r\n";

const comment = (s: string) => `# ${s.replace(/[\r\n]+/g, " ")}`;

export function renderProjectionCsv(doc: ProjectionDocument): Buffer {
  const ages = doc.years[0]?.populationMale.length ?? 0;
  const byAge = (sex: string) => Array.from({ length: ages }, (_, x) => `${sex} ${ageLabel(x, ages - 1)}`);
  const lines = [
    comment(doc.title),
    ...describeRun(doc, formatDateTimeVi(doc.exportedAt)).map((l) => comment(`${l.label}: ${l.value}`)),
    ...YEAR_NOTES.map(comment),
    comment("Các cột «Nam 0» … «Nữ 100+»: dân số ngày 01/01 theo giới tính và từng độ tuổi."),
    [...YEAR_COLUMNS.map((c) => c.header), ...byAge("Nam"), ...byAge("Nữ")].map(csvField).join(","),
    ...doc.years.map((y) => [
      ...YEAR_COLUMNS.map((c) => formatNumberPlain(y[c.key], c.decimals)),
      ...[...y.populationMale, ...y.populationFemale].map((v) => formatNumberPlain(v, 0)),
    ].join(",")),
  ];
  return Buffer.from(BOM + lines.map((l) => l + EOL).join(""), "utf8");
}
