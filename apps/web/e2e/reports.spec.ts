// A district report from the browser: the district officer computes and stores Biểu
// 01-DSH, the approver locks and signs it, the publisher publishes it, anyone checks the
// signature; keyboard and accessibility checks on the pages involved.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PASSWORD = "DanSo@2026";

async function signIn(page: Page, login: string) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(login);
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
}

async function showLastQuarter(page: Page) {
  await page.goto("/bao-cao");
  await expect(page.getByLabel("Biểu")).toHaveValue("01-DSH");
  await page.getByRole("button", { name: "Xem số liệu" }).click();
  await expect(page.getByRole("region", { name: /Biểu 01-DSH/ })).toBeVisible();
}

test("a district report goes from live figures to a signed version anyone can verify", async ({ browser }) => {
  const officer = await browser.newPage();
  await signIn(officer, "huyen");
  await showLastQuarter(officer);
  const table = officer.getByRole("region", { name: /Biểu 01-DSH/ }).getByRole("table");
  // The district, then one column per commune; the district's population is a number.
  await expect(table.getByRole("columnheader", { name: "Thành phố Hải Dương" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Phường Cẩm Thượng/ })).toBeVisible();
  const population = table.getByRole("row", { name: /Tổng số nhân khẩu thực tế thường trú/ }).getByRole("cell").nth(2);
  await expect(population).toHaveText(/^\d{1,3}(\.\d{3})*$/);
  await expect(officer.getByRole("button", { name: "Phê duyệt (khóa số liệu)" })).toHaveCount(0); // not an approver's page

  await officer.getByRole("button", { name: "Lưu bản báo cáo từ số liệu hiện tại" }).click();
  const version = officer.getByTestId("version-1");
  await expect(version.getByTestId("version-status")).toHaveText("Đã lập, chưa phê duyệt");
  const number = (await version.locator("p").first().innerText()).match(/số (\d+)/)![1]!;

  const approver = await browser.newPage();
  await signIn(approver, "pheduyet");
  await approver.goto("/bao-cao");
  await approver.getByLabel("Đơn vị").selectOption({ label: "Thành phố Hải Dương" });
  await approver.getByRole("button", { name: "Xem số liệu" }).click();
  const pending = approver.getByTestId("version-1");
  await pending.getByRole("button", { name: "Phê duyệt (khóa số liệu)" }).click();
  await expect(pending.getByTestId("version-status")).toHaveText("Đã phê duyệt");
  await pending.getByRole("button", { name: "Ký số" }).click();
  await expect(pending.getByText(/^SHA-256 [0-9a-f]{64}$/)).toBeVisible();

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
  await publisher.getByLabel("Đơn vị").selectOption({ label: "Thành phố Hải Dương" });
  await publisher.getByRole("button", { name: "Xem số liệu" }).click();
  await publisher.getByTestId("version-1").getByRole("button", { name: "Công bố" }).click();
  await expect(publisher.getByTestId("version-1").getByTestId("version-status")).toHaveText("Đã công bố");

  // Once published, anyone, signed in or not, can check the signature and sees who signed.
  await visitor.getByRole("button", { name: "Kiểm tra" }).press("Enter");
  await expect(visitor.getByTestId("verify-result")).toHaveText("Chữ ký hợp lệ");
  await expect(visitor.getByText("Người ký")).toBeVisible();
  await expect(visitor.getByText("Đỗ Thị Lan")).toBeVisible();
  const anonymous = await visitor.request.get(`/api/reports/${number}/pdf`);
  expect(anonymous.status()).toBe(401);
});

test("no WCAG 2 A/AA violations on the reports and verification pages", async ({ page }) => {
  await signIn(page, "huyen");
  await showLastQuarter(page);
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("reports.png"), fullPage: false });
  await page.goto("/xac-minh-bao-cao");
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
});
