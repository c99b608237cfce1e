// The population map from the browser: a central officer maps TFR for the last full year by
// province, steps back across the 1 July 2025 reform (the outlines switch), drills into a
// province by clicking it and into a district from the table with the keyboard, changes the
// classification and the period, and the URL restores the same view; downloads; a province
// officer sees other provinces as outside their scope; bad manual breaks change nothing.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in-as";

const lastYear = new Date().getFullYear() - 1;
/** The units' shapes (bubbles are paths too, without a unit class). */
const paths = (page: Page) => page.locator('.leaflet-overlay-pane path[class*="unit-"]');
const legendClasses = (page: Page) => page.getByTestId("legend-class");

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

test("a central officer maps TFR by province, drills down to a district's communes, and the URL restores the view", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "trunguong");
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Bản đồ dân số" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bản đồ dân số" })).toBeVisible();
  await page.getByLabel("Chỉ tiêu").selectOption({ label: "Tổng tỷ suất sinh (TFR)" });
  await expect(page.getByTestId("period-label")).toHaveText(`Năm ${lastYear}`);
  // Today's tree: the 34 provinces; the city with a register valued and classified.
  await expect(paths(page)).toHaveCount(34, { timeout: 60_000 });
  await expect(page.getByTestId("tree-note")).toContainText("34 tỉnh");
  const table = page.getByTestId("map-table");
  await expect(table.getByRole("row")).toHaveCount(35);
  await expect(table.getByRole("row").filter({ hasText: "Thành phố Hải Phòng (31)" })).toContainText(/Lớp \d/);
  await axe(page);

  // One year back crosses the reform: the 63 provinces of the old tree.
  const slider = page.getByRole("slider", { name: /Kỳ/ });
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("period-label")).toHaveText(`Năm ${lastYear - 1}`);
  await expect(page.getByTestId("tree-note")).toContainText("ranh giới đã chuyển sang Danh mục trước sắp xếp");
  await expect(paths(page)).toHaveCount(63, { timeout: 60_000 });

  // A click on Hải Dương on the map: its 12 districts.
  await page.locator("path.unit-30").click();
  await expect(page.getByRole("navigation", { name: "Đường dẫn đơn vị" })).toContainText("Tỉnh Hải Dương");
  await expect(paths(page)).toHaveCount(12, { timeout: 60_000 });
  await expect(page).toHaveURL(/within=30&level=2/);

  // A district from the table, with the keyboard: its communes in a bar chart, the district outlined.
  const drill = page.getByRole("button", { name: /^Xem cấp dưới\s*: Thành phố Hải Dương$/ });
  await drill.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Biểu đồ và bảng số liệu các đơn vị" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Cấp này chưa có ranh giới/)).toBeVisible();
  await expect(paths(page)).toHaveCount(1);
  // Its 24 communes of the 2025-03 list, and the header row.
  await expect(page.getByTestId("map-table").getByRole("row")).toHaveCount(25);

  // Classification and period.
  await page.getByLabel("Phương pháp").selectOption("EQUAL_INTERVAL");
  await page.getByLabel("Số lớp").selectOption("3");
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("period-label")).toHaveText(`Năm ${lastYear - 2}`);
  await expect(page).toHaveURL(/method=EQUAL_INTERVAL/);
  await expect(page.getByTestId("map-table").getByRole("row")).toHaveCount(25, { timeout: 60_000 });
  const classes = await legendClasses(page).allTextContents();
  expect(classes.length).toBeGreaterThanOrEqual(3);
  const crumbs = (await page.getByRole("navigation", { name: "Đường dẫn đơn vị" }).textContent())!;
  expect(crumbs).toBe("Việt Nam›Tỉnh Hải Dương›Thành phố Hải Dương");
  await axe(page);

  // The same URL in a new page gives the same view.
  const url = page.url();
  const again = await page.context().newPage();
  await again.goto(url);
  await expect(again.getByTestId("period-label")).toHaveText(`Năm ${lastYear - 2}`);
  await expect(again.getByRole("navigation", { name: "Đường dẫn đơn vị" })).toHaveText(crumbs, { timeout: 60_000 });
  await expect(legendClasses(again)).toHaveText(classes);
  await expect(again.getByLabel("Phương pháp")).toHaveValue("EQUAL_INTERVAL");
  await expect(paths(again)).toHaveCount(1);
  await again.screenshot({ path: test.info().outputPath("map-communes.png"), fullPage: true });

  // Back up by the breadcrumbs: the nation of the old tree.
  await again.getByRole("navigation", { name: "Đường dẫn đơn vị" }).getByRole("button", { name: "Việt Nam" }).click();
  await expect(paths(again)).toHaveCount(63, { timeout: 60_000 });

  // Downloads: the figures as CSV (one line per unit) and the view as PNG.
  const [csv] = await Promise.all([again.waitForEvent("download"), again.getByRole("button", { name: "Tải số liệu CSV" }).click()]);
  expect(csv.suggestedFilename()).toBe(`ban-do-TFR-VN-${lastYear - 2}.csv`);
  const text = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text.trim().split("\r\n")).toHaveLength(2 + 63);
  const [png] = await Promise.all([again.waitForEvent("download"), again.getByRole("button", { name: "Tải ảnh PNG" }).click()]);
  expect(png.suggestedFilename()).toBe(`ban-do-TFR-VN-${lastYear - 2}.png`);
  const bytes = await (await png.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
});

test("a province officer sees their city valued and the other provinces outside their scope", async ({ page }) => {
  await signIn(page, "tinh");
  await page.goto("/ban-do?indicator=POP_END&within=VN&level=1&bubble=POP_END");
  await expect(paths(page)).toHaveCount(34, { timeout: 60_000 });
  await expect(page.getByTestId("legend")).toContainText("Ngoài phạm vi của bạn");
  const rows = page.getByTestId("map-table").getByRole("row");
  await expect(rows.filter({ hasText: "Ngoài phạm vi của bạn" })).toHaveCount(33);
  // The city's population as a bubble over its shape.
  await expect(page.locator('.leaflet-overlay-pane path:not([class*="unit-"])')).toHaveCount(1);
  // Manual breaks that do not increase: a Vietnamese message, the view unchanged.
  await page.getByLabel("Phương pháp").selectOption("MANUAL");
  await page.getByLabel("Ngưỡng phân lớp").fill("500; 100");
  await page.getByRole("button", { name: "Áp dụng ngưỡng" }).click();
  await expect(page.getByText("Các ngưỡng phải tăng dần và không trùng nhau.")).toBeVisible();
  await expect(page).not.toHaveURL(/breaks=/);
  await page.getByLabel("Ngưỡng phân lớp").fill("1000; 100000");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/breaks=1000%3B\+100000/);
  await expect(legendClasses(page)).toHaveCount(3);
});

test("the map fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, "trunguong");
  await page.goto("/ban-do");
  await expect(paths(page)).toHaveCount(34, { timeout: 60_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: test.info().outputPath("map-phone.png"), fullPage: true });
  await axe(page);
});

test("a collaborator is offered no map", async ({ page }) => {
  await signIn(page, "ctv");
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Bản đồ dân số" })).toHaveCount(0);
  await page.goto("/ban-do");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Tài khoản của bạn không có quyền xem số liệu thống kê.");
});

const square = (x: number, y: number) => [[[x, y], [x + 0.05, y], [x + 0.05, y + 0.05], [x, y + 0.05], [x, y]]];
const boundaryFile = (...features: [string, number[][][]][]) => Buffer.from(JSON.stringify({
  type: "FeatureCollection",
  features: features.map(([code, coordinates]) => ({ type: "Feature", properties: { code }, geometry: { type: "Polygon", coordinates } })),
}));

test("an administrator imports commune boundaries: a bad file changes nothing, a good one is drawn", async ({ page }) => {
  await signIn(page, "quantri");
  await page.goto("/ban-do");
  const section = page.getByRole("region", { name: "Nhập ranh giới bản đồ" });
  await section.getByLabel("Danh mục đơn vị").selectOption("2025-07");
  await section.getByLabel("Cấp").selectOption("3");
  await section.getByLabel("Tệp ranh giới").setInputFiles({ name: "xa.geojson", mimeType: "application/json",
    buffer: boundaryFile(["10507", square(106.3, 20.9)], ["99999", square(106.4, 20.9)], ["10525", square(2.3, 48.8)]) });
  await section.getByRole("button", { name: "Kiểm tra và nhập" }).click();
  const refusal = section.getByRole("alert");
  await expect(refusal).toContainText("Tệp ranh giới không được nhập: 2 lỗi, chưa có gì thay đổi.");
  await expect(refusal.getByRole("listitem")).toHaveText([
    "Đối tượng 2 (mã 99999): mã không có trong danh mục đơn vị của cấp và thời kỳ đã chọn.",
    "Đối tượng 3 (mã 10525): toạ độ (2.3, 48.8) nằm ngoài lãnh thổ Việt Nam (cần kinh độ, vĩ độ WGS 84).",
  ]);
  await expect(section.getByTestId("boundary-sets")).toHaveCount(0);

  await section.getByLabel("Tệp ranh giới").setInputFiles({ name: "xa.geojson", mimeType: "application/json",
    buffer: boundaryFile(["10507", square(106.3, 20.9)], ["10525", square(106.35, 20.9)]) });
  await section.getByRole("button", { name: "Kiểm tra và nhập" }).click();
  await expect(section.getByRole("status")).toContainText("Đã nhập ranh giới của 2 đơn vị");
  await expect(section.getByTestId("boundary-sets")).toContainText("xa.geojson");
  await axe(page);

  // The city's communes are drawn from the imported shapes from now on.
  await page.goto("/ban-do?indicator=POP_END&within=31&level=3");
  await expect(paths(page)).toHaveCount(2, { timeout: 60_000 });
  await expect(page.locator("path.unit-10507")).toHaveCount(1);
  await expect(page.getByText(/Cấp này chưa có ranh giới/)).toHaveCount(0);
});

test("anyone reads the published figures on the public map, small commune counts withheld", async ({ browser }) => {
  test.setTimeout(180_000);
  // The city's report for 2025 Q4: generated, approved, signed and published.
  const gql = async (login: string, query: string) => {
    const page = await browser.newPage();
    await signIn(page, login);
    const r = await page.request.post("/api/graphql", { data: { query }, headers: { "content-type": "application/json" } });
    const json = (await r.json()) as { data?: Record<string, { id: string }>; errors?: unknown };
    await page.close();
    expect(json.errors).toBeUndefined();
    return Object.values(json.data!)[0]!.id;
  };
  const id = await gql("tinh", `mutation { generateReport(form: "DST-QUY", unitCode: "31", period: "2025-Q4") { id } }`);
  await gql("pheduyet", `mutation { approveReport(id: "${id}") { id } }`);
  await gql("pheduyet", `mutation { signReport(id: "${id}") { id } }`);

  // Signed but not yet published: the public does not see the period.
  const visitor = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await visitor.goto("/ban-do-cong-bo?within=31");
  await expect(visitor.getByRole("heading", { level: 1, name: "Bản đồ số liệu đã công bố" })).toBeVisible();
  await expect(visitor.getByText(/Chưa có báo cáo nào được công bố|Kỳ đã công bố/).first()).toBeVisible({ timeout: 30_000 });
  if (await visitor.getByLabel("Kỳ đã công bố").count()) await expect(visitor.getByLabel("Kỳ đã công bố")).not.toContainText("2025 Q4");

  await gql("congbo", `mutation { publishReport(id: "${id}") { id } }`);
  await visitor.goto("/ban-do-cong-bo?within=31&period=2025-Q4");
  await expect(visitor.getByTestId("published-report")).toContainText(`báo cáo số ${id} (biểu DST-QUY`, { timeout: 60_000 });
  // The city's 114 communes in the table; on the map the city's outline, or the communes
  // an administrator imported boundaries for.
  await expect(visitor.getByTestId("map-table").getByRole("row")).toHaveCount(115);
  await expect(paths(visitor)).not.toHaveCount(0, { timeout: 60_000 });
  await axe(visitor);
  await visitor.screenshot({ path: test.info().outputPath("public-map.png"), fullPage: true });

  // Births of a quarter are small numbers in most communes: withheld, and said so.
  await visitor.getByLabel("Chỉ tiêu").selectOption({ label: "Tổng số trẻ sinh ra trong kỳ" });
  await expect(visitor.getByTestId("legend-suppressed")).toHaveText(/^\d+ đơn vị$/, { timeout: 60_000 });
  const rows = visitor.getByTestId("map-table").getByRole("row");
  await expect(rows.filter({ hasText: "Không công bố (số nhỏ)" }).first()).toBeVisible();
  // The signature check is one click away.
  await visitor.getByRole("link", { name: "Kiểm tra chữ ký của báo cáo" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/xac-minh-bao-cao\\?so=${id}$`));
});
