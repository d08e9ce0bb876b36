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
  version: z.coerce.number().int().positive(),
});
