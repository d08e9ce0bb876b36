// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, isoTimeSchema, orNull, personRefSchema } from "../http/response-schemas";
import { ASSIGNMENT_STATES } from "./assignment-state";

export const assignmentProgressResponse = z.strictObject({ rated: z.number().int(), total: z.number().int() });

export const assignmentItemResponse = z.strictObject({
  id: idSchema,
  state: z.enum(ASSIGNMENT_STATES),
  article: z.strictObject({ id: idSchema, title: z.string() }),
  claim: orNull(z.strictObject({ id: idSchema, exact: z.string() })).describe("null: the whole article"),
  assignee: personRefSchema,
  assignedBy: personRefSchema,
  dueAt: orNull(isoTimeSchema),
  createdAt: isoTimeSchema,
  completedAt: orNull(isoTimeSchema),
  withdrawnAt: orNull(isoTimeSchema),
  overdue: z.boolean(),
  progress: assignmentProgressResponse,
  version: z.number().int(),
});

const assignmentFields = {
  id: idSchema,
  articleId: idSchema,
  claimId: orNull(idSchema),
  assigneeId: idSchema,
  dueAt: orNull(isoTimeSchema),
};

export const assignmentCreatedResponse = z.strictObject({ ...assignmentFields, version: z.number().int() });

export const assignmentRecordResponse = z.strictObject({
  ...assignmentFields,
  completedAt: orNull(isoTimeSchema),
  withdrawnAt: orNull(isoTimeSchema),
  version: z.number().int(),
});
