// The demo workspace's people. Their password is printed by `npm start`; set MARGIN_DEMO=0 to
// start without them.
import type { Role } from "../permissions/roles";

export const DEMO_PASSWORD = "margin-demo-password";
export const DEMO_WORKSPACE = { name: "Demo newsroom", slug: "demo" };

export const DEMO_ACCOUNTS: readonly { name: string; email: string; role: Role }[] = [
  { name: "Elena Editor", email: "editor@margin.test", role: "editor" },
  { name: "Ravi Reviewer", email: "ravi@margin.test", role: "reviewer" },
  { name: "Rosa Reviewer", email: "rosa@margin.test", role: "reviewer" },
  { name: "Ada Admin", email: "admin@margin.test", role: "admin" },
];
