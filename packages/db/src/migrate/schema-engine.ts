// Prisma's schema engine compiled to WebAssembly. The CLI's native engine is downloaded at
// run time, which fails offline; this one ships in an npm package. Its ESM entry imports a
// .wasm file, which Node cannot import, so we instantiate it by hand.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let bgPromise: Promise<Bg> | undefined;

function loadWasm(): Promise<Bg> {
  bgPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg: Bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    // The WebAssembly global exists in Node; its types come with the DOM lib, which server
    // packages do not load.
    const wasm = (globalThis as unknown as { WebAssembly: { instantiate(b: Buffer, i: object): Promise<{ instance: { exports: object } }> } }).WebAssembly;
    const { instance } = await wasm.instantiate(bytes, { "./schema_engine_bg.js": bg });
    const exports = instance.exports as unknown as { __wbindgen_start(): void };
    (bg as unknown as { __wbg_set_wasm(e: unknown): void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bg;
  })();
  return bgPromise;
}

export interface SchemaFile {
  path: string;
  content: string;
}

type ScriptRunner = { executeScript(script: string): Promise<void>; underlyingDriver(): { query(sql: string): Promise<unknown> } };

/** The pg adapter runs a migration by splitting it on every ";", which breaks PL/pgSQL
 * bodies and semicolons in comments. PostgreSQL takes a whole script as one simple query
 * (run as one transaction), as Prisma's native engine sends it. */
function wholeScripts(adapter: object): void {
  const a = adapter as unknown as ScriptRunner & { onError(e: unknown): never };
  a.executeScript = async (script: string) => {
    try {
      await a.underlyingDriver().query(script);
    } catch (error) {
      a.onError(error);
    }
  };
}

export interface OpenEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its connections. Prisma holds its migration advisory
   * lock per session, so a connection left open would make the next run wait for it. */
  close(): Promise<void>;
}

/** Opens the engine against a database (it connects at once, even to compute a diff). */
export async function openSchemaEngine(connectionString: string, schema?: SchemaFile): Promise<OpenEngine> {
  const bg = await loadWasm();
  const factory = new PrismaPg({ connectionString });
  const opened: { dispose(): Promise<void> }[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    wholeScripts(adapter);
    opened.push(adapter);
    return adapter;
  };
  const datamodels: [string, string][] | undefined = schema ? [[schema.path, schema.content]] : undefined;
  const engine = await bg.SchemaEngine.new({ datamodels }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose()));
    },
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
