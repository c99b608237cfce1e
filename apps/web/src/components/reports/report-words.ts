// A report's own words in the page's language: the API names forms and rows in Vietnamese
// and English; a period's English label is made by the domain (the API's is Vietnamese).
import { parsePeriod, periodLabelEn } from "@danso/domain";

export function reportWords(locale: string) {
  const en = locale === "en";
  return {
    formName: (f: { name: string; nameEn: string }) => (en ? f.nameEn : f.name),
    lineLabel: (l: { label: string; labelEn: string }) => (en ? l.labelEn : l.label),
    periodLabel: (t: { period: string; periodLabel: string }) => (en ? periodLabelEn(parsePeriod(t.period)) : t.periodLabel),
  };
}
