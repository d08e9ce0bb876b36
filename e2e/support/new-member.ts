// A new person in the demo workspace, as it happens in Margin: an admin makes an invite link on the
// Members page, the person opens it, creates an account and joins.
import { expect, type Browser, type Page } from "@playwright/test";

export async function inviteToDemo(admin: Page, options: { email: string; role: "reviewer" | "viewer" | "editor" }) {
  await admin.goto("/w/demo/members");
  await admin.getByLabel("E-mail").fill(options.email);
  await admin.getByLabel("Role", { exact: true }).selectOption(options.role);
  await admin.getByRole("button", { name: "Create invite link" }).click();
  return admin.getByLabel("Invite link").inputValue();
}

/** Opens the invite in a fresh browser, creates the account and joins; answers the signed-in page. */
export async function joinWithNewAccount(
  browser: Browser,
  options: { link: string; name: string; email: string; password: string },
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(options.link);
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill(options.name);
  await page.getByLabel("E-mail").fill(options.email);
  await page.getByLabel("Password").fill(options.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: `Join as ${options.name}` }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  return page;
}
