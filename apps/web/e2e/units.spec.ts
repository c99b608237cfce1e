// The public units page across the reorganisation of 1 July 2025: the tree of the chosen
// date, a new ward with the wards it was formed from, an old ward with the ward it went
// into; keyboard use, a shareable URL and an accessibility scan.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("a new ward names the wards it was formed from, and an old ward the ward it went into", async ({ page }, testInfo) => {
  await page.goto("/don-vi");
  await expect(page.getByRole("heading", { level: 1, name: "Đơn vị hành chính" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "34 tỉnh, thành phố" })).toBeVisible();
  await expect(page.getByTestId("tree-of-date")).toContainText("34 tỉnh, không cấp huyện");

  // Typed without diacritics, with the keyboard.
  await page.getByLabel("Tên hoặc mã đơn vị").fill("thanh dong");
  await page.getByLabel("Tên hoặc mã đơn vị").press("Enter");
  await page.getByRole("link", { name: /^Phường Thành Đông \(10507/ }).click();
  const ward = page.getByTestId("unit-detail");
  await expect(ward.getByRole("heading", { name: "Phường Thành Đông" })).toBeVisible();
  await expect(ward).toContainText("Thành phố Hải Phòng");
  await expect(ward.getByText(/^Hình thành ngày .*2025 từ$/)).toBeVisible();
  const formedFrom = ward.getByTestId("predecessors");
  await expect(formedFrom.getByRole("link", { name: "Phường Cẩm Thượng" })).toBeVisible();
  expect(await formedFrom.getByRole("listitem").count()).toBeGreaterThan(1);
  await page.screenshot({ path: testInfo.outputPath("units-new-ward.png"), fullPage: true });

  // The old ward, on the day before the reorganisation.
  await formedFrom.getByRole("link", { name: "Phường Cẩm Thượng" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/ngay=2025-06-30/);
  const old = page.getByTestId("unit-detail");
  await expect(old.getByRole("heading", { name: "Phường Cẩm Thượng" })).toBeVisible();
  await expect(old).toContainText("Danh mục trước sắp xếp");
  await expect(old).toContainText("Thành phố Hải Dương");
  await expect(old.getByTestId("successors").getByRole("link", { name: "Phường Thành Đông" })).toBeVisible();

  // The URL is the view: reloading it shows the same unit.
  await page.reload();
  await expect(page.getByTestId("unit-detail").getByRole("heading", { name: "Phường Cẩm Thượng" })).toBeVisible();
});

test("the tree follows the date: 63 provinces on 30 June 2025", async ({ page }) => {
  await page.goto("/don-vi?ngay=2025-06-30");
  await expect(page.getByRole("heading", { name: "63 tỉnh, thành phố" })).toBeVisible();
  await expect(page.getByTestId("tree-of-date")).toContainText("63 tỉnh, 696 huyện");
  await page.goto("/don-vi?ngay=2026-01-01&ma=10507");
  await expect(page.getByTestId("unit-detail").getByRole("heading", { name: "Phường Thành Đông" })).toBeVisible();
  await page.goto("/don-vi?ngay=2026-01-01&ma=288");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Không có đơn vị hành chính mã 288");
});

test("no WCAG 2 A/AA violations on the units page", async ({ page }) => {
  await page.goto("/don-vi?ngay=2026-01-01&ma=10507");
  await expect(page.getByTestId("predecessors")).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations).toEqual([]);
});
