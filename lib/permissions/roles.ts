// Workspace roles, strongest first. Each role can do what the ones after it can.
export const ROLES = ["admin", "editor", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { admin: 3, editor: 2, reviewer: 1, viewer: 0 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  editor: "Editor",
  reviewer: "Reviewer",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Manages members and workspace settings, and does everything an editor does.",
  editor: "Imports and edits articles, assigns reviews, settles and publishes final verdicts.",
  reviewer: "Marks claims, writes notes, adds sources and gives verdicts.",
  viewer: "Reads articles, claims, notes and verdicts.",
};
