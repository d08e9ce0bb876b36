import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors/app-error";
import { makeArticle, makeUser, makeWorkspace } from "../testing/factories";
import { tableCounts } from "../testing/table-counts";
import { testDb } from "../testing/test-db";
import { acceptInvite } from "./accept-invite";
import { changeMemberRole } from "./change-member-role";
import { removeMember } from "./remove-member";
import { createWorkspace } from "./create-workspace";
import { getWorkspaceBySlug } from "./get-workspace-by-slug";
import { inviteMember } from "./invite-member";
import { listMembers } from "./list-members";
import { listWorkspacesForUser } from "./list-workspaces-for-user";

const db = () => testDb().db;

async function expectAppError(work: Promise<unknown>, code: AppError["code"]) {
  await expect(work).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === code);
}

describe("workspaces", () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace(db());
  });

  it("creates a workspace with its creator as admin, the default rating scale and an audit entry", async () => {
    const user = await makeUser(db(), "Founder");
    const created = await createWorkspace(db(), { actor: user, input: { name: "  Politics desk  " } });
    expect(created.name).toBe("Politics desk");
    expect(created.slug).toMatch(/^politics-desk/);
    const members = await listMembers(db(), { actor: user, workspaceId: created.id });
    expect(members.map((m) => [m.userId, m.role])).toEqual([[user.userId, "admin"]]);
    expect(await db().rating.count({ where: { workspaceId: created.id } })).toBe(7);
    expect(await db().auditLog.count({ where: { workspaceId: created.id, action: "workspace.create" } })).toBe(1);
    const again = await createWorkspace(db(), { actor: user, input: { name: "Politics desk" } });
    expect(again.slug).not.toBe(created.slug);
  });

  it("refuses a nameless workspace with a field error and no session at all", async () => {
    const user = await makeUser(db());
    await expect(createWorkspace(db(), { actor: user, input: { name: " " } })).rejects.toThrow(/name/);
    await expectAppError(
      createWorkspace(db(), { actor: undefined as unknown as Actor, input: { name: "x y" } }),
      "unauthenticated",
    );
  });

  it("answers 'not found' to people outside the workspace, the same as for a missing one", async () => {
    await expectAppError(getWorkspaceBySlug(db(), { actor: ws.outsider, slug: ws.workspace.slug }), "not_found");
    await expectAppError(getWorkspaceBySlug(db(), { actor: ws.outsider, slug: "no-such-workspace" }), "not_found");
    await expectAppError(listMembers(db(), { actor: ws.outsider, workspaceId: ws.workspace.id }), "not_found");
    const mine = await listWorkspacesForUser(db(), { actor: ws.outsider });
    expect(mine.map((w) => w.id)).not.toContain(ws.workspace.id);
  });

  it("lists a member's workspaces with the articles and members of each", async () => {
    const other = await makeWorkspace(db());
    for (const title of ["One", "Two"]) await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["Text."], title);
    await makeArticle(db(), other.workspace.id, other.editor.userId, ["Text."]);
    const before = (await listWorkspacesForUser(db(), { actor: ws.viewer })).find((w) => w.id === ws.workspace.id)!;
    await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["Text."], "Three");
    const after = (await listWorkspacesForUser(db(), { actor: ws.viewer })).find((w) => w.id === ws.workspace.id)!;
    expect(after.articleCount).toBe(before.articleCount + 1);
    expect(after.articleCount).toBe(await db().article.count({ where: { workspaceId: ws.workspace.id } }));
    expect(after.memberCount).toBe(await db().membership.count({ where: { workspaceId: ws.workspace.id } }));
    expect(
      (await listWorkspacesForUser(db(), { actor: other.viewer })).map((w) => [w.articleCount, w.memberCount]),
    ).toEqual([[1, 5]]);
  });

  it("lets an admin invite; the link joins the invitee with the role, once", async () => {
    const invitee = await makeUser(db(), "Invitee");
    const { token, invite } = await inviteMember(db(), {
      actor: ws.admin,
      workspaceId: ws.workspace.id,
      input: { email: invitee.email.toUpperCase(), role: "reviewer" },
    });
    expect(invite.email).toBe(invitee.email);
    const stored = await db().invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(stored.tokenHash).not.toContain(token);
    const joined = await acceptInvite(db(), { actor: invitee, token });
    expect(joined.id).toBe(ws.workspace.id);
    const context = await getWorkspaceBySlug(db(), { actor: invitee, slug: ws.workspace.slug });
    expect(context.member.role).toBe("reviewer");
    await expectAppError(acceptInvite(db(), { actor: await makeUser(db()), token }), "conflict");
    await expectAppError(acceptInvite(db(), { actor: invitee, token: "not-a-real-token-at-all" }), "not_found");
  });

  it("refuses invites from non-admins and leaves no trace", async () => {
    for (const actor of [ws.editor, ws.reviewer, ws.viewer]) {
      const before = await tableCounts(db());
      await expectAppError(
        inviteMember(db(), { actor, workspaceId: ws.workspace.id, input: { email: "x@example.test", role: "admin" } }),
        "forbidden",
      );
      expect(await tableCounts(db())).toEqual(before);
    }
    const before = await tableCounts(db());
    await expectAppError(
      inviteMember(db(), {
        actor: ws.outsider,
        workspaceId: ws.workspace.id,
        input: { email: "x@example.test", role: "admin" },
      }),
      "not_found",
    );
    expect(await tableCounts(db())).toEqual(before);
  });

  it("validates invite input with messages per field", async () => {
    await expect(
      inviteMember(db(), { actor: ws.admin, workspaceId: ws.workspace.id, input: { email: "nope", role: "owner" } }),
    ).rejects.toThrow(/e-mail|role/i);
  });

  it("changes roles with optimistic concurrency and keeps at least one admin", async () => {
    const members = await listMembers(db(), { actor: ws.admin, workspaceId: ws.workspace.id });
    const viewer = members.find((m) => m.userId === ws.viewer.userId)!;
    const updated = await changeMemberRole(db(), {
      actor: ws.admin,
      workspaceId: ws.workspace.id,
      input: { membershipId: viewer.membershipId, role: "reviewer", version: viewer.version },
    });
    expect(updated.version).toBe(viewer.version + 1);
    await expect(
      changeMemberRole(db(), {
        actor: ws.admin,
        workspaceId: ws.workspace.id,
        input: { membershipId: viewer.membershipId, role: "editor", version: viewer.version },
      }),
    ).rejects.toThrow(/meanwhile/);
    const admin = members.find((m) => m.userId === ws.admin.userId)!;
    await expect(
      changeMemberRole(db(), {
        actor: ws.admin,
        workspaceId: ws.workspace.id,
        input: { membershipId: admin.membershipId, role: "viewer", version: admin.version },
      }),
    ).rejects.toThrow(/at least one admin/);
    await expect(
      removeMember(db(), { actor: ws.admin, workspaceId: ws.workspace.id, membershipId: admin.membershipId }),
    ).rejects.toThrow(/at least one admin/);
    const history = await db().auditLog.findMany({
      where: { workspaceId: ws.workspace.id, action: "membership.update_role" },
    });
    expect(history).toHaveLength(1);
    expect(JSON.parse(history[0]!.before!).role).toBe("viewer");
    expect(JSON.parse(history[0]!.after!).role).toBe("reviewer");
  });

  it("does not let an admin of one workspace touch another's members", async () => {
    const members = await listMembers(db(), { actor: ws.admin, workspaceId: ws.workspace.id });
    const target = members.find((m) => m.userId === ws.reviewer2.userId)!;
    await expectAppError(
      changeMemberRole(db(), {
        actor: ws.outsider,
        workspaceId: ws.otherWorkspace.id,
        input: { membershipId: target.membershipId, role: "admin", version: target.version },
      }),
      "not_found",
    );
    await expectAppError(
      removeMember(db(), { actor: ws.outsider, workspaceId: ws.otherWorkspace.id, membershipId: target.membershipId }),
      "not_found",
    );
  });
});
