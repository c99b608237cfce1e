// The register's code lists (sex, relation, education…) in the page's language.
import { useLocale } from "next-intl";
import type { CodeList } from "@danso/domain";

export function useCodeLabel() {
  const en = useLocale() === "en";
  return <K extends string>(list: CodeList<K>, code: K | null | undefined): string => (code ? (en ? list[code].en : list[code].vi) : "–");
}
