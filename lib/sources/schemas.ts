import { z } from "zod";
import { httpUrlSchema } from "../articles/schemas";

import { SOURCE_STANCES } from "./stances";

export { SOURCE_STANCES, SOURCE_STANCE_LABELS, type SourceStance } from "./stances";
export const SOURCES_PER_CLAIM_MAX = 200;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${label} under ${max} characters.`)
    .nullable()
    .optional()
    .transform((value) => value || null);

export const sourceFieldsSchema = z.strictObject({
  url: httpUrlSchema,
  title: z.string().trim().min(1, "Give the source a title.").max(500, "Keep the title under 500 characters."),
  publisher: optionalText(200, "publisher"),
  excerpt: optionalText(5000, "excerpt"),
  stance: z.enum(SOURCE_STANCES, { message: "Choose whether the source supports, refutes or adds context." }),
  accessedAt: z
    .union([z.iso.date(), z.iso.datetime({ offset: true }), z.literal(""), z.null()])
    .optional()
    .transform((value) => (value ? new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value) : null)),
  archivedUrl: z
    .union([httpUrlSchema, z.literal(""), z.null()])
    .optional()
    .transform((value) => value || null),
});

export const updateSourceSchema = sourceFieldsSchema.extend({ version: z.number().int().positive() });
export const removeSourceSchema = z.strictObject({ version: z.number().int().positive() });
