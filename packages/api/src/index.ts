// GraphQL schema, resolvers, authorization policy and audit. Framework-free: the web app
// mounts the server at /api/graphql.
export { createApolloServer, LIMITS } from "./server.js";
export { createGraphQLHandler, MAX_BODY_BYTES, type GraphQLHandlerOptions } from "./http/graphql-handler.js";
export { RATE_LIMITS, RateLimiter, type RateLimit } from "./http/rate-limit.js";
export { contextFromHeaders, requestIp, type HeaderSource } from "./http-context.js";
export { createContext, type GraphQLContext } from "./context.js";
export { forgetCounts } from "./stats/counts-cache.js";
export { warmWorkspaces, warmWorkspacesDaily } from "./workspace/warm-workspaces.js";
export { authenticate, SignInError, PASSWORD_CHANGE_REQUIRED, type SignInOptions } from "./auth/authenticate.js";
export { LOGIN_WINDOW_MINUTES, SIGN_IN_LIMITS } from "./auth/sign-in-limits.js";
export { SESSION_MAX_AGE_SECONDS, sessionToken, readSession, claimsOf, sessionViewer, endSessions, type SessionClaims } from "./auth/session.js";
export { loadViewer, type Viewer } from "./viewer.js";
export { PERMISSIONS, actionsOf, type Action } from "./policy/permissions.js";
export { can } from "./policy/authorize.js";
export { ApiError } from "./errors.js";
export { reportDownload, type ReportFormat, type FileDownload } from "./downloads/report-download.js";
export { yearbookDownload } from "./downloads/yearbook-download.js";
export { errorResponse, serveDownload } from "./downloads/http.js";
export { listDownload, LIST_FORMATS, type StreamDownload, type ListFormat } from "./downloads/list-download.js";
export { FIRST_BASE_YEAR } from "./projections/projection-request.js";
export { projectionDownload, projectionQuery, PROJECTION_FORMATS, type ProjectionFormat, type ProjectionDownloadArgs } from "./downloads/projection-download.js";
export { importBoundaries, MAX_BOUNDARY_BYTES, type BoundaryImportResult } from "./map/import-boundaries.js";
export { boundaryResponse } from "./map/boundary-response.js";
