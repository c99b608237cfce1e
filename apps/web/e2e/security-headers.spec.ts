// Security headers on pages and the API, and pages that still work under the
// Content-Security-Policy: no violation is reported while a user signs in and reads the
// account page through the GraphQL API.
import { expect, test, type Page } from "@playwright/test";

const PASSWORD = "DanSo@2026"; // the demo password (README)

function directives(csp: string | undefined): Map<string, string> {
  return new Map((csp ?? "").split(";").map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d] as [string, string]));
}

/** Collects CSP violations as the page reports them (console and securitypolicyviolation). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

test("pages and the API send the security headers, and no X-Powered-By", async ({ request }) => {
  for (const path of ["/", "/dang-nhap", "/api/health"]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = directives(headers["content-security-policy"]);
    expect(csp.get("frame-ancestors"), path).toBe("frame-ancestors 'none'");
    expect(csp.get("object-src"), path).toBe("object-src 'none'");
    expect(csp.get("base-uri"), path).toBe("base-uri 'self'");
    expect(csp.get("img-src"), path).toBe("img-src 'self' data: blob:");
    expect(csp.get("script-src"), path).not.toContain("unsafe-eval");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-powered-by"], path).toBeUndefined();
    // Served over plain HTTP: no HSTS, no upgrade of subresources.
    expect(headers["strict-transport-security"], path).toBeUndefined();
    expect(csp.has("upgrade-insecure-requests"), path).toBe(false);
  }
  const api = await request.post("/api/graphql", {
    headers: { "content-type": "application/json; charset=utf-8" },
    data: JSON.stringify({ query: "{ apiVersion }" }),
  });
  expect(api.status()).toBe(200);
  expect(directives(api.headers()["content-security-policy"]).get("frame-ancestors")).toBe("frame-ancestors 'none'");
  expect(api.headers()["x-powered-by"]).toBeUndefined();
});

test("behind a TLS proxy (X-Forwarded-Proto: https) pages add HSTS and upgrade insecure requests", async ({ request }) => {
  const response = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  const csp = directives(response.headers()["content-security-policy"]);
  expect(csp.has("upgrade-insecure-requests")).toBe(true);
  expect(csp.get("frame-ancestors")).toBe("frame-ancestors 'none'");
});

test("the pages work under the policy: no violation while signing in and reading the account", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Dân số cả nước" })).toBeVisible();
  await expect(page.getByTestId("stat-population-value")).toHaveText(/^\d{1,3}(\.\d{3})*$/);
  await page.getByRole("link", { name: "Đăng nhập" }).click();
  await page.getByLabel("Tên đăng nhập").fill("xa");
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByLabel("Mật khẩu").press("Enter");
  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByTestId("account-name")).toHaveText("Lê Thị Thu Hằng");
  // Session cookies over plain HTTP: ordinary (HttpOnly), not Secure.
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session?.name).toBe("next-auth.session-token");
  expect(session?.httpOnly).toBe(true);
  expect(session?.secure).toBe(false);
  expect(violations).toEqual([]);
});
