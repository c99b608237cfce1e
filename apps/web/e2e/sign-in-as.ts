// Signing in as a demo account (README: every demo account has the same password).
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "DanSo@2026";

export async function signIn(page: Page, login: string): Promise<void> {
  await page.goto("/dang-nhap");
  await page.getByLabel("Tên đăng nhập").fill(login);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/tai-khoan$/);
}
