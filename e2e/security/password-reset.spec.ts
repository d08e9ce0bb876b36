// Password reset without a mail server: "Forgot password?" says to ask an admin (the same answer
// for any address); an admin makes a one-time link on the Members page (by keyboard); following it
// sets a new password, signs this browser in, and signs out every other browser; the link then
// no longer works.
import { expect, test } from "@playwright/test";
import { demoAccount, expectLandedInDemoWorkspace } from "../support/accounts";
import { inviteToDemo, joinWithNewAccount } from "../support/new-member";

const OLD = "a sturdy first password 3";
const NEW = "violet anchor seven lamps";

test("an admin's one-time reset link sets a new password and ends the person's other sessions", async ({ browser }) => {
  test.setTimeout(120_000);
  const email = `rhea.reset.${Date.now()}@example.test`;
  const ada = await (await browser.newContext({ storageState: demoAccount("admin").storageState })).newPage();
  const invite = await inviteToDemo(ada, { email, role: "reviewer" });
  const rhea = await joinWithNewAccount(browser, { link: invite, name: "Rhea Reset", email, password: OLD });
  expect((await rhea.request.get("/api/v1/workspaces")).status()).toBe(200);

  // Without SMTP_URL, "Forgot password?" answers the same for a known and an unknown address.
  const forgot = await (await browser.newContext()).newPage();
  const answers: string[] = [];
  for (const address of [email, `nobody.${Date.now()}@example.test`]) {
    await forgot.goto("/sign-in");
    await forgot.getByRole("link", { name: "Forgot password?" }).click();
    await expect(forgot.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await forgot.getByLabel("E-mail").fill(address);
    await forgot.getByRole("button", { name: "Send reset link" }).click();
    answers.push(await forgot.getByText(/Ask an admin of your workspace/).innerText());
  }
  expect(answers[0]).toBe(answers[1]);

  await ada.reload();
  const resetButton = ada.getByRole("button", { name: "Reset link for Rhea Reset" });
  await resetButton.focus();
  await ada.keyboard.press("Enter");
  const link = await ada.getByLabel("Password reset link for Rhea Reset").inputValue();
  expect(link).toMatch(/\/reset-password\//);

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(link);
  await expect(fresh.getByText(email)).toBeVisible();
  await fresh.getByLabel("New password").fill("password12");
  await fresh.getByRole("button", { name: "Set new password" }).click();
  await expect(fresh.getByText(/too easy to guess/).first()).toBeVisible();
  await fresh.getByLabel("New password").fill(NEW);
  await fresh.getByRole("button", { name: "Set new password" }).click();
  await expectLandedInDemoWorkspace(fresh);

  // The browser signed in before the reset is signed out; the link is used up.
  expect((await rhea.request.get("/api/v1/workspaces")).status()).toBe(401);
  await fresh.goto(link);
  await expect(fresh.getByText(/This reset link is not valid any more/)).toBeVisible();

  const again = await (await browser.newContext()).newPage();
  await again.goto("/sign-in");
  await again.getByLabel("E-mail").fill(email);
  await again.getByLabel("Password").fill(OLD);
  await again.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(again.getByText("That e-mail and password do not match an account.")).toBeVisible();
  await again.getByLabel("Password").fill(NEW);
  await again.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectLandedInDemoWorkspace(again);
});
