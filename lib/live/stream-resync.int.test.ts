// A live stream catches up from the audit log when its process's relay reconnected: changes
// whose notifications were lost (the listener was down) still reach the open page.
import { describe, expect, it } from "vitest";
import { recordAudit } from "../audit/record-audit";
import { makeArticle, makeWorkspace } from "../testing/factories";
import { readEventStream } from "../testing/event-stream-reader";
import { testDb } from "../testing/test-db";
import { openArticleEventStream } from "./article-event-stream";
import { deliverLocally } from "./change-bus";

const db = () => testDb().db;

async function openStream(actorId: string, workspaceId: string, articleId: string) {
  const abort = new AbortController();
  const response = await openArticleEventStream(db(), {
    actor: { userId: actorId },
    workspaceId,
    articleId,
    lastEventId: null,
    signal: abort.signal,
  });
  return readEventStream(response, abort);
}

async function unpublishedChange(workspaceId: string, articleId: string, actorId: string): Promise<number> {
  // Written without publishing, as if its notification went out while this process was deaf.
  const record = await recordAudit(db(), {
    workspaceId,
    articleId,
    actorId,
    action: "article.update",
    entityType: "article",
    entityId: articleId,
  });
  return record.id;
}

describe("live stream after a relay reconnect", () => {
  it("sends the changes it missed once the relay asks for a resync, and not the older history", async () => {
    const ws = await makeWorkspace(db());
    const { articleId } = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["One paragraph."]);
    const before = await unpublishedChange(ws.workspace.id, articleId, ws.editor.userId);
    const stream = await openStream(ws.viewer.userId, ws.workspace.id, articleId);
    await expect.poll(() => stream.raw()).toContain("event: presence");
    const missed = await unpublishedChange(ws.workspace.id, articleId, ws.editor.userId);
    expect(stream.raw()).not.toContain(`id: ${missed}\n`);

    deliverLocally({ kind: "resync" });
    await expect.poll(() => stream.raw()).toContain(`id: ${missed}\nevent: change`);
    expect(stream.raw()).not.toContain(`id: ${before}\n`);
    await stream.close();
  });

  it("does not resend what the stream already sent", async () => {
    const ws = await makeWorkspace(db());
    const { articleId } = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["One paragraph."]);
    const stream = await openStream(ws.viewer.userId, ws.workspace.id, articleId);
    await expect.poll(() => stream.raw()).toContain("event: presence");
    const first = await unpublishedChange(ws.workspace.id, articleId, ws.editor.userId);
    deliverLocally({ kind: "resync" });
    await expect.poll(() => stream.raw()).toContain(`id: ${first}\n`);
    const second = await unpublishedChange(ws.workspace.id, articleId, ws.editor.userId);
    deliverLocally({ kind: "resync" });
    await expect.poll(() => stream.raw()).toContain(`id: ${second}\n`);
    expect(stream.raw().split(`id: ${first}\n`).length - 1).toBe(1);
    await stream.close();
  });
});
