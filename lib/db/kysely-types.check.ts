// Compile-time proof, checked by `tsc` (npm test's typecheck): typed queries name only columns
// the schema has. Each @ts-expect-error must fail to compile, or tsc reports it unused.
import type { Sql } from "./kysely";

export function typedQueriesNameRealColumns(sql: Sql) {
  void sql.selectFrom("Note").select(["id", "body", "claimId"]);
  // @ts-expect-error -- Note has no column "text": a renamed or removed column fails to compile.
  void sql.selectFrom("Note").select("text");
  // @ts-expect-error -- nor may a write set a column the table does not have.
  void sql.updateTable("Claim").set({ state: "final" });
  // @ts-expect-error -- and values keep their column's type.
  void sql.selectFrom("Claim").where("start", "=", "ten");
}
