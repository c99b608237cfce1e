// The Prisma client over node-postgres (driver adapter; no Rust engine). One client per
// connection string, shared by the whole process.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.js";

export type Db = PrismaClient;

const clients = new Map<string, PrismaClient>();

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `pnpm start`, which sets it.");
  return url;
}

export function getDb(url: string = databaseUrl()): PrismaClient {
  let client = clients.get(url);
  if (!client) {
    // 16: two statistics computations of six connections each (stats/run-query.ts) and room
    // for the register's own queries beside them.
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 16 }) });
    clients.set(url, client);
  }
  return client;
}

export async function closeDb(url?: string): Promise<void> {
  const targets = url ? [url] : [...clients.keys()];
  await Promise.all(
    targets.map(async (u) => {
      await clients.get(u)?.$disconnect();
      clients.delete(u);
    }),
  );
}
