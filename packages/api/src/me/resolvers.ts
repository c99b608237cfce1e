import type { Role } from "@danso/db";
import type { Resolvers } from "../generated/resolvers-types.js";
import { actionsOf } from "../policy/permissions.js";

export const ROLE_LABELS: Record<Role, string> = {
  CENTRAL_OFFICER: "Cán bộ Trung ương",
  PROVINCE_OFFICER: "Cán bộ cấp tỉnh",
  DISTRICT_OFFICER: "Cán bộ cấp huyện",
  COMMUNE_OFFICER: "Viên chức dân số xã",
  COLLABORATOR: "Cộng tác viên dân số",
  LIST_EXPORTER: "Cán bộ trích xuất danh sách",
  REPORT_APPROVER: "Người phê duyệt báo cáo",
  PUBLISHER: "Người công bố số liệu",
  SYSTEM_ADMIN: "Quản trị hệ thống",
};

export const meResolvers: Resolvers = {
  Query: {
    apiVersion: () => "1",
    me: (_, __, ctx) => ctx.viewer,
  },
  Viewer: {
    roleLabel: (v) => ROLE_LABELS[v.role],
    unit: async (v, _, ctx) => (await ctx.loaders.unit.load(v.unitId))!,
    area: (v, _, ctx) => (v.areaId === null ? null : ctx.loaders.area.load(v.areaId)),
    permissions: (v) => actionsOf(v.role),
  },
  UserRef: {},
};
