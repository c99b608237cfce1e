// What the signed-in user may do, for pages and menus rendered on the server: the menu offers
// only what the user's role permits (the API still checks every request).
import { headers } from "next/headers";
import { actionsOf, contextFromHeaders, type Action } from "@danso/api";
import { authSecret } from "./options";

export async function viewerActions(): Promise<Action[] | null> {
  const ctx = await contextFromHeaders(await headers(), authSecret());
  return ctx.viewer ? actionsOf(ctx.viewer.role) : null;
}
