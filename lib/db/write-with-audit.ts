import "server-only";
// Every write runs in one transaction with its audit entries, so a change and its record commit
// together or not at all; after the commit the change is published to live streams.
import { recordAudit, type AuditInput, type AuditRecord } from "../audit/record-audit";
import { changeEventOf } from "../live/change-event";
import { publishChanges } from "../live/change-bus";
import { forgetPublicPages } from "../public-site/public-response";
import { transaction, type Db, type DbTx } from "./client";

export interface AuditTrail {
  record(input: AuditInput): Promise<AuditRecord>;
  /**
   * Runs after the commit without holding up the answer (e-mail, say): a slow or failing mail
   * server never delays or fails the write; a failure is logged.
   */
  afterCommit(task: (db: Db) => Promise<void>): void;
}

export async function writeWithAudit<T>(db: Db, work: (tx: DbTx, audit: AuditTrail) => Promise<T>): Promise<T> {
  const records: AuditRecord[] = [];
  const afterCommitTasks: ((db: Db) => Promise<void>)[] = [];
  const result = await transaction(
    db,
    (tx) =>
      work(tx, {
        record: async (input) => {
          const record = await recordAudit(tx, input);
          records.push(record);
          return record;
        },
        afterCommit: (task) => void afterCommitTasks.push(task),
      }),
    { maxWait: 10_000, timeout: 30_000 },
  );
  await publishChanges(records.map(changeEventOf));
  forgetPublicPages();
  for (const task of afterCommitTasks) {
    void task(db).catch((error: unknown) => console.error("[write] a task after the commit failed", error));
  }
  return result;
}
