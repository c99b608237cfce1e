// An administrator imports boundaries for one level of one tree: the file is checked whole
// (known codes, valid geometry, inside Vietnam) and simplified; then the set replaces the
// level's previous one and the audit row is written, in one transaction. A file with one
// problem changes nothing and answers with every problem found.
import { BoundaryFileError, prepareBoundarySet, treeById } from "@danso/db";
import type { GraphQLContext } from "../context.js";
import { writeAudit } from "../audit/write-audit.js";
import { badInput } from "../errors.js";
import { authorize } from "../policy/authorize.js";

export const MAX_BOUNDARY_BYTES = 50_000_000;

export interface BoundaryImportArgs {
  tree: string;
  level: number;
  text: string;
  fileName: string;
}

export interface BoundaryImportResult {
  tree: string;
  level: number;
  unitCount: number;
  missingCodes: string[];
}

export async function importBoundaries(ctx: GraphQLContext, args: BoundaryImportArgs): Promise<BoundaryImportResult> {
  const viewer = authorize(ctx.viewer, "boundaries.import", { unitPath: "VN" });
  const tree = treeById(args.tree);
  if (!tree) throw badInput(`Không có danh mục đơn vị "${args.tree.slice(0, 20)}" (2025-03 hoặc 2025-07).`, "Unknown tree.", { tree: ["Chọn 2025-03 hoặc 2025-07"] });
  let prepared;
  try {
    prepared = await prepareBoundarySet(ctx.db, tree, args.level, args.text, ctx.today);
  } catch (error) {
    if (error instanceof BoundaryFileError) {
      throw badInput(`Tệp ranh giới không được nhập: ${error.problems.length} lỗi, chưa có gì thay đổi.`, "The boundary file was not imported; nothing changed.", { problems: error.problems });
    }
    throw error;
  }
  const sourceName = args.fileName.slice(0, 200) || "ranh-gioi.json";
  const data = { topology: prepared.topology, hash: prepared.hash, unitCount: prepared.unitCount, sourceName, importedById: viewer.id, importedByName: viewer.fullName };
  await ctx.db.$transaction(async (tx) => {
    const set = await tx.boundarySet.upsert({ where: { tree_level: { tree: tree.id, level: args.level } }, create: { tree: tree.id, level: args.level, ...data }, update: { ...data, importedAt: new Date() } });
    await writeAudit(tx, viewer, ctx.request, {
      action: "boundaries.import", entityType: "BoundarySet", entityId: set.id, unitPath: "VN",
      details: { tree: tree.id, level: args.level, unitCount: prepared.unitCount, missing: prepared.missingCodes.length, sourceName },
    });
  });
  return { tree: tree.id, level: args.level, unitCount: prepared.unitCount, missingCodes: prepared.missingCodes };
}
