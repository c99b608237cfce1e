// The API's context for a route handler (downloads): the same viewer and audit origin as
// /api/graphql.
import type { NextRequest } from "next/server";
import { contextFromHeaders } from "@danso/api";
import { authSecret } from "./options";

export const requestContext = (request: NextRequest) => contextFromHeaders(request.headers, authSecret());
