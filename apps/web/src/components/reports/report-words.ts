// A report's own words in the page's language: the API names forms, rows and units of
// measure in Vietnamese and English; a period's English label is made by the domain (the API's is Vietnamese).
import { parsePeriod, periodLabelEn } from "@danso/domain";

export function reportWords(locale: string) {
  const en = locale === "en";
  return {
    formName: (f: { name: string; nameEn: string }) => (en ? f.nameEn : f.name),
    lineLabel: (l: { label: string; labelEn: string }) => (en ? l.labelEn : l.label),
    unitLabel: (l: { unitLabel?: string | null; unitLabelEn?: string | null }) => (en ? l.unitLabelEn : l.unitLabel),
    formNote: (f: { note: string; noteEn: string }) => (en ? f.noteEn : f.note),
    periodLabel: (t: { period: string; periodLabel: string }) => (en ? periodLabelEn(parsePeriod(t.period)) : t.periodLabel),
  };
}
