// What every success answer of /api/v1 is built from: the `{ data }` and `{ data, nextCursor }`
// envelopes and the small shapes many answers share. Each domain describes its own answers in its
// response-schemas.ts (beside its input schemas); lib/api/api-routes.ts names one per route, the
// OpenAPI document is generated from them, and the route sweep (app/api/v1/api-routes.int.test.ts)
// parses every happy-path answer with them. Objects are strict: a field a use case starts to answer
// fails that test until it is described.
import { z } from "zod";
import { provenanceSchema } from "../provenance/provenance";

export const idSchema = z.string();

export const isoTimeSchema = z.iso.datetime({ offset: true }).describe("ISO 8601 date-time");

export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const personRefSchema = z.strictObject({ id: idSchema, name: z.string() });

export const provenanceResponse = orNull(provenanceSchema).describe(
  "what an imported file said about its origin; null if made here",
);

export const ratingRefResponse = z.strictObject({ id: idSchema, label: z.string(), color: z.string() });

/** `{ data }`: the envelope of every JSON answer but W3C documents. */
export const dataOf = <T extends z.ZodType>(data: T) => z.strictObject({ data });
/** `{ data, nextCursor }`: a page of a list; send nextCursor as `cursor` for the next (null: the last page). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({ data: z.array(item), nextCursor: orNull(z.string()) });
