import { describe, expect, it } from "vitest";
import { createAssignmentSchema, listAssignmentsQuerySchema, updateAssignmentSchema } from "./schemas";

describe("assignment schemas", () => {
  it("makes a due date due at the end of that day (UTC); empty or missing means none", () => {
    const base = { articleId: "a", assigneeIds: ["r"] };
    expect(createAssignmentSchema.parse({ ...base, dueAt: "2026-12-12" }).dueAt).toEqual(
      new Date("2026-12-12T23:59:59.000Z"),
    );
    expect(createAssignmentSchema.parse({ ...base, dueAt: "" }).dueAt).toBeNull();
    expect(createAssignmentSchema.parse(base).dueAt).toBeNull();
  });

  it("asks a change for a reviewer or a due date, with the version seen", () => {
    expect(updateAssignmentSchema.safeParse({ version: 1 }).success).toBe(false);
    expect(updateAssignmentSchema.safeParse({ assigneeId: "r" }).success).toBe(false);
    expect(updateAssignmentSchema.parse({ dueAt: null, version: 2 })).toEqual({ dueAt: null, version: 2 });
    expect(updateAssignmentSchema.parse({ assigneeId: "r", version: 2 })).toEqual({ assigneeId: "r", version: 2 });
  });

  it("filters lists by state among open, done and withdrawn only", () => {
    expect(listAssignmentsQuerySchema.parse({ state: "done", assignee: "me" })).toMatchObject({
      state: "done",
      assignee: "me",
      limit: 50,
    });
    expect(listAssignmentsQuerySchema.safeParse({ state: "late" }).success).toBe(false);
  });
});
