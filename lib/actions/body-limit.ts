// Server actions refuse bodies over next.config.js's `serverActions.bodySizeLimit` before Margin
// sees them (the page gets an error, not a message), so forms that send files check sizes first.
// Kept equal to next.config.js by body-limit.test.ts.
export const SERVER_ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;

/** Annotation files through the reader's form: room left for escaping; the API takes up to 20 MB. */
export const ANNOTATION_FILE_FORM_MAX_BYTES = 2 * 1024 * 1024;

export function annotationFileTooLargeMessage(bytes: number): string | null {
  if (bytes <= ANNOTATION_FILE_FORM_MAX_BYTES) return null;
  return `This file is ${(bytes / 1048576).toFixed(1)} MB; import files up to ${ANNOTATION_FILE_FORM_MAX_BYTES / 1048576} MB here, or send larger ones (up to 20 MB) to the API: POST /api/v1/workspaces/{workspaceId}/articles/{articleId}/imports.`;
}
