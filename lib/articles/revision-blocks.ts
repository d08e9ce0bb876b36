import { z } from "zod";

export type RevisionBlock = { type: "paragraph" | "heading"; start: number; end: number };

const blocksSchema = z.array(
  z.object({ type: z.enum(["paragraph", "heading"]), start: z.number().int().min(0), end: z.number().int().min(0) }),
);

/** A revision's block list, stored as JSON (code-point ranges of its text). */
export function parseRevisionBlocks(json: string): RevisionBlock[] {
  return blocksSchema.parse(JSON.parse(json));
}
