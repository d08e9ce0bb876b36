// Turns an uploaded file's bytes into text for the importer, with the importer's checks
// (size, binary, UTF-8) reported as field errors.
import { AppError } from "../errors/app-error";
import { decodeImportBytes, ImportError, MAX_IMPORT_BYTES } from "../article-import";

export function readUpload(bytes: Uint8Array, field = "file"): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const message = `This file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; Margin imports articles up to ${MAX_IMPORT_BYTES / 1048576} MB.`;
    throw new AppError("payload_too_large", message, { fields: { [field]: [message] } });
  }
  try {
    return decodeImportBytes(bytes);
  } catch (error) {
    if (error instanceof ImportError)
      throw new AppError("validation_failed", error.message, { fields: { [field]: [error.message] } });
    throw error;
  }
}
