// Records one slip line as a DRAFT after checking it against the register. With an
// idempotency key (an offline phone resending its queue), the same line sent again
// returns the event already recorded and changes nothing; the same key with a different
// line is a conflict, never a silent overwrite.
import { createHash } from "node:crypto";
import { eventIssue, validateChangeEventInput, type ChangeEventDraft, type ChangeEventInput, type ValidationIssue } from "@danso/domain";
import type { ChangeEvent, Prisma } from "../generated/prisma/client.js";
import { checkLine, storedPayload, warningsPayload } from "./check-line.js";
import { toDbDate, todayOf, type RegisterOptions, type Tx } from "./context.js";
import { conflict, validationFailed } from "./errors.js";
import { communeById, resolveCommune } from "./units.js";

export interface RecordChangeEventResult {
  event: ChangeEvent;
  /** false when the idempotency key returned an event recorded earlier. */
  created: boolean;
  warnings: ValidationIssue[];
}

/** JSON with sorted keys, so that the same line hashes the same whatever its key order.
 * Not the domain's canonicalJson (RFC 8785, for signatures): here an absent field and a
 * null one are the same line, so a retry that omits an empty field still replays. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Fingerprint of the line as entered and normalised (stored in the payload as requestHash). */
export function requestHashOf(draft: ChangeEventDraft): string {
  const { type, occurredOn, personId, householdId, payload, source } = draft;
  return createHash("sha256").update(canonical({ type, occurredOn, personId, householdId, payload, source })).digest("hex");
}

async function replay(tx: Tx, key: string, hash: string, actorId: number): Promise<RecordChangeEventResult | null> {
  const existing = await tx.changeEvent.findUnique({ where: { idempotencyKey: key } });
  if (!existing) return null;
  // Someone else's key: say nothing about their line (not its id, not that it matches).
  if (existing.recordedById !== actorId) {
    throw conflict(`Khóa chống ghi trùng "${key}" đã được dùng: hãy tạo khóa mới cho dòng này`, `Idempotency key "${key}" is already taken: make a new key for this line`, { kind: "IDEMPOTENCY_KEY", idempotencyKey: key });
  }
  if ((existing.payload as { requestHash?: string }).requestHash === hash) return { event: existing, created: false, warnings: [] };
  throw conflict(
    `Khóa chống ghi trùng "${key}" đã được dùng cho một biến động khác (số ${existing.id}): không ghi đè`,
    `Idempotency key "${key}" was already used for another event (${existing.id}); nothing was overwritten`,
    { kind: "IDEMPOTENCY_KEY", idempotencyKey: key, existingEventId: existing.id.toString() },
  );
}

export async function recordChangeEvent(tx: Tx, actorId: number, input: ChangeEventInput, options: RegisterOptions = {}): Promise<RecordChangeEventResult> {
  const today = todayOf(options);
  const parsed = validateChangeEventInput(input, { today });
  if (!parsed.ok) throw validationFailed(parsed.errors, parsed.warnings);
  const draft = parsed.value;
  const requestHash = requestHashOf(draft);
  const key = draft.idempotencyKey;
  if (key) {
    const earlier = await replay(tx, key, requestHash, actorId);
    if (earlier) return earlier;
  }
  const { checked, warnings } = await checkLine(tx, draft, { today, lock: false }, parsed.warnings);
  if (draft.unitCode !== null && (await communeById(tx, checked.unitId!)).code !== draft.unitCode) {
    const named = await resolveCommune(tx, { code: draft.unitCode, id: null }, draft.occurredOn, { code: "unitCode", id: "unitCode" });
    throw validationFailed(named.issues.length ? named.issues : [eventIssue("UNIT_NOT_WHERE_RECORDED", "error", "unitCode")]);
  }
  const data: Prisma.ChangeEventCreateManyInput = {
    type: draft.type, status: "DRAFT", source: draft.source, occurredOn: toDbDate(draft.occurredOn), unitId: checked.unitId!,
    householdId: checked.householdId, personId: checked.personId, idempotencyKey: key, recordedById: actorId,
    payload: storedPayload(draft, checked, { requestHash, ...warningsPayload(warnings) }) as Prisma.InputJsonObject,
  };
  if (!key) return { event: await tx.changeEvent.create({ data }), created: true, warnings };
  // A concurrent request with the same key may have won: ON CONFLICT DO NOTHING, then read it.
  const { count } = await tx.changeEvent.createMany({ data: [data], skipDuplicates: true });
  if (count === 0) return (await replay(tx, key, requestHash, actorId))!;
  return { event: await tx.changeEvent.findUniqueOrThrow({ where: { idempotencyKey: key } }), created: true, warnings };
}
