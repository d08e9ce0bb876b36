import { z } from "zod";
import { tagNameSchema } from "../claims/schemas";

export const NOTE_BODY_MAX = 20_000;
export const NOTES_PER_CLAIM_MAX = 500;

export const noteBodySchema = z
  .string()
  .max(NOTE_BODY_MAX, `Keep notes under ${NOTE_BODY_MAX.toLocaleString("en")} characters.`)
  .refine((body) => body.trim().length > 0, "Write something first.");

export const createNoteSchema = z.strictObject({
  body: noteBodySchema,
  replyToId: z.string().min(1).max(64).nullable().optional(),
  tags: z.array(tagNameSchema).max(20).optional(),
});

export const updateNoteSchema = z.strictObject({ body: noteBodySchema, version: z.number().int().positive() });
/** Marks a thread (a top-level note) resolved, or reopens it. */
export const setNoteThreadResolvedSchema = z.strictObject({ resolved: z.boolean() });
export const deleteNoteSchema = z.strictObject({ version: z.number().int().positive() });
