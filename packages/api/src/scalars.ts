// Calendar dates travel as "YYYY-MM-DD" strings; the database returns them as Dates at
// UTC midnight.
import { GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { dateToIso, isIsoDate } from "@danso/domain";

function parseDate(value: unknown): string {
  if (typeof value === "string" && isIsoDate(value)) return value;
  throw new TypeError(`Ngày không hợp lệ (cần dạng YYYY-MM-DD): ${String(value).slice(0, 40)}`);
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date YYYY-MM-DD (Asia/Ho_Chi_Minh).",
  serialize: (value) => (value instanceof Date ? dateToIso(value) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeResolver, JSON: JSONResolver };
