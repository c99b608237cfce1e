// The signed-in user as every resolver sees them: resolved once per request.
import type { Db, Role } from "@danso/db";

export interface Viewer {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  unitId: number;
  /** Materialized path of the user's unit, e.g. VN.30.288: the root of their scope. */
  unitPath: string;
  unitLevel: number;
  /** A collaborator's area; null for other roles. */
  areaId: number | null;
}

/** The active user with this id, or null (unknown or deactivated users are anonymous). */
export async function loadViewer(db: Db, userId: number): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: { unit: true } });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    login: user.login,
    fullName: user.fullName,
    role: user.role,
    unitId: user.unitId,
    unitPath: user.unit.path,
    unitLevel: user.unit.level,
    areaId: user.areaId,
  };
}
