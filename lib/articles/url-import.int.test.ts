// URL import through the data layer, against a local HTTP server serving a fixture news page: the
// server's policy (MARGIN_URL_IMPORT_ALLOW) decides whether loopback may be fetched at all.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "../errors/app-error";
import { callApi } from "../testing/api-client";
import { makeTokens } from "../testing/api-route-fixtures";
import { makeWorkspace } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { getArticle } from "./get-article";
import { importArticle, importArticleFromUrl, previewArticleFromUrl } from "./import-article";

const db = () => testDb().db;
const page = readFileSync(join(process.cwd(), "lib/article-import/fixtures/url/news-article.html"));
let server: Server;
let base: string;
let ws: Awaited<ReturnType<typeof makeWorkspace>>;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/news") return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    if (req.url === "/to-metadata")
      return void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (req.url === "/data.json") return void res.writeHead(200, { "content-type": "application/json" }).end("{}");
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ws = await makeWorkspace(db());
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  delete process.env.MARGIN_URL_IMPORT_ALLOW;
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("importing an article from a URL", () => {
  it("previews the fetched page, then saves exactly what was previewed, with the url origin", async () => {
    process.env.MARGIN_URL_IMPORT_ALLOW = "loopback";
    const preview = await previewArticleFromUrl(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      input: { url: `${base}/news` },
    });
    expect(preview.metadata.title).toBe("River council delays flood barrier vote until spring");
    expect(preview.metadata.sourceUrl).toBe("https://valleycourier.example/local/flood-barrier-vote");
    expect(preview.page.finalUrl).toBe(`${base}/news`);
    expect(preview.blocks.map((b) => b.text).join(" ")).not.toContain("Subscribe");

    const article = await importArticle(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      input: {
        content: preview.page.html,
        fetchedFrom: preview.page.finalUrl,
        fetchReceipt: preview.page.receipt,
        metadata: { title: "Flood barrier vote delayed" },
      },
    });
    const saved = await getArticle(db(), { actor: ws.editor, workspaceId: ws.workspace.id, articleId: article.id });
    expect(saved.article.title).toBe("Flood barrier vote delayed");
    expect(saved.article.byline).toBe("Tomasz Brandt");
    expect((await db().articleRevision.findUniqueOrThrow({ where: { id: saved.article.revision.id } })).origin).toBe(
      "url",
    );
    expect(saved.article.revision.text).toContain("£48 million flood barrier");
  });

  it("refuses loopback under the default policy, with the reason, and saves nothing", async () => {
    const before = await db().article.count({ where: { workspaceId: ws.workspace.id } });
    const error = await refusal(
      importArticleFromUrl(db(), { actor: ws.editor, workspaceId: ws.workspace.id, input: { url: `${base}/news` } }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/loopback.*only fetches public web pages/);
    expect(await db().article.count({ where: { workspaceId: ws.workspace.id } })).toBe(before);
  });

  it("does not tell what a host name resolves to (the server log does)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const error = await refusal(
        previewArticleFromUrl(db(), {
          actor: ws.editor,
          workspaceId: ws.workspace.id,
          input: { url: `http://localhost:${new URL(base).port}/news` },
        }),
      );
      expect(error.status).toBe(400);
      expect(error.message).toContain("does not lead to a public web page");
      expect(error.message).not.toMatch(/127\.0\.0\.1|::1|loopback/);
      expect(warn.mock.calls.flat().join(" ")).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
    } finally {
      warn.mockRestore();
    }
  });

  it("refuses a redirect to the cloud metadata address even when loopback is allowed", async () => {
    process.env.MARGIN_URL_IMPORT_ALLOW = "loopback";
    const error = await refusal(
      previewArticleFromUrl(db(), {
        actor: ws.editor,
        workspaceId: ws.workspace.id,
        input: { url: `${base}/to-metadata` },
      }),
    );
    expect(error.message).toMatch(/redirected to .*link-local/);
  });

  it("explains a non-HTML response and a non-web address as 400s", async () => {
    process.env.MARGIN_URL_IMPORT_ALLOW = "loopback";
    expect(
      (
        await refusal(
          previewArticleFromUrl(db(), {
            actor: ws.editor,
            workspaceId: ws.workspace.id,
            input: { url: `${base}/data.json` },
          }),
        )
      ).message,
    ).toMatch(/not a web page.*application\/json/);
    expect(
      (
        await refusal(
          previewArticleFromUrl(db(), {
            actor: ws.editor,
            workspaceId: ws.workspace.id,
            input: { url: "file:///etc/passwd" },
          }),
        )
      ).status,
    ).toBe(400);
  });

  it("creates in one step for API clients, and lets only those who may create articles fetch", async () => {
    process.env.MARGIN_URL_IMPORT_ALLOW = "loopback";
    const article = await importArticleFromUrl(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      input: { url: `${base}/news` },
    });
    expect(article.id).toBeTruthy();
    const error = await refusal(
      previewArticleFromUrl(db(), { actor: ws.reviewer, workspaceId: ws.workspace.id, input: { url: `${base}/news` } }),
    );
    expect(error.status).toBe(403);
  });

  it("records the url origin only for a page the server fetched: the browser cannot claim it", async () => {
    process.env.MARGIN_URL_IMPORT_ALLOW = "loopback";
    const preview = await previewArticleFromUrl(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      input: { url: `${base}/news` },
    });
    const forged =
      "<html><body><h1>Minister resigns</h1><p>The minister resigned this morning, aides said.</p></body></html>";
    const { receipt, finalUrl, html } = preview.page;
    const attempts = [
      { actor: ws.editor, input: { content: forged, fetchedFrom: "https://bbc.example/news/1" } },
      { actor: ws.editor, input: { content: forged, fetchedFrom: finalUrl, fetchReceipt: receipt } },
      { actor: ws.editor, input: { content: html, fetchedFrom: "https://bbc.example/news/1", fetchReceipt: receipt } },
      { actor: ws.editor, input: { content: html, fetchedFrom: finalUrl, fetchReceipt: `${receipt}x` } },
      { actor: ws.editor, input: { content: html, fetchedFrom: finalUrl, fetchReceipt: `1.${receipt.split(".")[1]}` } },
      { actor: ws.admin, input: { content: html, fetchedFrom: finalUrl, fetchReceipt: receipt } },
    ];
    // The page as a browser's form sends it back (line breaks as CR LF) is the same page.
    const viaForm = await importArticle(db(), {
      actor: ws.editor,
      workspaceId: ws.workspace.id,
      input: { content: html.replace(/\n/g, "\r\n"), fetchedFrom: finalUrl, fetchReceipt: receipt },
    });
    expect(viaForm.id).toBeTruthy();
    const before = await db().article.count({ where: { workspaceId: ws.workspace.id } });
    for (const { actor, input } of attempts) {
      const error = await refusal(importArticle(db(), { actor, workspaceId: ws.workspace.id, input }));
      expect(error.status).toBe(400);
    }
    expect(await db().article.count({ where: { workspaceId: ws.workspace.id } })).toBe(before);
    // Through the REST API too.
    const response = await callApi("POST", `/api/v1/workspaces/${ws.workspace.id}/articles`, {
      token: (await makeTokens(db(), ws)).readWrite,
      body: { content: forged, fetchedFrom: "https://bbc.example/news/1" },
    });
    expect(response.status).toBe(400);
    expect(await db().article.count({ where: { workspaceId: ws.workspace.id } })).toBe(before);
  });
});
