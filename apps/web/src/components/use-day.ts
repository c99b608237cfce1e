// A calendar day (2026-12-07) as the page's language writes it: 07/12/2026 in Vietnamese,
// 12/07/2026 in English (US), always the full year; "–" for none.
import { useFormatter } from "next-intl";

export function useDay() {
  const format = useFormatter();
  return (iso: string | null | undefined) =>
    iso ? format.dateTime(new Date(`${iso}T00:00:00+07:00`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }) : "–";
}

/** A month ("2026-M11" or "2026-11") as the page's language names it: "tháng 11 năm 2026", "November 2026". */
export function useMonth() {
  const format = useFormatter();
  return (code: string) => {
    const [year, month] = code.split(/-M?/).map(Number) as [number, number];
    return format.dateTime(new Date(Date.UTC(year, month - 1, 15)), { month: "long", year: "numeric", timeZone: "UTC" });
  };
}

/** A moment (an ISO timestamp) as the page's language writes it, Vietnam's time, full year: "03:56 08/12/2026". */
export function useMoment() {
  const format = useFormatter();
  return (iso: string) =>
    format.dateTime(new Date(iso), { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh" });
}
