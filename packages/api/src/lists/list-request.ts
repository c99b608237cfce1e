// What a list request names, checked once for the preview and the files alike: the list,
// the reference date, the unit of the tree in force that day, the caller's permission
// there, and the unit's communes in their official order.
import type { AdminUnit, ListQuery } from "@danso/db";
import { getPersonList, isIsoDate, type IsoDate, type ListDefinition } from "@danso/domain";
import type { GraphQLContext } from "../context.js";
import { ApiError, badInput, unauthenticated } from "../errors.js";
import { listScope } from "../policy/authorize.js";
import { reachOf } from "../policy/permissions.js";
import { communesUnder, requireUnit, type CommuneRef } from "../units/find-units.js";

export interface ListRequest {
  definition: ListDefinition;
  unit: AdminUnit;
  referenceDate: IsoDate;
  communes: CommuneRef[];
  query: ListQuery;
}

/** The list permission is its own: viewing the register does not give it. */
const noListPermission = () =>
  new ApiError(
    "FORBIDDEN",
    "Bạn không có quyền lập danh sách cá nhân (trẻ em đến trường, nghĩa vụ quân sự, bảo hiểm y tế, người cao tuổi): quyền này chỉ giao cho cán bộ được phân công xuất danh sách.",
    "You may not draw personal lists (schools, military service, health insurance, the elderly): this permission is given only to the staff assigned to export lists.",
  );

export async function resolveListRequest(ctx: GraphQLContext, code: string, unitCode: string, date: string | null | undefined): Promise<ListRequest> {
  if (!ctx.viewer) throw unauthenticated();
  if (!reachOf(ctx.viewer.role, "list.export")) throw noListPermission();
  const definition = getPersonList(code);
  if (!definition) throw badInput(`Không có danh sách mã "${code.slice(0, 40)}".`, `No list with code "${code.slice(0, 40)}".`, { code: ["Mã danh sách không đúng"] });
  const referenceDate = date ?? ctx.today;
  if (!isIsoDate(referenceDate)) throw badInput("Ngày tham chiếu phải có dạng NNNN-TT-NN.", "The reference date must be YYYY-MM-DD.", { referenceDate: ["Ngày không hợp lệ"] });
  if (referenceDate < "2021-01-01") throw badInput("Sổ dân số bắt đầu từ ngày 01/01/2021: không lập được danh sách trước ngày đó.", "The register starts on 2021-01-01.", { referenceDate: ["Từ 01/01/2021"] });
  const unit = await requireUnit(ctx.db, unitCode, referenceDate);
  listScope(ctx.viewer, "list.export", unit.path);
  const communes = await communesUnder(ctx.db, unit, referenceDate);
  return { definition, unit, referenceDate, communes, query: { definition, referenceDate, communeIds: communes.map((c) => c.id) } };
}
