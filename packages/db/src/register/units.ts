// Communes and collaborator areas as slip lines name them. A GSO code means a unit only on
// a date (the 2025 reform reuses codes), so codes are looked up with the event's date.
import { eventIssue, type IsoDate, type ValidationIssue } from "@danso/domain";
import { toDbDate, type Tx } from "./context.js";

export interface CommuneRef {
  id: number;
  code: string;
  name: string;
}

const COMMUNE_LEVEL = 3;

/** The filter for units that exist on a date: validFrom <= date < validTo (null = still valid). */
export function unitValidOn(on: IsoDate) {
  const date = toDbDate(on);
  return { validFrom: { lte: date }, OR: [{ validTo: null }, { validTo: { gt: date } }] };
}

async function findCommune(tx: Tx, where: { code: string } | { id: number }, on: IsoDate): Promise<CommuneRef | null> {
  return tx.adminUnit.findFirst({
    where: { ...where, level: COMMUNE_LEVEL, ...unitValidOn(on) },
    select: { id: true, code: true, name: true },
  });
}

/**
 * The commune a payload names by code, by id, or both (then they must agree). Returns
 * null with no issue when neither is given.
 */
export async function resolveCommune(
  tx: Tx,
  ref: { code: string | null; id: number | null },
  on: IsoDate,
  fields: { code: string; id: string },
): Promise<{ unit: CommuneRef | null; issues: ValidationIssue[] }> {
  const byCode = ref.code !== null ? await findCommune(tx, { code: ref.code }, on) : null;
  const byId = ref.id !== null ? await findCommune(tx, { id: ref.id }, on) : null;
  const issues: ValidationIssue[] = [];
  if (ref.code !== null && !byCode) issues.push(eventIssue("UNIT_NOT_FOUND", "error", fields.code));
  if (ref.id !== null && !byId) issues.push(eventIssue("UNIT_NOT_FOUND", "error", fields.id));
  if (byCode && byId && byCode.id !== byId.id) issues.push(eventIssue("UNIT_MISMATCH", "error", fields.id));
  return { unit: issues.length ? null : (byCode ?? byId), issues };
}

export async function communeById(tx: Tx, id: number): Promise<CommuneRef> {
  return tx.adminUnit.findUniqueOrThrow({ where: { id }, select: { id: true, code: true, name: true } });
}

export interface AreaRef {
  id: number;
  code: string;
  unitId: number;
}

export async function findArea(tx: Tx, code: string): Promise<AreaRef | null> {
  return tx.area.findUnique({ where: { code }, select: { id: true, code: true, unitId: true } });
}
