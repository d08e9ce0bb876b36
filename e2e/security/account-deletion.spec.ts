// Deleting one's account from Settings: the password is asked, the browser is signed out and its
// old cookie opens nothing, the members list no longer shows the person, and the e-mail can sign up
// again. (What they wrote staying as "deleted user": lib/users/delete-account.int.test.ts.)
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { inviteToDemo, joinWithNewAccount } from "../support/new-member";

const PASSWORD = "a sturdy leaving password 5";

test("a person deletes their account: signed out everywhere, gone from the members, the e-mail free", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `dora.delete.${Date.now()}@example.test`;
  const ada = await (await browser.newContext({ storageState: demoAccount("admin").storageState })).newPage();
  const invite = await inviteToDemo(ada, { email, role: "reviewer" });
  const dora = await joinWithNewAccount(browser, { link: invite, name: "Dora Delete", email, password: PASSWORD });
  const cookie = (await dora.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;

  await dora.goto("/settings");
  dora.on("dialog", (dialog) => void dialog.accept());
  await dora.getByLabel("Your password").fill("not my password at all");
  await dora.getByRole("button", { name: "Delete my account" }).click();
  await expect(dora.getByText("That is not your password.")).toBeVisible();
  await dora.getByLabel("Your password").fill(PASSWORD);
  await dora.getByLabel("Your password").press("Enter");
  await expect(dora).toHaveURL(/\/sign-in/);

  const copy = await browser.newContext();
  await copy.addCookies([cookie]);
  expect((await copy.request.get("/api/v1/workspaces")).status()).toBe(401);

  await ada.reload();
  await expect(ada.getByRole("cell", { name: email })).toHaveCount(0);

  const again = await (await browser.newContext()).newPage();
  await again.goto("/sign-up");
  await again.getByLabel("Name").fill("Dora Again");
  await again.getByLabel("E-mail").fill(email);
  await again.getByLabel("Password").fill(PASSWORD);
  await again.getByRole("button", { name: "Create account" }).click();
  await expect(again.getByRole("heading", { name: "Your workspaces" })).toBeVisible();
});
