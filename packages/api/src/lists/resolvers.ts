// The lists for other agencies: their definitions, and one list's preview page with its
// counts. Rows are ListedPerson objects, guarded like every personal record (policy/guard.ts)
// and written to the audit trail with the request.
import { listPage, type AdminUnit, type ListRow } from "@danso/db";
import { ageOn, LIST_COLUMNS, maskCccd, PERSON_LISTS, type ListDefinition } from "@danso/domain";
import type { Resolvers } from "../generated/resolvers-types.js";
import { writeAudit } from "../audit/write-audit.js";
import { decodeCursor, MAX_INT_ID, pageSize, toConnection, type Connection } from "../pagination.js";
import { countsByChild, type ChildCount } from "./counts.js";
import { resolveListRequest } from "./list-request.js";

/** A row with its age on the list's reference date. */
export type ListedPersonModel = ListRow & { id: number; age: number };

export type ListConnectionModel = Connection<ListedPersonModel> & {
  definition: ListDefinition;
  unit: AdminUnit;
  referenceDate: string;
  byChild: ChildCount[];
};

export const listResolvers: Resolvers = {
  Query: {
    personLists: (_, __, ctx) => (ctx.viewer ? [...PERSON_LISTS] : []),
    personList: async (_, { code, unitCode, referenceDate, first, after }, ctx) => {
      const request = await resolveListRequest(ctx, code, unitCode, referenceDate);
      const size = pageSize(first);
      const afterId = decodeCursor(after, MAX_INT_ID);
      const [rows, { byChild, total }] = await Promise.all([
        listPage(ctx.db, request.query, { afterId: afterId === undefined ? undefined : Number(afterId), limit: size + 1 }),
        countsByChild(ctx, request),
      ]);
      const page = toConnection(rows.map((r) => ({ ...r, id: r.personId, age: ageOn(r.birthDate, request.referenceDate) })), size, total);
      await writeAudit(ctx.db, ctx.viewer, ctx.request, {
        action: "list.preview", entityType: "PersonList", entityId: code, unitPath: request.unit.path,
        details: { code, unitCode, referenceDate: request.referenceDate, total, returned: page.edges.length },
      });
      return { ...page, definition: request.definition, unit: request.unit, referenceDate: request.referenceDate, byChild };
    },
  },
  PersonListDefinition: {
    name: (d) => d.name.vi,
    nameEn: (d) => d.name.en,
    recipient: (d) => d.recipient.vi,
    recipientEn: (d) => d.recipient.en,
    rule: (d) => d.rule.vi,
    ruleEn: (d) => d.rule.en,
    basis: (d) => d.basis.vi,
    basisEn: (d) => d.basis.en,
    sex: (d) => d.sex ?? null,
    columns: (d) => d.columns.map((key) => ({ key, label: LIST_COLUMNS[key].vi, labelEn: LIST_COLUMNS[key].en })),
  },
  ListedPerson: {
    id: (r) => String(r.personId),
    cccd: (r) => (r.cccd === null ? null : maskCccd(r.cccd)),
    commune: (r) => r.communeName,
  },
};
