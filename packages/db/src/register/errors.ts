// The one error type of the register's operations. The API maps `code` to a GraphQL error
// code in one place and shows `message` (Vietnamese) or `messageEn`; `fieldErrors` (and
// their English, `fieldErrorsEn`) go next to the inputs of a form; `details` is JSON-safe (ids as strings, times as ISO strings)
// so it can go into the error's extensions as it is. Nothing is written when one is
// thrown: the caller's transaction rolls back.
import type { ValidationIssue } from "@danso/domain";

export type RegisterErrorCode = "VALIDATION_FAILED" | "NOT_FOUND" | "CONFLICT" | "INVALID_STATE";

/** Who last changed a record, for conflict messages. */
export interface ChangedBy {
  id: number;
  fullName: string;
}

export type RegisterErrorDetails =
  | {
      kind: "VERSION";
      entity: "HOUSEHOLD" | "PERSON";
      id: number;
      /** The version the caller read. */
      expectedVersion: number;
      currentVersion: number;
      /** Fields whose value now differs from what the caller read. */
      changedFields: string[];
      changedBy: ChangedBy | null;
      /** ISO date-time of the last change. */
      changedAt: string;
    }
  | { kind: "IDEMPOTENCY_KEY"; idempotencyKey: string; existingEventId?: string }
  | { kind: "STATUS"; eventId: string; status: string }
  | { kind: "NOT_FOUND"; entity: string; ids: string[] };

export class RegisterError extends Error {
  override readonly name = "RegisterError";
  constructor(
    readonly code: RegisterErrorCode,
    /** Vietnamese, for people. */
    message: string,
    readonly messageEn: string,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly issues: ValidationIssue[] = [],
    readonly warnings: ValidationIssue[] = [],
    readonly details: RegisterErrorDetails | undefined = undefined,
    /** `fieldErrors` in English, field by field. */
    readonly fieldErrorsEn: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export function validationFailed(issues: ValidationIssue[], warnings: ValidationIssue[] = []): RegisterError {
  const errors = issues.filter((i) => i.severity === "error");
  const fieldErrors: Record<string, string[]> = {};
  const fieldErrorsEn: Record<string, string[]> = {};
  for (const e of errors) {
    (fieldErrors[e.field ?? "_"] ??= []).push(e.vi);
    (fieldErrorsEn[e.field ?? "_"] ??= []).push(e.en);
  }
  const first = errors[0];
  return new RegisterError(
    "VALIDATION_FAILED",
    first ? `Dữ liệu chưa hợp lệ: ${first.vi}` : "Dữ liệu chưa hợp lệ",
    first ? `Invalid input: ${first.en}` : "Invalid input",
    fieldErrors,
    errors,
    [...warnings, ...issues.filter((i) => i.severity === "warning")],
    undefined,
    fieldErrorsEn,
  );
}

/** Throws when any issue is an error; returns the warnings otherwise. */
export function assertValid(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.some((i) => i.severity === "error")) throw validationFailed(issues);
  return issues;
}

const ENTITY_VI: Record<string, string> = { CHANGE_EVENT: "biến động", HOUSEHOLD: "hộ", PERSON: "nhân khẩu" };

export function notFound(entity: "CHANGE_EVENT" | "HOUSEHOLD" | "PERSON", ids: (bigint | number | string)[]): RegisterError {
  const list = ids.map(String);
  return new RegisterError(
    "NOT_FOUND",
    `Không tìm thấy ${ENTITY_VI[entity]} số ${list.join(", ")}`,
    `No ${entity.toLowerCase().replace("_", " ")} with id ${list.join(", ")}`,
    {}, [], [], { kind: "NOT_FOUND", entity, ids: list },
  );
}

export function invalidState(vi: string, en: string, details?: RegisterErrorDetails): RegisterError {
  return new RegisterError("INVALID_STATE", vi, en, {}, [], [], details);
}

export function conflict(vi: string, en: string, details: RegisterErrorDetails): RegisterError {
  return new RegisterError("CONFLICT", vi, en, {}, [], [], details);
}
