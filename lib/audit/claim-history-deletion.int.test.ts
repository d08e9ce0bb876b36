// Deleting takes the words out of everyone's sight but admins': the claim's history keeps saying
// who did what and who deleted it, without the content, while the thing is in the trash, a
// tombstone, or purged; restoring shows it again. The API answers the same.
import { describe, expect, it } from "vitest";
import { deleteClaim } from "../claims/delete-claim";
import { deleteNote } from "../notes/delete-note";
import { callApi } from "../testing/api-client";
import { sessionCookie } from "../testing/api-route-fixtures";
import { testDb } from "../testing/test-db";
import { purgeTrashItem } from "../trash/purge-trash-item";
import { restoreTrashItem } from "../trash/restore-trash-item";
import { makeTrashWorld } from "../testing/trash-fixture";
import { getClaimHistory, type HistoryEntry } from "./get-claim-history";

const db = () => testDb().db;
type World = Awaited<ReturnType<typeof makeTrashWorld>>;

const about = (entries: HistoryEntry[], entityId: string) => entries.filter((entry) => entry.entityId === entityId);
const historyAs = (world: World, actor: { userId: string }) =>
  getClaimHistory(db(), { actor, ...world.scope, claimId: world.claim.id });

describe("a claim's history after deletions", () => {
  it("withholds a deleted note's words from everyone but admins, and says who deleted it", async () => {
    const world = await makeTrashWorld(db());
    await deleteNote(db(), { actor: world.ws.editor, ...world.scope, noteId: world.root.id, input: { version: 1 } });
    for (const actor of [world.ws.viewer, world.ws.reviewer, world.ws.editor]) {
      const entries = about(await historyAs(world, actor), world.root.id);
      expect(entries.map((e) => [e.action, e.actor?.name, e.redacted, e.redactedReason])).toEqual([
        ["note.create", "Reviewer", true, "deleted"],
        ["note.delete", "Editor", true, "deleted"],
      ]);
      expect(entries[0]!.deletion).toEqual({ state: "in_trash", by: { id: world.ws.editor.userId, name: "Editor" } });
      expect(JSON.stringify(entries)).not.toContain("Root **note**");
    }
    // Others' entries are untouched: the reply (live) still reads.
    const reply = about(await historyAs(world, world.ws.viewer), world.reply.id);
    expect(reply[0]).toMatchObject({ redacted: false, deletion: null, after: { body: "A reply." } });
    const admin = about(await historyAs(world, world.ws.admin), world.root.id);
    expect(admin[0]).toMatchObject({ redacted: false, after: { body: "Root **note**." } });
    expect(admin[0]!.deletion?.state).toBe("in_trash");

    // Through the API, as a signed-in viewer.
    const response = await callApi(
      "GET",
      `/api/v1/workspaces/${world.ws.workspace.id}/claims/${world.claim.id}/history`,
      {
        headers: { cookie: await sessionCookie(world.ws.viewer.userId) },
      },
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('"redactedReason":"deleted"');
    expect(text).not.toContain("Root **note**");

    // Restored: readable again. Purged after a second deletion: withheld for good.
    const item = await db().trashItem.findUniqueOrThrow({ where: { entityId: world.root.id } });
    await restoreTrashItem(db(), { actor: world.ws.editor, ...world.scope, itemId: item.id });
    expect(about(await historyAs(world, world.ws.viewer), world.root.id)[0]).toMatchObject({
      redacted: false,
      after: { body: "Root **note**." },
    });
    const { version } = await db().note.findUniqueOrThrow({ where: { id: world.root.id } });
    await deleteNote(db(), { actor: world.ws.reviewer, ...world.scope, noteId: world.root.id, input: { version } });
    const again = await db().trashItem.findUniqueOrThrow({ where: { entityId: world.root.id } });
    await purgeTrashItem(db(), { actor: world.ws.admin, ...world.scope, itemId: again.id });
    const purged = about(await historyAs(world, world.ws.editor), world.root.id);
    expect(purged.every((entry) => entry.redacted && entry.before === null && entry.after === null)).toBe(true);
    expect(purged.at(-1)).toMatchObject({ action: "note.purge", actor: { name: "Admin" } });
    expect(purged[0]!.deletion).toEqual({ state: "deleted", by: { id: world.ws.reviewer.userId, name: "Reviewer" } });
  });

  it("withholds everything about a claim in the trash from non-admins, who still see who did what", async () => {
    const world = await makeTrashWorld(db());
    const { version } = await db().claim.findUniqueOrThrow({ where: { id: world.claim.id } });
    await deleteClaim(db(), { actor: world.ws.editor, ...world.scope, claimId: world.claim.id, input: { version } });
    const entries = await historyAs(world, world.ws.reviewer2);
    expect(entries.length).toBeGreaterThan(8);
    expect(entries.every((entry) => entry.redacted && entry.after === null && entry.before === null)).toBe(true);
    expect(new Set(entries.map((entry) => entry.deletion?.by?.name))).toEqual(new Set(["Editor"]));
    expect(entries.at(-1)?.action).toBe("claim.delete");
    // Admins read it all (a colleague's draft verdict stays its author's, as always).
    const forAdmin = await historyAs(world, world.ws.admin);
    expect(forAdmin.filter((entry) => entry.redacted).map((entry) => [entry.action, entry.redactedReason])).toEqual([
      ["verdict.draft", "blind_review"],
    ]);
  });
});
