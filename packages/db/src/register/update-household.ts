// Corrections of a household's header (address, type, area within the commune) and a
// change of head, with optimistic concurrency. Moving the household to another commune is
// a move of its members (MOVE_OUT / MOVE_IN lines), not an edit.
import { eventIssue, HOUSEHOLD_FIELDS, sameFieldValue, validateHouseholdInput, type ValidationIssue } from "@danso/domain";
import type { Household } from "../generated/prisma/client.js";
import type { RegisterOptions, Tx } from "./context.js";
import { assertValid, notFound } from "./errors.js";
import { headOf, setHead } from "./households.js";
import { lockHouseholds, residentsOf } from "./read-facts.js";
import { findArea } from "./units.js";
import { assertVersion, parseVersion } from "./version-conflict.js";

export interface UpdateHouseholdInput {
  householdId: number | string;
  version: unknown;
  /** The values the caller read (address, type, areaCode, headId). */
  base: Record<string, unknown>;
  changes: { address?: unknown; type?: unknown; areaCode?: unknown; headId?: unknown };
}

export async function updateHousehold(
  tx: Tx,
  actorId: number,
  input: UpdateHouseholdInput,
  _options: RegisterOptions = {},
): Promise<{ household: Household; warnings: ValidationIssue[] }> {
  const version = parseVersion(input.version);
  const id = Number(input.householdId);
  const valid = Number.isSafeInteger(id) && id > 0;
  if (valid) await lockHouseholds(tx, [id]);
  const row = valid ? await tx.household.findUnique({ where: { id }, include: { area: { select: { code: true } } } }) : null;
  if (!row) throw notFound("HOUSEHOLD", [String(input.householdId)]);
  const headId = await headOf(tx, id);
  const current = { address: row.address, type: row.type, areaCode: row.area.code, headId };
  await assertVersion(tx, { entity: "HOUSEHOLD", id, label: `Hộ ${row.code}`, version: row.version, updatedAt: row.updatedAt, updatedById: row.updatedById, current }, version, input.base ?? {}, HOUSEHOLD_FIELDS);

  const changes = (input.changes && typeof input.changes === "object" ? input.changes : {}) as Record<string, unknown>;
  const issues: ValidationIssue[] = Object.keys(changes).filter((k) => !(HOUSEHOLD_FIELDS as readonly string[]).includes(k)).slice(0, 10)
    .map((k) => eventIssue("UNKNOWN_FIELD", "error", k.slice(0, 40)));
  const header = validateHouseholdInput({ ...current, ...changes });
  if (!header.ok) issues.push(...header.errors.filter((e) => !e.field || Object.hasOwn(changes, e.field)));
  const next = header.ok ? header.value : current;
  let area = null;
  if (header.ok && next.areaCode !== current.areaCode) {
    area = await findArea(tx, next.areaCode);
    if (!area) issues.push(eventIssue("AREA_NOT_FOUND", "error", "areaCode"));
    else if (area.unitId !== row.unitId) issues.push(eventIssue("AREA_OTHER_COMMUNE", "error", "areaCode"));
  }
  const newHead = Object.hasOwn(changes, "headId") && !sameFieldValue(changes.headId, headId) ? Number(changes.headId) : null;
  if (newHead !== null) {
    if (row.status !== "ACTIVE") issues.push(eventIssue("DISSOLVED_NO_HEAD", "error", "headId"));
    else if (!(await residentsOf(tx, id)).includes(newHead)) issues.push(eventIssue("HEAD_NOT_RESIDENT", "error", "headId"));
  }
  const warnings = assertValid(issues);

  const headerChanged = !sameFieldValue(next.address, current.address) || next.type !== current.type || area !== null;
  if (!headerChanged && newHead === null) return { household: row, warnings };
  // Everyone's relation, the old head's included, is re-derived from family links.
  if (newHead !== null) await setHead(tx, id, newHead, actorId);
  const household = await tx.household.update({
    where: { id },
    data: { address: next.address, type: next.type, areaId: area?.id ?? row.areaId, version: { increment: 1 }, updatedById: actorId },
  });
  return { household, warnings };
}
