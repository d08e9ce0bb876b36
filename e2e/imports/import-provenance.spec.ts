// A reviewer imports files whose annotations name other members as their authors: everything lands
// as the reviewer's, and the reader says who the file named.
import { expect, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";
import { openDemoArticle } from "../support/reader";

test.use({ storageState: demoAccount("reviewer", 0).storageState });

const ARTICLE = /Though North Korea remains/;
const THREAD_QUOTE = "the overall success rate easily tops 40 percent";
const ASSESSED_QUOTE = "language barriers and their lack of fundamental understanding";

const hypothesisFile = {
  export_date: "2016-12-10T00:00:00.000Z",
  annotations: [
    {
      id: "e2e-hyp-root",
      created: "2016-12-01T10:00:00.000000+00:00",
      user: "acct:elena@hypothes.is",
      user_info: { display_name: "Elena Editor" },
      text: "Who measured this rate?",
      tags: [],
      target: [{ selector: [{ type: "TextQuoteSelector", exact: THREAD_QUOTE }] }],
    },
    {
      id: "e2e-hyp-reply",
      created: "2016-12-02T10:00:00.000000+00:00",
      user: "acct:rosa@hypothes.is",
      user_info: { display_name: "Rosa Reviewer" },
      text: "Infocomm's own figure.",
      references: ["e2e-hyp-root"],
      target: [{}],
    },
  ],
};

const w3cFile = {
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: "https://tool.example/anno/e2e-1",
  type: "Annotation",
  target: { source: "https://elsewhere.example/story", selector: { type: "TextQuoteSelector", exact: ASSESSED_QUOTE } },
  body: [
    {
      id: "https://tool.example/anno/e2e-1#final",
      type: "TextualBody",
      purpose: "assessing",
      value: "False: they did understand markets.",
      "margin:rating": "False",
      "margin:final": true,
      "margin:published": true,
      creator: { type: "Person", name: "Elena Editor", email: "editor@margin.test" },
      created: "2016-12-03T10:00:00Z",
    },
    {
      id: "https://tool.example/anno/e2e-1#verdict",
      type: "TextualBody",
      purpose: "assessing",
      value: "Mostly true",
      "margin:rating": "Mostly true",
      "margin:confidence": 70,
      creator: { type: "Person", name: "Rosa Reviewer", email: "rosa@margin.test" },
      created: "2016-12-04T10:00:00Z",
    },
  ],
};

async function importFile(page: Page, name: string, content: unknown) {
  const panel = page.locator("details").filter({ hasText: "Export and import" });
  if ((await panel.getAttribute("open")) === null) await page.getByText("Export and import", { exact: true }).click();
  await page
    .getByLabel(/Import annotations/)
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(content)) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText(/Everything imported is yours in Margin/)).toBeVisible();
}

async function openClaim(page: Page, quote: string) {
  await page
    .getByRole("list", { name: "Claims in reading order" })
    .getByRole("button", { name: new RegExp(quote.slice(0, 30)) })
    .click();
  await expect(page.getByRole("heading", { name: "Claim", exact: true })).toBeVisible();
  await expect(page).toHaveURL(/[?&]claim=/);
  return new URL(page.url()).searchParams.get("claim")!;
}

/** The claim as the API answers it to whoever `page` is signed in as. */
async function claimFromApi(page: Page, claimId: string) {
  const workspaces = (await (await page.request.get("/api/v1/workspaces")).json()) as {
    data: { id: string; slug: string }[];
  };
  const workspaceId = workspaces.data.find((w) => w.slug === "demo")!.id;
  const response = await page.request.get(`/api/v1/workspaces/${workspaceId}/claims/${claimId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: ClaimAnswer }).data;
}

type ClaimAnswer = {
  claim: { createdBy: { name: string } };
  notes: { author: { name: string }; body: string; provenance: { creator: string } | null }[];
  verdicts: { mine: unknown; others: { reviewer: { name: string } }[] | null; finalVerdict: unknown };
};

test("a reviewer's import of files naming other members: the notes are the reviewer's, the reader says who the file named", async ({
  page,
  browser,
}) => {
  await openDemoArticle(page, ARTICLE);

  await importFile(page, "hypothesis.json", hypothesisFile);
  const threadId = await openClaim(page, THREAD_QUOTE);
  const notes = page.getByRole("region", { name: /Notes/ });
  const root = notes.getByRole("article", { name: "Note by Ravi Reviewer" }).filter({ hasText: "Who measured" });
  await expect(root).toContainText(
    "Imported from Hypothesis, originally by Elena Editor (acct:elena@hypothes.is), 1 Dec 2016",
  );
  const reply = notes.getByRole("article", { name: "Note by Ravi Reviewer" }).filter({ hasText: "Infocomm's own" });
  await expect(reply).toContainText("originally by Rosa Reviewer (acct:rosa@hypothes.is), 2 Dec 2016");
  await expect(notes.getByRole("article", { name: /Note by (Elena|Rosa)/ })).toHaveCount(0);
  const thread = await claimFromApi(page, threadId);
  expect(thread.claim.createdBy.name).toBe("Ravi Reviewer");
  expect(thread.notes.map((n) => [n.author.name, n.provenance?.creator])).toEqual([
    ["Ravi Reviewer", "acct:elena@hypothes.is"],
    ["Ravi Reviewer", "acct:rosa@hypothes.is"],
  ]);

  await page.getByRole("button", { name: "← All claims" }).click();
  await importFile(page, "w3c.jsonld", w3cFile);
  const kept = page.getByRole("list", { name: "Assessments kept as notes" });
  await expect(kept).toContainText("False: only editors set final verdicts");
  await expect(kept).toContainText("Mostly true: the file credits it to Rosa Reviewer");
  const assessedId = await openClaim(page, ASSESSED_QUOTE);
  const assessment = page
    .getByRole("region", { name: /Notes/ })
    .getByRole("article", { name: "Note by Ravi Reviewer" })
    .filter({ hasText: "Imported assessment: False (final, published)" });
  await expect(assessment).toContainText("Imported from W3C Web Annotations, originally by Elena Editor, 3 Dec 2016");
  await expect(page.getByRole("region", { name: "Final verdict" })).toContainText("No final verdict yet.");

  // The editor, who sees every verdict, finds none by Rosa and no final verdict.
  const elena = await (await browser.newContext({ storageState: demoAccount("editor").storageState })).newPage();
  const seenByEditor = await claimFromApi(elena, assessedId);
  expect(seenByEditor.verdicts.finalVerdict).toBeNull();
  expect(seenByEditor.verdicts.others ?? []).toEqual([]);
  expect(seenByEditor.notes.every((n) => n.author.name === "Ravi Reviewer")).toBe(true);
});
