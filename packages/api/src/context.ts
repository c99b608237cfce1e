// What every resolver receives: the database, the viewer (resolved once per request),
// the request's origin for the audit trail, per-request loaders, and today's date.
import { todayInVietnam, type IsoDate } from "@danso/domain";
import type { Db } from "@danso/db";
import type { RequestInfo } from "./audit/write-audit.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { ReadLog } from "./policy/read-audit.js";
import type { Viewer } from "./viewer.js";

export interface GraphQLContext {
  db: Db;
  viewer: Viewer | null;
  request: RequestInfo;
  loaders: Loaders;
  today: IsoDate;
  /** The personal records served so far, for the read audit (policy/read-audit.ts). */
  reads: ReadLog;
  /** Unwraps the units' private signing keys: its own setting (db/signing/secret.ts), read when a report is signed. */
  signingSecret: () => string;
}

export function createContext(db: Db, viewer: Viewer | null, request: RequestInfo, signingSecret: () => string, today: IsoDate = todayInVietnam()): GraphQLContext {
  return { db, viewer, request, loaders: createLoaders(db), today, signingSecret, reads: new ReadLog() };
}
