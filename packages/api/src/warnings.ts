import type { ValidationIssue } from "@danso/domain";

/** A non-blocking finding as the API returns it. */
export const toWarning = (w: ValidationIssue) => ({ code: w.code, field: w.field ?? null, message: w.vi, messageEn: w.en });
