import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { ACTIONS, assertCan, can, isWriteAction, type MemberActor } from "./can";
import { ROLES, type Role } from "./roles";

const actor = (role: Role, extra: Partial<MemberActor> = {}): MemberActor => ({
  userId: "u1",
  workspaceId: "w1",
  role,
  ...extra,
});

describe("can", () => {
  it("lets each role do everything the role after it can", () => {
    for (const action of ACTIONS) {
      for (let i = 0; i < ROLES.length - 1; i++) {
        const stronger = ROLES[i]!;
        const weaker = ROLES[i + 1]!;
        if (can(actor(weaker), action)) expect(can(actor(stronger), action), `${stronger} ${action}`).toBe(true);
        if (can(actor(weaker), action, { ownerId: "u1" }))
          expect(can(actor(stronger), action, { ownerId: "u1" })).toBe(true);
      }
    }
  });

  it("never lets viewers write, and lets them read all but others' blind verdicts, backups, the trash and deleted text", () => {
    const editorsOnly = ["verdict.read_others", "export.backup", "trash.read", "audit.read_deleted"];
    for (const action of ACTIONS) {
      const expected = !isWriteAction(action) && !editorsOnly.includes(action);
      expect(can(actor("viewer"), action, { ownerId: "u1" }), action).toBe(expected);
    }
  });

  it.each([
    ["member.invite", ["admin"]],
    ["member.issue_password_reset", ["admin"]],
    ["article.create", ["admin", "editor"]],
    ["final_verdict.set", ["admin", "editor"]],
    ["claim.create", ["admin", "editor", "reviewer"]],
    ["note.create", ["admin", "editor", "reviewer"]],
    ["article.read", ["admin", "editor", "reviewer", "viewer"]],
    ["verdict.read_others", ["admin", "editor"]],
    ["article.delete", ["admin", "editor"]],
    ["article.archive", ["admin", "editor"]],
    ["trash.read", ["admin", "editor"]],
    ["trash.restore", ["admin", "editor"]],
    ["trash.purge", ["admin"]],
    ["audit.read_deleted", ["admin"]],
  ] as const)("%s is allowed for %j", (action, allowed) => {
    for (const role of ROLES) expect(can(actor(role), action)).toBe((allowed as readonly Role[]).includes(role));
  });

  it("lets authors edit their own notes but nobody edit someone else's", () => {
    for (const role of ["admin", "editor", "reviewer"] as const) {
      expect(can(actor(role), "note.update", { ownerId: "u1" })).toBe(true);
      expect(can(actor(role), "note.update", { ownerId: "someone-else" })).toBe(false);
    }
  });

  it("lets editors delete anyone's note (they can restore it too), reviewers only their own", () => {
    expect(can(actor("admin"), "note.delete", { ownerId: "x" })).toBe(true);
    expect(can(actor("editor"), "note.delete", { ownerId: "x" })).toBe(true);
    expect(can(actor("reviewer"), "note.delete", { ownerId: "x" })).toBe(false);
    expect(can(actor("reviewer"), "note.delete", { ownerId: "u1" })).toBe(true);
  });

  it("lets a thread's author or an editor resolve it; viewers never, even their own", () => {
    expect(can(actor("editor"), "note.resolve", { ownerId: "x" })).toBe(true);
    expect(can(actor("reviewer"), "note.resolve", { ownerId: "x" })).toBe(false);
    expect(can(actor("reviewer"), "note.resolve", { ownerId: "u1" })).toBe(true);
    expect(can(actor("viewer"), "note.resolve", { ownerId: "u1" })).toBe(false);
  });

  it("lets a reviewer delete their own claim only while no one else has worked on it", () => {
    expect(can(actor("reviewer"), "claim.delete", { ownerId: "u1", othersWork: false })).toBe(true);
    expect(can(actor("reviewer"), "claim.delete", { ownerId: "u1", othersWork: true })).toBe(false);
    // Not knowing is not enough: the caller must have looked.
    expect(can(actor("reviewer"), "claim.delete", { ownerId: "u1" })).toBe(false);
    expect(can(actor("reviewer"), "claim.delete", { ownerId: "x", othersWork: false })).toBe(false);
    expect(can(actor("editor"), "claim.delete", { ownerId: "x", othersWork: true })).toBe(true);
    expect(() => assertCan(actor("reviewer"), "claim.delete", { ownerId: "u1", othersWork: true })).toThrow(
      /ask an editor/,
    );
    expect(() => assertCan(actor("reviewer"), "claim.delete", { ownerId: "x", othersWork: true })).toThrow(/reviewer/);
  });

  it("treats a missing owner as not owned", () => {
    expect(can(actor("reviewer"), "claim.update", { ownerId: null })).toBe(false);
    expect(can(actor("reviewer"), "claim.update")).toBe(false);
  });

  it("refuses every write to a read-only token, whatever the role", () => {
    for (const action of ACTIONS) {
      expect(can(actor("admin", { tokenScope: "read" }), action, { ownerId: "u1" })).toBe(!isWriteAction(action));
    }
    expect(can(actor("admin", { tokenScope: "read_write" }), "member.invite")).toBe(true);
  });

  it("explains refusals", () => {
    expect(() => assertCan(actor("viewer"), "claim.create")).toThrow(AppError);
    expect(() => assertCan(actor("viewer"), "claim.create")).toThrow(/viewer/);
    expect(() => assertCan(actor("admin", { tokenScope: "read" }), "claim.create")).toThrow(/read-only/);
  });
});
