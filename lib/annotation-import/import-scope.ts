// What every step of one import shares: the transaction, the person importing (the author of
// everything written), the article, and the report being filled in.
import type { DbTx } from "../db/client";
import type { AuditTrail } from "../db/write-with-audit";
import type { Importer } from "./attribution";
import type { ImportReport } from "./import-report";

export interface ImportScope {
  tx: DbTx;
  audit: AuditTrail;
  workspaceId: string;
  articleId: string;
  importer: Importer;
  report: ImportReport;
}
