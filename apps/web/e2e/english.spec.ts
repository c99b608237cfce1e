// The English switch is complete: the main signed-in pages, read in English, show no
// Vietnamese word outside proper names (units, persons, areas), nor any marked as written by
// the register (addresses, translate="no") or as Vietnamese (lang="vi": the product name,
// the "Tiếng Việt" button). Level, type, role, unit-of-measure and method names are checked
// by name too; the 404 page follows the chosen language in both directions; a sign-in
// refusal comes in English. Every screen is scanned with axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./sign-in-as";

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
}

/** The language switch's cookie, as its English button sets it. */
async function english(page: Page) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: test.info().project.use.baseURL! }]);
}

/**
 * The Vietnamese left on the page once proper names are taken out, text node by text node
 * (options of lists included). A proper name is a unit's or area's name (its type word and
 * capitalised words: "Thành phố Hải Phòng", "Tổ dân phố 1") or a run of capitalised words
 * ("Nguyễn Thị Trang", "Việt Nam"); a lone capitalised word ("Kinh") is a name too, unless
 * it is a unit type used as a label ("Phường", "Tỉnh/Thành phố").
 */
async function vietnameseLeft(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script, style, [lang="vi"], [translate="no"]')) continue;
      const text = n.textContent?.trim();
      if (text) found.push(text);
    }
    return found;
  });
  const types = "Thành phố Trung ương|Thành phố|Thị xã|Thị trấn|Đặc khu|Tổ dân phố|Khu phố|Tỉnh|Huyện|Quận|Phường|Xã|Thôn|Xóm|Ấp|Bản|Khu";
  const unitName = new RegExp(`(?:${types})(?: [\\p{Lu}\\d][\\p{L}\\p{M}\\d]*)+`, "gu");
  // A word of a name: a capital, then letters, hyphens and apostrophes ("Tà-ôi", "H'Mông").
  const nameRun = /\p{Lu}[\p{L}\p{M}'-]*(?: \p{Lu}[\p{L}\p{M}'-]*)+/gu;
  const typeWord = new RegExp(`^(?:${types})$`, "u");
  const loneName = /\p{Lu}[\p{L}\p{M}'-]*/gu;
  const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
  const left = texts.map((t) => t.replace(unitName, " ").replace(nameRun, " ").replace(loneName, (w) => (typeWord.test(w) ? w : " ")));
  return [...new Set(texts.filter((_, i) => vietnamese.test(left[i]!)))];
}

async function expectAllEnglish(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await vietnameseLeft(page)).toEqual([]);
}

test("a province officer's pages in English: role, levels, unit types, units of measure", async ({ page }) => {
  await signIn(page, "tinh");
  await english(page);

  await page.goto("/tai-khoan");
  await expect(page.getByTestId("account-role")).toHaveText("Province officer");
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expectAllEnglish(page);

  await page.goto("/lam-viec");
  await expect(page.getByText(/^Province\/City, code 31 · /)).toBeVisible();
  await expect(page.getByRole("heading", { name: /units below \(Commune\/Ward\/Township\)$/ })).toBeVisible();
  await expectAllEnglish(page);
  await axe(page);

  await page.goto("/don-vi?ma=10507");
  const detail = page.getByTestId("unit-detail");
  await expect(detail.getByRole("heading", { name: /^Phường Thành Đông$/ })).toBeVisible();
  await expect(detail.getByRole("definition").filter({ hasText: "Ward (Commune/Ward/Township)" })).toBeVisible();
  await expect(detail.getByText(/^Since 1 July 2025/).first()).toBeVisible();
  await expectAllEnglish(page);

  await page.goto("/bao-cao");
  await page.getByRole("button", { name: "Show figures" }).click();
  const table = page.getByRole("region", { name: /^Form / }).getByRole("table");
  await expect(table.getByRole("cell", { name: "persons", exact: true }).first()).toBeVisible();
  await expect(table.getByRole("cell", { name: "households", exact: true }).first()).toBeVisible();
  await expectAllEnglish(page);
  await axe(page);

  await page.goto("/ban-do");
  await expect(page.getByRole("heading", { name: /^Legend/ })).toBeVisible();
  await expectAllEnglish(page);
});

test("a commune officer's register in English: relations, methods, change types", async ({ page }) => {
  await signIn(page, "xa");
  await english(page);
  await page.goto("/so-ho");
  // A household's sheet (not the form that opens a new one).
  const households = page.locator('a[href^="/ho-gia-dinh/"]:not([href="/ho-gia-dinh/moi"])');
  await expect(households.first()).toBeVisible();
  await expectAllEnglish(page);

  await households.first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Household / })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Members/ })).toBeVisible();
  await expectAllEnglish(page);
  await axe(page);

  await page.locator('a[href^="/nhan-khau/"]').first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAllEnglish(page);

  await page.goto("/xac-minh-bien-dong");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAllEnglish(page);
});

test("the administrator's and the list exporter's pages in English", async ({ page, browser }) => {
  await signIn(page, "quantri");
  await english(page);
  await page.goto("/quan-tri/nguoi-dung");
  await expect(page.getByRole("list", { name: "Accounts on abolished units" })).toBeVisible();
  await page.getByRole("button", { name: "Create a new account" }).click();
  await expect(page.getByLabel("Role").getByRole("option", { name: "Population collaborator" })).toBeAttached();
  await expectAllEnglish(page);

  await page.goto("/nhat-ky");
  await expect(page.getByRole("heading", { level: 1, name: "Access log" })).toBeVisible();
  await expectAllEnglish(page);

  const context = await browser.newContext();
  const exporter = await context.newPage();
  await signIn(exporter, "danhsach");
  await english(exporter);
  await exporter.goto("/danh-sach");
  await expect(exporter.getByText(/^Basis:/)).toBeVisible();
  await expectAllEnglish(exporter);
  await context.close();
});

test("the 404 page follows the chosen language", async ({ page }) => {
  const vi = await page.goto("/khong-co-trang-nay");
  expect(vi?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Về trang chủ" })).toHaveAttribute("href", "/");
  await expect(page.getByText("This page could not be found")).toHaveCount(0);
  await axe(page);

  await english(page);
  const en = await page.goto("/khong-co-trang-nay");
  expect(en?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
  await expectAllEnglish(page);
  await axe(page);
});

test("a refused sign-in is said in English on the English page", async ({ page }) => {
  await page.goto("/dang-nhap");
  await english(page);
  await page.reload();
  await page.getByLabel("Login").fill("khong.co.ai");
  await page.getByLabel("Password").fill("Sai-mat-khau-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong login or password.");
});
