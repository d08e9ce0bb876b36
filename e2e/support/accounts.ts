import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_WORKSPACE } from "../../lib/seed/demo-accounts";

export function storageStateFor(email: string): string {
  return join(process.cwd(), "e2e/.auth", `${email.replace(/\W+/g, "_")}.json`);
}

export function demoAccount(role: "admin" | "editor" | "reviewer", index = 0) {
  const account = DEMO_ACCOUNTS.filter((a) => a.role === role)[index];
  if (!account) throw new Error(`no demo ${role} #${index}`);
  return { ...account, storageState: storageStateFor(account.email) };
}

/** A member of the demo workspace alone lands in it after signing in, not on the list of workspaces. */
export async function expectLandedInDemoWorkspace(page: Page) {
  await expect(page).toHaveURL(new RegExp(`/w/${DEMO_WORKSPACE.slug}$`));
  await expect(page.getByRole("heading", { name: "Articles", exact: true })).toBeVisible();
}
