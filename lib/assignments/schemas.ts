import { z } from "zod";
import { ASSIGNMENT_STATES } from "./assignment-state";

const id = z.string().min(1).max(64);

/** A date (due at the end of that day, UTC) or a moment; "" or null for no due date. */
const dueAtSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true }), z.literal(""), z.null()])
  .transform((value) => (value ? new Date(value.length === 10 ? `${value}T23:59:59.000Z` : value) : null));

export const createAssignmentSchema = z.strictObject({
  articleId: id,
  /** Omit to assign the whole article. */
  claimIds: z.array(id).max(500).optional(),
  assigneeIds: z.array(id).min(1, "Choose at least one reviewer.").max(50),
  dueAt: dueAtSchema.optional().transform((value) => value ?? null),
});

/** An editor hands an open assignment to another reviewer, or moves its due date. */
export const updateAssignmentSchema = z
  .strictObject({
    assigneeId: id.optional(),
    dueAt: dueAtSchema.optional(),
    /** The version the editor saw; a change made meanwhile is refused (409). */
    version: z.number().int().positive(),
  })
  .refine((input) => input.assigneeId !== undefined || input.dueAt !== undefined, {
    message: "Change the reviewer or the due date.",
    path: ["assigneeId"],
  });

export const listAssignmentsQuerySchema = z.object({
  /** A member's user id, or "me". */
  assignee: id.optional(),
  state: z.enum(ASSIGNMENT_STATES).optional(),
  article: id.optional(),
  limit: z.coerce.number().int().min(1, "limit is at least 1").max(100, "limit is at most 100").default(50),
  cursor: id.optional(),
});
export type ListAssignmentsQuery = z.input<typeof listAssignmentsQuerySchema>;
