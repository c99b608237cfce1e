// A period given by a client ("2026", "2026-Q1", "2026-M03"), refused in Vietnamese when malformed.
import { isPeriodCode, parsePeriod, type Period } from "@danso/domain";
import { badInput } from "./errors.js";

export function periodArg(code: string, field = "period"): Period {
  if (!isPeriodCode(code)) throw badInput("Kỳ không hợp lệ (ví dụ 2026, 2026-Q1, 2026-M03).", "Invalid period (e.g. 2026, 2026-Q1, 2026-M03).", { [field]: ["Ví dụ: 2026, 2026-Q1, 2026-M03"] });
  return parsePeriod(code);
}
