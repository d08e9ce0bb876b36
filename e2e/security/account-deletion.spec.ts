// Deleting one's account from Settings: the password is asked, the browser is signed out and its
// old cookie opens nothing, the members list no longer shows the person, and the e-mail can sign up
// again. (What they wrote staying as "deleted user": lib/users/delete-account.int.test.ts.)
import { expect, test } from "@playwright/test";
import { demoAccount } from "../support/accounts";

const PASSWORD = "a sturdy leaving password 5";

test("a person deletes their account: signed out everywhere, gone from the members, the e-mail free", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `dora.delete.${Date.now()}@example.test`;
  const ada = await (await browser.newContext({ storageState: demoAccount("admin").storageState })).newPage();
  await ada.goto("/w/demo/members");
  await ada.getByLabel("E-mail").fill(email);
  await ada.getByLabel("Role", { exact: true }).selectOption("reviewer");
  await ada.getByRole("button", { name: "Create invite link" }).click();
  const invite = await ada.getByLabel("Invite link").inputValue();

  const dora = await (await browser.newContext()).newPage();
  await dora.goto(invite);
  await dora.getByRole("link", { name: "Create an account" }).click();
  await dora.getByLabel("Name").fill("Dora Delete");
  await dora.getByLabel("E-mail").fill(email);
  await dora.getByLabel("Password").fill(PASSWORD);
  await dora.getByRole("button", { name: "Create account" }).click();
  await dora.getByRole("button", { name: "Join as Dora Delete" }).click();
  await expect(dora.getByRole("heading", { name: "Articles" })).toBeVisible();
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
