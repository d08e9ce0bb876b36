// The assignments API as a newsroom's tools use it: a stale change answers 409 with the current
// state, the assignee marks their own work done, filters narrow the list.
import { describe, expect, it } from "vitest";
import { callApi } from "@/lib/testing/api-client";
import { makeApiWorld, sessionCookie } from "@/lib/testing/api-route-fixtures";
import { testDb } from "@/lib/testing/test-db";

const db = () => testDb().db;

describe("assignments API", () => {
  it("refuses a reassignment from a stale version with 409 and the assignment as it is now", async () => {
    const world = await makeApiWorld(db());
    const path = `/api/v1/workspaces/${world.workspaceId}/assignments/${world.assignmentId}`;
    const token = world.tokens.readWrite;
    const moved = await callApi("PATCH", path, { token, body: { dueAt: "2026-12-24", version: 1 } });
    expect(moved.status, await moved.clone().text()).toBe(200);
    const stale = await callApi("PATCH", path, {
      token,
      body: { assigneeId: world.ws.reviewer2.userId, version: 1 },
    });
    expect(stale.status).toBe(409);
    const payload = (await stale.json()) as { error: { code: string; details: { current: { version: number } } } };
    expect(payload.error.code).toBe("conflict");
    expect(payload.error.details.current.version).toBe(2);
  });

  it("lets the assignee mark their assignment done but not withdraw it; the list filters by state and assignee", async () => {
    const world = await makeApiWorld(db());
    const base = `/api/v1/workspaces/${world.workspaceId}/assignments`;
    const cookie = await sessionCookie(world.ws.reviewer.userId);
    // Writes as Margin's own page sends them: same Origin, JSON (cookie writes need both).
    const write = { cookie, origin: "http://margin.test", "content-type": "application/json" };
    const withdraw = await callApi("POST", `${base}/${world.assignmentId}/withdraw`, { headers: write });
    expect(withdraw.status).toBe(403);
    const complete = await callApi("POST", `${base}/${world.assignmentId}/complete`, { headers: write });
    expect(complete.status, await complete.clone().text()).toBe(200);
    const ids = async (query: string) => {
      const response = await callApi("GET", `${base}?${query}`, { headers: { cookie } });
      expect(response.status, query).toBe(200);
      return ((await response.json()) as { data: { id: string; state: string }[] }).data.map((a) => a.id);
    };
    expect(await ids("assignee=me&state=done")).toEqual([world.assignmentId]);
    expect(await ids("assignee=me&state=open")).toEqual([]);
    expect(await ids(`assignee=${world.ws.reviewer2.userId}`)).toEqual([]);
    const bad = await callApi("GET", `${base}?state=late`, { headers: { cookie } });
    expect(bad.status).toBe(400);
  });
});
