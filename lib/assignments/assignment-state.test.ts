import { describe, expect, it } from "vitest";
import { assignmentStateOf, isOverdue } from "./assignment-state";

const now = new Date("2026-12-10T12:00:00Z");
const past = new Date("2026-12-09T23:59:59Z");
const future = new Date("2026-12-12T23:59:59Z");

describe("assignment state", () => {
  it("is open until done or withdrawn; withdrawn wins over done", () => {
    expect(assignmentStateOf({ completedAt: null, withdrawnAt: null })).toBe("open");
    expect(assignmentStateOf({ completedAt: past, withdrawnAt: null })).toBe("done");
    expect(assignmentStateOf({ completedAt: null, withdrawnAt: past })).toBe("withdrawn");
    expect(assignmentStateOf({ completedAt: past, withdrawnAt: past })).toBe("withdrawn");
  });

  it("calls only open assignments past their due moment overdue", () => {
    const open = { completedAt: null, withdrawnAt: null };
    expect(isOverdue({ ...open, dueAt: past }, now)).toBe(true);
    expect(isOverdue({ ...open, dueAt: future }, now)).toBe(false);
    expect(isOverdue({ ...open, dueAt: null }, now)).toBe(false);
    expect(isOverdue({ dueAt: past, completedAt: now, withdrawnAt: null }, now)).toBe(false);
    expect(isOverdue({ dueAt: past, completedAt: null, withdrawnAt: now }, now)).toBe(false);
  });
});
