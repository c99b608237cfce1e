// Zod building blocks of the slip-line payloads. Every message is a catalogue text (see
// validation/result.ts): a form shows it as is, the API finds the code back from it.
import { z } from "../validation/zod.js";
import type { CodeList, Label } from "../codes/labels.js";
import { isIsoDate } from "../time/dates.js";
import { cappedText, codeOf, missingOr, optional } from "../validation/text.js";
import { EVENT_MESSAGES as M, MAX_MEMBERS, SHORT_TEXT_MAX } from "./messages.js";

const MAX_DB_ID = 2_147_483_647; // person and household ids are PostgreSQL int4

/** GraphQL sends IDs as strings; the register's ids are positive integers. */
export function recordId(missing: Label = M.ID_INVALID, invalid: Label = M.ID_INVALID) {
  const toNumber = (v: unknown) => (typeof v === "string" && /^\d{1,10}$/.test(v) ? Number(v) : v === null ? undefined : v);
  return z.preprocess(
    toNumber,
    z.number({ error: missingOr(missing, invalid) }).int({ error: invalid.vi }).min(1, { error: invalid.vi }).max(MAX_DB_ID, { error: invalid.vi }),
  );
}

export const optionalId = () => optional(recordId());

/** Change-event ids are PostgreSQL bigint; JavaScript numbers hold them up to 2^53. */
export const optionalEventId = () =>
  optional(
    z.preprocess(
      (v) => (typeof v === "string" && /^\d{1,15}$/.test(v) ? Number(v) : v),
      z.number({ error: M.ID_INVALID.vi }).int({ error: M.ID_INVALID.vi }).min(1, { error: M.ID_INVALID.vi }).max(Number.MAX_SAFE_INTEGER, { error: M.ID_INVALID.vi }),
    ),
  );

/** A short free text (note, cause of death, a name outside the register); blank = null. */
export const shortText = () => optional(cappedText(M.SHORT_TEXT_TOO_LONG).max(SHORT_TEXT_MAX, { error: M.SHORT_TEXT_TOO_LONG.vi }));

export const optionalDate = () =>
  optional(cappedText(M.DATE_INVALID).refine(isIsoDate, { error: M.DATE_INVALID.vi }));

/** true/false, defaulting to false when absent (checkboxes of the slip). */
export const flag = () => z.preprocess((v) => (v === undefined || v === null ? false : v), z.boolean({ error: M.BOOLEAN_INVALID.vi }));

export function optionalCode<K extends string>(list: CodeList<K>, invalid: Label) {
  return optional(codeOf(list, invalid, invalid));
}

/** GSO commune codes are five digits (e.g. 10507). */
export const unitCode = () => optional(cappedText(M.UNIT_CODE_INVALID).regex(/^\d{5}$/, { error: M.UNIT_CODE_INVALID.vi }));

/** Other members of a household that move together; defaults to none. */
export const memberIds = () =>
  z.preprocess(
    (v) => (v === undefined || v === null ? [] : v),
    z
      .array(recordId(M.MEMBERS_INVALID, M.MEMBERS_INVALID), { error: M.MEMBERS_INVALID.vi })
      .max(MAX_MEMBERS, { error: M.MEMBERS_INVALID.vi, abort: true })
      .refine((ids) => new Set(ids).size === ids.length, { error: M.MEMBERS_INVALID.vi }),
  );

/** A nested object (the newcomer's or new household's details), validated by its own rules. */
export const nested = () => z.unknown().transform((v) => (v === undefined || v === null ? null : v));
