// Creating and changing user accounts (system administrators) and one's own password.
// Errors come in the register's shape, with a message per field. Administrators never set
// a password: a new account and a reset get a one-time code (one-time-code.ts), and only
// its user replaces it with a password of their own.
import { ACCOUNT_MESSAGES, checkAccountPlacement, isLogin, isStrongPassword, type AccountIssue, type AccountRole } from "@danso/domain";
import type { User } from "../generated/prisma/client.js";
import type { Tx } from "../register/context.js";
import { RegisterError } from "../register/errors.js";
import { newOneTimeCode, normalizeOneTimeCode, oneTimeCodeExpiry } from "./one-time-code.js";
import { hashPassword, verifyPassword } from "./password.js";

const MESSAGES = {
  ...ACCOUNT_MESSAGES,
  PASSWORD_UNCHANGED: { vi: "Mật khẩu mới phải khác mật khẩu hiện tại và mã dùng một lần", en: "The new password must differ from the current one and from the one-time code" },
} as const;
type Issue = AccountIssue | keyof typeof MESSAGES;

function invalid(fields: Partial<Record<string, Issue>>): never {
  const entries = Object.entries(fields) as [string, Issue][];
  const fieldErrors = Object.fromEntries(entries.map(([f, code]) => [f, [MESSAGES[code].vi]]));
  const fieldErrorsEn = Object.fromEntries(entries.map(([f, code]) => [f, [MESSAGES[code].en]]));
  const first = MESSAGES[entries[0]![1]];
  throw new RegisterError("VALIDATION_FAILED", `Dữ liệu chưa hợp lệ: ${first.vi}`, `Invalid input: ${first.en}`, fieldErrors, [], [], undefined, fieldErrorsEn);
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

/** A one-time code as the administrator receives it: shown once, never stored in clear. */
export interface OneTimeCode {
  code: string;
  validUntil: Date;
}

async function codeData(): Promise<OneTimeCode & { passwordHash: string }> {
  const code = newOneTimeCode();
  return { code, validUntil: oneTimeCodeExpiry(), passwordHash: await hashPassword(normalizeOneTimeCode(code)) };
}

export interface NewUser {
  login: string;
  fullName: string;
  role: AccountRole;
  unitId: number;
  areaId: number | null;
}

export async function createUser(tx: Tx, input: NewUser): Promise<{ user: User } & OneTimeCode> {
  const login = input.login.trim().toLowerCase();
  const fullName = input.fullName.trim().replace(/\s+/g, " ");
  const issues: Partial<Record<string, AccountIssue>> = {};
  if (!isLogin(login)) issues.login = "LOGIN_FORMAT";
  else if (await tx.user.findUnique({ where: { login } })) issues.login = "LOGIN_TAKEN";
  if (!fullName || fullName.length > 100) issues.fullName = "NAME_REQUIRED";
  if (Object.keys(issues).length) invalid(issues);
  await placement(tx, input.role, input.unitId, input.areaId);
  const { code, validUntil, passwordHash } = await codeData();
  const user = await tx.user.create({
    data: { login, fullName, role: input.role, unitId: input.unitId, areaId: input.areaId, passwordHash, oneTimeCodeUntil: validUntil },
  });
  return { user, code, validUntil };
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
  // A deactivated account's sessions end now, and stay ended if it is reactivated.
  const ending = changes.active === false && user.active ? { sessionVersion: { increment: 1 } } : {};
  return tx.user.update({ where: { id }, data: { ...next, ...ending, ...(fullName ? { fullName } : {}), ...(changes.active === undefined ? {} : { active: changes.active }) } });
}

/** A password reset: the old password stops working, every session ends, and the user
 * signs in once with the returned code to choose a new password. */
export async function issueOneTimeCode(tx: Tx, id: number): Promise<OneTimeCode> {
  const { code, validUntil, passwordHash } = await codeData();
  await tx.user.update({ where: { id }, data: { passwordHash, oneTimeCodeUntil: validUntil, sessionVersion: { increment: 1 } } });
  return { code, validUntil };
}

/** The user's own new password (after checking the current one or the one-time code):
 * the code is used up and every session issued before ends. */
export async function chooseOwnPassword(tx: Tx, id: number, current: string, next: string): Promise<User> {
  if (!isStrongPassword(next)) invalid({ newPassword: "PASSWORD_WEAK" });
  if (next === current || normalizeOneTimeCode(next) === normalizeOneTimeCode(current)) invalid({ newPassword: "PASSWORD_UNCHANGED" });
  return tx.user.update({ where: { id }, data: { passwordHash: await hashPassword(next), oneTimeCodeUntil: null, sessionVersion: { increment: 1 } } });
}

/** Changing one's password while signed in. Every session ends, this one included. */
export async function changeOwnPassword(tx: Tx, id: number, current: string, next: string): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({ where: { id } });
  if (current.length > 200 || !(await verifyPassword(user.passwordHash, current))) invalid({ currentPassword: "WRONG_PASSWORD" });
  await chooseOwnPassword(tx, id, current, next);
}
