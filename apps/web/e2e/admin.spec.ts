// The officials' administration screens. The system administrator creates a collaborator
// of an area with the keyboard and hands over the one-time code, with which the
// collaborator chooses their own password and is signed in; a province officer reads on
// the access log that a commune officer opened a person, and narrows it to one user; a
// commune officer is neither offered user administration nor let in by its address.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in-as";

async function expectAccessible(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

/** Axe at desktop and phone widths, and the screenshots (Vietnamese, then English). */
async function checkWidths(page: Page, name: string, ready: () => Promise<void>) {
  for (const locale of ["vi", "en"]) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: page.url() }]);
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await ready();
      if (locale === "vi") await expectAccessible(page);
      await page.screenshot({ path: `test-results/${name}-${locale}-${width}.png`, fullPage: true });
    }
  }
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "vi", url: page.url() }]);
}

test("the administrator creates a collaborator with the keyboard, who signs in with the one-time code", async ({ page, browser }) => {
  await signIn(page, "quantri");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Quản trị người dùng" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quản trị người dùng" })).toBeVisible();
  // The accounts the reorganisation left on the abolished district are listed to reassign.
  const former = page.getByRole("list", { name: "Tài khoản trên đơn vị đã giải thể" });
  await expect(former.getByRole("heading", { name: /\(huyen\)/ })).toBeVisible();

  const create = page.getByRole("region", { name: "Tạo tài khoản" });
  await create.getByRole("button", { name: "Tạo tài khoản mới" }).click();
  // Sent empty: every rule says what it wants, beside its field.
  await create.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expect(create.getByText(/^Tên đăng nhập gồm 3–40 ký tự/)).toBeVisible();
  await expect(create.getByText("Hãy chọn vai trò")).toBeVisible();
  await expect(create.getByLabel("Tên đăng nhập")).toHaveAttribute("aria-invalid", "true");

  const login = `ctv.moi${Date.now() % 100000}`;
  const fullName = "Đinh Thị Ngọc Ánh";
  await create.getByLabel("Tên đăng nhập").focus();
  await page.keyboard.type(login);
  await page.keyboard.press("Tab");
  await expect(create.getByLabel("Họ và tên")).toBeFocused();
  await page.keyboard.type(fullName);
  await page.keyboard.press("Tab");
  await expect(create.getByLabel("Vai trò")).toBeFocused();
  await create.getByLabel("Vai trò").selectOption({ label: "Cộng tác viên dân số" });
  await page.keyboard.press("Tab");
  await expect(create.getByLabel("Tỉnh, thành phố")).toBeFocused();
  await create.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Hải Phòng (31)" });
  // A collaborator needs an area: the form says so before the commune is chosen.
  await expect(create.getByText("Cộng tác viên thuộc một xã: hãy chọn xã, rồi chọn địa bàn.")).toBeVisible();
  const commune = create.getByLabel("Xã, phường, đặc khu");
  // The demo commune (its areas have households and collaborators). The list appears once
  // its communes are loaded; reading its options before (allTextContents does not wait)
  // found none, and the test then chose "all of Hải Phòng".
  await expect(commune).toBeVisible();
  const wards = await commune.locator("option").allTextContents();
  const ward = wards.find((w) => w.startsWith("Phường Thành Đông"));
  expect(ward).toBeDefined();
  await commune.selectOption({ label: ward! });
  const area = create.getByLabel("Địa bàn");
  // At least one area besides "choose an area" (not just "not one option": none passed too).
  await expect(area.locator("option").nth(1)).toBeAttached();
  // Names repeat in merged wards: every area shows its code.
  expect((await area.locator("option").allTextContents()).slice(1).every((o) => /\(mã [\w.-]+\)$/.test(o))).toBe(true);
  await area.selectOption({ index: 1 });
  await expectAccessible(page);
  await create.getByRole("button", { name: "Tạo tài khoản", exact: true }).focus();
  await page.keyboard.press("Enter");

  const notice = page.getByRole("region", { name: `Đã tạo tài khoản ${login}` });
  await expect(notice).toBeVisible();
  await expect(notice).toBeFocused();
  await expect(notice.getByText("Mã chỉ hiển thị một lần")).toBeVisible();
  const code = (await notice.getByTestId("one-time-code").textContent())!.trim();
  expect(code.length).toBeGreaterThan(6);

  // The collaborator signs in with the code, chooses a password and is signed in.
  const context = await browser.newContext();
  const ctv = await context.newPage();
  await ctv.goto("/dang-nhap");
  await ctv.getByLabel("Tên đăng nhập").fill(login);
  await ctv.getByLabel("Mật khẩu").fill(code);
  await ctv.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(ctv.getByText("Đây là mã dùng một lần do quản trị hệ thống cấp.", { exact: false })).toBeVisible();
  await ctv.getByLabel("Mật khẩu mới", { exact: true }).fill("Ngoc-Anh-2027");
  await ctv.getByLabel("Nhập lại mật khẩu mới").fill("Ngoc-Anh-2027");
  await ctv.getByRole("button", { name: "Đặt mật khẩu và đăng nhập" }).click();
  await expect(ctv).toHaveURL(/\/tai-khoan$/);
  await expect(ctv.getByTestId("account-name")).toHaveText(fullName);
  await expect(ctv.getByTestId("account-role")).toHaveText("Cộng tác viên dân số");
  await context.close();

  await notice.getByRole("button", { name: "Đã giao mã, đóng" }).click();
  await expect(notice).toHaveCount(0);
  await checkWidths(page, "users", () => expect(page.getByRole("list", { name: /^(Tài khoản trên đơn vị đã giải thể|Accounts on abolished units)$/ })).toBeVisible());
});

test("a province officer reads who opened a person on the access log, and narrows it to one user", async ({ page, browser }) => {
  // The commune officer opens a person through the API (the person's page audits the same way).
  const context = await browser.newContext();
  const xa = await context.newPage();
  await signIn(xa, "xa");
  const gql = async <T,>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await xa.request.post("/api/graphql", { data: { query, variables } });
    return ((await res.json()) as { data: T }).data;
  };
  const me = await gql<{ me: { unit: { code: string } } }>(`{ me { unit { code } } }`);
  const persons = await gql<{ persons: { edges: { node: { id: string } }[] } }>(`query ($u: String!) { persons(unitCode: $u, first: 1) { edges { node { id } } } }`, { u: me.me.unit.code });
  const id = persons.persons.edges[0]!.node.id;
  await gql(`query ($id: ID!) { person(id: $id) { id fullName } }`, { id });
  await context.close();

  await signIn(page, "tinh");
  // A line of the province officer's own, so that filtering by user has something to drop.
  await page.request.post("/api/graphql", { data: { query: `query ($u: String!) { persons(unitCode: $u, first: 1) { totalCount } }`, variables: { u: "31" } } });
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhật ký truy cập" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký truy cập" })).toBeVisible();
  await page.getByRole("button", { name: "Xem nhật ký" }).click();
  const heading = page.getByRole("heading", { level: 2, name: /dòng nhật ký$/ });
  await expect(heading).toBeVisible();
  const lines = page.getByRole("region", { name: "Các dòng nhật ký" });
  const view = lines.getByRole("row").filter({ hasText: "Xem hồ sơ nhân khẩu" }).filter({ hasText: "xa" }).first();
  await expect(view).toBeVisible();
  await expect(view.getByRole("link", { name: `Nhân khẩu số ${id}` })).toHaveAttribute("href", `/nhan-khau/${id}`);
  await expect(view.getByRole("cell").nth(1)).toHaveText(/^\d{2}\/\d{2}\/\d{4} lúc \d{2}:\d{2}:\d{2}$/);
  const all = Number((await heading.textContent())!.match(/^([\d.]+)/)![1]!.replace(/\./g, ""));

  await page.getByLabel("Người dùng (tên đăng nhập)").fill("xa");
  await page.getByRole("button", { name: "Xem nhật ký" }).click();
  await expect(heading).not.toHaveText(`${all.toLocaleString("vi-VN")} dòng nhật ký`);
  const users = await lines.getByRole("row").locator("td:nth-child(3)").allTextContents();
  expect(users.length).toBeGreaterThan(0);
  expect(users.every((u) => u.endsWith("xa"))).toBe(true);
  expect(Number((await heading.textContent())!.match(/^([\d.]+)/)![1]!.replace(/\./g, ""))).toBeLessThan(all);

  // The dates are checked beside their fields before anything is asked.
  await page.getByLabel("Từ ngày").fill("2026-05-02");
  await page.getByLabel("Đến ngày").fill("2026-05-01");
  await page.getByRole("button", { name: "Xem nhật ký" }).click();
  await expect(page.getByText("Ngày kết thúc phải từ ngày bắt đầu trở đi.")).toBeVisible();
  await page.getByLabel("Từ ngày").fill("");
  await page.getByLabel("Đến ngày").fill("");

  await checkWidths(page, "audit", async () => {
    await page.getByRole("button", { name: /^(Xem nhật ký|Show log)$/ }).click();
    await expect(page.getByRole("region", { name: /^(Các dòng nhật ký|Log lines)$/ })).toBeVisible();
  });
});

test("a commune officer is neither offered user administration nor let in by its address", async ({ page }) => {
  await signIn(page, "xa");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav.getByRole("link", { name: "Nhật ký truy cập" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Quản trị người dùng" })).toHaveCount(0);
  await page.goto("/quan-tri/nguoi-dung");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Bạn không có quyền quản trị người dùng: trang này chỉ dành cho quản trị hệ thống.");
  await expect(page.getByRole("button", { name: "Tạo tài khoản mới" })).toHaveCount(0);
});
