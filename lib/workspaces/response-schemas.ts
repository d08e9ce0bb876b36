// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { idSchema, isoTimeSchema } from "../http/response-schemas";
import { ROLES } from "../permissions/roles";

export const workspaceSummaryResponse = z.strictObject({
  id: idSchema,
  name: z.string(),
  slug: z.string(),
  role: z.enum(ROLES),
  articleCount: z.number().int(),
  memberCount: z.number().int(),
});

export const memberResponse = z.strictObject({
  id: idSchema.describe("the member's user idSchema (assigneeIds, reviewerId)"),
  name: z.string(),
  role: z.enum(ROLES),
  joinedAt: isoTimeSchema,
  email: z.string().optional().describe("present for admins only"),
});
