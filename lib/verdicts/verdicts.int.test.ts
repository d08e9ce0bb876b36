import { beforeAll, describe, expect, it } from "vitest";
import { getClaimHistory } from "../audit/get-claim-history";
import { createClaim } from "../claims/create-claim";
import { listArticleClaims } from "../claims/list-article-claims";
import { AppError } from "../errors/app-error";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { searchWorkspace } from "../search/search-workspace";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { tableCounts } from "../testing/table-counts";
import { testDb } from "../testing/test-db";
import { listClaimVerdicts } from "./list-claim-verdicts";
import { saveVerdict } from "./save-verdict";
import { addSource } from "../sources/add-source";
import { setFinalVerdict, setFinalVerdictPublished } from "./set-final-verdict";

const db = () => testDb().db;

async function rejectsWith(work: Promise<unknown>, code: AppError["code"]) {
  await expect(work).rejects.toSatisfy((e: unknown) => e instanceof AppError && e.code === code);
}

describe("verdicts and blind review", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let claimId: string;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  let ratings: Awaited<ReturnType<typeof loadRatingScale>>;
  const rating = (label: string) => ratings.find((r) => r.label === label)!.id;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "Unemployment fell to 3.1% in March, the lowest rate since 1974.",
    ]);
    claimId = (await markClaim("Unemployment fell to 3.1% in March")).claimId;
    ratings = await loadRatingScale(db(), ws.workspace.id);
  });
  const scope = () => ({ workspaceId: ws.workspace.id, claimId });
  /** A claim on the article's first occurrence of `exact`, marked by a reviewer; its write scope. */
  const markClaim = async (exact: string) => {
    const claim = await createClaim(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, exact) },
    });
    return { workspaceId: ws.workspace.id, claimId: claim.id };
  };

  it("hides others' verdicts from a reviewer until they submit their own; editors see them", async () => {
    await saveVerdict(db(), {
      actor: ws.reviewer,
      ...scope(),
      input: { ratingId: rating("True"), confidence: 80, rationale: "Official figure." },
    });
    const beforeOwn = await listClaimVerdicts(db(), { actor: ws.reviewer2, ...scope() });
    expect(beforeOwn.others).toBeNull();
    expect(beforeOwn.othersSubmitted).toBe(1);
    expect(JSON.stringify(beforeOwn)).not.toContain("Official figure");
    const history = await getClaimHistory(db(), { actor: ws.reviewer2, ...scope() });
    expect(history.filter((h) => h.entityType === "verdict").every((h) => h.redacted && h.after === null)).toBe(true);
    expect(JSON.stringify(history)).not.toContain("Official figure");
    const viewer = await listClaimVerdicts(db(), { actor: ws.viewer, ...scope() });
    expect(viewer.others).toBeNull();
    const editor = await listClaimVerdicts(db(), { actor: ws.editor, ...scope() });
    expect(editor.others?.map((v) => v.rating.label)).toEqual(["True"]);

    // A draft does not unblind.
    const draft = await saveVerdict(db(), {
      actor: ws.reviewer2,
      ...scope(),
      input: { ratingId: rating("Mostly false"), confidence: 60, submit: false },
    });
    expect((await listClaimVerdicts(db(), { actor: ws.reviewer2, ...scope() })).others).toBeNull();
    expect((await listClaimVerdicts(db(), { actor: ws.editor, ...scope() })).others?.map((v) => v.reviewer.id)).toEqual(
      [ws.reviewer.userId],
    );
    await saveVerdict(db(), {
      actor: ws.reviewer2,
      ...scope(),
      input: {
        ratingId: rating("Mostly false"),
        confidence: 60,
        rationale: "Seasonally adjusted rate was 3.4%.",
        version: draft.version,
      },
    });
    const afterOwn = await listClaimVerdicts(db(), { actor: ws.reviewer2, ...scope() });
    expect(afterOwn.others?.map((v) => v.rating.label)).toEqual(["True"]);
    expect((await getClaimHistory(db(), { actor: ws.reviewer2, ...scope() })).some((h) => h.redacted)).toBe(false);
    const summary = (
      await listArticleClaims(db(), {
        actor: ws.viewer,
        workspaceId: ws.workspace.id,
        articleId: (await db().claim.findUniqueOrThrow({ where: { id: claimId } })).articleId,
      })
    )[0]!;
    expect(summary.status).toBe("verdict_proposed");
    expect(JSON.stringify(summary)).not.toContain("Mostly false");
  });

  it("never returns verdict contents from search", async () => {
    const result = await searchWorkspace(db(), {
      actor: ws.reviewer2,
      workspaceId: ws.workspace.id,
      input: { q: "official figure" },
    });
    expect(result.hits).toEqual([]);
    const byQuote = await searchWorkspace(db(), {
      actor: ws.reviewer2,
      workspaceId: ws.workspace.id,
      input: { q: "unemploy" },
    });
    expect(byQuote.hits.map((h) => h.kind).sort()).toEqual(["claim"]);
  });

  it("refuses verdicts from viewers and stale edits, with the current state and no trace", async () => {
    const before = await tableCounts(db());
    await rejectsWith(
      saveVerdict(db(), { actor: ws.viewer, ...scope(), input: { ratingId: rating("True"), confidence: 50 } }),
      "forbidden",
    );
    await rejectsWith(
      saveVerdict(db(), { actor: ws.outsider, ...scope(), input: { ratingId: rating("True"), confidence: 50 } }),
      "not_found",
    );
    await rejectsWith(
      saveVerdict(db(), { actor: ws.reviewer, ...scope(), input: { ratingId: rating("False"), confidence: 50 } }),
      "conflict",
    );
    await expect(
      saveVerdict(db(), { actor: ws.reviewer, ...scope(), input: { ratingId: "nope", confidence: 50, version: 1 } }),
    ).rejects.toThrow(/scale/);
    await expect(
      saveVerdict(db(), {
        actor: ws.reviewer,
        ...scope(),
        input: { ratingId: rating("True"), confidence: 150, version: 1 },
      }),
    ).rejects.toThrow(/at most 100/);
    expect(await tableCounts(db())).toEqual(before);
  });

  it("lets an editor settle, publish (locking) and unpublish the final verdict", async () => {
    await rejectsWith(
      setFinalVerdict(db(), { actor: ws.reviewer, ...scope(), input: { ratingId: rating("Mixed"), summary: "x" } }),
      "forbidden",
    );
    const final = await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope(),
      input: { ratingId: rating("Mostly true"), summary: "The rate fell, but 3.1% is the unadjusted figure." },
    });
    const published = await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      ...scope(),
      input: { published: true, version: final.version },
    });
    expect(published.published).toBe(true);
    await rejectsWith(
      setFinalVerdict(db(), {
        actor: ws.admin,
        ...scope(),
        input: { ratingId: rating("False"), summary: "changed", version: published.version },
      }),
      "locked",
    );
    await rejectsWith(
      saveVerdict(db(), {
        actor: ws.reviewer,
        ...scope(),
        input: { ratingId: rating("False"), confidence: 10, version: 1 },
      }),
      "locked",
    );
    const unpublished = await setFinalVerdictPublished(db(), {
      actor: ws.editor,
      ...scope(),
      input: { published: false, version: published.version },
    });
    const changed = await setFinalVerdict(db(), {
      actor: ws.editor,
      ...scope(),
      input: { ratingId: rating("Mixed"), summary: "Revised.", version: unpublished.version },
    });
    expect(changed.rating).toBe("Mixed");
    const actions = (await getClaimHistory(db(), { actor: ws.viewer, ...scope() })).map((h) => h.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "final_verdict.create",
        "final_verdict.publish",
        "final_verdict.unpublish",
        "final_verdict.update",
        "claim.status_change",
      ]),
    );
  });
  it("answers and audits each save as the database then holds it, as source links come and go", async () => {
    const on = await markClaim("the lowest rate since 1974");
    const [s1, s2] = await Promise.all(
      ["https://example.org/a", "https://example.org/b"].map((url) =>
        addSource(db(), { actor: ws.reviewer2, ...on, input: { url, title: url, stance: "supports" } }),
      ),
    );
    const stored = async (id: string) => {
      const v = await db().verdict.findUniqueOrThrow({
        where: { id },
        select: {
          id: true,
          claimId: true,
          reviewerId: true,
          ratingId: true,
          confidence: true,
          rationale: true,
          submittedAt: true,
          version: true,
          rating: { select: { label: true } },
          sources: { select: { sourceId: true } },
        },
      });
      const { rating: r, sources, ...rest } = v;
      return { ...rest, rating: r.label, sourceIds: sources.map((x) => x.sourceId).sort() };
    };
    const lastAudit = async (id: string) => {
      const entry = await db().auditLog.findFirstOrThrow({
        where: { entityId: id },
        orderBy: { id: "desc" },
        select: { action: true, before: true, after: true },
      });
      return {
        action: entry.action,
        before: entry.before === null ? null : (JSON.parse(entry.before) as unknown),
        after: JSON.parse(entry.after!) as unknown,
      };
    };
    const inputs = [
      { ratingId: rating("False"), confidence: 20, submit: false, sourceIds: [s2!.id, s1!.id, s1!.id] },
      {
        ratingId: rating("False"),
        confidence: 25,
        rationale: "Same links.",
        submit: false,
        sourceIds: [s1!.id, s2!.id],
      },
      { ratingId: rating("Mixed"), confidence: 55, rationale: "One link.", submit: true, sourceIds: [s2!.id] },
      { ratingId: rating("True"), confidence: 90, rationale: "No links.", sourceIds: [] },
    ];
    let previous: Awaited<ReturnType<typeof saveVerdict>> | null = null;
    const actions: string[] = [];
    for (const input of inputs) {
      const saved: Awaited<ReturnType<typeof saveVerdict>> = await saveVerdict(db(), {
        actor: ws.reviewer,
        ...on,
        input: { ...input, version: previous?.version },
      });
      expect(saved).toEqual(await stored(saved.id));
      const audit = await lastAudit(saved.id);
      actions.push(audit.action);
      expect(audit.after).toEqual(JSON.parse(JSON.stringify(saved)));
      expect(audit.before).toEqual(previous === null ? null : JSON.parse(JSON.stringify(previous)));
      previous = saved;
    }
    expect(actions).toEqual(["verdict.draft", "verdict.update", "verdict.submit", "verdict.update"]);
    expect(previous).toMatchObject({ version: 4, sourceIds: [], rating: "True" });
  });
  it("refuses to turn a submitted verdict back into a draft, with a message, and changes nothing", async () => {
    const on = await markClaim("the lowest rate");
    const submitted = await saveVerdict(db(), {
      actor: ws.reviewer,
      ...on,
      input: { ratingId: rating("True"), confidence: 70, submit: true },
    });
    const before = await tableCounts(db());
    const refusal = saveVerdict(db(), {
      actor: ws.reviewer,
      ...on,
      input: { ratingId: rating("False"), confidence: 10, submit: false, version: submitted.version },
    });
    await expect(refusal).rejects.toSatisfy(
      (e: unknown) => e instanceof AppError && e.code === "conflict" && /already submitted/.test(e.message),
    );
    expect(await tableCounts(db())).toEqual(before);
    const kept = await db().verdict.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(kept).toMatchObject({ ratingId: rating("True"), version: submitted.version });
    expect(kept.submittedAt).not.toBeNull();
    // Leaving submit out (or true) still changes a submitted verdict.
    const changed = await saveVerdict(db(), {
      actor: ws.reviewer,
      ...on,
      input: { ratingId: rating("False"), confidence: 10, version: submitted.version },
    });
    expect(changed).toMatchObject({ rating: "False", version: submitted.version + 1 });
  });
  it("takes one of two first verdicts sent at once and refuses the other as a conflict", async () => {
    const on = await markClaim("in March");
    const attempts = await Promise.allSettled(
      [rating("True"), rating("False")].map((ratingId) =>
        saveVerdict(db(), { actor: ws.reviewer2, ...on, input: { ratingId, confidence: 50, submit: true } }),
      ),
    );
    const saved = attempts.flatMap((attempt) => (attempt.status === "fulfilled" ? [attempt.value] : []));
    const refused = attempts.flatMap((attempt) => (attempt.status === "rejected" ? [attempt.reason as unknown] : []));
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toSatisfy((e: unknown) => e instanceof AppError && e.code === "conflict");
    expect(
      await db().verdict.findMany({ where: { claimId: on.claimId }, select: { id: true, ratingId: true } }),
    ).toEqual([{ id: saved[0]!.id, ratingId: saved[0]!.ratingId }]);
  });
});
