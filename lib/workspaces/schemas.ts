// Input shapes of workspace use cases, shared by forms, server actions and the REST API.
// Naming: `<useCase>Schema` for the zod schema, `<UseCase>Input` for its type.
import { z } from "zod";
import { ROLES } from "../permissions/roles";

export const workspaceNameSchema = z
  .string()
  .trim()
  .min(2, "Give the workspace a name of at least 2 characters.")
  .max(80, "Keep the name under 80 characters.");

export const createWorkspaceSchema = z.object({ name: workspaceNameSchema });

export const roleSchema = z.enum(ROLES, { message: "Choose a role: admin, editor, reviewer or viewer." });

export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address.")),
  role: roleSchema,
});

export const changeMemberRoleSchema = z.object({
  membershipId: z.string().min(1),
  role: roleSchema,
  version: z.coerce.number().int().positive(),
});

export const updateWorkspaceSettingsSchema = z.object({
  name: workspaceNameSchema,
  blindReview: z.boolean(),
  /** The public fact-check site (/fact-checks/<slug>); omitted: unchanged. */
  publicSite: z.boolean().optional(),
  /** ClaimReview's author: the organisation's name and web address ("" clears; omitted: unchanged). */
  organisationName: z
    .string()
    .trim()
    .max(120, "Keep the organisation's name under 120 characters.")
    .transform((value) => value || null)
    .nullable()
    .optional(),
  organisationUrl: z
    .union([
      z
        .string()
        .trim()
        .max(500, "Keep the address under 500 characters.")
        .pipe(z.url({ protocol: /^https?$/, message: "Give the organisation's web address (http or https)." })),
      z.literal(""),
    ])
    .transform((value) => value || null)
    .nullable()
    .optional(),
  version: z.coerce.number().int().positive(),
});
