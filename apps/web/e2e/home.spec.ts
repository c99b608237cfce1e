// The home page: headline figures, Vietnamese text and font, language switch, keyboard
// access and an automated WCAG 2 A/AA scan.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Whole numbers as vi-VN writes them: 1.931.382
const VI_NUMBER = /^\d{1,3}(\.\d{3})*$/;

async function switchLanguage(page: Page, to: "English" | "Tiếng Việt") {
  await page.getByRole("group", { name: /Ngôn ngữ|Language/ }).getByRole("button", { name: to }).click();
}

test("the home page shows the national figures", async ({ page }, testInfo) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1, name: "Dân số cả nước" })).toBeVisible();
  await expect(page.getByText(/^Tính đến ngày \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();

  const figures = page.getByRole("main").locator("dl");
  await expect(figures.getByText("Dân số", { exact: true })).toBeVisible();
  await expect(figures.getByText("Số hộ dân cư")).toBeVisible();
  await expect(figures.getByText(/^Số trẻ sinh ra từ đầu năm \d{4}$/)).toBeVisible();
  const value = async (id: string) => {
    const cell = page.getByTestId(`${id}-value`);
    await expect(cell).toHaveText(VI_NUMBER);
    return Number((await cell.innerText()).replace(/\./g, ""));
  };
  // e2e/seed-data.ts generates two provinces at 1 % of their size: about 40,000 persons
  // in households of three to four, with births every month.
  const [population, households, births] = [await value("stat-population"), await value("stat-households"), await value("stat-births")];
  expect(population).toBeGreaterThan(30_000);
  expect(population / households).toBeGreaterThan(3);
  expect(population / households).toBeLessThan(4.5);
  expect(births).toBeGreaterThan(0);

  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });
});

test("Vietnamese text is rendered with the bundled Be Vietnam Pro font", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toContainText("Hệ thống thông tin chuyên ngành dân số");
  await expect(page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" })).toBeAttached();
  const loadedFaces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family);
  });
  expect(loadedFaces.length).toBeGreaterThan(0);
  const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(bodyFont).toContain(loadedFaces[0]);
});

test("the language switcher switches to English and back", async ({ page }) => {
  await page.goto("/");
  await switchLanguage(page, "English");
  await expect(page.getByRole("heading", { level: 1, name: "Population of Viet Nam" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Households", { exact: true })).toBeVisible();
  // The choice is a cookie: it survives a reload.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Population of Viet Nam" })).toBeVisible();

  await switchLanguage(page, "Tiếng Việt");
  await expect(page.getByRole("heading", { level: 1, name: "Dân số cả nước" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test("keyboard: the skip link comes first and moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

for (const language of ["Tiếng Việt", "English"] as const) {
  test(`no WCAG 2 A/AA violations (${language})`, async ({ page }) => {
    await page.goto("/");
    if (language === "English") await switchLanguage(page, "English");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations).toEqual([]);
  });
}
