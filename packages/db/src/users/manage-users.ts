// Creating and changing user accounts (system administrators) and one's own password.
// Errors come in the register's shape, with a message per field.
import { ACCOUNT_MESSAGES, checkAccountPlacement, isLogin, isStrongPassword, type AccountIssue, type AccountRole } from "@danso/domain";
import type { User } from "../generated/prisma/client.js";
import type { Tx } from "../register/context.js";
import { RegisterError } from "../register/errors.js";
import { hashPassword, verifyPassword } from "./password.js";

function invalid(fields: Partial<Record<string, AccountIssue>>): never {
  const entries = Object.entries(fields) as [string, AccountIssue][];
  const fieldErrors = Object.fromEntries(entries.map(([f, code]) => [f, [ACCOUNT_MESSAGES[code].vi]]));
  const first = ACCOUNT_MESSAGES[entries[0]![1]];
  throw new RegisterError("VALIDATION_FAILED", `Dữ liệu chưa hợp lệ: ${first.vi}`, `Invalid input: ${first.en}`, fieldErrors);
}

async function placement(tx: Tx, role: AccountRole, unitId: number, areaId: number | null) {
  const unit = await tx.adminUnit.findUniqueOrThrow({ where: { id: unitId } });
  const issues = checkAccountPlacement(role, unit.level, areaId !== null);
  if (areaId !== null && !issues.areaCode) {
    const area = await tx.area.findUnique({ where: { id: areaId } });
    if (!area || area.unitId !== unitId) issues.areaCode = "AREA_REQUIRED";
  }
  if (Object.keys(issues).length) invalid(issues);
}

export interface NewUser {
  login: string;
  fullName: string;
  role: AccountRole;
  unitId: number;
  areaId: number | null;
  password: string;
}

export async function createUser(tx: Tx, input: NewUser): Promise<User> {
  const login = input.login.trim().toLowerCase();
  const fullName = input.fullName.trim().replace(/\s+/g, " ");
  const issues: Partial<Record<string, AccountIssue>> = {};
  if (!isLogin(login)) issues.login = "LOGIN_FORMAT";
  else if (await tx.user.findUnique({ where: { login } })) issues.login = "LOGIN_TAKEN";
  if (!fullName || fullName.length > 100) issues.fullName = "NAME_REQUIRED";
  if (!isStrongPassword(input.password)) issues.password = "PASSWORD_WEAK";
  if (Object.keys(issues).length) invalid(issues);
  await placement(tx, input.role, input.unitId, input.areaId);
  return tx.user.create({
    data: { login, fullName, role: input.role, unitId: input.unitId, areaId: input.areaId, passwordHash: await hashPassword(input.password) },
  });
}

export interface UserChanges {
  fullName?: string;
  role?: AccountRole;
  unitId?: number;
  areaId?: number | null;
  active?: boolean;
}

export async function updateUser(tx: Tx, id: number, changes: UserChanges): Promise<User> {
  const user = await tx.user.findUniqueOrThrow({ where: { id } });
  const fullName = changes.fullName?.trim().replace(/\s+/g, " ");
  if (fullName !== undefined && (!fullName || fullName.length > 100)) invalid({ fullName: "NAME_REQUIRED" });
  const next = { role: changes.role ?? user.role, unitId: changes.unitId ?? user.unitId, areaId: changes.areaId === undefined ? user.areaId : changes.areaId };
  await placement(tx, next.role, next.unitId, next.areaId);
  return tx.user.update({ where: { id }, data: { ...next, ...(fullName ? { fullName } : {}), ...(changes.active === undefined ? {} : { active: changes.active }) } });
}

export async function setPassword(tx: Tx, id: number, password: string): Promise<void> {
  if (!isStrongPassword(password)) invalid({ password: "PASSWORD_WEAK" });
  await tx.user.update({ where: { id }, data: { passwordHash: await hashPassword(password) } });
}

export async function changeOwnPassword(tx: Tx, id: number, current: string, next: string): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({ where: { id } });
  if (current.length > 200 || !(await verifyPassword(user.passwordHash, current))) invalid({ currentPassword: "WRONG_PASSWORD" });
  await setPassword(tx, id, next);
}
