// `npm run db:seed`: load the demo workspace if the database is empty.
import { prepareDatabase } from "../lib/prepare-database";

const { seed } = await prepareDatabase({ seed: true });
console.log(
  seed?.seeded
    ? `Seeded the demo workspace: ${seed.articles.join(" | ")}`
    : "The database already has users: nothing seeded.",
);
process.exit(0);
