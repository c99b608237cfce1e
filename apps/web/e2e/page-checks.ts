// Checks the workspace specs share: no serious or critical axe violation on the page, and
// a GraphQL call in the page's session that must succeed.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await page.request.post("/api/graphql", { data: { query, variables }, headers: { "content-type": "application/json" } });
  const json = (await r.json()) as { data?: T; errors?: unknown };
  expect(json.errors).toBeUndefined();
  return json.data!;
}
