// Checking a login and password. Every attempt is recorded and limited (sign-in-limits.ts).
// Unknown and deactivated logins cost the same Argon2 run as real ones (against a decoy
// hash) and get the same answer, so neither the time nor the message tells which logins
// exist. An account whose password is an administrator's one-time code opens no session:
// the code only lets its user choose their own password, in the same request.
import { chooseOwnPassword, decoyHash, normalizeOneTimeCode, RegisterError, verifyPassword, type Db } from "@danso/db";
import { writeAudit } from "../audit/write-audit.js";
import { ApiError } from "../errors.js";
import { predecessorPaths, toViewer, type Viewer } from "../viewer.js";
import { LOGIN_WINDOW_MINUTES, signInLocked } from "./sign-in-limits.js";

export class SignInError extends ApiError {}

/** The refusal that asks for a new password: the code was right, a password is needed. */
export const PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

export interface SignInOptions {
  /** The user's own new password, when the password given is a one-time code. */
  newPassword?: string | null;
  userAgent?: string | null;
}

const wrong = () => new SignInError("UNAUTHENTICATED", "Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong login or password.");

export async function authenticate(db: Db, login: string, password: string, ip: string, options: SignInOptions = {}): Promise<Viewer> {
  const cleanLogin = login.trim().toLowerCase().slice(0, 100);
  const newPassword = options.newPassword || undefined;
  if (!cleanLogin || !password || password.length > 200 || (newPassword?.length ?? 0) > 200) {
    throw new SignInError("BAD_USER_INPUT", "Hãy nhập tên đăng nhập và mật khẩu.", "Enter your login and password.");
  }
  if (await signInLocked(db, cleanLogin, ip)) {
    await db.loginAttempt.create({ data: { login: cleanLogin, ip, succeeded: false } });
    throw new SignInError(
      "RATE_LIMITED",
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${LOGIN_WINDOW_MINUTES} phút.`,
      `Too many failed sign-ins. Try again in ${LOGIN_WINDOW_MINUTES} minutes.`,
    );
  }
  const user = await db.user.findUnique({ where: { login: cleanLogin }, include: { unit: true } });
  const usable = user !== null && user.active ? user : null;
  const pendingCode = usable?.oneTimeCodeUntil != null;
  const matches = await verifyPassword(usable ? usable.passwordHash : await decoyHash(), pendingCode ? normalizeOneTimeCode(password) : password);
  // A right code counts as a success even before the new password is accepted: it was
  // not a guess, and retrying a refused new password must not lock its user out.
  await db.loginAttempt.create({ data: { login: cleanLogin, ip, succeeded: matches && usable !== null } });
  if (!usable || !matches) throw wrong();

  let signedIn = usable;
  if (usable.oneTimeCodeUntil) {
    if (usable.oneTimeCodeUntil.getTime() < Date.now()) {
      throw new SignInError("UNAUTHENTICATED", "Mã dùng một lần đã hết hạn. Hãy nhờ quản trị hệ thống cấp mã mới.", "The one-time code has expired. Ask a system administrator for a new one.");
    }
    if (!newPassword) {
      throw new SignInError(
        "INVALID_STATE",
        "Đây là mã dùng một lần do quản trị hệ thống cấp. Hãy đặt mật khẩu của riêng bạn để tiếp tục.",
        "This is a one-time code from a system administrator. Choose your own password to continue.",
        { reason: PASSWORD_CHANGE_REQUIRED },
      );
    }
    signedIn = await db.$transaction(async (tx) => {
      const updated = await chooseOwnPassword(tx, usable.id, password, newPassword);
      // Who replaced the code, from where: if the user's code no longer works, this line
      // shows whether someone else (the administrator who handed it over) used it first.
      await writeAudit(tx, toViewer(usable), { ip, userAgent: options.userAgent ?? null }, {
        action: "user.choosePassword", entityType: "User", entityId: usable.id, unitPath: usable.unit.path,
      });
      return { ...updated, unit: usable.unit };
    }).catch((error: unknown) => {
      // A new password that breaks the rules: said on the sign-in form, field by field.
      if (error instanceof RegisterError) throw new SignInError("BAD_USER_INPUT", error.message, error.messageEn, { fieldErrors: error.fieldErrors, fieldErrorsEn: error.fieldErrorsEn });
      throw error;
    });
  }
  await db.user.update({ where: { id: signedIn.id }, data: { lastLoginAt: new Date() } });
  return toViewer(signedIn, await predecessorPaths(db, signedIn.unitId));
}
