// Population projections from the browser: a province officer projects Thành phố Hải Phòng
// to 2050 with the keyboard, reads the chart, steps the pyramid, checks the table against
// the key figures, saves the projection and reopens it; wrong input is named field by field
// and computes nothing; the page fits a phone; a collaborator is offered none of it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in-as";

const number = (s: string) => Number(s.replace(/\./g, "").replace(",", "."));

async function runMedium(page: Page) {
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Dự báo dân số" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dự báo dân số" })).toBeVisible();
  const unit = page.getByLabel("Đơn vị");
  await unit.focus();
  await unit.selectOption({ label: "Thành phố Hải Phòng" });
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Năm gốc (dân số ngày 01/01)")).toBeFocused();
  await page.getByLabel("Năm cuối").selectOption("2050");
  await page.getByLabel("Kịch bản").selectOption({ label: "Phương án trung bình" });
  await page.getByRole("button", { name: "Chạy dự báo" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Kết quả dự báo" })).toBeVisible({ timeout: 60_000 });
}

test("a province officer projects the city to 2050, reads it, saves it and reopens it", async ({ page }) => {
  await signIn(page, "tinh");
  await runMedium(page);
  const base = Number(await page.getByLabel("Năm gốc (dân số ngày 01/01)").inputValue());

  // The key figures agree with the yearly table.
  const start = number(await page.getByRole("term").filter({ hasText: `Dân số 01/01/${base}` }).locator("xpath=following-sibling::dd").innerText());
  const table = page.getByRole("region", { name: "Số liệu từng năm" });
  await expect(table.getByRole("row")).toHaveCount(2050 - base + 2);
  const firstRow = table.getByRole("row").nth(1);
  await expect(firstRow.getByRole("rowheader")).toHaveText(String(base));
  expect(number(await firstRow.getByRole("cell").first().innerText())).toBe(start);
  expect(start).toBeGreaterThan(1000);

  // Every scenario on one chart, the highest fertility ending highest.
  await expect(page.getByRole("img", { name: /Biểu đồ tổng dân số/ })).toBeVisible();
  const legend = async (name: string) => number((await page.getByText(new RegExp(`^${name}: `)).innerText()).split(": ")[1]!);
  expect(await legend("Phương án sinh cao")).toBeGreaterThan(await legend("Phương án trung bình"));
  expect(await legend("Phương án trung bình")).toBeGreaterThan(await legend("Phương án sinh thấp"));

  // The pyramid: the slider with the keyboard, then played to the end.
  const slider = page.getByRole("slider", { name: "Năm" });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByRole("heading", { name: "Tháp dân số năm 2050" })).toBeVisible();
  await page.keyboard.press("Home");
  await expect(page.getByRole("heading", { name: `Tháp dân số năm ${base}` })).toBeVisible();
  await page.getByRole("button", { name: "Chạy tháp theo năm" }).click();
  await expect(page.getByRole("heading", { name: "Tháp dân số năm 2050" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("button", { name: "Chạy tháp theo năm" })).toHaveAttribute("aria-pressed", "false");

  // The inputs the register gave, with the life table's source.
  await expect(page.getByText("Tổng tỷ suất sinh (TFR)")).toBeVisible();
  await expect(page.getByText(/năm \((bảng sống của đơn vị, đã làm trơn|bảng sống mẫu)/).first()).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await page.screenshot({ path: "test-results/projections-desktop.png", fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải Excel (XLSX)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const stream = await download.createReadStream();
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  expect(Buffer.concat(parts).subarray(0, 2).toString()).toBe("PK");

  // Saved under a name, listed, and reopened as saved.
  const name = `Kế hoạch dân số ${base}–2050 (${Date.now()})`;
  await page.getByLabel("Tên để lưu dự báo").fill(name);
  await page.getByRole("button", { name: "Lưu dự báo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu" })).toHaveText(`Đã lưu “${name}”.`);
  await page.getByRole("button", { name: `Mở dự báo “${name}”` }).click();
  await expect(page.getByRole("heading", { level: 2, name: `Dự báo đã lưu: ${name}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Số liệu từng năm" }).getByRole("row").nth(1).getByRole("cell").first()).toHaveText(
    await firstRow.getByRole("cell").first().innerText());
});

test("wrong input is named field by field and nothing is computed", async ({ page }) => {
  await signIn(page, "tinh");
  await page.goto("/du-bao");
  await page.getByLabel("Tỷ số giới tính khi sinh (bé trai/100 bé gái)").fill("cao");
  await page.getByRole("button", { name: "Chạy dự báo" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/Một số ô chưa đúng định dạng/);
  await expect(page.getByLabel("Tỷ số giới tính khi sinh (bé trai/100 bé gái)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Nhập một số, ví dụ 107,5.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kết quả dự báo" })).toHaveCount(0);

  // The server's bounds, in Vietnamese.
  await page.getByLabel("Tỷ số giới tính khi sinh (bé trai/100 bé gái)").fill("300");
  await page.getByRole("button", { name: "Chạy dự báo" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/Tỷ số giới tính khi sinh từ 80 đến 140/);
  await expect(page.getByRole("heading", { name: "Kết quả dự báo" })).toHaveCount(0);
});

test("the projection fits a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, "tinh");
  await page.goto("/du-bao");
  await page.getByRole("button", { name: "Chạy dự báo" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Kết quả dự báo" })).toBeVisible({ timeout: 60_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: "test-results/projections-phone.png", fullPage: true });
});

test("a collaborator is offered no projections", async ({ page }) => {
  await signIn(page, "ctv");
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Dự báo dân số" })).toHaveCount(0);
  await page.goto("/du-bao");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Bạn không có quyền xem số liệu thống kê nên không lập được dự báo.");
});
