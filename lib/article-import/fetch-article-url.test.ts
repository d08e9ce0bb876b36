// Against a real HTTP server on 127.0.0.1 (port 0): fixture pages, redirects, slow and huge
// responses. The policies allow loopback only, so that every other check stays in force.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchArticleHtml, UrlImportError, type FetchPolicy } from "./fetch-article-url";
import { parseHtmlArticle } from "./parse-html";
import { isLoopbackAddress } from "./safe-address";

const page = readFileSync(join(import.meta.dirname, "fixtures/url/news-article.html"));
const KB = 1024;
const local: FetchPolicy = { allowAddress: isLoopbackAddress, timeoutMs: 3_000 };

let server: Server;
let base: string;
let port: number;
let requests: string[] = [];
let hugeClosed: Promise<number>;
let reportHugeClosed: (bytesWritten: number) => void;

const html = (res: ServerResponse, body: string | Buffer, type = "text/html; charset=utf-8"): void =>
  void res.writeHead(200, { "content-type": type }).end(body);
const redirect = (res: ServerResponse, location: string, status = 302): void =>
  void res.writeHead(status, { location }).end();

/** Writes 16 KB chunks for as long as the client reads, and reports when the connection closes. */
function streamForever(req: IncomingMessage, res: ServerResponse): void {
  let written = 0;
  req.socket.once("close", () => reportHugeClosed(written));
  res.writeHead(200, { "content-type": "text/html" });
  res.write("<!doctype html><html><body>");
  const chunk = Buffer.alloc(16 * KB, "<p>filler paragraph</p>");
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) written += chunk.length;
    if (!res.destroyed) res.once("drain", pump);
  };
  pump();
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? "/";
  requests.push(path);
  const chain = /^\/chain\/(\d+)$/.exec(path);
  if (chain) return Number(chain[1]) < 5 ? redirect(res, `/chain/${Number(chain[1]) + 1}`) : html(res, page);
  switch (path) {
    case "/news":
      return html(res, page);
    case "/old-news":
      return redirect(res, "/news", 301);
    case "/host":
      return html(res, `<html><body><p>Host header: ${req.headers.host}</p></body></html>`);
    case "/redirect-private":
      return redirect(res, "http://10.0.0.1/");
    case "/redirect-metadata":
      return redirect(res, "http://169.254.169.254/latest/meta-data");
    case "/redirect-internal-name":
      return redirect(res, "http://intranet.example/wiki");
    case "/redirect-file":
      return redirect(res, "file:///etc/passwd");
    case "/loop-a":
      return redirect(res, "/loop-b");
    case "/loop-b":
      return redirect(res, "/loop-a");
    case "/slow-headers":
      return; // never answers
    case "/slow-body":
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body><p>The first par");
      return;
    case "/huge":
      return streamForever(req, res);
    case "/huge-declared":
      res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * KB) });
      res.write("<html>");
      return;
    case "/gzip":
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      return void res.end(gzipSync(page));
    case "/gzip-bomb":
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      return void res.end(gzipSync(Buffer.alloc(4096 * KB, " ")));
    case "/report.pdf":
      return html(res, "%PDF-1.7\n%âãÏÓ\n1 0 obj", "application/pdf");
    case "/photo.png":
      return html(res, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "image/png");
    case "/untyped":
      res.writeHead(200);
      return void res.end("<p>no type</p>");
    case "/xhtml":
      return html(
        res,
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>XHTML body</p></body></html>',
        "application/xhtml+xml",
      );
    case "/latin1":
      return html(
        res,
        Buffer.from("<html><body><p>Café in Zürich, à la carte</p></body></html>", "latin1"),
        "text/html; charset=ISO-8859-1",
      );
    case "/meta-1252":
      return html(
        res,
        Buffer.concat([
          Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Price: '),
          Buffer.from([0x80]),
          Buffer.from(" 5, \x93na\xefve\x94</p></body></html>", "latin1"),
        ]),
        "text/html",
      );
    case "/undeclared":
      return html(res, Buffer.from("<html><body><p>Résumé of the café</p></body></html>", "latin1"), "text/html");
    case "/gone":
      res.writeHead(404, { "content-type": "text/html" });
      return void res.end("<p>Not here</p>");
    case "/down":
      res.writeHead(503, { "content-type": "text/html" });
      return void res.end("<p>Busy</p>");
    default:
      res.writeHead(500).end();
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
  hugeClosed = new Promise((resolve) => (reportHugeClosed = resolve));
});

/** The UrlImportError a fetch fails with (the test fails if it succeeds or fails otherwise). */
async function failure(url: string, policy?: FetchPolicy): Promise<UrlImportError> {
  const error = await fetchArticleHtml(url, policy).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UrlImportError);
  return error as UrlImportError;
}

/** As the data layer reads a fetched page: parsed with the address it was finally read from. */
async function fetchAndParse(url: string, policy: FetchPolicy) {
  const fetched = await fetchArticleHtml(url, policy);
  return parseHtmlArticle(fetched.html, { url: fetched.finalUrl });
}

describe("a fetched page, parsed", () => {
  it("reads a news page's metadata and article text, without its navigation, ads and footer", async () => {
    const parsed = await fetchAndParse(`${base}/news`, local);
    expect(parsed.metadata).toMatchObject({
      title: "River council delays flood barrier vote until spring",
      outlet: "Valley Courier",
      byline: "Tomasz Brandt",
      publishedAt: "2024-11-02T16:05:00.000Z",
      sourceUrl: "https://valleycourier.example/local/flood-barrier-vote",
      language: "en-GB",
    });
    const texts = parsed.blocks.map((b) => b.text);
    expect(texts).toContain(
      "The river council postponed its vote on the £48 million flood barrier on Thursday, after engineers said the latest cost estimate left out the pumping stations.",
    );
    expect(texts).toContain(
      "“We would rather take three more months than ask residents to pay twice,” said council chair Ines Oyelaran, who proposed the delay.",
    );
    expect(parsed.blocks.find((b) => b.text === "Engineers revise estimate")?.type).toBe("heading");
    const all = texts.join(" ");
    for (const noise of [
      "Subscribe",
      "Winter tyres",
      "home insurance",
      "Most popular",
      "autumn walks",
      "All rights reserved",
      "adConfig",
    ])
      expect(all).not.toContain(noise);
  });

  it("uses the address the page was read from when the page names no canonical address", async () => {
    const parsed = await fetchAndParse(`${base}/host`, local);
    expect(parsed.metadata.sourceUrl).toBe(`${base}/host`);
  });
});

describe("fetchArticleHtml", () => {
  it("follows redirects within the limit and reports the final address", async () => {
    const moved = await fetchArticleHtml(`${base}/old-news#comments`, local);
    expect(moved.finalUrl).toBe(`${base}/news`);
    expect(moved.html).toBe(page.toString("utf8"));
    expect(moved.contentType).toBe("text/html; charset=utf-8");
    expect((await fetchArticleHtml(`${base}/chain/0`, local)).finalUrl).toBe(`${base}/chain/5`);
  });

  it("connects to the checked address, keeping the host name in the Host header", async () => {
    const asked: string[] = [];
    const lookup = async (hostname: string) => (asked.push(hostname), ["127.0.0.1"]);
    // rebind.example has no DNS record: the page can only arrive through the pinned address.
    const fetched = await fetchArticleHtml(`http://rebind.example:${port}/host`, { ...local, lookup });
    expect(fetched.html).toContain(`Host header: rebind.example:${port}`);
    expect(asked).toEqual(["rebind.example"]);
  });

  it("refuses a redirect to a private or cloud-metadata address, though loopback is allowed", async () => {
    const toPrivate = await failure(`${base}/redirect-private`, local);
    expect(toPrivate.code).toBe("forbidden_address");
    expect(toPrivate.message).toContain("redirected to http://10.0.0.1/, which points to a private network (10.0.0.1)");
    const toMetadata = await failure(`${base}/redirect-metadata`, local);
    expect(toMetadata.code).toBe("forbidden_address");
    expect(toMetadata.message).toContain("link-local address (used by cloud metadata services) (169.254.169.254)");
    const lookup = async () => ["192.168.3.4"];
    const toName = await failure(`${base}/redirect-internal-name`, { ...local, lookup });
    expect(toName.code).toBe("forbidden_address");
    // What a name resolves to stays in the server log, never in the answer.
    expect(toName.message).not.toContain("192.168.3.4");
    expect(toName.message).not.toMatch(/private network/);
    const toFile = await failure(`${base}/redirect-file`, local);
    expect(toFile.code).toBe("invalid_url");
    expect(toFile.message).toContain("file:");
  });

  it("gives up on a page that does not arrive within the time limit, headers or body", async () => {
    for (const path of ["/slow-headers", "/slow-body"]) {
      const error = await failure(`${base}${path}`, { ...local, timeoutMs: 300 });
      expect(error.code).toBe("timeout");
      expect(error.message).toContain("within 0.3 seconds");
    }
  });

  it("stops reading a page larger than maxBytes and closes the connection", async () => {
    const error = await failure(`${base}/huge`, { ...local, maxBytes: 64 * KB, timeoutMs: 60_000 });
    expect(error.code).toBe("too_large");
    expect(error.message).toContain("larger than 64 KB");
    // The server stops writing once the connection closes, well short of an endless page.
    expect(await hugeClosed).toBeLessThan(50 * 1024 * KB);
  });

  it("refuses a declared Content-Length over the limit without waiting for the body", async () => {
    const error = await failure(`${base}/huge-declared`, { ...local, maxBytes: 64 * KB, timeoutMs: 60_000 });
    expect(error.code).toBe("too_large");
  });

  it("decompresses gzip, counting the decompressed size against the limit", async () => {
    expect((await fetchArticleHtml(`${base}/gzip`, local)).html).toBe(page.toString("utf8"));
    expect((await failure(`${base}/gzip-bomb`, { ...local, maxBytes: 64 * KB })).code).toBe("too_large");
  });

  it("refuses responses that are not web pages, naming their type", async () => {
    for (const [path, type] of [
      ["/report.pdf", "application/pdf"],
      ["/photo.png", "image/png"],
      ["/untyped", "no Content-Type"],
    ] as const) {
      const error = await failure(`${base}${path}`, local);
      expect(error.code).toBe("not_html");
      expect(error.message).toContain(type);
    }
    expect((await fetchArticleHtml(`${base}/xhtml`, local)).html).toContain("XHTML body");
  });

  it("reports HTTP errors with their status", async () => {
    for (const [path, status] of [
      ["/gone", 404],
      ["/down", 503],
    ] as const) {
      const error = await failure(`${base}${path}`, local);
      expect(error).toMatchObject({ code: "http_error", status });
      expect(error.message).toContain(String(status));
    }
  });

  it("decodes the charset named in the Content-Type or in <meta charset>, else UTF-8 or windows-1252", async () => {
    expect((await fetchArticleHtml(`${base}/latin1`, local)).html).toContain("Café in Zürich, à la carte");
    expect((await fetchArticleHtml(`${base}/meta-1252`, local)).html).toContain("Price: € 5, “naïve”");
    // Neither header nor page names an encoding, and the bytes are not UTF-8: the web's default.
    expect((await fetchArticleHtml(`${base}/undeclared`, local)).html).toContain("Résumé of the café");
  });

  it("refuses loopback under the default policy, before connecting", async () => {
    for (const url of [
      `${base}/news`,
      `http://localhost:${port}/news`,
      `http://[::1]:${port}/news`,
      `http://[::ffff:127.0.0.1]:${port}/news`,
      `http://2130706433:${port}/news`,
    ]) {
      const error = await failure(url);
      expect(error.code).toBe("forbidden_address");
      // Named as loopback when the address was typed as one; "localhost" is a name, answered generically.
      expect(error.message).toMatch(url.includes("localhost") ? /does not lead to a public web page/ : /loopback/);
      expect(error.message).toContain("Margin only fetches public web pages");
    }
    expect(requests).toEqual([]);
  });

  it("refuses addresses that are not http(s) or that carry credentials", async () => {
    for (const url of [
      "javascript:alert(1)",
      "file:///etc/passwd",
      "ftp://example.com/article.html",
      "data:text/html,<p>x</p>",
      "http://user:pass@example.com/news",
      "https://editor@example.com/",
      "example.com/news",
      "",
    ]) {
      expect((await failure(url, local)).code).toBe("invalid_url");
    }
    expect((await failure("ftp://example.com/a")).message).toContain("http:// or https://");
    expect((await failure("http://user:pass@example.com/")).message).toContain("user name or password");
  });

  it("refuses a host whose DNS answers mix public and private addresses", async () => {
    const lookup = async () => ["93.184.216.34", "10.0.0.7"];
    const error = await failure("https://mixed.example/news", { lookup });
    expect(error.code).toBe("forbidden_address");
    expect(error.message).toContain("This address (mixed.example) does not lead to a public web page");
    expect(error.message).not.toContain("10.0.0.7");
    const mapped = await failure("https://mapped.example/", { lookup: async () => ["::ffff:169.254.169.254"] });
    expect(mapped.code).toBe("forbidden_address");
  });

  it("stops at redirect loops and at chains longer than maxRedirects", async () => {
    const loop = await failure(`${base}/loop-a`, local);
    expect(loop.code).toBe("too_many_redirects");
    expect(loop.message).toContain("loop");
    const chain = await failure(`${base}/chain/0`, { ...local, maxRedirects: 4 });
    expect(chain.code).toBe("too_many_redirects");
    expect(chain.message).toContain("more than 4 times");
    expect(requests.filter((path) => path.startsWith("/chain/"))).toHaveLength(5);
  });

  it("allows every private address when the policy says so", async () => {
    expect((await fetchArticleHtml(`${base}/news`, { allowPrivateAddresses: true })).finalUrl).toBe(`${base}/news`);
  });
});
