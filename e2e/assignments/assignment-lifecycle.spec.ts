// An editor assigns reviewers; a reviewer's verdicts finish their assignment, which moves to
// "Done" in their queue; the editor withdraws another, which leaves that reviewer's queue; the
// reviewer marks one done from the keyboard.
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { seriousAxeViolations } from "../support/reader";

const CLAIMS = ["The tunnel cost $3.4 billion", "It carries 40,000 cars a day"];

/** A fresh article with two claims, made through the API as the editor. */
async function makeArticle(request: APIRequestContext, title: string): Promise<string> {
  const workspaces = (await (await request.get("/api/v1/workspaces")).json()) as {
    data: { id: string; slug: string }[];
  };
  const workspaceId = workspaces.data.find((w) => w.slug === "demo")!.id;
  // As the browser would send it: the API refuses cookie-authenticated writes from other origins.
  const headers = { origin: new URL(await request.get("/api/health").then((r) => r.url())).origin };
  const article = await request.post(`/api/v1/workspaces/${workspaceId}/articles`, {
    headers,
    data: { content: `# ${title}\n\n${CLAIMS[0]}, the city said.\n\n${CLAIMS[1]}.`, metadata: { title } },
  });
  expect(article.status()).toBe(201);
  const articleId = ((await article.json()) as { data: { id: string } }).data.id;
  for (const exact of CLAIMS) {
    const claim = await request.post(`/api/v1/workspaces/${workspaceId}/articles/${articleId}/claims`, {
      headers,
      data: { selector: [{ type: "TextQuoteSelector", exact }] },
    });
    expect(claim.status()).toBe(201);
  }
  return articleId;
}

async function assign(editor: Page, reviewer: string) {
  const form = editor.getByRole("form", { name: "New assignment" });
  if (!(await form.isVisible())) await editor.getByRole("button", { name: "Assign reviewers" }).click();
  await form.getByRole("checkbox", { name: reviewer }).check();
  await form.getByLabel("Due").fill("2999-12-31");
  await form.getByRole("button", { name: "Assign" }).click();
  // The form closes once the assignment is saved; opening it again would race the save otherwise.
  await expect(form).toBeHidden();
  await expect(editor.getByText("1 assignment created.")).toBeVisible();
}

async function rate(page: Page, claim: string) {
  await page.getByRole("button", { name: new RegExp(claim.slice(0, 20).replace(/[$.]/g, "\\$&")) }).click();
  const verdicts = page.getByRole("region", { name: "Verdicts" });
  await verdicts.getByLabel("True", { exact: true }).check();
  await verdicts.getByLabel("Confidence (%)").fill("90");
  await verdicts.getByRole("button", { name: "Submit verdict" }).click();
  await expect(verdicts.getByRole("article", { name: /Verdict by/ }).first()).toBeVisible();
  await page.getByRole("button", { name: /All claims/ }).click();
}

test("assignments: verdicts finish one, an editor withdraws another, a reviewer marks one done by keyboard", async ({
  browser,
}) => {
  // Three people, a dozen pages and a production build on a shared machine: more than the default minute.
  test.setTimeout(180_000);
  const title = `Tunnel costs ${randomBytes(3).toString("hex")}`;
  const editorContext = await browser.newContext({ storageState: demoAccount("editor").storageState });
  const editor = await editorContext.newPage();
  const ravi = await (await browser.newContext({ storageState: demoAccount("reviewer", 0).storageState })).newPage();
  const rosa = await (await browser.newContext({ storageState: demoAccount("reviewer", 1).storageState })).newPage();
  const articleId = await makeArticle(editorContext.request, title);
  const articlePath = `/w/demo/articles/${articleId}`;

  await editor.goto(articlePath);
  await assign(editor, "Rosa Reviewer");
  await assign(editor, "Ravi Reviewer");
  await assign(editor, "Ravi Reviewer");
  const assignments = editor.getByRole("region", { name: /Assignments \(\d+ open\)/ });
  await expect(assignments).toContainText("Assignments (3 open)");
  await expect(assignments.getByText(/Rosa Reviewer · whole article/)).toBeVisible();

  // The editor withdraws one of Ravi's two.
  await assignments.getByRole("button", { name: "Withdraw Ravi Reviewer's assignment" }).first().click();
  await expect(assignments).toContainText("Assignments (2 open)");
  await expect(assignments.getByText("Done and withdrawn (1)")).toBeVisible();

  // The article list shows who is on the article, with due date and progress.
  await editor.goto("/w/demo");
  const item = editor.getByRole("listitem").filter({ has: editor.getByRole("link", { name: title }) });
  const onArticle = item.getByRole("list", { name: "Open assignments" });
  await expect(onArticle).toContainText("Rosa Reviewer · due 31 Dec 2999 · 0/2 claims");
  await expect(onArticle).toContainText("Ravi Reviewer · due 31 Dec 2999 · 0/2 claims");

  // Rosa's queue has the article, with her progress; her verdicts on both claims finish it.
  await rosa.goto("/w/demo/queue");
  const rosaOpen = rosa.getByRole("region", { name: /^Open/ });
  await expect(rosaOpen.getByRole("listitem").filter({ hasText: title })).toContainText("Your verdicts: 0/2 claims");
  await rosaOpen.getByRole("link", { name: title }).click();
  await expect(rosa.getByText("Live", { exact: true })).toBeVisible();
  for (const claim of CLAIMS) await rate(rosa, claim);
  await rosa.goto("/w/demo/queue");
  await expect(rosa.getByRole("region", { name: /^Open/ }).getByText(title)).toHaveCount(0);
  const rosaDone = rosa.getByRole("region", { name: "Done" }).getByRole("listitem").filter({ hasText: title });
  await expect(rosaDone).toContainText("Your verdicts: 2/2 claims");

  // Ravi sees only the assignment that was not withdrawn, and marks it done from the keyboard.
  await ravi.goto("/w/demo/queue");
  const raviOpen = ravi.getByRole("region", { name: /^Open/ });
  await expect(raviOpen.getByRole("listitem").filter({ hasText: title })).toHaveCount(1);
  expect(await seriousAxeViolations(ravi)).toEqual([]);
  const markDone = raviOpen.getByRole("button", { name: `Mark done: ${title}` });
  await markDone.focus();
  await ravi.keyboard.press("Enter");
  await expect(ravi.getByRole("region", { name: "Done" }).getByText(title)).toBeVisible();
  await expect(raviOpen.getByText(title)).toHaveCount(0);
  await expect(ravi.getByRole("heading", { name: "Done" })).toBeFocused();

  // The article list no longer shows anyone on the article.
  await editor.goto("/w/demo");
  await expect(item).toBeVisible();
  await expect(onArticle).toHaveCount(0);
});
