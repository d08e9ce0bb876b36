// Every write runs in one transaction with its audit entries, so a change and its record commit
// together or not at all; after the commit the change is published to live streams.
import { recordAudit, type AuditInput, type AuditRecord } from "../audit/record-audit";
import { changeEventOf } from "../live/change-event";
import { publishChanges } from "../live/change-bus";
import { sqlWriterOf, type Db, type DbTx } from "./client";
import type { SqlTx } from "./sql-transaction";

export interface AuditTrail {
  record(input: AuditInput): Promise<AuditRecord>;
}

function auditTrailIn(tx: DbTx | SqlTx, records: AuditRecord[]): AuditTrail {
  return {
    record: async (input) => {
      const record = await recordAudit(tx, input);
      records.push(record);
      return record;
    },
  };
}

export async function writeWithAudit<T>(db: Db, work: (tx: DbTx, audit: AuditTrail) => Promise<T>): Promise<T> {
  const records: AuditRecord[] = [];
  const result = await db.$transaction((tx) => work(tx, auditTrailIn(tx, records)), {
    maxWait: 10_000,
    timeout: 30_000,
  });
  await publishChanges(records.map(changeEventOf));
  return result;
}

/** The same for a write whose every statement is SQL, in a driver-level transaction (sql-writer.ts). */
export async function writeSqlWithAudit<T>(db: Db, work: (sql: SqlTx, audit: AuditTrail) => Promise<T>): Promise<T> {
  const records: AuditRecord[] = [];
  const result = await sqlWriterOf(db).transaction((sql) => work(sql, auditTrailIn(sql, records)));
  await publishChanges(records.map(changeEventOf));
  return result;
}
