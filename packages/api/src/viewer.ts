// The signed-in user as every resolver sees them: resolved once per request.
import type { AdminUnit, Db, Role, User } from "@danso/db";

export interface Viewer {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  unitId: number;
  /** Materialized path of the user's unit, e.g. VN.30.288: the root of their scope. */
  unitPath: string;
  /** Paths of the units that went wholly into the user's unit in reorganisations (e.g. the
   * old provinces of a merged one): their history is read through the successions. */
  historyPaths: string[];
  unitLevel: number;
  /** A collaborator's area; null for other roles. */
  areaId: number | null;
  /** The version of the user's sessions (auth/session.ts): a session of another is over. */
  sessionVersion: number;
}

export function toViewer(user: User & { unit: AdminUnit }, historyPaths: string[] = []): Viewer {
  return {
    id: user.id,
    login: user.login,
    fullName: user.fullName,
    role: user.role,
    unitId: user.unitId,
    unitPath: user.unit.path,
    historyPaths,
    unitLevel: user.unit.level,
    areaId: user.areaId,
    sessionVersion: user.sessionVersion,
  };
}

/** The active user with this id, or null. Unknown and deactivated users are anonymous, and
 * so is an account whose password is still an administrator's one-time code: such a code
 * opens no session, it only lets its user choose a password (auth/authenticate.ts). */
export async function loadViewer(db: Db, userId: number): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: { unit: true } });
  if (!user || !user.active || user.oneTimeCodeUntil !== null) return null;
  return toViewer(user, await predecessorPaths(db, user.unitId));
}

/** The units that went wholly into this one, through every reorganisation (transitively).
 * A divided commune is not among them: its successors read only the households that went
 * to them (policy/places.ts). */
export async function predecessorPaths(db: Db, unitId: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ path: string }[]>`
    WITH RECURSIVE up AS (
      SELECT s.predecessor_id AS id FROM unit_succession s WHERE s.successor_id = ${unitId} AND s.kind = 'FULL'
      UNION
      SELECT s.predecessor_id FROM unit_succession s JOIN up ON s.successor_id = up.id WHERE s.kind = 'FULL')
    SELECT u.path FROM up JOIN admin_unit u ON u.id = up.id ORDER BY u.path`;
  return rows.map((r) => r.path);
}
