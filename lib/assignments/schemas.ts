import { z } from "zod";

export const createAssignmentSchema = z.object({
  articleId: z.string().min(1).max(64),
  /** Omit to assign the whole article. */
  claimIds: z.array(z.string().min(1).max(64)).max(500).optional(),
  assigneeIds: z.array(z.string().min(1).max(64)).min(1, "Choose at least one reviewer.").max(50),
  dueAt: z
    .union([z.iso.date(), z.iso.datetime({ offset: true }), z.literal(""), z.null()])
    .optional()
    .transform((value) => (value ? new Date(value.length === 10 ? `${value}T23:59:59.000Z` : value) : null)),
});
export type CreateAssignmentInput = z.input<typeof createAssignmentSchema>;
