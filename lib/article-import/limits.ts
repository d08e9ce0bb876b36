// Import limits, shared with the browser (the import form checks file sizes before uploading).
/** The largest article Margin imports: 2 MiB of text. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * For forms that send article text to a server action: the message for text over the limit, or
 * null. Checked in the browser because text over the server actions' 3 MB body limit is refused
 * by Next.js before Margin sees it, with an error page instead of a message.
 */
export function oversizeTextMessage(text: string): string | null {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `This text is ${(bytes / 1048576).toFixed(1)} MB; Margin imports articles up to ${MAX_IMPORT_BYTES / 1048576} MB. Remove what is not article text, or split it.`;
}
