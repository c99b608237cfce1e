// What an officer may narrow the audit trail by: who (login), which record, which kinds or
// names of action, and which days (calendar days in Asia/Ho_Chi_Minh). The filter only
// narrows: the unit's subtree is applied beside it by the resolver, never replaced.
import { z } from "zod";
import type { Prisma } from "@danso/db";
import { addDays, type Label } from "@danso/domain";
import { badInput } from "../errors.js";
import { whereKinds, type AuditKind } from "./action-kinds.js";

/** Record types whose ids a page of other records may have served nested (read-audit.ts). */
const NESTED_READS = new Set(["Person", "Household", "ChangeEvent"]);

/** The filter's problems in both languages; the schema names them by key. */
const PROBLEMS = {
  LOGIN_LONG: { vi: "Tên đăng nhập tối đa 40 ký tự", en: "A login has at most 40 characters" },
  ENTITY_TYPE: { vi: "Loại hồ sơ chỉ gồm chữ cái không dấu (ví dụ Person, Household)", en: "A record type has only plain letters (for example Person, Household)" },
  ENTITY_ID_EMPTY: { vi: "Mã hồ sơ không được để trống", en: "The record id must not be empty" },
  ENTITY_ID_LONG: { vi: "Mã hồ sơ tối đa 40 ký tự", en: "A record id has at most 40 characters" },
  ACTION_NAME: { vi: "Tên thao tác chỉ gồm chữ cái và dấu chấm, tối đa 60 ký tự", en: "An action name has only letters and dots, at most 60 characters" },
  ACTIONS_MANY: { vi: "Tối đa 30 tên thao tác", en: "At most 30 action names" },
  ENTITY_TYPE_NEEDED: { vi: "Chọn loại hồ sơ cho mã hồ sơ đã nhập", en: "Choose the record type of the record id" },
  DAYS_ORDER: { vi: "Ngày kết thúc phải từ ngày bắt đầu trở đi", en: "The last day must be on or after the first" },
} as const satisfies Record<string, Label>;
type Problem = keyof typeof PROBLEMS;
const problem = (key: Problem) => ({ error: key });
/** A zod issue's message in one language (the schema's own messages, for checks it makes, are English). */
const wordsOf = (message: string, lang: keyof Label) => (message in PROBLEMS ? PROBLEMS[message as Problem][lang] : message);

const FilterSchema = z
  .object({
    login: z.string().trim().toLowerCase().min(1).max(40, problem("LOGIN_LONG")).nullish(),
    entityType: z.string().regex(/^[A-Za-z]{1,40}$/, problem("ENTITY_TYPE")).nullish(),
    entityId: z.string().trim().min(1, problem("ENTITY_ID_EMPTY")).max(40, problem("ENTITY_ID_LONG")).nullish(),
    kinds: z.array(z.enum(["VIEW", "LIST", "CHANGE", "EXPORT"])).max(4).nullish(),
    actions: z.array(z.string().regex(/^[A-Za-z.]{1,60}$/, problem("ACTION_NAME"))).max(30, problem("ACTIONS_MANY")).nullish(),
    from: z.string().nullish(),
    to: z.string().nullish(),
  })
  .superRefine((f, issues) => {
    if (f.entityId && !f.entityType) issues.addIssue({ code: "custom", path: ["entityType"], message: "ENTITY_TYPE_NEEDED" satisfies Problem });
    if (f.from && f.to && f.from > f.to) issues.addIssue({ code: "custom", path: ["to"], message: "DAYS_ORDER" satisfies Problem });
  });

export type AuditFilterInput = z.input<typeof FilterSchema>;

/** Midnight that starts a calendar day in Vietnam (UTC+7, no daylight saving). */
const dayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The filter as a Prisma condition; throws BAD_USER_INPUT with a message per field. */
export function auditFilterWhere(input: AuditFilterInput | null | undefined): Prisma.AuditLogWhereInput {
  const parsed = FilterSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    const fieldErrorsEn: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "filter");
      (fieldErrors[field] ??= []).push(wordsOf(issue.message, "vi"));
      (fieldErrorsEn[field] ??= []).push(wordsOf(issue.message, "en"));
    }
    const first = parsed.error.issues[0]!.message;
    throw badInput(`Bộ lọc nhật ký chưa hợp lệ: ${wordsOf(first, "vi")}.`, `Invalid audit filter: ${wordsOf(first, "en")}.`, fieldErrors, fieldErrorsEn);
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
