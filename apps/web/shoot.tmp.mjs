import { chromium } from "@playwright/test";
const base = "http://localhost:3000";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
async function session(login, width, locale) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: "vi-VN" });
  const page = await ctx.newPage();
  await page.goto(`${base}/dang-nhap`);
  await page.getByLabel("Tên đăng nhập").fill(login);
  await page.getByLabel("Mật khẩu").fill("DanSo@2026");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(/tai-khoan/);
  if (locale === "en") { await page.getByRole("button", { name: "English" }).click(); await page.waitForTimeout(800); }
  return page;
}
const [, , login, width, locale, ...paths] = process.argv;
const page = await session(login, Number(width), locale);
for (const p of paths) {
  await page.goto(base + p);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1500);
  const name = `${login}-${width}-${locale}-${p.replace(/[^a-z0-9]+/gi, "_")}.png`;
  await page.screenshot({ path: `/tmp/shots/${name}`, fullPage: true });
  console.log(name);
}
await browser.close();
