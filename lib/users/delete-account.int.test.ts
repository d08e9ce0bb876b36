// Deleting one's account: it asks the password; the person's content stays, credited to
// "deleted user"; their e-mail can sign up again; sessions and API tokens stop working; the
// workspaces' audit logs and the account security log record it; the last admin is refused.
import { describe, expect, it } from "vitest";
import { createApiToken } from "../api-tokens/create-api-token";
import { createClaim } from "../claims/create-claim";
import { callApi } from "../testing/api-client";
import { signedInSession } from "../testing/api-route-fixtures";
import { makeArticle, makeWorkspace, rangeOf, uniqueSuffix } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { authenticateWithPassword } from "./authenticate-with-password";
import { deleteAccount, DELETED_USER_NAME } from "./delete-account";
import { signUp } from "./sign-up";

const db = () => testDb().db;
const PASSWORD = "plum kettle harbour nine";

async function reviewerWithPassword(ws: Awaited<ReturnType<typeof makeWorkspace>>) {
  const email = `leaving.${uniqueSuffix()}@example.test`;
  const user = await signUp(db(), { input: { name: "Lea Leaving", email, password: PASSWORD } });
  await db().membership.create({ data: { workspaceId: ws.workspace.id, userId: user.id, role: "reviewer" } });
  return user;
}

describe("deleting one's account", () => {
  it("asks the password, keeps the content as 'deleted user', frees the e-mail and ends sessions and tokens", async () => {
    const ws = await makeWorkspace(db());
    const user = await reviewerWithPassword(ws);
    const article = await makeArticle(db(), ws.workspace.id, ws.editor.userId, ["The port handled 3 million tonnes."]);
    const session = await signedInSession(user.id);
    const actor = { userId: user.id, sessionId: session.sessionId };
    const claim = await createClaim(db(), {
      actor,
      workspaceId: ws.workspace.id,
      articleId: article.articleId,
      input: { revisionId: article.revisionId, ...rangeOf(article.text, "3 million tonnes") },
    });
    const token = await createApiToken(db(), {
      actor,
      input: { name: "script", workspaceId: ws.workspace.id, scope: "read_write" },
    });
    const api = (headers: { cookie?: string; token?: string }) =>
      callApi("GET", "/api/v1/workspaces", {
        token: headers.token,
        headers: headers.cookie ? { cookie: headers.cookie } : {},
      });
    expect((await api({ cookie: session.cookie })).status).toBe(200);
    expect((await api({ token: token.secret })).status).toBe(200);

    await expect(deleteAccount(db(), { actor, input: { password: "not my password" } })).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      deleteAccount(db(), {
        actor: { ...actor, token: { id: "t", scope: "read_write", workspaceId: ws.workspace.id } },
        input: { password: PASSWORD },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Lea Leaving");

    expect(await deleteAccount(db(), { actor, input: { password: PASSWORD } })).toEqual({ workspacesLeft: 1 });

    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ name: DELETED_USER_NAME, passwordHash: null, kind: "deleted" });
    expect(row.email).not.toContain(user.email);
    const kept = await db().claim.findUniqueOrThrow({
      where: { id: claim.id },
      select: { createdBy: { select: { name: true } } },
    });
    expect(kept.createdBy.name).toBe(DELETED_USER_NAME);
    expect(await db().membership.count({ where: { userId: user.id } })).toBe(0);
    expect((await api({ cookie: session.cookie })).status).toBe(401);
    expect((await api({ token: token.secret })).status).toBe(401);
    expect(
      await authenticateWithPassword(db(), { input: { email: user.email, password: PASSWORD }, ip: null }),
    ).toBeNull();

    const audit = await db().auditLog.findFirst({
      where: { workspaceId: ws.workspace.id, action: "membership.account_deleted" },
    });
    expect(audit?.actorId).toBe(user.id);
    expect(await db().authEvent.count({ where: { userId: user.id, action: "account_deleted" } })).toBe(1);

    // The e-mail is free: the same person can sign up again, as a new account.
    const again = await signUp(db(), { input: { name: "Lea Again", email: user.email, password: PASSWORD } });
    expect(again.id).not.toBe(user.id);
  });

  it("refuses the last admin of a workspace, changing nothing", async () => {
    const ws = await makeWorkspace(db());
    const email = `last.admin.${uniqueSuffix()}@example.test`;
    const admin = await signUp(db(), { input: { name: "Alma Admin", email, password: PASSWORD } });
    await db().membership.create({ data: { workspaceId: ws.workspace.id, userId: admin.id, role: "admin" } });
    await db().membership.deleteMany({ where: { workspaceId: ws.workspace.id, userId: ws.admin.userId } });
    const session = await signedInSession(admin.id);
    await expect(
      deleteAccount(db(), { actor: { userId: admin.id, sessionId: session.sessionId }, input: { password: PASSWORD } }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("only admin") });
    expect(await db().user.findUniqueOrThrow({ where: { id: admin.id }, select: { kind: true } })).toEqual({
      kind: "account",
    });
    expect(await db().membership.count({ where: { userId: admin.id } })).toBe(1);
  });
});
