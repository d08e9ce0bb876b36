import { z } from "zod";

export type RevisionBlock = { type: "paragraph" | "heading"; start: number; end: number };

const blocksSchema = z.array(
  z.object({ type: z.enum(["paragraph", "heading"]), start: z.number().int().min(0), end: z.number().int().min(0) }),
);

/** A revision's block list, stored as JSON (code-point ranges of its text). */
export function parseRevisionBlocks(json: string): RevisionBlock[] {
  return blocksSchema.parse(JSON.parse(json));
}

/**
 * What is wrong with a block list for a text of `length` code points (not JSON, wrong shape, a
 * block outside the text or ending before it starts), or null when it is sound. The article page
 * relies on every stored revision passing this.
 */
export function revisionBlocksProblem(json: string, length: number): string | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return "blocks is not JSON.";
  }
  const parsed = blocksSchema.safeParse(value);
  if (!parsed.success) return "blocks must be a list of { type: paragraph | heading, start, end }.";
  const bad = parsed.data.findIndex((block) => block.end < block.start || block.end > length);
  return bad === -1 ? null : `Block ${bad} lies outside the text (${length} code points).`;
}
