// Next.js configuration of the Dân số web app.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The Content-Security-Policy of every page and API answer. Everything comes from our own
 * origin (the app runs offline on an intranet): no other site may frame a page, take its
 * form posts, be fetched from it or supply scripts, styles, fonts or plugins.
 *
 * Scripts: Next's app router writes its bootstrap and React Server Components payload as
 * inline <script> tags, so without 'unsafe-inline' no page would run. The alternative, a
 * per-request nonce, needs a proxy (middleware) on every request that rewrites the request's
 * CSP header, and makes every page dynamic and uncacheable; the policy stays static instead,
 * and 'unsafe-inline' is bounded by the rest of it: scripts only from this origin, no
 * connection to another (connect-src), no <base> (base-uri) and no plugins (object-src).
 * `next dev` also needs 'unsafe-eval' (React's debugging), production never.
 *
 * Images: 'self', data: and blob: — Leaflet's map tiles and markers, served by us, and
 * images drawn in the browser. Over HTTPS the policy also upgrades any http:// subresource.
 */
/** An optional tile server for the map's background (NEXT_PUBLIC_MAP_TILE_URL, e.g. a
 * province's own, with {z}/{x}/{y}): its origin is the only other one images may come from. */
const tileOrigin = process.env.NEXT_PUBLIC_MAP_TILE_URL ? new URL(process.env.NEXT_PUBLIC_MAP_TILE_URL.replace(/\{[a-z]\}/g, "0")).origin : null;

function contentSecurityPolicy({ https }: { https: boolean }): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ""}`,
    "font-src 'self'",
    // next dev's hot reload talks over a WebSocket to the same host.
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Served over HTTPS: TLS ends at the reverse proxy in front of `next start`, which says so in
 * X-Forwarded-Proto (nginx: `proxy_set_header X-Forwarded-Proto $scheme;`). A caller who
 * writes the header itself over plain HTTP gains nothing: browsers ignore HSTS received over
 * HTTP. `headers()` is static, so the choice is a header match, not code per request.
 */
const overHttps = [{ type: "header" as const, key: "x-forwarded-proto", value: "https(,.*)?" }];

const config: NextConfig = {
  // No "X-Powered-By: Next.js": it tells an attacker which exploits to try.
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy({ https: false }) },
          // Other sites learn at most our origin, never a path (which can name a person or a household).
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          // frame-ancestors 'none' for browsers too old to read it.
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        // Later rules replace the same header of earlier ones.
        source: "/:path*",
        has: overHttps,
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy({ https: true }) },
          // One year; not preloaded, so a deployment can still go back to HTTP by waiting it out.
          { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
        ],
      },
    ];
  },
  // Our workspace packages ship TypeScript source, not built JavaScript.
  transpilePackages: ["@danso/domain", "@danso/db", "@danso/api"],
  // Node-only packages (native binaries, WebAssembly, dynamic requires) are loaded by
  // Node at run time instead of being bundled.
  serverExternalPackages: [
    "pg",
    "@prisma/client",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "pino",
    // PDF and Excel rendering read font files at run time.
    "pdfkit",
    "fontkit",
    "exceljs",
    "@expo-google-fonts/tinos",
  ],
  // The workspace packages import their own files as "./x.js" (TypeScript's ESM rule)
  // while only x.ts exists. Webpack maps that with extensionAlias; Turbopack (Next 16.4)
  // has no equivalent, so the scripts build and serve with --webpack.
  experimental: { extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
  // The pnpm workspace root, where the lockfile and the shared node_modules live.
  outputFileTracingRoot: repoRoot,
  webpack(webpackConfig: { module: { rules: object[] } }) {
    // @danso/documents finds its font files with createRequire(import.meta.url).resolve();
    // left to webpack that becomes a bundling request. Node resolves it at run time instead,
    // from the source file's folder.
    webpackConfig.module.rules.push({ test: /[\\/]packages[\\/]documents[\\/]src[\\/]/, parser: { createRequire: false } });
    return webpackConfig;
  },
};

export default createNextIntlPlugin("./src/i18n/request.ts")(config);
