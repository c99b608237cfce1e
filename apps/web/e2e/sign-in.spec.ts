// Signing in and out in the browser, as a commune officer would: keyboard only, errors in
// Vietnamese, the account page read through the GraphQL API, and an accessibility scan.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PASSWORD = "DanSo@2026"; // the demo password (README)

test("a commune officer signs in with the keyboard, sees their account, and signs out", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();

  await page.getByLabel("Tên đăng nhập").focus();
  await page.keyboard.type("xa");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Mật khẩu")).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/tai-khoan$/);
  await expect(page.getByTestId("account-name")).toHaveText("Lê Thị Thu Hằng");
  await expect(page.getByTestId("account-role")).toHaveText("Viên chức dân số xã");
  await expect(page.getByTestId("account-unit")).toContainText("Phường Thành Đông");
  await expect(page.getByText("Xác nhận hoặc trả lại phiếu thu tin")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Lê Thị Thu Hằng" })).toBeVisible();

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập" })).toBeVisible();
  await page.goto("/tai-khoan");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=/);
});

test("a wrong password is refused with a Vietnamese message announced to screen readers", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("huyen");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("the GraphQL endpoint answers the signed-in user and nobody else", async ({ page, request }) => {
  const anonymous = await request.post("/api/graphql", { data: { query: "{ me { login } }" } });
  expect(anonymous.status()).toBe(200);
  expect((await anonymous.json()).data.me).toBeNull();

  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("tinh");
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
  const me = await page.request.post("/api/graphql", { data: { query: "{ me { login role unit { code } } }" } });
  expect((await me.json()).data.me).toEqual({ login: "tinh", role: "PROVINCE_OFFICER", unit: { code: "31" } });
});

for (const path of ["/dang-nhap"]) {
  test(`no WCAG 2 A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations).toEqual([]);
  });
}

test("no WCAG 2 A/AA violations on the account page", async ({ page }) => {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("ctv");
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("account-role")).toHaveText("Cộng tác viên dân số");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("account.png"), fullPage: true });
});

test("a forwarded address written by the caller does not spread guesses over made-up addresses", async ({ browser }) => {
  // No proxy is configured, so X-Forwarded-For is the caller's own text: five wrong
  // passwords "from" five addresses are five from this machine, and the login is locked here.
  for (let i = 1; i <= 5; i++) {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${i}` } });
    const page = await context.newPage();
    await page.goto("/dang-nhap");
    await page.getByLabel("Tên đăng nhập").fill("danhsach");
    await page.getByLabel("Mật khẩu").fill(`sai-mat-khau-${i}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
    await context.close();
  }
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" } });
  const page = await context.newPage();
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill("danhsach");
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Đăng nhập sai quá nhiều lần");
  await expect(page).toHaveURL(/\/dang-nhap/);
  await context.close();
});
