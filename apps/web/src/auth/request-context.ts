// The API's context for a route handler (/api/graphql and the downloads): the viewer from
// the session cookie and the audit origin from the connection (peer-address.ts).
import type { NextRequest } from "next/server";
import { contextFromHeaders } from "@danso/api";
import { authSecret } from "./options";
import { peerAddress } from "./peer-address";

export const requestContext = (request: NextRequest) => contextFromHeaders(request.headers, authSecret(), peerAddress(request.headers));
