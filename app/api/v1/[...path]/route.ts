// Every /api/v1 path no route handles: a JSON 404 (or 405 with Allow), as API clients expect.
export {
  answerUnmatched as GET,
  answerUnmatched as POST,
  answerUnmatched as PUT,
  answerUnmatched as PATCH,
  answerUnmatched as DELETE,
  answerUnmatched as HEAD,
  answerUnmatched as OPTIONS,
} from "@/lib/api/unmatched-api-request";

export const dynamic = "force-dynamic";
