// A province report from the browser: the officer of today's Thành phố Hải Phòng computes
// and stores the quarterly province form (communes as columns: no districts since 1 July
// 2025), the approver locks and signs it, the publisher publishes it, anyone checks the
// signature; the account kept on a former district reports on that district's history;
// keyboard and accessibility checks on the pages involved.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in-as";

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

  const approver = await browser.newPage();
  await signIn(approver, "pheduyet");
  await approver.goto("/bao-cao");
  await approver.getByLabel("Đơn vị").selectOption({ label: "Thành phố Hải Phòng" });
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
  await publisher.getByLabel("Đơn vị").selectOption({ label: "Thành phố Hải Phòng" });
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
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("reports.png"), fullPage: false });
  await page.goto("/xac-minh-bao-cao");
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
});
