// The credentials check behind next-auth's sign-in, apart from next-auth so that tests can
// drive it over plain HTTP. The caller's address comes from the same function as the API's
// (callerAddress), so the sign-in limits count the caller, not a header they wrote.
import { authenticate, PASSWORD_CHANGE_REQUIRED, SignInError } from "@danso/api";
import type { Db } from "@danso/db";
import { LOCALE_COOKIE } from "../i18n/locales";
import { callerAddress } from "./peer-address";

/** next-auth's error code when the password was a one-time code: the form then asks for a
 * new password (like next-auth's own "CredentialsSignin", it is a code, not a message). */
export const PASSWORD_CHANGE_ERROR = "PasswordChangeRequired";

export interface Credentials {
  login?: string;
  password?: string;
  newPassword?: string;
}

export interface SignedInUser {
  id: string;
  name: string;
  sessionVersion: number;
}

export async function signInWithCredentials(db: Db, credentials: Credentials | undefined, headers: Headers): Promise<SignedInUser> {
  try {
    const viewer = await authenticate(db, credentials?.login ?? "", credentials?.password ?? "", callerAddress(headers) ?? "unknown", {
      newPassword: credentials?.newPassword,
      userAgent: headers.get("user-agent"),
    });
    return { id: String(viewer.id), name: viewer.fullName, sessionVersion: viewer.sessionVersion };
  } catch (error) {
    // The message reaches the sign-in form as next-auth's `error`, in the language the
    // form was shown in (the language switch's cookie comes with the request).
    if (error instanceof SignInError) {
      const message = englishRequested(headers) ? error.messageEn : error.message;
      throw new Error(error.details.reason === PASSWORD_CHANGE_REQUIRED ? PASSWORD_CHANGE_ERROR : message, { cause: error });
    }
    throw error;
  }
}

/** Whether the request's language cookie asks for English (Vietnamese otherwise). */
function englishRequested(headers: Headers): boolean {
  const cookies = (headers.get("cookie") ?? "").split(";").map((c) => c.trim().split("="));
  return cookies.some(([name, value]) => name === LOCALE_COOKIE && value === "en");
}
