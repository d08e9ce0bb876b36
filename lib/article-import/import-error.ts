export type ImportErrorCode = "empty" | "too_large" | "binary" | "invalid_encoding" | "no_text" | "unsupported";

/** A file Margin cannot import, with a message that says what to do about it. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = "ImportError";
    this.code = code;
  }
}
