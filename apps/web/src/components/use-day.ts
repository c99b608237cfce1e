// A calendar day (2026-12-07) as the page's language writes it: 07/12/2026 in Vietnamese,
// 12/07/2026 in English (US), always the full year; "–" for none.
import { useFormatter } from "next-intl";

export function useDay() {
  const format = useFormatter();
  return (iso: string | null | undefined) =>
    iso ? format.dateTime(new Date(`${iso}T00:00:00+07:00`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }) : "–";
}
