// Next.js configuration of the Dân số web app.
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const config: NextConfig = {
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
