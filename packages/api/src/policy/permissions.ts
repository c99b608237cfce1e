// The authorization matrix: for each action, the roles that may perform it and how far
// their permission reaches — the subtree of the user's unit, or only the collaborator's
// own area. The only place that knows who may do what; every resolver goes through it.
import type { Role } from "@danso/db";

/** "unit": the user's unit and everything under it. "area": only the user's own area. */
export type Reach = "unit" | "area";

const OFFICERS = { CENTRAL_OFFICER: "unit", PROVINCE_OFFICER: "unit", DISTRICT_OFFICER: "unit", COMMUNE_OFFICER: "unit" } as const;

export const PERMISSIONS = {
  /** Households, persons and their histories (personal data). */
  "register.read": { ...OFFICERS, COLLABORATOR: "area" },
  /** Creating and editing households and persons. */
  "register.write": { COMMUNE_OFFICER: "unit", COLLABORATOR: "area" },
  "event.read": { ...OFFICERS, COLLABORATOR: "area" },
  /** Areas (code, name, their collaborator's name): who works where, without the people.
   * Administrators need them to place collaborators' accounts. */
  "area.read": { ...OFFICERS, COLLABORATOR: "area", SYSTEM_ADMIN: "unit" },
  /** Recording a change (DRAFT) and submitting it. */
  "event.record": { COMMUNE_OFFICER: "unit", COLLABORATOR: "area" },
  /** Verifying or rejecting a submitted change: the commune's task (Circular 01/2022). */
  "event.verify": { COMMUNE_OFFICER: "unit" },
  "audit.read": { ...OFFICERS, SYSTEM_ADMIN: "unit" },
  /** Lists of school-age children and of young men for military service. */
  "list.export": { LIST_EXPORTER: "unit" },
  /** Aggregated statistics and reports of the units in scope. */
  "stats.read": { ...OFFICERS, REPORT_APPROVER: "unit", PUBLISHER: "unit", LIST_EXPORTER: "unit", SYSTEM_ADMIN: "unit" },
  "report.generate": OFFICERS,
  /** Keeping a named projection (its inputs and results) for the unit's plans and reports. */
  "projection.save": OFFICERS,
  "report.approve": { REPORT_APPROVER: "unit" },
  "report.publish": { PUBLISHER: "unit" },
  "user.manage": { SYSTEM_ADMIN: "unit" },
  /** Importing map boundaries for a level (replacing the ones drawn for everyone). */
  "boundaries.import": { SYSTEM_ADMIN: "unit" },
} as const satisfies Record<string, Partial<Record<Role, Reach>>>;

export type Action = keyof typeof PERMISSIONS;

/** Actions that only read: the ones a reorganisation's history can be reached for. */
const READS: ReadonlySet<Action> = new Set<Action>(["register.read", "area.read", "event.read", "audit.read", "stats.read", "report.generate"]);
export const isRead = (action: Action): boolean => READS.has(action);

export function reachOf(role: Role, action: Action): Reach | undefined {
  return (PERMISSIONS[action] as Partial<Record<Role, Reach>>)[role];
}

export function actionsOf(role: Role): Action[] {
  return (Object.keys(PERMISSIONS) as Action[]).filter((a) => reachOf(role, a) !== undefined);
}
