// The API's context for a route handler (/api/graphql and the downloads): the viewer from
// the session cookie and the audit origin from the request headers.
import type { NextRequest } from "next/server";
import { contextFromHeaders } from "@danso/api";
import { authSecret } from "./options";

export const requestContext = (request: NextRequest) => contextFromHeaders(request.headers, authSecret());
