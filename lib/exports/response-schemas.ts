// What the API answers for this domain, one zod schema per response shape (see lib/http/response-schemas.ts).
import { z } from "zod";
import { importReportResponse } from "../annotation-import/response-schemas";

// W3C Web Annotation documents: the model allows extension properties, so these are open.

const w3cContext = z.union([z.string(), z.array(z.union([z.string(), z.record(z.string(), z.string())]))]);

const annotationFields = {
  "@context": w3cContext.optional(),
  id: z.string(),
  type: z.literal("Annotation"),
  motivation: z.string().optional(),
  body: z.array(z.record(z.string(), z.unknown())).optional(),
  target: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
};

export const annotationResponse = z.looseObject(annotationFields);

export const createdAnnotationResponse = z.looseObject({
  ...annotationFields,
  "margin:importReport": importReportResponse.describe("what the import did (Margin's namespace)"),
});

export const annotationCollectionResponse = z.looseObject({
  "@context": w3cContext,
  id: z.string(),
  type: z.union([z.literal("AnnotationCollection"), z.literal("AnnotationPage")]),
  total: z.number().int().optional(),
  first: z.unknown().optional(),
  last: z.string().optional(),
  items: z.array(annotationResponse).optional(),
});
