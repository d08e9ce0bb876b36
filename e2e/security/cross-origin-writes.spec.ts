// CSRF against the REST API: a signed-in reviewer visits a page of another origin on the same site
// (another port of localhost: its requests carry the SameSite=Lax session cookie). The page tries
// every write a page can send without a CORS preflight, and one with a JSON type (which needs the
// preflight this API never grants): none writes a note. The same fetch from Margin's own page does.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, request, test, type Page } from "@playwright/test";
import { demoAccount } from "../support/accounts";

test.use({ storageState: demoAccount("reviewer", 0).storageState });

let attacker: Server;
let attackerOrigin: string;

test.beforeAll(async () => {
  // Serves a blank page; the test writes the attack into it.
  attacker = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Win a prize</title><p>Hi");
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  attackerOrigin = `http://localhost:${(attacker.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())));

/** A fresh article with one claim in the demo workspace, made by the editor through the API. */
async function freshClaim(page: Page, baseURL: string): Promise<{ notesUrl: string }> {
  const editor = await request.newContext({ baseURL, storageState: demoAccount("editor").storageState });
  const headers = { origin: new URL(baseURL).origin };
  const workspaces = (await (await editor.get("/api/v1/workspaces")).json()) as {
    data: { id: string; slug: string }[];
  };
  const base = `/api/v1/workspaces/${workspaces.data.find((w) => w.slug === "demo")!.id}`;
  const article = await editor.post(`${base}/articles`, {
    headers,
    data: { content: "The bridge cost $3 billion, the mayor said.", metadata: { title: `CSRF target ${Date.now()}` } },
  });
  expect(article.status()).toBe(201);
  const articleId = ((await article.json()) as { data: { id: string } }).data.id;
  const claim = await editor.post(`${base}/articles/${articleId}/claims`, {
    headers,
    data: { selector: [{ type: "TextQuoteSelector", exact: "The bridge cost $3 billion" }] },
  });
  expect(claim.status()).toBe(201);
  const claimId = ((await claim.json()) as { data: { claim: { id: string } } }).data.claim.id;
  await editor.dispose();
  // The reviewer can read it: the page's own session works.
  expect((await page.request.get(`${base}/claims/${claimId}/notes`)).status()).toBe(200);
  return { notesUrl: `${base}/claims/${claimId}/notes` };
}

async function notesSaying(page: Page, notesUrl: string, text: string): Promise<number> {
  const notes = (await (await page.request.get(`${notesUrl}?limit=100`)).json()) as { data: { body: string }[] };
  return notes.data.filter((note) => note.body.includes(text)).length;
}

test("a page of another origin cannot make a signed-in reviewer write through the API", async ({ page, baseURL }) => {
  const { notesUrl } = await freshClaim(page, baseURL!);
  await page.goto("/w/demo");
  const target = new URL(notesUrl, baseURL).href;
  const marker = `forged-${Date.now()}`;

  await page.goto(attackerOrigin);
  const statuses = await page.evaluate(
    async ({ target, marker }) => {
      const body = JSON.stringify({ body: `${marker} FINAL VERDICT: TRUE` });
      const answers: string[] = [];
      const attempt = async (label: string, init: RequestInit) => {
        try {
          const response = await fetch(target, { method: "POST", credentials: "include", ...init });
          answers.push(`${label}: ${response.type} ${response.status}`);
        } catch (error) {
          answers.push(`${label}: failed ${String(error)}`);
        }
      };
      // No Content-Type at all (a Blob without a type): the request the issue reported as 201.
      await attempt("blob", { mode: "no-cors", body: new Blob([body]) });
      await attempt("text", { mode: "no-cors", body, headers: { "content-type": "text/plain" } });
      await attempt("form", { mode: "no-cors", body: new URLSearchParams({ body }) });
      // A JSON type makes the browser ask first (CORS preflight); the API grants no other origin.
      await attempt("json", { mode: "cors", body, headers: { "content-type": "application/json" } });
      // A classic form post with enctype text/plain, in a frame so the page stays.
      const frame = document.createElement("iframe");
      frame.name = "sink";
      document.body.append(frame);
      const form = document.createElement("form");
      Object.assign(form, { method: "POST", action: target, enctype: "text/plain", target: "sink" });
      const input = Object.assign(document.createElement("input"), { name: `{"body":"${marker}", "x":"`, value: `"}` });
      form.append(input);
      document.body.append(form);
      const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
      form.submit();
      await loaded;
      return answers;
    },
    { target, marker },
  );
  expect(statuses).toHaveLength(4);

  await page.goto("/w/demo");
  expect(await notesSaying(page, notesUrl, marker)).toBe(0);

  // Control: the same kind of request from Margin's own page is written, so the check above can fail.
  const own = await page.evaluate(
    async ({ target, marker }) =>
      (
        await fetch(target, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ body: `${marker} from Margin's own page` }),
        })
      ).status,
    { target, marker },
  );
  expect(own).toBe(201);
  expect(await notesSaying(page, notesUrl, marker)).toBe(1);
});

test("the API answers a cookie write without a JSON Content-Type with 415, and a foreign Origin with 403", async ({
  page,
  baseURL,
}) => {
  const { notesUrl } = await freshClaim(page, baseURL!);
  const data = JSON.stringify({ body: "Not from a browser page of Margin." });
  const noType = await page.request.post(notesUrl, { data: Buffer.from(data), headers: { origin: baseURL! } });
  expect(noType.status()).toBe(415);
  const foreign = await page.request.post(notesUrl, {
    data,
    headers: { origin: attackerOrigin, "content-type": "application/json" },
  });
  expect(foreign.status()).toBe(403);
  expect(((await foreign.json()) as { error: { message: string } }).error.message).toMatch(/same Origin/);
});
