// The live stream of one article (server-sent events). It sends:
//   event: change   — something changed (id = audit log id; no content, see change-event.ts)
//   event: presence — who is reading the article now
// A reconnecting browser sends Last-Event-ID and first receives every change it missed.
import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertCan } from "../permissions/can";
import { isSessionActive } from "../sessions/resolve-session";
import { getMemberActor } from "../workspaces/get-member-actor";
import { subscribeToChanges, publishPresence } from "./change-bus";
import type { ChangeEvent } from "./change-event";
import { leavePresence, listReaders, PRESENCE_HEARTBEAT_MS, touchPresence } from "./presence";

const CATCH_UP_LIMIT = 500;

export async function openArticleEventStream(
  db: Db,
  options: {
    actor: Actor;
    workspaceId: string;
    articleId: string;
    lastEventId: string | null;
    signal: AbortSignal;
    /** How often the stream sends a heartbeat and re-checks the session; tests shorten it. */
    heartbeatMs?: number;
  },
): Promise<Response> {
  const member = await getMemberActor(db, options.actor, options.workspaceId);
  assertCan(member, "article.read");
  const article = await db.article.findFirst({
    where: { id: options.articleId, workspaceId: options.workspaceId },
    select: { id: true },
  });
  if (!article) throw new AppError("not_found", "Article not found.");
  const connectionId = randomUUID();
  const encoder = new TextEncoder();
  const cleanups: (() => void)[] = [];
  let closed = false;

  const stream = new ReadableStream<Uint8Array>({
    start: async (controller) => {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const sendPresence = async () =>
        send(`event: presence\ndata: ${JSON.stringify({ readers: await listReaders(db, article.id) })}\n\n`);
      const close = () => {
        if (closed) return;
        closed = true;
        cleanups.forEach((cleanup) => cleanup());
        void leavePresence(db, connectionId).then(() => publishPresence(article.id));
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      options.signal.addEventListener("abort", close);

      // Subscribe before catching up, so nothing falls between the two; the browser ignores repeats.
      // lastSentId is where a catch-up starts: the browser's Last-Event-ID, then whatever was sent.
      const requested = Number(options.lastEventId);
      const resuming = Number.isSafeInteger(requested) && requested > 0;
      let lastSentId = resuming ? requested : 0;
      const sendChange = (event: ChangeEvent) => {
        lastSentId = Math.max(lastSentId, event.id);
        send(`id: ${event.id}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`);
      };
      const catchUp = async () => {
        for (const event of await changesAfter(db, article.id, lastSentId)) sendChange(event);
      };
      const pending: ChangeEvent[] = [];
      let live = false;
      cleanups.push(
        subscribeToChanges((event) => {
          if (event.kind === "resync") {
            // The relay reconnected: events published meanwhile never reached this process.
            if (live)
              void catchUp()
                .then(sendPresence)
                .catch(() => {});
            return;
          }
          if (event.kind === "presence") {
            if (event.articleId === article.id) void sendPresence();
            return;
          }
          if (event.articleId !== article.id || event.workspaceId !== options.workspaceId) return;
          if (live) sendChange(event);
          else pending.push(event);
        }),
      );
      send(`retry: 2000\n\n`);
      if (resuming) await catchUp();
      else lastSentId = await latestAuditId(db, article.id);
      live = true;
      pending.forEach(sendChange);

      await touchPresence(db, { connectionId, articleId: article.id, userId: member.userId });
      await publishPresence(article.id);
      const sessionId = options.actor.sessionId;
      const heartbeat = setInterval(() => {
        // A stream outlives the request that checked its cookie: once the session ends (signed out
        // here or on another instance), the stream closes, and the browser's reconnect gets a 401.
        if (sessionId)
          void isSessionActive(db, sessionId).then(
            (active) => (active ? undefined : close()),
            () => {},
          );
        send(`: heartbeat\n\n`);
        void touchPresence(db, { connectionId, articleId: article.id, userId: member.userId }).catch(() => {});
      }, options.heartbeatMs ?? PRESENCE_HEARTBEAT_MS);
      cleanups.push(() => clearInterval(heartbeat));
    },
    cancel: () => {
      closed = true;
      cleanups.forEach((cleanup) => cleanup());
      void leavePresence(db, connectionId).then(() => publishPresence(options.articleId));
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

async function latestAuditId(db: Db, articleId: string): Promise<number> {
  const latest = await db.auditLog.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? 0;
}

async function changesAfter(db: Db, articleId: string, after: number): Promise<ChangeEvent[]> {
  const missed = await db.auditLog.findMany({
    where: { articleId, id: { gt: after } },
    orderBy: { id: "asc" },
    take: CATCH_UP_LIMIT,
    select: {
      id: true,
      workspaceId: true,
      articleId: true,
      claimId: true,
      action: true,
      entityType: true,
      entityId: true,
      actorId: true,
      createdAt: true,
    },
  });
  return missed.map((record) => ({ ...record, kind: "change", at: record.createdAt.toISOString() }));
}
