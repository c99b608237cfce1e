// The register's forms from the browser: a commune officer opens a household sheet with two
// members, told field by field what is wrong before anything is sent, and saves it from the
// keyboard; a correction made while a collaborator saved the same person shows who changed
// what and when, and the officer's choice keeps both changes; an officer who does not write
// the register is told so and offered no form. Every form is scanned with axe.
import { expect, test, type Page } from "@playwright/test";
import { axe, gql } from "./page-checks";
import { signIn } from "./sign-in-as";

const member = (page: Page, n: number) => page.getByTestId(`member-${n}`);

test("a commune officer opens a household sheet, with inline errors first, and saves it once", async ({ page }) => {
  test.setTimeout(180_000);
  const head = "Lê Văn Tùng";
  const address = `Số ${Date.now() % 100000}, ngõ Thử Nghiệm`;
  await signIn(page, "xa");
  await page.goto("/so-ho");
  await page.getByRole("link", { name: "Lập sổ hộ mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lập sổ hộ mới" })).toBeVisible();
  await page.getByLabel("Địa bàn").selectOption({ index: 1 });
  await page.getByLabel("Địa chỉ", { exact: true }).fill(address);

  // The head, first with a birth date in the future: the message appears as it is typed.
  const first = member(page, 0);
  await first.getByLabel("Họ và tên").fill(head);
  await first.getByLabel("Giới tính").selectOption("MALE");
  await first.getByLabel("Ngày sinh").fill("2099-01-01");
  await expect(first.getByText("Ngày sinh không được sau ngày hôm nay")).toBeVisible();
  await expect(first.getByLabel("Ngày sinh")).toHaveAttribute("aria-invalid", "true");
  await first.getByLabel("Ngày sinh").fill("1984-03-02");
  await expect(first.getByText("Ngày sinh không được sau ngày hôm nay")).toHaveCount(0);
  await first.getByLabel("Trình độ học vấn").selectOption("UPPER_SECONDARY");
  await first.getByLabel("Tình trạng hôn nhân").selectOption("MARRIED");

  // A second member, also marked head: saving is refused before anything is sent.
  await page.getByRole("button", { name: "Thêm một nhân khẩu" }).click();
  const second = member(page, 1);
  await second.getByLabel("Họ và tên").fill("Ngô Thị Mai");
  await second.getByLabel("Giới tính").selectOption("FEMALE");
  await second.getByLabel("Ngày sinh").fill("1987-11-20");
  await second.getByLabel("Trình độ học vấn").selectOption("UNIVERSITY");
  await second.getByLabel("Tình trạng hôn nhân").selectOption("MARRIED");
  await second.getByLabel("Quan hệ với chủ hộ").selectOption("HEAD");
  await page.getByRole("button", { name: "Lập sổ hộ" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "chủ hộ" })).toBeVisible();
  await expect(page).toHaveURL(/\/ho-gia-dinh\/moi$/);
  await axe(page);

  // Fixed, and saved with the keyboard (Enter in a field submits the form).
  await second.getByLabel("Quan hệ với chủ hộ").selectOption("SPOUSE");
  await page.getByLabel("Địa chỉ", { exact: true }).press("Enter");
  await expect(page).toHaveURL(/\/ho-gia-dinh\/\d+\?saved=1$/);
  await expect(page.getByRole("status")).toContainText("Đã lưu");
  const members = page.getByTestId("members");
  await expect(members).toContainText(head);
  await expect(members).toContainText("Ngô Thị Mai");
  await expect(members.getByRole("row").filter({ hasText: "Ngô Thị Mai" })).toContainText("Vợ/chồng");

  // Exactly one household was opened.
  const { me } = await gql<{ me: { unit: { code: string } } }>(page, "{ me { unit { code } } }");
  const found = await gql<{ households: { totalCount: number } }>(page, `query ($u: String!, $s: String) { households(unitCode: $u, search: $s) { totalCount } }`, { u: me.unit.code, s: address });
  expect(found.households.totalCount).toBe(1);

  // A person found living there is added to the sheet.
  await page.getByRole("link", { name: "Thêm nhân khẩu vào hộ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Thêm nhân khẩu vào hộ / })).toBeVisible();
  await axe(page);
  await page.getByLabel("Họ và tên").fill("Lê Thị Hoa");
  await page.getByLabel("Giới tính").selectOption("FEMALE");
  await page.getByLabel("Ngày sinh").fill("2012-05-09");
  await page.getByLabel("Trình độ học vấn").selectOption("LOWER_SECONDARY");
  await page.getByLabel("Tình trạng hôn nhân").selectOption("NEVER_MARRIED");
  await page.getByLabel("Quan hệ với chủ hộ").selectOption("CHILD");
  await page.getByRole("button", { name: "Thêm nhân khẩu vào hộ" }).click();
  await expect(page.getByRole("status")).toContainText("Đã lưu");
  await expect(page.getByTestId("members")).toContainText("Lê Thị Hoa");
});

test("a correction made while a collaborator saved the same person shows who changed what, and keeps both", async ({ browser, page }) => {
  test.setTimeout(180_000);
  // A man of the collaborator's area, read by the collaborator's own session.
  const ctv = await (await browser.newContext()).newPage();
  await signIn(ctv, "ctv");
  const { me } = await gql<{ me: { fullName: string; unit: { code: string } } }>(ctv, "{ me { fullName unit { code } } }");
  const { persons } = await gql<{ persons: { edges: { node: { id: string; fullName: string } }[] } }>(ctv,
    `query ($u: String!) { persons(unitCode: $u, filter: { sex: MALE, minAge: 30, maxAge: 60 }, first: 1) { edges { node { id fullName } } } }`, { u: me.unit.code });
  const man = persons.edges[0]!.node;

  await signIn(page, "xa");
  await page.goto(`/nhan-khau/${man.id}`);
  await page.getByRole("link", { name: "Sửa thông tin nhân khẩu" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sửa thông tin: ${man.fullName}` })).toBeVisible();
  await axe(page);
  const insurance = String(Date.now()).slice(-10);
  await page.getByLabel("Số thẻ BHYT").fill(insurance);

  // Meanwhile the collaborator corrects the same person's education.
  const read = await gql<{ person: { version: number; education: string } }>(ctv, `query ($id: ID!) { person(id: $id) { version education } }`, { id: man.id });
  const education = read.person.education === "COLLEGE" ? "UNIVERSITY" : "COLLEGE";
  await gql(ctv, `mutation ($id: ID!, $v: Int!, $base: PersonFieldsInput!, $changes: PersonFieldsInput!) { updatePerson(id: $id, version: $v, base: $base, changes: $changes) { person { id } } }`,
    { id: man.id, v: read.person.version, base: { education: read.person.education }, changes: { education } });
  await ctv.context().close();

  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  const conflict = page.getByTestId("conflict");
  await expect(conflict).toContainText("Hồ sơ đã được người khác sửa trong lúc bạn sửa");
  await expect(conflict).toContainText(`${me.fullName} đã lưu hồ sơ này lúc`);
  await expect(conflict.locator('tr[data-field="education"]')).toHaveAttribute("data-changed", "true");
  await expect(conflict.locator('tr[data-field="insuranceNumber"] td').nth(2)).toHaveText(insurance);
  await expect(page.getByRole("heading", { name: "Hồ sơ đã được người khác sửa trong lúc bạn sửa" })).toBeFocused();
  await axe(page);

  await conflict.getByRole("button", { name: "Lưu giá trị của tôi" }).click();
  await expect(page).toHaveURL(new RegExp(`/nhan-khau/${man.id}\\?saved=1$`));
  await expect(page.getByRole("status")).toContainText("Đã lưu");
  await expect(page.locator("main")).toContainText(insurance);
  await expect(page.locator("main")).toContainText(education === "COLLEGE" ? "Cao đẳng" : "Đại học");
});

test("an officer who does not write the register is told so and offered no form", async ({ page }) => {
  await signIn(page, "huyen");
  const { me } = await gql<{ me: { unit: { code: string } } }>(page, "{ me { unit { code } } }");
  const { persons } = await gql<{ persons: { edges: { node: { id: string } }[] } }>(page,
    `query ($u: String!, $d: Date) { persons(unitCode: $u, date: $d, first: 1) { edges { node { id } } } }`, { u: me.unit.code, d: "2025-06-30" });
  const id = persons.edges[0]!.node.id;
  await page.goto(`/nhan-khau/${id}`);
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sửa thông tin nhân khẩu" })).toHaveCount(0);
  await page.goto(`/nhan-khau/${id}/sua`);
  await expect(page.getByRole("heading", { level: 1, name: "Không có quyền sửa sổ hộ" })).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await axe(page);
});
