import { join } from "node:path";
import { DEMO_ACCOUNTS } from "../../lib/seed/demo-accounts";

export function storageStateFor(email: string): string {
  return join(process.cwd(), "e2e/.auth", `${email.replace(/\W+/g, "_")}.json`);
}

export function demoAccount(role: "admin" | "editor" | "reviewer", index = 0) {
  const account = DEMO_ACCOUNTS.filter((a) => a.role === role)[index];
  if (!account) throw new Error(`no demo ${role} #${index}`);
  return { ...account, storageState: storageStateFor(account.email) };
}
