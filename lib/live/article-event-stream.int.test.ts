// The live stream of an article, read as a browser reads it: changes arrive as they happen, a
// reconnect with Last-Event-ID catches up with what it missed, and blind review holds because an
// event names what changed, never its content.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { createNote } from "../notes/create-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { readEventStream } from "../testing/event-stream-reader";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { openArticleEventStream } from "./article-event-stream";
import type { ChangeEvent } from "./change-event";

const db = () => testDb().db;
const RATIONALE = "Only-the-first-reviewer-may-read-this";
type Ws = Awaited<ReturnType<typeof makeWorkspace>>;

type ReceivedChange = Omit<ChangeEvent, "id"> & { id: string };

/** Opens the stream as a browser would; `close()` ends it like a closed tab. */
async function listen(options: { ws: Ws; actor: { userId: string }; articleId: string; lastEventId?: string }) {
  const abort = new AbortController();
  const response = await openArticleEventStream(db(), {
    actor: options.actor,
    workspaceId: options.ws.workspace.id,
    articleId: options.articleId,
    lastEventId: options.lastEventId ?? null,
    signal: abort.signal,
  });
  const stream = readEventStream(response, abort);
  const changes = () =>
    stream.events
      .filter((event) => event.event === "change")
      .map((event): ReceivedChange => ({ ...(JSON.parse(event.data) as ChangeEvent), id: event.id! }));
  return { ...stream, changes };
}

describe("article live stream", () => {
  let ws: Ws;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  let claimId: string;
  beforeAll(async () => {
    ws = await makeWorkspace(db(), { blindReview: true });
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, [
      "Exports rose 12% in the first quarter, the ministry said.",
      "Imports fell.",
    ]);
    claimId = (
      await createClaim(db(), {
        actor: ws.reviewer,
        workspaceId: ws.workspace.id,
        articleId: article.articleId,
        input: { revisionId: article.revisionId, ...rangeOf(article.text, "Exports rose 12%") },
      })
    ).id;
  });

  it("tells a reviewer who has not submitted that a verdict changed, and nothing of what it says", async () => {
    const stream = await listen({ ws, actor: ws.reviewer2, articleId: article.articleId });
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    const rating = ratings.find((r) => r.label === "Mostly false")!;
    const verdict = await saveVerdict(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      claimId,
      input: { ratingId: rating.id, confidence: 64, rationale: RATIONALE },
    });
    await stream.next(
      (event) => event.event === "change" && (JSON.parse(event.data) as ChangeEvent).entityType === "verdict",
    );
    await stream.close();

    const event = stream.changes().find((change) => change.entityType === "verdict")!;
    expect(event).toMatchObject({
      claimId,
      articleId: article.articleId,
      entityId: verdict.id,
      actorId: ws.reviewer.userId,
    });
    expect(Object.keys(event).sort()).toEqual([
      "action",
      "actorId",
      "articleId",
      "at",
      "claimId",
      "entityId",
      "entityType",
      "id",
      "kind",
      "workspaceId",
    ]);
    for (const secret of [RATIONALE, rating.id, rating.label]) expect(stream.raw()).not.toContain(secret);
  });

  it("catches a reconnecting reader up with every change it missed, in order, from Last-Event-ID", async () => {
    const first = await listen({ ws, actor: ws.viewer, articleId: article.articleId });
    await createNote(db(), {
      actor: ws.reviewer,
      workspaceId: ws.workspace.id,
      claimId,
      input: { body: "Seen live." },
    });
    await first.next(
      (event) => event.event === "change" && (JSON.parse(event.data) as ChangeEvent).action === "note.create",
    );
    const lastSeen = first.changes().at(-1)!.id;
    await first.close();

    // While the reader is away, two more notes are written.
    const missed = [
      await createNote(db(), {
        actor: ws.reviewer,
        workspaceId: ws.workspace.id,
        claimId,
        input: { body: "Missed one." },
      }),
      await createNote(db(), {
        actor: ws.reviewer2,
        workspaceId: ws.workspace.id,
        claimId,
        input: { body: "Missed two." },
      }),
    ];
    const again = await listen({ ws, actor: ws.viewer, articleId: article.articleId, lastEventId: lastSeen });
    for (const note of missed)
      await again.next(
        (event) => event.event === "change" && (JSON.parse(event.data) as ChangeEvent).entityId === note.id,
      );
    await again.close();

    const ids = again.changes().map((change) => Number(change.id));
    expect(ids.every((id) => id > Number(lastSeen))).toBe(true);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("refuses the stream to someone outside the workspace", async () => {
    await expect(listen({ ws, actor: ws.outsider, articleId: article.articleId })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
