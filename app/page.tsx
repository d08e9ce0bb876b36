import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { landingPath } from "@/lib/workspaces/landing-path";

export default async function Home() {
  const user = await getSessionUser();
  redirect(user ? await landingPath(getDb(), { actor: { userId: user.id, sessionId: user.sessionId } }) : "/sign-in");
}
