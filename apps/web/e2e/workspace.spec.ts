// The officials' workspace from the browser: a commune officer finds a household by a name
// typed without diacritics, opens it, verifies the birth a collaborator submitted, and the
// commune's figures on the home move by one; a province officer drills down to a commune
// and back; an officer typing the address of another commune's person gets a refusal and
// none of the person's data. Every screen is scanned with axe.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { axe, gql } from "./page-checks";
import { signIn } from "./sign-in-as";

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
const plain = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

interface Mother { id: string; fullName: string; household: { id: string; code: string } }

/** The collaborator records and submits a birth to a woman of their area. */
async function collaboratorSubmitsBirth(browser: Browser, child: string): Promise<Mother> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "ctv");
  const { me } = await gql<{ me: { unit: { code: string } } }>(page, "{ me { unit { code } } }");
  const { persons } = await gql<{ persons: { edges: { node: Mother }[] } }>(page,
    `query ($u: String!) { persons(unitCode: $u, filter: { sex: FEMALE, minAge: 22, maxAge: 38 }, first: 1) { edges { node { id fullName household { id code } } } } }`, { u: me.unit.code });
  const mother = persons.edges[0]!.node;
  const recorded = await gql<{ recordChangeEvent: { changeEvent: { id: string } } }>(page,
    `mutation ($input: ChangeEventInput!) { recordChangeEvent(input: $input) { changeEvent { id } } }`,
    { input: { type: "BIRTH", occurredOn: today, idempotencyKey: `e2e-${Date.now()}`, payload: { motherId: mother.id, fullName: child, sex: "MALE" } } });
  await gql(page, `mutation ($ids: [ID!]!) { submitChangeEvents(ids: $ids) { id } }`, { ids: [recorded.recordChangeEvent.changeEvent.id] });
  await page.context().close();
  return mother;
}

const monthBirths = (page: Page) => page.getByTestId("figures-month").locator('tr[data-indicator="BIRTHS"] td').first();

test("a commune officer finds a household typed without diacritics, verifies a submitted birth, and the home counts it", async ({ browser, page }) => {
  test.setTimeout(240_000);
  const child = "Phạm Gia Bảo";
  const mother = await collaboratorSubmitsBirth(browser, child);

  await signIn(page, "xa");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await nav.getByRole("link", { name: "Bàn làm việc" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Bàn làm việc: / })).toBeVisible();
  await expect(page.locator('[data-work="verify"]')).toContainText(/\d+ thay đổi chờ xác minh/);
  const before = Number((await monthBirths(page).textContent())!.replace(/\D/g, ""));
  await axe(page);

  // The register search: the mother's name without diacritics.
  await nav.getByRole("link", { name: "Tra cứu sổ hộ" }).click();
  await page.getByLabel("Nội dung tìm").fill(plain(mother.fullName));
  await page.getByLabel("Nội dung tìm").press("Enter");
  const results = page.getByTestId("person-results");
  await expect(page.getByRole("heading", { name: /Tìm thấy \d+ nhân khẩu/ })).toBeVisible();
  const row = results.getByRole("row").filter({ hasText: mother.household.code }).filter({ hasText: mother.fullName });
  await expect(row).toHaveCount(1);
  await axe(page);
  await row.getByRole("link", { name: mother.household.code }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hộ ${mother.household.code}` })).toBeVisible();
  await expect(page.getByTestId("members")).toContainText(mother.fullName);
  await expect(page.getByTestId("members")).not.toContainText(child);
  await axe(page);

  // The queue: the birth, with what it will change; verified from the keyboard.
  await nav.getByRole("link", { name: "Xác minh biến động" }).click();
  const line = page.getByTestId("queue-line").filter({ hasText: `Thêm nhân khẩu mới ${child}` });
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(`vào hộ ${mother.household.code}`);
  await axe(page);
  await line.getByRole("button", { name: /^Xác minh dòng Sinh/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("queue-summary")).toHaveText("Đã xử lý 1 dòng.");
  await expect(page.getByTestId("queue-line").filter({ hasText: child })).toHaveCount(0);

  // The home counts the birth, and the household sheet lists the child.
  await nav.getByRole("link", { name: "Bàn làm việc" }).click();
  await expect(monthBirths(page)).toHaveText(String(before + 1));
  await page.goto(`/ho-gia-dinh/${mother.household.id}`);
  await expect(page.getByTestId("members")).toContainText(child);
  await page.getByTestId("members").getByRole("link", { name: child }).click();
  await expect(page.getByRole("heading", { level: 1, name: child })).toBeVisible();
  await expect(page.getByTestId("event-history")).toContainText("Đã xác nhận");
  await axe(page);
});

test("a province officer drills down to a commune and back up", async ({ page }) => {
  await signIn(page, "tinh");
  await page.goto("/lam-viec");
  await expect(page.getByRole("heading", { level: 1, name: "Bàn làm việc: Thành phố Hải Phòng" })).toBeVisible();
  await expect(page.locator('[data-work="late"]')).toContainText(/xã chậm cập nhật/);
  const subunits = page.getByTestId("subunits");
  await expect(subunits.getByRole("row").nth(1)).toBeVisible();
  const first = subunits.getByRole("row").nth(1).getByRole("link");
  const name = (await first.textContent())!;
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `Bàn làm việc: ${name}` })).toBeVisible();
  await expect(page.getByTestId("subunits")).toHaveCount(0);
  await axe(page);
  await page.getByRole("navigation", { name: "Vị trí đơn vị" }).getByRole("link", { name: "Thành phố Hải Phòng" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bàn làm việc: Thành phố Hải Phòng" })).toBeVisible();
});

test("a commune officer who types the address of another commune's person is refused and sees none of it", async ({ browser, page }) => {
  const tinh = await (await browser.newContext()).newPage();
  await signIn(tinh, "tinh");
  const xa = await (await browser.newContext()).newPage();
  await signIn(xa, "xa");
  const { me } = await gql<{ me: { unit: { code: string } } }>(xa, "{ me { unit { code } } }");
  const { persons } = await gql<{ persons: { edges: { node: { id: string; fullName: string; household: { unit: { code: string } } } }[] } }>(tinh,
    `{ persons(unitCode: "31", first: 200) { edges { node { id fullName household { unit { code } } } } } }`);
  const stranger = persons.edges.map((e) => e.node).find((p) => p.household.unit.code !== me.unit.code)!;
  await tinh.context().close();
  await xa.context().close();

  await signIn(page, "xa");
  await page.goto(`/nhan-khau/${stranger.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Không được phép xem hồ sơ này" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("ngoài phạm vi của bạn");
  await expect(page.locator("main")).not.toContainText(stranger.fullName);
  await axe(page);
});

test("the register search and the queue fit a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, "xa");
  for (const path of ["/lam-viec", "/so-ho?q=nguyen", "/xac-minh-bien-dong", "/ho-gia-dinh/moi"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.getByText(/Đang (tải|tìm)/)).toHaveCount(0);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
    await axe(page);
  }
  // English words are longer: the home still fits.
  await page.getByRole("button", { name: "English" }).click();
  await page.goto("/lam-viec");
  await expect(page.getByRole("heading", { level: 1, name: /^Workspace: / })).toBeVisible();
  await expect(page.getByTestId("figures-year")).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
});
