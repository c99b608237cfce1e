// One handler per event type: `check` reads the facts a slip line depends on and runs the
// domain rules (when recording and again when verifying, against the register as it is
// then); `apply` changes the register when the commune officer verifies the line.
import type { DraftOf, IsoDate, RecordableEventType, ValidationIssue } from "@danso/domain";
import type { Tx } from "../context.js";

export interface CheckContext {
  today: IsoDate;
  /** Verification locks the rows it reads, so concurrent verifications serialise. */
  lock: boolean;
  /** When verifying: the commune the line was recorded in. */
  recordedUnitId?: number;
}

export interface Checked<F = unknown> {
  issues: ValidationIssue[];
  /** The commune where the line is recorded (for a move in: the destination). */
  unitId: number | null;
  householdId: number | null;
  personId: number | null;
  /** Payload keys derived from the register (resolved units, filled-in previous values). */
  derived: Record<string, unknown>;
  /** What `apply` needs of what `check` read. */
  facts: F;
}

export interface ApplyContext {
  actorId: number;
  eventId: bigint;
  today: IsoDate;
}

export interface Applied {
  /** New subject columns of the event (a birth's child, a split's new household). */
  personId?: number;
  householdId?: number;
  /** Payload keys known only once applied (marriageId, birthOrder, …). */
  derived?: Record<string, unknown>;
  /** Events the register wrote itself (the other side of a move, a spouse's line). */
  createdEventIds?: bigint[];
}

export interface EventHandler<T extends RecordableEventType, F = unknown> {
  check(tx: Tx, draft: DraftOf<T>, ctx: CheckContext): Promise<Checked<F>>;
  apply(tx: Tx, draft: DraftOf<T>, checked: Checked<F>, ctx: ApplyContext): Promise<Applied>;
}

/** A check that stops early: the issues say why, nothing else is known. */
export function failed<F>(issues: ValidationIssue[], facts: F): Checked<F> {
  return { issues, unitId: null, householdId: null, personId: null, derived: {}, facts };
}
