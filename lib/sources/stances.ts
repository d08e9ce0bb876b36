// Source stances, shared by the server (schemas) and the browser (forms, badges).
export const SOURCE_STANCES = ["supports", "refutes", "context"] as const;
export type SourceStance = (typeof SOURCE_STANCES)[number];
export const SOURCE_STANCE_LABELS: Record<SourceStance, string> = {
  supports: "Supports",
  refutes: "Refutes",
  context: "Adds context",
};
