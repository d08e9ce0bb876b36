import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "../article-import/limits";
import {
  ANNOTATION_FILE_FORM_MAX_BYTES,
  annotationFileTooLargeMessage,
  SERVER_ACTION_BODY_LIMIT_BYTES,
} from "./body-limit";

describe("server action body limit", () => {
  it("matches next.config.js and stays above what the forms let through", async () => {
    // A path in a variable: next.config.js is plain JavaScript without types.
    const configPath = "../../next.config.js";
    const { default: nextConfig } = (await import(configPath)) as {
      default: { experimental?: { serverActions?: { bodySizeLimit?: string } } };
    };
    const configured = nextConfig.experimental?.serverActions?.bodySizeLimit;
    const match = /^(\d+)mb$/i.exec(configured ?? "");
    expect(match, `bodySizeLimit is "${configured}"`).not.toBeNull();
    expect(Number(match![1]) * 1024 * 1024).toBe(SERVER_ACTION_BODY_LIMIT_BYTES);
    expect(MAX_IMPORT_BYTES).toBeLessThan(SERVER_ACTION_BODY_LIMIT_BYTES);
    expect(ANNOTATION_FILE_FORM_MAX_BYTES).toBeLessThan(SERVER_ACTION_BODY_LIMIT_BYTES);
  });

  it("names the size, the limit and the API for larger annotation files", () => {
    expect(annotationFileTooLargeMessage(ANNOTATION_FILE_FORM_MAX_BYTES)).toBeNull();
    expect(annotationFileTooLargeMessage(5 * 1048576)).toMatch(
      /^This file is 5\.0 MB; import files up to 2 MB here.*\/imports\.$/,
    );
  });
});
