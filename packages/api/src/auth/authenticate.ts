// Checking a login and password, with a brake on guessing: after 5 failed attempts for a
// login, or 20 from one address, within 15 minutes, sign-in is refused (even with the
// right password) until the window has passed. Every attempt is recorded.
import { verifyPassword, type Db } from "@danso/db";
import { ApiError } from "../errors.js";
import { loadViewer, type Viewer } from "../viewer.js";

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_IP = 20;

export class SignInError extends ApiError {}

export async function authenticate(db: Db, login: string, password: string, ip: string): Promise<Viewer> {
  const cleanLogin = login.trim().toLowerCase().slice(0, 100);
  if (!cleanLogin || !password || password.length > 200) {
    throw new SignInError("BAD_USER_INPUT", "Hãy nhập tên đăng nhập và mật khẩu.", "Enter your login and password.");
  }
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  const [byLogin, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { login: cleanLogin, succeeded: false, at: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, succeeded: false, at: { gte: since } } }),
  ]);
  if (byLogin >= MAX_FAILURES_PER_LOGIN || byIp >= MAX_FAILURES_PER_IP) {
    await db.loginAttempt.create({ data: { login: cleanLogin, ip, succeeded: false } });
    throw new SignInError(
      "RATE_LIMITED",
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${LOGIN_WINDOW_MINUTES} phút.`,
      `Too many failed sign-ins. Try again in ${LOGIN_WINDOW_MINUTES} minutes.`,
    );
  }
  const user = await db.user.findUnique({ where: { login: cleanLogin } });
  const ok = user !== null && user.active && (await verifyPassword(user.passwordHash, password));
  await db.loginAttempt.create({ data: { login: cleanLogin, ip, succeeded: ok } });
  if (!ok) throw new SignInError("UNAUTHENTICATED", "Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong login or password.");
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return (await loadViewer(db, user.id))!;
}
