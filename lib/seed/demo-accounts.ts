// The demo workspace's people. Their password is printed by `npm start`; set MARGIN_DEMO=0 to
// start without them.
import type { Role } from "../permissions/roles";

export const DEMO_PASSWORD = "margin-demo-password";
// The demo shows the whole loop, so its public fact-check site (/fact-checks/demo) is on.
export const DEMO_WORKSPACE = {
  name: "Demo newsroom",
  slug: "demo",
  publicSite: true,
  organisationName: "Demo newsroom fact-check desk",
};

export const DEMO_ACCOUNTS: readonly { name: string; email: string; role: Role }[] = [
  { name: "Elena Editor", email: "editor@margin.test", role: "editor" },
  { name: "Ravi Reviewer", email: "ravi@margin.test", role: "reviewer" },
  { name: "Rosa Reviewer", email: "rosa@margin.test", role: "reviewer" },
  { name: "Ada Admin", email: "admin@margin.test", role: "admin" },
];
