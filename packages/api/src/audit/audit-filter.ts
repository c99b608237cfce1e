// What an officer may narrow the audit trail by: who (login), which record, which kinds or
// names of action, and which days (calendar days in Asia/Ho_Chi_Minh). The filter only
// narrows: the unit's subtree is applied beside it by the resolver, never replaced.
import { z } from "zod";
import type { Prisma } from "@danso/db";
import { addDays } from "@danso/domain";
import { badInput } from "../errors.js";
import { whereKinds, type AuditKind } from "./action-kinds.js";

/** Record types whose ids a page of other records may have served nested (read-audit.ts). */
const NESTED_READS = new Set(["Person", "Household", "ChangeEvent"]);

const FilterSchema = z
  .object({
    login: z.string().trim().toLowerCase().min(1).max(40, { error: "Tên đăng nhập tối đa 40 ký tự" }).nullish(),
    entityType: z.string().regex(/^[A-Za-z]{1,40}$/, { error: "Loại hồ sơ chỉ gồm chữ cái không dấu (ví dụ Person, Household)" }).nullish(),
    entityId: z.string().trim().min(1, { error: "Mã hồ sơ không được để trống" }).max(40, { error: "Mã hồ sơ tối đa 40 ký tự" }).nullish(),
    kinds: z.array(z.enum(["VIEW", "LIST", "CHANGE", "EXPORT"])).max(4).nullish(),
    actions: z.array(z.string().regex(/^[A-Za-z.]{1,60}$/, { error: "Tên thao tác chỉ gồm chữ cái và dấu chấm, tối đa 60 ký tự" })).max(30, { error: "Tối đa 30 tên thao tác" }).nullish(),
    from: z.string().nullish(),
    to: z.string().nullish(),
  })
  .superRefine((f, issues) => {
    if (f.entityId && !f.entityType) issues.addIssue({ code: "custom", path: ["entityType"], message: "Chọn loại hồ sơ cho mã hồ sơ đã nhập" });
    if (f.from && f.to && f.from > f.to) issues.addIssue({ code: "custom", path: ["to"], message: "Ngày kết thúc phải từ ngày bắt đầu trở đi" });
  });

export type AuditFilterInput = z.input<typeof FilterSchema>;

/** Midnight that starts a calendar day in Vietnam (UTC+7, no daylight saving). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The filter as a Prisma condition; throws BAD_USER_INPUT with a message per field. */
export function auditFilterWhere(input: AuditFilterInput | null | undefined): Prisma.AuditLogWhereInput {
  const parsed = FilterSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "filter")] ??= []).push(issue.message);
    const first = parsed.error.issues[0]!.message;
    throw badInput(`Bộ lọc nhật ký chưa hợp lệ: ${first}.`, "Invalid audit filter: see each field.", fieldErrors);
  }
  const f = parsed.data;
  const and: Prisma.AuditLogWhereInput[] = [];
  if (f.login) and.push({ login: f.login });
  if (f.entityType && f.entityId) {
    const own: Prisma.AuditLogWhereInput = { entityType: f.entityType, entityId: f.entityId };
    // A person served inside a household's page is in that request's data.read line only.
    and.push(NESTED_READS.has(f.entityType)
      ? { OR: [own, { action: "data.read", details: { path: [f.entityType, "ids"], array_contains: [f.entityId] } }] }
      : own);
  } else if (f.entityType) and.push({ entityType: f.entityType });
  if (f.kinds?.length) and.push(whereKinds(f.kinds as AuditKind[]));
  if (f.actions?.length) and.push({ action: { in: f.actions } });
  if (f.from) and.push({ at: { gte: dayStart(f.from) } });
  if (f.to) and.push({ at: { lt: dayStart(addDays(f.to, 1)) } });
  return and.length ? { AND: and } : {};
}
