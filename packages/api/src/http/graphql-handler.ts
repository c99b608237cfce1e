// The GraphQL endpoint as a Fetch API handler (Request in, Response out): what /api/graphql
// in the web app runs, and what the integration tests serve over real HTTP.
//
// It reads the body itself instead of leaving it to @as-integrations/next, which parses it
// only when the content type is exactly "application/json" (so "application/json;
// charset=utf-8", which GraphQL over HTTP requires servers to accept, was refused) and lets
// a body that is not JSON, or an empty one, throw out of the route as a bare HTTP 500.
// Here each of those answers 4xx with a GraphQL error in Vietnamese; then the caller's rate
// limit (rate-limit.ts) is checked, before Apollo parses or runs anything.
import { HeaderMap, type ApolloServer } from "@apollo/server";
import pino from "pino";
import type { GraphQLContext } from "../context.js";
import type { ErrorCode } from "../errors.js";
import { RateLimiter, rateLimitKey, type RateLimit } from "./rate-limit.js";

const log = pino({ name: "graphql-http", level: process.env.LOG_LEVEL ?? "info" });

/** A request body above this is refused (413): a household with all its members is a few
 * kilobytes, the largest query of the app a few more. */
export const MAX_BODY_BYTES = 1_000_000;

export interface GraphQLHandlerOptions<R extends Request> {
  server: ApolloServer<GraphQLContext>;
  context: (request: R) => Promise<GraphQLContext>;
  /** null: no rate limit (the integration tests' default). */
  rateLimits?: { user: RateLimit; anonymous: RateLimit } | null;
  /** The clock of the rate limit (ms), injected by tests. */
  now?: () => number;
  maxBodyBytes?: number;
}

interface Refusal {
  status: number;
  code: ErrorCode | "BAD_REQUEST";
  message: string;
  messageEn: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** A request error as GraphQL over HTTP has them: `{ errors: [...] }`, no `data`. */
function refuse(request: Request, r: Refusal): Response {
  const accept = request.headers.get("accept") ?? "";
  const contentType = accept.includes("application/graphql-response+json") ? "application/graphql-response+json" : "application/json";
  const body = JSON.stringify({ errors: [{ message: r.message, extensions: { code: r.code, messageEn: r.messageEn, ...r.extensions } }] });
  return new Response(body, { status: r.status, headers: { "content-type": `${contentType}; charset=utf-8`, ...r.headers } });
}

const badRequest = (message: string, messageEn: string): Refusal => ({ status: 400, code: "BAD_REQUEST", message, messageEn });
const refuseWith = (message: string, messageEn: string) => ({ refusal: badRequest(message, messageEn) });

/** The media type and charset of a Content-Type header, lower-cased. */
export function parseContentType(header: string | null): { type: string; charset: string | null } | null {
  if (!header) return null;
  const [type = "", ...params] = header.split(";");
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() === "charset") charset = param.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1").toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

/** The body's text, or a refusal: too large, or not UTF-8. */
async function readBody(request: Request, max: number): Promise<{ text: string } | { refusal: Refusal }> {
  const tooLarge: Refusal = {
    status: 413,
    code: "BAD_REQUEST",
    message: `Yêu cầu quá lớn (tối đa ${Math.round(max / 1000)} kB).`,
    messageEn: `The request is too large (at most ${Math.round(max / 1000)} kB).`,
  };
  if (Number(request.headers.get("content-length") ?? 0) > max) return { refusal: tooLarge };
  if (!request.body) return { text: "" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return { refusal: tooLarge };
    }
    chunks.push(value);
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { refusal: badRequest("Thân yêu cầu không phải văn bản UTF-8 hợp lệ.", "The request body is not valid UTF-8.") };
  }
}

/** The parsed JSON body of a POST, or a refusal. */
async function postBody(request: Request, max: number): Promise<{ body: Record<string, unknown> } | { refusal: Refusal }> {
  const contentType = parseContentType(request.headers.get("content-type"));
  if (contentType?.type !== "application/json" || (contentType.charset !== null && contentType.charset !== "utf-8")) {
    const refusal: Refusal = {
      status: 415,
      code: "BAD_REQUEST",
      message: "Kiểu nội dung không được hỗ trợ: hãy gửi JSON với Content-Type: application/json (mã hóa UTF-8).",
      messageEn: "Unsupported content type: send JSON with Content-Type: application/json (UTF-8).",
    };
    return { refusal };
  }
  const read = await readBody(request, max);
  if ("refusal" in read) return read;
  const text = read.text;
  if (text.trim() === "") {
    return refuseWith(
      'Thân yêu cầu trống: hãy gửi JSON dạng {"query": "...", "variables": {...}}.',
      'The request body is empty: send JSON such as {"query": "...", "variables": {...}}.',
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    return refuseWith(`Thân yêu cầu không phải JSON hợp lệ${detail}.`, `The request body is not valid JSON${detail}.`);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    return refuseWith(
      'Thân yêu cầu phải là một đối tượng JSON dạng {"query": "...", "variables": {...}} (không gửi được nhiều truy vấn trong một mảng).',
      'The request body must be a JSON object such as {"query": "...", "variables": {...}} (no batches).',
    );
  }
  const record = body as Record<string, unknown>;
  const persisted = (record.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
  if ((typeof record.query !== "string" || record.query.trim() === "") && !persisted) {
    return refuseWith('Thiếu truy vấn: trường "query" phải là một chuỗi GraphQL.', 'No query: the "query" field must be a GraphQL string.');
  }
  return { body: record };
}

/** Apollo's answer as a Response. */
function toResponse(answer: Awaited<ReturnType<ApolloServer<GraphQLContext>["executeHTTPGraphQLRequest"]>>): Response {
  const headers = new Headers();
  for (const [key, value] of answer.headers) headers.set(key, value);
  const status = answer.status ?? 200;
  if (answer.body.kind === "complete") return new Response(answer.body.string, { status, headers });
  const chunks = answer.body.asyncIterator;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(new TextEncoder().encode(value));
    },
  });
  return new Response(stream, { status, headers });
}

export function createGraphQLHandler<R extends Request>(options: GraphQLHandlerOptions<R>): (request: R) => Promise<Response> {
  const { server, context, rateLimits = null, now = Date.now, maxBodyBytes = MAX_BODY_BYTES } = options;
  server.startInBackgroundHandlingStartupErrorsByLoggingAndFailingAllRequests();
  const limiter = new RateLimiter();

  return async (request) => {
    const method = request.method.toUpperCase();
    let contextValue: GraphQLContext;
    try {
      contextValue = await context(request);
    } catch (error) {
      log.error({ err: error }, "context creation failed");
      return refuse(request, {
        status: 500,
        code: "INTERNAL_SERVER_ERROR",
        message: "Lỗi hệ thống. Vui lòng thử lại sau hoặc báo cho quản trị hệ thống.",
        messageEn: "Internal error. Try again later or tell the system administrator.",
      });
    }

    if (rateLimits) {
      const { key, signedIn } = rateLimitKey(contextValue.viewer?.id, contextValue.request.ip);
      const decision = limiter.take(key, signedIn ? rateLimits.user : rateLimits.anonymous, now());
      if (!decision.allowed) {
        const seconds = decision.retryAfterSeconds;
        return refuse(request, {
          status: 429,
          code: "RATE_LIMITED",
          message: `Quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${seconds} giây.`,
          messageEn: `Too many requests in a short time. Try again in ${seconds} s.`,
          extensions: { retryAfterSeconds: seconds },
          headers: { "retry-after": String(seconds) },
        });
      }
    }

    let body: Record<string, unknown> | undefined;
    if (method === "POST") {
      const parsed = await postBody(request, maxBodyBytes);
      if ("refusal" in parsed) return refuse(request, parsed.refusal);
      body = parsed.body;
    }

    const headers = new HeaderMap();
    request.headers.forEach((value, key) => headers.set(key, value));
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: new URL(request.url).search, body },
      context: async () => contextValue,
    });
    return toResponse(answer);
  };
}
