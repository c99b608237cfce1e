// Applying the matrix to a record: is the record inside the viewer's reach?
import type { Viewer } from "../viewer.js";
import { forbidden, unauthenticated } from "../errors.js";
import { isRead, reachOf, type Action } from "./permissions.js";

/** Where a record lives: its commune's (or unit's) path, and its area when it has one.
 * `history`: the paths of the units it was in (or attributed to) before a reorganisation,
 * through which it may also be READ (never changed): by the officer of an old unit kept for
 * its history, and by the successor of a divided commune. */
export interface Place {
  unitPath: string;
  areaId?: number | null;
  history?: readonly string[];
}

export function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`);
}

/** Within the viewer's unit, or (for reading) within a unit that went wholly into it. */
function withinReach(viewer: Viewer, action: Action, path: string): boolean {
  return isWithin(path, viewer.unitPath) || (isRead(action) && viewer.historyPaths.some((root) => isWithin(path, root)));
}

/**
 * True when the viewer may perform `action` on a record at `place`. Across reorganisations:
 * the record's own unit is checked against the viewer's unit and, for reading, the units
 * that went wholly into it; the record's history (old or attributed units) only for reading.
 */
export function can(viewer: Viewer | null, action: Action, place: Place): boolean {
  if (!viewer) return false;
  const reach = reachOf(viewer.role, action);
  if (reach === "unit") {
    return withinReach(viewer, action, place.unitPath)
      || (isRead(action) && (place.history ?? []).some((path) => withinReach(viewer, action, path)));
  }
  if (reach === "area") return viewer.areaId !== null && place.areaId === viewer.areaId;
  return false;
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN outside the viewer's reach. */
export function authorize(viewer: Viewer | null, action: Action, place: Place): Viewer {
  if (!viewer) throw unauthenticated();
  if (!can(viewer, action, place)) throw forbidden();
  return viewer;
}

/** The role may perform the action somewhere: checked before anything is read or written. */
export function requireRole(viewer: Viewer | null, action: Action): Viewer {
  if (!viewer) throw unauthenticated();
  if (!reachOf(viewer.role, action)) throw forbidden();
  return viewer;
}

/** How a list query over a unit must be narrowed for the viewer: the whole subtree, or
 * only the collaborator's area (which must lie inside the unit asked for). */
export type ListScope = { kind: "unit"; unitPath: string } | { kind: "area"; areaId: number };

export function listScope(viewer: Viewer | null, action: Action, unitPath: string, areaUnitPath?: string): ListScope {
  if (!viewer) throw unauthenticated();
  const reach = reachOf(viewer.role, action);
  if (reach === "unit" && withinReach(viewer, action, unitPath)) return { kind: "unit", unitPath };
  if (reach === "area" && viewer.areaId !== null && areaUnitPath && isWithin(areaUnitPath, unitPath)) {
    return { kind: "area", areaId: viewer.areaId };
  }
  throw forbidden();
}
