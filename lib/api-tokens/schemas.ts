import { z } from "zod";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token (what will use it).").max(80, "Keep the name under 80 characters."),
  workspaceId: z.string().min(1, "Choose a workspace."),
  scope: z.enum(["read", "read_write"], { message: "Choose read or read-write." }),
  expiresInDays: z.coerce.number().int().min(1).max(365).nullable().optional(),
});
