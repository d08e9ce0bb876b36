"use client";
// The workspace's members, for the note composer's @-autocomplete and for showing mentions with
// each member's current name. Provided once by the article page.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { renderMentions, type MentionCandidate } from "@/lib/notifications/mentions";

const MentionMembersContext = createContext<MentionCandidate[]>([]);

export function MentionMembersProvider({ members, children }: { members: MentionCandidate[]; children: ReactNode }) {
  return <MentionMembersContext.Provider value={members}>{children}</MentionMembersContext.Provider>;
}

export function useMentionMembers(): MentionCandidate[] {
  return useContext(MentionMembersContext);
}

/** A note's Markdown with each mention as `@Current Name`. */
export function useMentionsAsNames(): (body: string) => string {
  const members = useMentionMembers();
  return useMemo(() => {
    const names = new Map(members.map((member) => [member.id, member.name]));
    return (body: string) => renderMentions(body, (id) => names.get(id), "markdown");
  }, [members]);
}
