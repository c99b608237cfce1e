// A label of the domain's code lists (roles, unit levels and types, units of measure,
// change types…) in the page's language: those lists hold both languages in one place,
// for the API, its exports and the portal alike.
import { useLocale } from "next-intl";
import type { Label } from "@danso/domain";

export function useLabel() {
  const locale = useLocale();
  return (label: Label) => label[locale];
}
