// The public fact-check site, read signed out through its route handlers: only published final
// verdicts of workspaces that switched the site on; unpublished ones are gone (410); nothing a
// reviewer wrote (verdicts, notes, drafts) shows; the corrections log; conditional requests.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCard } from "@/app/fact-checks/[workspaceSlug]/[claimId]/card.svg/route";
import { GET as getFactCheck } from "@/app/fact-checks/[workspaceSlug]/[claimId]/route";
import { GET as getFeed } from "@/app/fact-checks/[workspaceSlug]/feed.xml/route";
import { GET as getIndex } from "@/app/fact-checks/[workspaceSlug]/route";
import { linkClaimFamily } from "../claim-memory/link-claim-family";
import { unlinkClaimFamily } from "../claim-memory/unlink-claim-family";
import { createClaim } from "../claims/create-claim";
import { setClaimAppearance } from "../claims/set-claim-appearance";
import { createNote } from "../notes/create-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { addSource } from "../sources/add-source";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { validateClaimReview } from "../testing/validate-claim-review";
import { listClaimVerdicts } from "../verdicts/list-claim-verdicts";
import { saveVerdict } from "../verdicts/save-verdict";
import { setFinalVerdict, setFinalVerdictPublished } from "../verdicts/set-final-verdict";
import { updateWorkspaceSettings } from "../workspaces/update-workspace-settings";

const db = () => testDb().db;
const ORIGIN = "http://margin.test";

function request(path: string, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}${path}`, { headers: { host: "margin.test", ...headers } });
}
const page = (slug: string, claimId: string, headers?: Record<string, string>) =>
  getFactCheck(request(`/fact-checks/${slug}/${claimId}`, headers), {
    params: Promise.resolve({ workspaceSlug: slug, claimId }),
  });
const card = (slug: string, claimId: string, headers?: Record<string, string>) =>
  getCard(request(`/fact-checks/${slug}/${claimId}/card.svg`, headers), {
    params: Promise.resolve({ workspaceSlug: slug, claimId }),
  });
const index = (slug: string) =>
  getIndex(request(`/fact-checks/${slug}`), { params: Promise.resolve({ workspaceSlug: slug }) });
const feed = (slug: string) =>
  getFeed(request(`/fact-checks/${slug}/feed.xml`), { params: Promise.resolve({ workspaceSlug: slug }) });

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error("no JSON-LD");
  return JSON.parse(match[1]!) as Record<string, unknown>;
}

describe("the public fact-check site", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let slug: string;
  let ratings: Awaited<ReturnType<typeof loadRatingScale>>;
  const claims = { published: "", draft: "", unpublished: "", none: "" };
  const scope = () => ({ workspaceId: ws.workspace.id });

  async function settle(claimId: string, ratingIndex: number, summary: string, publish: boolean) {
    const final = await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope(),
      claimId,
      input: { ratingId: ratings[ratingIndex]!.id, summary },
    });
    return publish
      ? setFinalVerdictPublished(db(), {
          actor: ws.editor,
          ...scope(),
          claimId,
          input: { published: true, version: final.version },
        })
      : final;
  }

  async function setSite(publicSite: boolean) {
    const { version } = await db().workspace.findUniqueOrThrow({ where: { id: ws.workspace.id } });
    await updateWorkspaceSettings(db(), {
      actor: ws.admin,
      ...scope(),
      input: {
        name: "Fact Desk",
        blindReview: true,
        publicSite,
        organisationName: "Fact Desk Ltd",
        organisationUrl: "https://factdesk.example",
        version,
      },
    });
  }

  beforeAll(async () => {
    ws = await makeWorkspace(db());
    slug = ws.workspace.slug;
    ratings = await loadRatingScale(db(), ws.workspace.id);
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "Exports rose 12% in 2024, the minister said.",
      "Unemployment fell to 3.1%. Crime doubled. Rents halved.",
    ]);
    const mark = async (words: string) =>
      (
        await createClaim(db(), {
          actor: ws.reviewer,
          ...scope(),
          articleId: article.articleId,
          input: { revisionId: article.revisionId, ...rangeOf(article.text, words) },
        })
      ).id;
    claims.published = await mark("Exports rose 12% in 2024");
    claims.draft = await mark("Unemployment fell to 3.1%.");
    claims.unpublished = await mark("Crime doubled.");
    claims.none = await mark("Rents halved.");
    const version = (await db().claim.findUniqueOrThrow({ where: { id: claims.published } })).version;
    await setClaimAppearance(db(), {
      actor: ws.reviewer,
      ...scope(),
      claimId: claims.published,
      input: {
        claimantName: "Minister of Trade",
        claimantType: "person",
        claimDate: "2026-10-29",
        appearanceUrl: "",
        version,
      },
    });
    await addSource(db(), {
      actor: ws.reviewer,
      ...scope(),
      claimId: claims.published,
      input: { url: "https://stats.example/t3", title: "Trade table 3", stance: "refutes" },
    });
    // What reviewers wrote stays inside Margin: a submitted verdict, a draft, a note.
    await saveVerdict(db(), {
      actor: ws.reviewer,
      ...scope(),
      claimId: claims.published,
      input: { ratingId: ratings[3]!.id, confidence: 80, rationale: "SECRET-RATIONALE" },
    });
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      ...scope(),
      claimId: claims.draft,
      input: { ratingId: ratings[0]!.id, confidence: 50, rationale: "SECRET-DRAFT", submit: false },
    });
    await createNote(db(), {
      actor: ws.reviewer,
      ...scope(),
      claimId: claims.published,
      input: { body: "SECRET-NOTE" },
    });
    await settle(claims.published, 3, "**Exports rose 9.8%**, not 12%. <script>alert(1)</script>", true);
    await settle(claims.draft, 1, "SECRET-UNPUBLISHED-SUMMARY", false);
    const published = await settle(claims.unpublished, 4, "Crime fell.", true);
    await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      ...scope(),
      claimId: claims.unpublished,
      input: { published: false, version: published.version },
    });
  });

  it("is off by default: every address answers 404", async () => {
    expect((await page(slug, claims.published)).status).toBe(404);
    expect((await index(slug)).status).toBe(404);
    expect((await feed(slug)).status).toBe(404);
    const verdicts = await listClaimVerdicts(db(), {
      actor: ws.viewer,
      ...scope(),
      claimId: claims.published,
      origin: ORIGIN,
    });
    expect(verdicts.finalVerdict?.publicUrl).toBeNull();
  });

  describe("switched on by an admin", () => {
    beforeAll(() => setSite(true));

    it("shows a published fact-check with its ClaimReview, and nothing reviewers wrote", async () => {
      const response = await page(slug, claims.published);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await response.text();
      const url = `${ORIGIN}/fact-checks/${slug}/${claims.published}`;
      expect(html).toContain("<strong>Exports rose 9.8%</strong>");
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).not.toMatch(/<script>alert/);
      expect(html).toContain("Minister of Trade");
      expect(html).toContain("Trade table 3");
      expect(html).toContain(`<link rel="alternate" type="application/atom+xml"`);
      expect(html).toContain(`href="${ORIGIN}/fact-checks/${slug}/feed.xml"`);
      for (const secret of [
        "SECRET-RATIONALE",
        "SECRET-DRAFT",
        "SECRET-NOTE",
        "SECRET-UNPUBLISHED",
        ws.reviewer.userId,
      ])
        expect(html).not.toContain(secret);
      const review = jsonLdOf(html);
      expect(validateClaimReview(review)).toEqual([]);
      expect(review).toMatchObject({
        url,
        claimReviewed: "Exports rose 12% in 2024",
        author: { "@type": "Organization", name: "Fact Desk Ltd", url: "https://factdesk.example" },
        reviewRating: { alternateName: ratings[3]!.claimReviewName },
        itemReviewed: {
          "@type": "Claim",
          author: { "@type": "Person", name: "Minister of Trade" },
          datePublished: "2026-10-29",
        },
      });
      const verdicts = await listClaimVerdicts(db(), {
        actor: ws.viewer,
        ...scope(),
        claimId: claims.published,
        origin: ORIGIN,
      });
      expect(verdicts.finalVerdict?.publicUrl).toBe(url);
    });

    it("answers 404 for verdicts never published, claims without one, unknown ids and other workspaces' claims", async () => {
      const other = await makeWorkspace(db());
      const otherArticle = await makeArticle(db(), other.workspace.id, other.editor.userId, ["Taxes rose."]);
      const otherClaim = await createClaim(db(), {
        actor: other.reviewer,
        workspaceId: other.workspace.id,
        articleId: otherArticle.articleId,
        input: { revisionId: otherArticle.revisionId, ...rangeOf(otherArticle.text, "Taxes rose.") },
      });
      const final = await setFinalVerdict(db(), {
        actor: other.editor,
        workspaceId: other.workspace.id,
        claimId: otherClaim.id,
        input: { ratingId: (await loadRatingScale(db(), other.workspace.id))[0]!.id, summary: "OTHER-SECRET" },
      });
      await setFinalVerdictPublished(db(), {
        actor: other.editor,
        workspaceId: other.workspace.id,
        claimId: otherClaim.id,
        input: { published: true, version: final.version },
      });
      for (const id of [claims.draft, claims.none, "no-such-claim", otherClaim.id]) {
        const response = await page(slug, id);
        expect(response.status, id).toBe(404);
        expect(await response.text()).not.toContain("SECRET");
      }
      // The other workspace published, but its site is off.
      expect((await page(other.workspace.slug, otherClaim.id)).status).toBe(404);
    });

    it("answers 410 for a fact-check that was taken down", async () => {
      const response = await page(slug, claims.unpublished);
      expect(response.status).toBe(410);
      expect(await response.text()).not.toContain("Crime fell.");
    });

    it("lists only published fact-checks in the index and the Atom feed", async () => {
      const html = await (await index(slug)).text();
      expect(html).toContain(`/fact-checks/${slug}/${claims.published}`);
      expect(html).toContain(`type="application/atom+xml"`);
      const atom = await feed(slug);
      expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      const xml = await atom.text();
      expect(xml).toContain(`<id>${ORIGIN}/fact-checks/${slug}/${claims.published}</id>`);
      expect(xml.match(/<entry>/g)).toHaveLength(1);
      for (const text of [html, xml]) {
        expect(text).not.toContain(claims.unpublished);
        expect(text).not.toContain(claims.draft);
        expect(text).not.toContain("SECRET");
      }
    });

    it("answers conditional requests with 304 and changes its validators when the page changes", async () => {
      const first = await page(slug, claims.published);
      const etag = first.headers.get("etag")!;
      const lastModified = first.headers.get("last-modified")!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+, must-revalidate$/);
      const byEtag = await page(slug, claims.published, { "if-none-match": etag });
      expect(byEtag.status).toBe(304);
      expect(await byEtag.text()).toBe("");
      expect(byEtag.headers.get("etag")).toBe(etag);
      expect((await page(slug, claims.published, { "if-modified-since": lastModified })).status).toBe(304);
      expect((await page(slug, claims.published, { "if-none-match": '"stale"' })).status).toBe(200);
      const before = new Date(Date.parse(lastModified) - 60_000).toUTCString();
      expect((await page(slug, claims.published, { "if-modified-since": before })).status).toBe(200);
      // A new source changes the page: the old validator no longer matches.
      await addSource(db(), {
        actor: ws.reviewer,
        ...scope(),
        claimId: claims.published,
        input: { url: "https://stats.example/t4", title: "Trade table 4", stance: "context" },
      });
      const changed = await page(slug, claims.published, { "if-none-match": etag });
      expect(changed.status).toBe(200);
      expect(await changed.text()).toContain("Trade table 4");
      expect(changed.headers.get("etag")).not.toBe(etag);
    });

    it("lists where the same claim (its family) was also seen, and its validators follow the family", async () => {
      // Three more appearances of the claim: an outlet's article, a speech given as the claim's
      // appearance URL, and pasted text with no public address (possibly internal: never shown).
      const appearance = async (title: string, data: { sourceUrl?: string; outlet?: string; publishedAt?: Date }) => {
        const article = await makeArticle(
          db(),
          ws.workspace.id,
          ws.editor.userId,
          ["Exports grew by 12% in 2024."],
          title,
        );
        await db().article.update({ where: { id: article.articleId }, data });
        const claim = await createClaim(db(), {
          actor: ws.reviewer,
          ...scope(),
          articleId: article.articleId,
          input: { revisionId: article.revisionId, ...rangeOf(article.text, "Exports grew by 12% in 2024.") },
        });
        await createNote(db(), {
          actor: ws.reviewer,
          ...scope(),
          claimId: claim.id,
          input: { body: "SECRET-FAMILY-NOTE" },
        });
        return claim.id;
      };
      const wire = await appearance("Trade surges", {
        sourceUrl: "https://wire.example/trade",
        outlet: "Wire Daily",
        publishedAt: new Date("2026-11-02T09:00:00Z"),
      });
      const speech = await appearance("Speech coverage", { sourceUrl: "https://news.example/speech" });
      const version = (await db().claim.findUniqueOrThrow({ where: { id: speech } })).version;
      await setClaimAppearance(db(), {
        actor: ws.reviewer,
        ...scope(),
        claimId: speech,
        input: {
          claimantName: "",
          claimantType: "person",
          claimDate: "2026-11-05",
          appearanceUrl: "https://video.example/speech",
          version,
        },
      });
      const pasted = await appearance("INTERNAL-DRAFT-TITLE", {});
      await settle(wire, 0, "SECRET-FAMILY-SUMMARY", false);

      const before = await page(slug, claims.published);
      const etag = before.headers.get("etag")!;
      expect(await before.text()).not.toContain("Also seen in");
      const link = (claimId: string, other: string) =>
        linkClaimFamily(db(), { actor: ws.reviewer, ...scope(), claimId, input: { claimId: other } });
      await link(claims.published, wire);
      await link(speech, claims.published);
      await link(pasted, wire);

      const linked = await page(slug, claims.published, { "if-none-match": etag });
      expect(linked.status).toBe(200);
      const html = await linked.text();
      const seen = /<h2>Also seen in<\/h2><ul>([\s\S]*?)<\/ul>/.exec(html)?.[1];
      expect(seen).toBe(
        `<li><a href="https://wire.example/trade">Trade surges</a>, Wire Daily, <time datetime="2026-11-02T09:00:00.000Z">2 November 2026</time></li>` +
          `<li><a href="https://video.example/speech">Speech coverage</a>, <time datetime="2026-11-05T00:00:00.000Z">5 November 2026</time></li>`,
      );
      for (const secret of ["INTERNAL-DRAFT-TITLE", "SECRET", pasted, wire, ws.reviewer.userId])
        expect(html).not.toContain(secret);
      const review = jsonLdOf(html);
      expect(validateClaimReview(review)).toEqual([]);
      const appearances = (review.itemReviewed as { appearance: { url: string }[] }).appearance;
      expect(appearances.map((a) => a.url)).toEqual([
        `${ORIGIN}/w/${slug}/articles/${(await db().claim.findUniqueOrThrow({ where: { id: claims.published } })).articleId}`,
        "https://wire.example/trade",
        "https://video.example/speech",
      ]);
      expect(appearances[1]).toMatchObject({
        "@type": "CreativeWork",
        headline: "Trade surges",
        datePublished: "2026-11-02",
        publisher: { "@type": "Organization", name: "Wire Daily" },
      });

      // Another claim leaving the family changes the page and both validators (Last-Modified has
      // one-second resolution, so the unlink happens a second later).
      const linkedEtag = linked.headers.get("etag")!;
      const linkedModified = linked.headers.get("last-modified")!;
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await unlinkClaimFamily(db(), { actor: ws.reviewer, ...scope(), claimId: speech });
      const unlinked = await page(slug, claims.published, { "if-modified-since": linkedModified });
      expect(unlinked.status).toBe(200);
      expect(unlinked.headers.get("etag")).not.toBe(linkedEtag);
      const after = await unlinked.text();
      expect(after).toContain("Trade surges");
      expect(after).not.toContain("Speech coverage");
    });

    it("serves a share image with the rating, the claim and the organisation, cached like the page", async () => {
      const html = await (await page(slug, claims.published)).text();
      const cardUrl = `${ORIGIN}/fact-checks/${slug}/${claims.published}/card.svg`;
      expect(html).toContain(`<meta property="og:image" content="${cardUrl}">`);
      expect(html).toContain(`<meta name="twitter:card" content="summary_large_image">`);
      expect(html).toContain(`<meta name="twitter:image" content="${cardUrl}">`);
      const response = await card(slug, claims.published);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml");
      expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+, must-revalidate$/);
      const svg = await response.text();
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
      const rating = (await listClaimVerdicts(db(), { actor: ws.editor, ...scope(), claimId: claims.published }))
        .finalVerdict!.rating.label;
      for (const text of [rating, "“Exports rose 12% in 2024”", "Fact Desk Ltd"]) expect(svg).toContain(text);
      expect(svg).not.toContain("SECRET");
      const etag = response.headers.get("etag")!;
      expect(etag).not.toBe((await page(slug, claims.published)).headers.get("etag"));
      expect((await card(slug, claims.published, { "if-none-match": etag })).status).toBe(304);
      expect((await card(slug, claims.draft)).status).toBe(404);
      expect((await card(slug, "no-such-claim")).status).toBe(404);
      const gone = await card(slug, claims.unpublished);
      expect(gone.status).toBe(410);
      expect(await gone.text()).not.toContain("Crime");
    });

    it("keeps a corrections log of every later publication", async () => {
      const current = (await listClaimVerdicts(db(), { actor: ws.editor, ...scope(), claimId: claims.published }))
        .finalVerdict!;
      const unpublished = await setFinalVerdictPublished(db(), {
        actor: ws.editor,
        ...scope(),
        claimId: claims.published,
        input: { published: false, version: current.version },
      });
      expect((await page(slug, claims.published)).status).toBe(410);
      const changed = await setFinalVerdict(db(), {
        actor: ws.editor,
        ...scope(),
        claimId: claims.published,
        input: { ratingId: ratings[4]!.id, summary: "Exports rose 2.1%.", version: unpublished.version },
      });
      const republished = await setFinalVerdictPublished(db(), {
        actor: ws.editor,
        ...scope(),
        claimId: claims.published,
        input: { published: true, version: changed.version },
      });
      const again = await setFinalVerdictPublished(db(), {
        actor: ws.editor,
        ...scope(),
        claimId: claims.published,
        input: { published: false, version: republished.version },
      });
      await setFinalVerdictPublished(db(), {
        actor: ws.editor,
        ...scope(),
        claimId: claims.published,
        input: { published: true, version: again.version, correction: "Added the 2025 trade figures." },
      });
      const html = await (await page(slug, claims.published)).text();
      const log = [...html.matchAll(/<li>Updated on <time[^>]*>[^<]+<\/time>: ([^<]+)<\/li>/g)].map((m) => m[1]);
      expect(log).toEqual([
        `Rating changed from “${ratings[3]!.label}” to “${ratings[4]!.label}”; the summary was revised.`,
        "Added the 2025 trade figures.",
      ]);
      const review = jsonLdOf(html);
      expect(review.reviewRating).toMatchObject({ alternateName: ratings[4]!.claimReviewName });
      expect(review.dateModified).toBeTypeOf("string");
    });

    it("goes dark when the admin switches the site off", async () => {
      await setSite(false);
      expect((await page(slug, claims.published)).status).toBe(404);
      expect((await index(slug)).status).toBe(404);
      await setSite(true);
      expect((await page(slug, claims.published)).status).toBe(200);
    });
  });
});
