// One slip line as entered: the envelope (type, date, subject) and the payload of its
// type. This is the part of the validation that needs no register; the rules against the
// register (check* functions of each type) run in the data layer with the facts it reads.
import { z } from "../validation/zod.js";
import type { IsoDate } from "../time/dates.js";
import { isIsoDate } from "../time/dates.js";
import { CCCD_MESSAGES } from "../validation/cccd.js";
import { HOUSEHOLD_MESSAGES } from "../validation/household.js";
import { PERSON_MESSAGES } from "../validation/person.js";
import { BIRTH_MESSAGES } from "../validation/birth.js";
import { indexMessages, parseFields, toResult, type ValidationIssue, type ValidationResult } from "../validation/result.js";
import { cappedText, codeOf, optional } from "../validation/text.js";
import { birthPayloadShape, type BirthPayload } from "./birth.js";
import {
  contraceptionChangePayloadShape, contraceptionStartPayloadShape, contraceptionStopPayloadShape,
  type ContraceptionChangePayload, type ContraceptionStartPayload, type ContraceptionStopPayload,
} from "./contraception.js";
import { deathPayloadShape, type DeathPayload } from "./death.js";
import { educationPayloadShape, type EducationPayload } from "./education.js";
import { CHANGE_EVENT_TYPE, RECORDABLE_EVENT_TYPES, type RecordableEventType } from "./event-types.js";
import { eventIssue } from "./facts.js";
import { optionalId, unitCode } from "./fields.js";
import { householdMergePayloadShape, householdSplitPayloadShape, type HouseholdMergePayload, type HouseholdSplitPayload } from "./household.js";
import { divorcePayloadShape, marriagePayloadShape, refineMarriage, type DivorcePayload, type MarriagePayload } from "./marriage.js";
import { EVENT_MESSAGES as M } from "./messages.js";
import { moveInPayloadShape, moveOutPayloadShape, refineMoveIn, refineMoveOut, type MoveInPayload, type MoveOutPayload } from "./move.js";
import { checkupPayloadShape, pregnancyPayloadShape, type CheckupPayload, type PregnancyPayload } from "./pregnancy.js";

export interface EventPayloads {
  BIRTH: BirthPayload;
  DEATH: DeathPayload;
  MOVE_OUT: MoveOutPayload;
  MOVE_IN: MoveInPayload;
  MARRIAGE: MarriagePayload;
  DIVORCE: DivorcePayload;
  CONTRACEPTION_START: ContraceptionStartPayload;
  CONTRACEPTION_STOP: ContraceptionStopPayload;
  CONTRACEPTION_CHANGE: ContraceptionChangePayload;
  PREGNANCY: PregnancyPayload;
  PRENATAL_SCREENING: CheckupPayload;
  NEWBORN_SCREENING: CheckupPayload;
  ELDERLY_CHECKUP: CheckupPayload;
  EDUCATION_CHANGE: EducationPayload;
  HOUSEHOLD_SPLIT: HouseholdSplitPayload;
  HOUSEHOLD_MERGE: HouseholdMergePayload;
}

export type EventSource = "ONLINE" | "SLIP";

/** A validated slip line, one variant per type. */
export type ChangeEventDraft = {
  [T in RecordableEventType]: {
    type: T;
    occurredOn: IsoDate;
    /** The commune the recorder says the line belongs to: checked, never trusted. */
    unitCode: string | null;
    personId: number | null;
    householdId: number | null;
    payload: EventPayloads[T];
    idempotencyKey: string | null;
    source: EventSource;
  };
}[RecordableEventType];

export type DraftOf<T extends RecordableEventType> = Extract<ChangeEventDraft, { type: T }>;

/** The entry as it comes from a form or the API; ids may be strings (GraphQL ID). */
export interface ChangeEventInput {
  type: unknown;
  occurredOn: unknown;
  unitCode?: unknown;
  personId?: unknown;
  householdId?: unknown;
  payload?: unknown;
  idempotencyKey?: unknown;
  source?: unknown;
}

const PAYLOAD_SHAPES: { [T in RecordableEventType]: (ctx: { today: IsoDate }) => z.ZodRawShape } = {
  BIRTH: birthPayloadShape,
  DEATH: deathPayloadShape,
  MOVE_OUT: moveOutPayloadShape,
  MOVE_IN: moveInPayloadShape,
  MARRIAGE: marriagePayloadShape,
  DIVORCE: divorcePayloadShape,
  CONTRACEPTION_START: contraceptionStartPayloadShape,
  CONTRACEPTION_STOP: contraceptionStopPayloadShape,
  CONTRACEPTION_CHANGE: contraceptionChangePayloadShape,
  PREGNANCY: pregnancyPayloadShape,
  PRENATAL_SCREENING: checkupPayloadShape,
  NEWBORN_SCREENING: checkupPayloadShape,
  ELDERLY_CHECKUP: checkupPayloadShape,
  EDUCATION_CHANGE: educationPayloadShape,
  HOUSEHOLD_SPLIT: householdSplitPayloadShape,
  HOUSEHOLD_MERGE: householdMergePayloadShape,
};

export type Presence = "REQUIRED" | "OPTIONAL" | "NONE";
/** Which envelope ids each type takes: most lines are about one person of the register. */
const SUBJECT: { [T in RecordableEventType]?: { person: Presence; household: Presence } } = {
  BIRTH: { person: "NONE", household: "OPTIONAL" },
  MOVE_IN: { person: "OPTIONAL", household: "OPTIONAL" },
  HOUSEHOLD_MERGE: { person: "NONE", household: "REQUIRED" },
};
const PERSON_LINE = { person: "REQUIRED", household: "NONE" } as const;

/** Which envelope ids a type takes (REQUIRED, OPTIONAL or NONE). */
export function subjectOf(type: RecordableEventType): { person: Presence; household: Presence } {
  return SUBJECT[type] ?? PERSON_LINE;
}

/** The payload keys a user enters for a type; anything else in a stored payload was derived. */
export function enteredPayloadKeys(type: RecordableEventType): string[] {
  return Object.keys(PAYLOAD_SHAPES[type]({ today: "2000-01-01" }));
}

export function isRecordableType(type: string): type is RecordableEventType {
  return (RECORDABLE_EVENT_TYPES as readonly string[]).includes(type);
}

const INDEX = indexMessages(M, PERSON_MESSAGES, CCCD_MESSAGES, HOUSEHOLD_MESSAGES, BIRTH_MESSAGES);
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

function envelopeShape(ctx: { today: IsoDate }) {
  return {
    type: codeOf(CHANGE_EVENT_TYPE, M.TYPE_REQUIRED, M.TYPE_INVALID),
    occurredOn: cappedText(M.OCCURRED_ON_REQUIRED, M.OCCURRED_ON_INVALID)
      .min(1, { error: M.OCCURRED_ON_REQUIRED.vi, abort: true })
      .refine(isIsoDate, { error: M.OCCURRED_ON_INVALID.vi, abort: true })
      .refine((d) => d <= ctx.today, { error: M.OCCURRED_ON_FUTURE.vi }),
    unitCode: unitCode(),
    personId: optionalId(),
    householdId: optionalId(),
    idempotencyKey: optional(cappedText(M.IDEMPOTENCY_KEY_INVALID).regex(IDEMPOTENCY_KEY, { error: M.IDEMPOTENCY_KEY_INVALID.vi })),
    source: z.preprocess((v) => v ?? "ONLINE", z.enum(["ONLINE", "SLIP"], { error: M.SOURCE_INVALID.vi })),
  };
}

function checkPresence(value: number | null, presence: Presence, field: string, missing: ValidationIssue): ValidationIssue[] {
  if (presence === "REQUIRED" && value === null) return [missing];
  if (presence === "NONE" && value !== null) return [eventIssue("FIELD_NOT_EXPECTED", "error", field)];
  return [];
}

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v === undefined || v === null ? {} : typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * Parses a slip line. Field errors carry the input's path ("occurredOn",
 * "payload.motherId", "payload.person.cccd"); unknown payload keys are refused, never
 * dropped, so nothing a user entered is silently lost.
 */
export function validateChangeEventInput(input: ChangeEventInput, ctx: { today: IsoDate }): ValidationResult<ChangeEventDraft, string> {
  const { values: env, errors } = parseFields(envelopeShape(ctx), input, INDEX);
  const issues: ValidationIssue[] = [...errors];
  if (env.type !== undefined && !isRecordableType(env.type)) issues.push(eventIssue("TYPE_NOT_RECORDABLE", "error", "type"));
  if (env.type === undefined || !isRecordableType(env.type)) return toResult<ChangeEventDraft, string>({}, issues);
  const type = env.type;

  const subject = subjectOf(type);
  const personId = env.personId ?? null;
  const householdId = env.householdId ?? null;
  if (env.personId !== undefined) issues.push(...checkPresence(personId, subject.person, "personId", eventIssue("PERSON_REQUIRED", "error", "personId")));
  if (env.householdId !== undefined) issues.push(...checkPresence(householdId, subject.household, "householdId", eventIssue("HOUSEHOLD_REQUIRED", "error", "householdId")));

  const raw = asRecord(input.payload);
  if (!raw) return toResult<ChangeEventDraft, string>({}, [...issues, eventIssue("PAYLOAD_INVALID", "error", "payload")]);
  const shape = PAYLOAD_SHAPES[type](ctx);
  const unknown = Object.keys(raw).filter((k) => !Object.hasOwn(shape, k));
  for (const key of unknown.slice(0, 10)) issues.push(eventIssue("UNKNOWN_FIELD", "error", `payload.${key.slice(0, 40)}`));
  const parsed = parseFields(shape, raw, INDEX);
  issues.push(...parsed.errors.map((e) => ({ ...e, field: `payload.${e.field}` })));
  let payload: Record<string, unknown> = parsed.values;
  if (parsed.errors.length === 0) {
    if (type === "MOVE_OUT") issues.push(...refineMoveOut(payload as MoveOutPayload));
    if (type === "MARRIAGE") issues.push(...refineMarriage(payload as MarriagePayload, personId));
    if (type === "MOVE_IN") {
      const refined = refineMoveIn(payload as Parameters<typeof refineMoveIn>[0], { personId, householdId }, ctx);
      issues.push(...refined.issues);
      payload = refined.payload;
    }
  }
  const draft = { type, occurredOn: env.occurredOn, unitCode: env.unitCode ?? null, personId, householdId, payload, idempotencyKey: env.idempotencyKey ?? null, source: env.source };
  return toResult<ChangeEventDraft, string>(draft as Partial<ChangeEventDraft>, issues);
}
