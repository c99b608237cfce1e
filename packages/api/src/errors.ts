// Errors users can act on: a machine code, a Vietnamese message (English alongside) and,
// for bad input, the message of each field (in English too where the data layer has it). Mapped to GraphQL errors in one place.
import type { ValidationIssue } from "@danso/domain";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "INVALID_STATE"
  | "RATE_LIMITED"
  | "INTERNAL_SERVER_ERROR";

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly messageEn: string,
    readonly details: { fieldErrors?: Record<string, string[]>; fieldErrorsEn?: Record<string, string[]>; warnings?: ValidationIssue[]; [k: string]: unknown } = {},
  ) {
    super(message);
  }
}

export const unauthenticated = () =>
  new ApiError("UNAUTHENTICATED", "Bạn cần đăng nhập để xem hoặc thay đổi dữ liệu này.", "You must sign in to read or change this data.");

export const forbidden = () =>
  new ApiError("FORBIDDEN", "Bạn không có quyền với dữ liệu này: nó nằm ngoài phạm vi đơn vị hoặc vai trò của bạn.", "You may not access this data: it is outside your unit or your role.");

export const notFound = (what: string, whatEn: string) => new ApiError("NOT_FOUND", `Không tìm thấy ${what}.`, `${whatEn} not found.`);

export const badInput = (message: string, messageEn: string, fieldErrors?: Record<string, string[]>, fieldErrorsEn?: Record<string, string[]>) =>
  new ApiError("BAD_USER_INPUT", message, messageEn, { ...(fieldErrors ? { fieldErrors } : {}), ...(fieldErrorsEn ? { fieldErrorsEn } : {}) });

/** An error thrown by the data layer (packages/db/src/register): RegisterError. */
interface CodedError {
  code: string;
  message: string;
  messageEn?: string;
  fieldErrors?: Record<string, string[]>;
  fieldErrorsEn?: Record<string, string[]>;
  warnings?: ValidationIssue[];
  details?: Record<string, unknown>;
}

const isCoded = (e: unknown): e is CodedError =>
  e instanceof Error && typeof (e as unknown as { code: string }).code === "string" && /^[A-Z_]+$/.test((e as unknown as { code: string }).code);

const DATA_LAYER_CODES: Record<string, ErrorCode> = {
  VALIDATION_FAILED: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "INVALID_STATE",
};

/** The error a resolver threw, unwrapped from graphql-js's located error. Checked by shape:
 * two copies of graphql (CommonJS for Apollo, ESM for us) have two GraphQLError classes. */
function unwrap(error: unknown): unknown {
  let e = error;
  while (e && typeof e === "object" && "originalError" in e && (e as { originalError?: unknown }).originalError) {
    e = (e as { originalError: unknown }).originalError;
  }
  return e;
}

export interface MappedError {
  message: string;
  extensions: Record<string, unknown>;
}

/** The GraphQL error for anything thrown by a resolver. Unknown errors are logged and hidden. */
export function toGraphQLError(error: unknown, log: (e: unknown) => void): MappedError {
  const original = unwrap(error);
  if (original instanceof ApiError) {
    return { message: original.message, extensions: { code: original.code, messageEn: original.messageEn, ...original.details } };
  }
  if (isCoded(original) && DATA_LAYER_CODES[original.code]) {
    return {
      message: original.message,
      extensions: {
        code: DATA_LAYER_CODES[original.code],
        reason: original.code,
        messageEn: original.messageEn,
        ...(original.fieldErrors && Object.keys(original.fieldErrors).length ? { fieldErrors: original.fieldErrors } : {}),
        ...(original.fieldErrorsEn && Object.keys(original.fieldErrorsEn).length ? { fieldErrorsEn: original.fieldErrorsEn } : {}),
        ...(original.warnings?.length ? { warnings: original.warnings.map((w) => ({ code: w.code, field: w.field, message: w.vi, messageEn: w.en })) } : {}),
        ...(original.details ? { details: original.details } : {}),
      },
    };
  }
  log(original);
  return {
    message: "Lỗi hệ thống. Vui lòng thử lại sau hoặc báo cho quản trị hệ thống.",
    extensions: { code: "INTERNAL_SERVER_ERROR", messageEn: "Internal error. Try again later or tell the system administrator." },
  };
}
