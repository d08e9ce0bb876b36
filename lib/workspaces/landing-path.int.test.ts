import { expect, it } from "vitest";
import { makeUser, makeWorkspace } from "../testing/factories";
import { testDb } from "../testing/test-db";
import { landingPath } from "./landing-path";

const db = () => testDb().db;

it("sends a member of one workspace into it, and members of several or none to the list", async () => {
  const ws = await makeWorkspace(db());
  const stranger = await makeUser(db(), "Stranger");
  expect(await landingPath(db(), { actor: ws.reviewer })).toBe(`/w/${ws.workspace.slug}`);
  expect(await landingPath(db(), { actor: stranger })).toBe("/workspaces");
  await db().membership.create({
    data: { workspaceId: ws.otherWorkspace.id, userId: ws.reviewer.userId, role: "viewer" },
  });
  expect(await landingPath(db(), { actor: ws.reviewer })).toBe("/workspaces");
});
