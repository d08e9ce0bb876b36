// Bytes or pasted text to the text the importer reads: UTF-8 only (with or without a BOM), at most
// MAX_IMPORT_BYTES, and refusing binary data and broken encodings with a message a person can act
// on, rather than importing mojibake that claims would later be anchored to.
import { ImportError } from "./import-error";
import { MAX_IMPORT_BYTES } from "./limits";

const MB = 1024 * 1024;
const SAMPLE = 8192;
// Share of control characters (other than tab, line breaks and form feed) above which the input
// is binary: real text has almost none; images and documents have many in their first kilobytes.
const CONTROL_RATIO = 0.02;
const BINARY_HINT = "Export the article as plain text (.txt), Markdown (.md) or a web page (.html) and try again.";

function tooLarge(size: string): ImportError {
  return new ImportError(
    "too_large",
    `This ${size}; Margin imports articles up to ${MAX_IMPORT_BYTES / MB} MB of text. Remove what is not article text (comments, navigation, other articles), or split it, and try again.`,
  );
}

function isControl(code: number): boolean {
  // Tab, line feed, vertical tab (a line break in word-processor exports), form feed, return.
  return (code < 32 && (code < 9 || code > 13)) || code === 0x7f;
}

function refuseBinarySample(codeAt: (i: number) => number, length: number): void {
  const end = Math.min(length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) if (isControl(codeAt(i))) controls++;
  if (controls > Math.max(2, end * CONTROL_RATIO))
    throw new ImportError(
      "binary",
      `This looks like a binary file (an image, PDF or word-processor document), not text. ${BINARY_HINT}`,
    );
}

/** Checks shared by files and pasted text, on decoded text. Returns the text without a BOM. */
function checkText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes("\u0000"))
    throw new ImportError(
      "binary",
      `This contains NUL characters, so it is binary data rather than an article. ${BINARY_HINT}`,
    );
  refuseBinarySample((i) => body.charCodeAt(i), body.length);
  // With the u flag a surrogate range matches only unpaired halves: text no encoder could write.
  if (/[\uD800-\uDFFF]/u.test(body))
    throw new ImportError(
      "invalid_encoding",
      "This text contains broken characters (unpaired UTF-16 surrogates). Copy it again from the original, or save it as UTF-8.",
    );
  if (!body.trim())
    throw new ImportError(
      "empty",
      "There is no text to import: the file is empty or holds only spaces and blank lines.",
    );
  return body;
}

export function decodeImportBytes(bytes: Uint8Array): string {
  // Size first, so that a huge upload is refused before anything is decoded or copied.
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(`file is ${(bytes.byteLength / MB).toFixed(1)} MB`);
  if (bytes.byteLength === 0) throw new ImportError("empty", "The file is empty.");
  // NUL never occurs in text; indexOf is native and scans the whole file without a copy.
  if (bytes.indexOf(0) !== -1)
    throw new ImportError(
      "binary",
      `This looks like a binary file (an image, PDF or word-processor document), not text. ${BINARY_HINT}`,
    );
  refuseBinarySample((i) => bytes[i]!, bytes.byteLength);
  let text: string;
  try {
    // fatal: invalid sequences throw instead of becoming U+FFFD; a leading BOM is dropped.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      "invalid_encoding",
      "This file is not valid UTF-8 text (it may be in an older encoding such as Windows-1252 or Latin-1). Save it as UTF-8 (most editors offer this under “Save as” or “Encoding”) and try again.",
    );
  }
  return checkText(text);
}

/** Text given directly (pasted, or from the API), held to the same limits as a file. */
export function checkImportText(text: string): string {
  // Every UTF-16 unit is at least one UTF-8 byte, and at most three: most inputs are decided
  // without a scan, and none is copied or encoded to be measured.
  if (text.length > MAX_IMPORT_BYTES) throw tooLarge(`text is at least ${(text.length / MB).toFixed(1)} MB`);
  if (text.length * 3 > MAX_IMPORT_BYTES) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A surrogate pair is 4 bytes in UTF-8: 2 counted for each half.
      bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
    }
    if (bytes > MAX_IMPORT_BYTES) throw tooLarge(`text is ${(bytes / MB).toFixed(1)} MB`);
  }
  return checkText(text);
}

/** What every parser starts with: bytes are decoded, strings are checked. */
export function readImportInput(input: string | Uint8Array): string {
  return typeof input === "string" ? checkImportText(input) : decodeImportBytes(input);
}
