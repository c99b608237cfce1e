// Lists for other agencies from the browser: the list exporter of Thành phố Hải Phòng
// previews the city's call-up list with the keyboard, pages through it and downloads it
// as Excel; an officer without the permission is neither offered the menu nor the list.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in-as";

test("the list exporter previews the city's call-up list with the keyboard and downloads it", async ({ page }) => {
  await signIn(page, "danhsach");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Danh sách" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Danh sách cho các cơ quan" })).toBeVisible();

  // Keyboard only: choose the list and the ward, then preview.
  const list = page.getByRole("combobox", { name: "Danh sách", exact: true });
  await list.focus();
  await list.selectOption({ label: "Nam công dân trong độ tuổi gọi nhập ngũ" });
  await expect(page.getByText(/đến hết 27 tuổi nếu sổ ghi nhận được tạm hoãn/)).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Đơn vị")).toBeFocused();
  await page.getByLabel("Đơn vị").selectOption({ label: "Thành phố Hải Phòng" });
  await page.getByRole("button", { name: "Xem trước" }).focus();
  await page.keyboard.press("Enter");

  const heading = page.getByRole("heading", { level: 2, name: /^Thành phố Hải Phòng, ngày \d{2}\/\d{2}\/\d{4}: [\d.]+ người$/ });
  await expect(heading).toBeVisible();
  const total = Number((await heading.innerText()).match(/: ([\d.]+) người/)![1]!.replace(/\./g, ""));
  expect(total).toBeGreaterThan(50);
  // Counts by commune (today's tree has no districts) add up to the total.
  const counts = await page.getByRole("region", { name: "Số người theo đơn vị" }).getByRole("row").allInnerTexts();
  expect(counts.slice(1).reduce((s, r) => s + Number(r.split("\t").at(-1)!.replace(/\./g, "")), 0)).toBe(total);

  const persons = page.getByRole("region", { name: "Danh sách người" });
  await expect(persons.getByRole("row")).toHaveCount(51);
  await expect(persons.getByRole("columnheader", { name: "Tạm hoãn (học tập) đến" })).toBeVisible();
  await page.getByRole("button", { name: "Trang sau" }).click();
  await expect(page.getByText(/^Người thứ 51–/)).toBeVisible();
  await expect(persons.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("51");

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await page.screenshot({ path: "test-results/lists-desktop.png", fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải Excel (XLSX)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^danh-sach-military-callup-31-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = await download.createReadStream().then(async (s) => {
    const parts: Buffer[] = [];
    for await (const chunk of s) parts.push(chunk as Buffer);
    return Buffer.concat(parts);
  });
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
});

test("an officer without the list permission is neither offered lists nor given one", async ({ page }) => {
  await signIn(page, "tinh");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav.getByRole("link", { name: "Báo cáo thống kê" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Danh sách" })).toHaveCount(0);
  await page.goto("/danh-sach");
  await expect(page.getByRole("alert").filter({ hasText: /quyền/ })).toHaveText(/Bạn không có quyền lập danh sách cá nhân/);
  const file = await page.request.get("/api/lists/MILITARY_CALLUP/xlsx?unit=10507");
  expect(file.status()).toBe(403);
  expect((await file.json()).error.message).toMatch(/quyền lập danh sách/);
});

test("a collaborator is not offered the reports menu", async ({ page }) => {
  await signIn(page, "ctv");
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await expect(nav.getByRole("link", { name: "Trang chủ" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Báo cáo thống kê" })).toHaveCount(0);
});
