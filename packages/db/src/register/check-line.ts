// Checks a parsed slip line against the register through its type's handler: the same
// rules run when the line is recorded and again, on locked rows, when it is verified.
import type { ChangeEventDraft, RecordableEventType, ValidationIssue } from "@danso/domain";
import type { Tx } from "./context.js";
import { validationFailed } from "./errors.js";
import type { CheckContext, Checked, EventHandler } from "./events/handler.js";
import { HANDLERS } from "./events/handlers.js";

export function handlerOf(type: RecordableEventType): EventHandler<RecordableEventType, unknown> {
  return HANDLERS[type] as EventHandler<RecordableEventType, unknown>;
}

/** Throws VALIDATION_FAILED with every field error; returns the check and all warnings. */
export async function checkLine(
  tx: Tx,
  draft: ChangeEventDraft,
  ctx: CheckContext,
  parseWarnings: ValidationIssue[] = [],
): Promise<{ checked: Checked<unknown>; warnings: ValidationIssue[] }> {
  const checked = await handlerOf(draft.type).check(tx, draft as never, ctx);
  if (checked.issues.some((i) => i.severity === "error")) throw validationFailed(checked.issues, parseWarnings);
  if (checked.unitId === null) throw new Error(`Handler of ${draft.type} found no commune for a valid line`);
  return { checked, warnings: [...parseWarnings, ...checked.issues] };
}

/** The payload as stored: what was entered (normalised) and what the register added. */
export function storedPayload(draft: ChangeEventDraft, checked: Checked<unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...(draft.payload as Record<string, unknown>), ...checked.derived, ...extra };
}

/**
 * Warnings kept on the line (payload.warnings), so the officer who verifies it sees what
 * the collaborator was warned about (a child marriage, an unusual age); replaced by the
 * verification's own warnings.
 */
export function warningsPayload(warnings: ValidationIssue[]): Record<string, unknown> {
  return warnings.length ? { warnings: warnings.map(({ code, field, vi, en }) => ({ code, field: field ?? null, vi, en })) } : {};
}
