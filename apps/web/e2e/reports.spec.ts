// A province report from the browser: the officer of today's Thành phố Hải Phòng computes
// and stores the quarterly province form (communes as columns: no districts since 1 July
// 2025), the approver locks and signs it, the publisher publishes it, anyone checks the
// signature, each irreversible step confirmed first; the account kept on a former district
// reports on that district's history; the centre reports on the nation; a collaborator is
// not offered reports; a phone does not scroll sideways, the table does (its row labels
// staying); signing out stays on the address in use; keyboard and accessibility checks.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_PORT } from "./port";
import { DEMO_PASSWORD, signIn } from "./sign-in-as";

const axe = async (page: Page) => expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);

async function showLastQuarter(page: Page, form: string) {
  await page.goto("/bao-cao");
  await expect(page.getByLabel("Biểu")).toHaveValue(form);
  await page.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(page.getByRole("region", { name: new RegExp(`Biểu ${form}`) })).toBeVisible();
}

test("a province report goes from live figures to a signed version anyone can verify", async ({ browser }) => {
  const officer = await browser.newPage();
  await signIn(officer, "tinh");
  await showLastQuarter(officer, "DST-QUY");
  const table = officer.getByRole("region", { name: /Biểu DST-QUY/ }).getByRole("table");
  // The city, then one column per commune of today's tree; the city's population is a number.
  await expect(table.getByRole("columnheader", { name: "Thành phố Hải Phòng" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Phường Thành Đông/ })).toBeVisible();
  const population = table.getByRole("row", { name: /Tổng số nhân khẩu thực tế thường trú/ }).getByRole("cell").nth(2);
  await expect(population).toHaveText(/^\d{1,3}(\.\d{3})*$/);
  await expect(officer.getByRole("button", { name: "Phê duyệt (khóa số liệu)" })).toHaveCount(0); // not an approver's page

  await officer.getByRole("button", { name: "Lưu bản báo cáo từ số liệu hiện tại" }).click();
  const version = officer.getByTestId("version-1");
  await expect(version.getByTestId("version-status")).toHaveText("Đã lập, chưa phê duyệt");
  const number = (await version.locator("p").first().innerText()).match(/số (\d+)/)![1]!;

  const approver = await (await browser.newContext()).newPage(); // a context of its own for axe
  await signIn(approver, "pheduyet");
  await approver.goto("/bao-cao");
  await approver.getByLabel("Đơn vị").selectOption({ label: "Thành phố Hải Phòng" });
  await approver.getByRole("button", { name: "Xem số liệu" }).click();
  const pending = approver.getByTestId("version-1");
  const approve = pending.getByRole("button", { name: "Phê duyệt (khóa số liệu)" });
  // Approval cannot be undone: a dialog says so first, and Cancel (or Esc) changes nothing.
  await approve.click();
  const question = approver.getByRole("dialog", { name: "Phê duyệt bản 1?" });
  await expect(question).toBeVisible();
  await expect(question).toHaveAccessibleDescription(/Bản 1 \(số \d+\) của Biểu DST-QUY — Thành phố Hải Phòng — .*không hủy được/);
  await expect(question.getByRole("button", { name: "Hủy" })).toBeFocused();
  await axe(approver);
  await question.getByRole("button", { name: "Hủy" }).click();
  await expect(question).toHaveCount(0);
  await expect(approve).toBeFocused();
  await approve.press("Enter");
  await expect(question).toBeVisible();
  await approver.keyboard.press("Escape");
  await expect(question).toHaveCount(0);
  await expect(approve).toBeFocused();
  await approver.reload();
  await approver.getByLabel("Đơn vị").selectOption({ label: "Thành phố Hải Phòng" });
  await approver.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(pending.getByTestId("version-status")).toHaveText("Đã lập, chưa phê duyệt");
  // From the keyboard: Enter opens it, Tab goes from Cancel to Confirm.
  await approve.press("Enter");
  await approver.keyboard.press("Tab");
  await expect(question.getByRole("button", { name: "Phê duyệt và khóa số liệu" })).toBeFocused();
  await approver.keyboard.press("Enter");
  await expect(pending.getByTestId("version-status")).toHaveText("Đã phê duyệt, chưa ký số");
  // The signature shows in the status at once, without reloading the page.
  await pending.getByRole("button", { name: "Ký số" }).click();
  await expect(pending.getByText(/^SHA-256 [0-9a-f]{64}$/)).toBeVisible();
  await expect(pending.getByTestId("version-status")).toHaveText("Đã phê duyệt và ký số, chưa công bố");

  // The PDF downloads for the officer (and is written to the audit trail by the server).
  const download = await officer.request.get(`/api/reports/${number}/pdf`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Until it is published, the public does not know the version exists.
  const visitor = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await visitor.goto(`/xac-minh-bao-cao?so=${number}`);
  await visitor.getByRole("button", { name: "Kiểm tra" }).press("Enter");
  await expect(visitor.getByRole("main").getByRole("alert")).toContainText("Không tìm thấy");

  const publisher = await browser.newPage();
  await signIn(publisher, "congbo");
  await publisher.goto("/bao-cao");
  await publisher.getByLabel("Đơn vị").selectOption({ label: "Thành phố Hải Phòng" });
  await publisher.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(publisher.getByTestId("version-1").getByTestId("version-status")).toHaveText("Đã phê duyệt và ký số, chưa công bố");
  await publisher.getByTestId("version-1").getByRole("button", { name: "Công bố" }).click();
  const publishing = publisher.getByRole("dialog", { name: "Công bố bản 1?" });
  await expect(publishing).toHaveAccessibleDescription(/cổng công khai.*không hủy được/);
  await publishing.getByRole("button", { name: "Công bố cho mọi người" }).click();
  await expect(publishing).toHaveCount(0);
  await expect(publisher.getByTestId("version-1").getByTestId("version-status")).toHaveText("Đã công bố");

  // Once published, anyone, signed in or not, can check the signature and sees who signed.
  await visitor.getByRole("button", { name: "Kiểm tra" }).press("Enter");
  await expect(visitor.getByTestId("verify-result")).toHaveText("Chữ ký hợp lệ");
  await expect(visitor.getByText("Người ký")).toBeVisible();
  await expect(visitor.getByText("Đỗ Thị Lan")).toBeVisible();
  const anonymous = await visitor.request.get(`/api/reports/${number}/pdf`);
  expect(anonymous.status()).toBe(401);
});

test("the account kept on a former district reports on its history, on the old tree", async ({ page }) => {
  await signIn(page, "huyen");
  await showLastQuarter(page, "01-DSH");
  // The district was abolished on 1 July 2025: its last whole quarter is offered.
  await expect(page.getByRole("combobox", { name: /^Năm/ })).toHaveValue("2025");
  await expect(page.getByRole("combobox", { name: /^Quý/ })).toHaveValue("2");
  const region = page.getByRole("region", { name: /Biểu 01-DSH/ });
  const table = region.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Thành phố Hải Dương" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Phường Cẩm Thượng/ })).toBeVisible();
});

test("the city's 2025 annual report is on today's tree, its apportioned communes marked as estimated", async ({ page }) => {
  await signIn(page, "tinh");
  await page.goto("/bao-cao");
  await page.getByLabel("Biểu").selectOption("DST-NAM");
  await page.getByRole("combobox", { name: /^Năm/ }).selectOption("2025");
  await page.getByRole("button", { name: "Xem số liệu" }).click();
  const table = page.getByRole("region", { name: /Biểu DST-NAM/ }).getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Thành phố Hải Phòng", exact: true })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Phường Thành Đông/ })).toBeVisible();
  // Thành Đông took in whole wards; some other communes took in part of a divided one.
  await expect(table.getByRole("columnheader", { name: /Phường Thành Đông/ })).not.toContainText("ước tính");
  expect(await table.getByRole("columnheader", { name: /\(ước tính\)/ }).count()).toBeGreaterThan(0);
  await expect(page.getByText(/^\(ước tính\): đơn vị mới nhận một phần/)).toBeVisible();
});

test("no WCAG 2 A/AA violations on the reports and verification pages", async ({ page }) => {
  await signIn(page, "tinh");
  await showLastQuarter(page, "DST-QUY");
  await axe(page);
  await page.screenshot({ path: test.info().outputPath("reports.png"), fullPage: false });
  await page.goto("/xac-minh-bao-cao");
  await axe(page);
});

/** True when the element's box lies within the region's box (it is shown, not scrolled away). */
async function insideBox(element: Locator, region: Locator): Promise<boolean> {
  const [e, r] = await Promise.all([element.boundingBox(), region.boundingBox()]);
  return !!e && !!r && e.x >= r.x - 1 && e.x + e.width <= r.x + r.width + 1 && e.y >= r.y - 1 && e.y + e.height <= r.y + r.height + 1;
}

test("on a 360 px phone the page does not scroll sideways; the wide table scrolls in its region, its row labels and header staying", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, "tinh");
  await showLastQuarter(page, "DST-QUY");
  const region = page.getByRole("region", { name: /Biểu DST-QUY/ });
  await expect(region.getByRole("columnheader", { name: /Phường Thành Đông/ })).toBeAttached();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth)).toBeLessThanOrEqual(0);
  // The region is wider inside than out, and the keyboard scrolls it.
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // At the far right the row's number and label are still in view; at the bottom, the header.
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth, top: 0 }));
  await expect.poll(() => region.evaluate((el) => el.scrollLeft > 0 && el.scrollLeft + el.clientWidth >= el.scrollWidth - 1)).toBe(true);
  const label = region.getByRole("rowheader", { name: /Tổng số nhân khẩu thực tế thường trú/ });
  const row = region.getByRole("row", { name: /Tổng số nhân khẩu thực tế thường trú/ });
  expect(await insideBox(label, region)).toBe(true);
  expect(await insideBox(row.getByRole("cell").first(), region)).toBe(true);
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth, top: el.scrollHeight }));
  expect(await insideBox(region.getByRole("columnheader", { name: "Chỉ tiêu" }), region)).toBe(true);
  expect(await insideBox(region.getByRole("rowheader").last(), region)).toBe(true);
  await axe(page);
  await page.screenshot({ path: test.info().outputPath("reports-phone.png"), fullPage: true });
});

test("the central officer opens, computes and stores the national report of the provinces", async ({ page }) => {
  await signIn(page, "trunguong");
  await page.goto("/bao-cao");
  await expect(page.getByLabel("Đơn vị")).toHaveValue("VN");
  await expect(page.getByLabel("Đơn vị").locator("option").first()).toHaveText("Việt Nam");
  await showLastQuarter(page, "DSTW-QUY");
  const table = page.getByRole("region", { name: /Biểu DSTW-QUY/ }).getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Việt Nam" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Thành phố Hải Phòng" })).toBeAttached();
  await expect(table.getByRole("row", { name: /Tổng số nhân khẩu thực tế thường trú/ }).getByRole("cell").nth(2)).toHaveText(/^\d{1,3}(\.\d{3})*$/);
  await page.getByRole("button", { name: "Lưu bản báo cáo từ số liệu hiện tại" }).click();
  await expect(page.getByTestId("version-1").getByTestId("version-status")).toHaveText("Đã lập, chưa phê duyệt");
});

test("a collaborator is offered no reports, and the page says why instead of a form that fails", async ({ page }) => {
  await signIn(page, "ctv");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav.getByRole("link", { name: "Trang chủ" })).toBeVisible();
  for (const name of ["Báo cáo thống kê", "Bản đồ dân số", "Dự báo dân số", "Danh sách"]) await expect(nav.getByRole("link", { name })).toHaveCount(0);
  await page.goto("/bao-cao");
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Tài khoản của bạn không có quyền xem số liệu thống kê nên không xem được báo cáo.");
  await expect(page.getByRole("button", { name: "Xem số liệu" })).toHaveCount(0);
});

test("signing out returns to the address the user is on, not the server's configured one", async ({ page }) => {
  // The server is configured as 127.0.0.1 (NEXTAUTH_URL); the user came by another name.
  const origin = `http://localhost:${E2E_PORT}`;
  await page.goto(`${origin}/dang-nhap`);
  await page.getByLabel("Tên đăng nhập").fill("tinh");
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(`${origin}/tai-khoan`);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(`${origin}/`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Đăng nhập" })).toBeVisible();
});
