// Import limits, shared with the browser (the import form checks file sizes before uploading).
/** The largest article Margin imports: 2 MiB of text. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
