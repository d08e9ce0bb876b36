// `npm run db:migrate`: apply pending migrations to the database DATABASE_URL points at
// (the embedded SQLite file by default).
import { resolveDatabaseTarget } from "../../lib/db/database-url";
import { prepareDatabase } from "../lib/prepare-database";

const target = resolveDatabaseTarget();
const { migration } = await prepareDatabase({ seed: false, target });
console.log(`${target.provider}: ${migration.applied.length} migration(s) applied, ${migration.total} in all.`);
process.exit(0);
