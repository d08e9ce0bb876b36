// The live stream of an article, read as a browser reads it: changes arrive as they happen, a
// reconnect with Last-Event-ID catches up with what it missed, and blind review holds because an
// event names what changed, never its content.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "../claims/create-claim";
import { createNote } from "../notes/create-note";
import { loadRatingScale } from "../ratings/list-rating-scale";
import { makeArticle, makeWorkspace, rangeOf } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { saveVerdict } from "../verdicts/save-verdict";
import { openArticleEventStream } from "./article-event-stream";
import type { ChangeEvent } from "./change-event";

const db = () => testDb().db;
const RATIONALE = "Only-the-first-reviewer-may-read-this";
type Ws = Awaited<ReturnType<typeof makeWorkspace>>;

type ReceivedChange = Omit<ChangeEvent, "id"> & { id: string };

interface SseEvent {
  id?: string;
  event?: string;
  data?: string;
}

/** Opens the stream and parses its events as they come; `close()` ends it like a closed tab. */
async function listen(options: { ws: Ws; actor: { userId: string }; articleId: string; lastEventId?: string }) {
  const abort = new AbortController();
  const response = await openArticleEventStream(db(), {
    actor: options.actor,
    workspaceId: options.ws.workspace.id,
    articleId: options.articleId,
    lastEventId: options.lastEventId ?? null,
    signal: abort.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: SseEvent[] = [];
  const raw: string[] = [];
  let buffer = "";
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      raw.push(value);
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: SseEvent = {};
        for (const line of block.split("\n")) {
          const match = /^(id|event|data): ?(.*)$/.exec(line);
          if (match) event[match[1] as keyof SseEvent] = match[2];
        }
        if (event.event) events.push(event);
      }
    }
  })().catch(() => {});
  const changes = () => events.filter((event) => event.event === "change").map((event): ReceivedChange => ({ ...(JSON.parse(event.data!) as ChangeEvent), id: event.id! }));
  async function waitFor(predicate: () => boolean, what: string) {
    const deadline = Date.now() + 5000;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(events)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  return {
    changes,
    raw: () => raw.join(""),
    waitFor,
    async close() {
      abort.abort();
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}

describe("article live stream", () => {
  let ws: Ws;
  let article: Awaited<ReturnType<typeof makeArticle>>;
  let claimId: string;
  beforeAll(async () => {
    ws = await makeWorkspace(db(), { blindReview: true });
    article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["Exports rose 12% in the first quarter, the ministry said.", "Imports fell."]);
    claimId = (
      await createClaim(db(), { actor: ws.reviewer, workspaceId: ws.workspace.id, articleId: article.articleId, input: { revisionId: article.revisionId, ...rangeOf(article.text, "Exports rose 12%") } })
    ).id;
  });

  it("tells a reviewer who has not submitted that a verdict changed, and nothing of what it says", async () => {
    const stream = await listen({ ws, actor: ws.reviewer2, articleId: article.articleId });
    const ratings = await loadRatingScale(db(), ws.workspace.id);
    const rating = ratings.find((r) => r.label === "Mostly false")!;
    const verdict = await saveVerdict(db(), { actor: ws.reviewer, workspaceId: ws.workspace.id, claimId, input: { ratingId: rating.id, confidence: 64, rationale: RATIONALE } });
    await stream.waitFor(() => stream.changes().some((change) => change.entityType === "verdict"), "the verdict event");
    await stream.close();

    const event = stream.changes().find((change) => change.entityType === "verdict")!;
    expect(event).toMatchObject({ claimId, articleId: article.articleId, entityId: verdict.id, actorId: ws.reviewer.userId });
    expect(Object.keys(event).sort()).toEqual(["action", "actorId", "articleId", "at", "claimId", "entityId", "entityType", "id", "kind", "workspaceId"]);
    for (const secret of [RATIONALE, rating.id, rating.label]) expect(stream.raw()).not.toContain(secret);
  });

  it("catches a reconnecting reader up with every change it missed, in order, from Last-Event-ID", async () => {
    const first = await listen({ ws, actor: ws.viewer, articleId: article.articleId });
    await createNote(db(), { actor: ws.reviewer, workspaceId: ws.workspace.id, claimId, input: { body: "Seen live." } });
    await first.waitFor(() => first.changes().some((change) => change.action === "note.create"), "the first note");
    const lastSeen = first.changes().at(-1)!.id;
    await first.close();

    // While the reader is away, two more notes are written.
    const missed = [
      await createNote(db(), { actor: ws.reviewer, workspaceId: ws.workspace.id, claimId, input: { body: "Missed one." } }),
      await createNote(db(), { actor: ws.reviewer2, workspaceId: ws.workspace.id, claimId, input: { body: "Missed two." } }),
    ];
    const again = await listen({ ws, actor: ws.viewer, articleId: article.articleId, lastEventId: lastSeen });
    await again.waitFor(() => missed.every((note) => again.changes().some((change) => change.entityId === note.id)), "the missed notes");
    await again.close();

    const ids = again.changes().map((change) => Number(change.id));
    expect(ids.every((id) => id > Number(lastSeen))).toBe(true);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("refuses the stream to someone outside the workspace", async () => {
    await expect(listen({ ws, actor: ws.outsider, articleId: article.articleId })).rejects.toMatchObject({ code: "not_found" });
  });
});
