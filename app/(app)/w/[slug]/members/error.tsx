"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function MembersError(props: RouteErrorProps) {
  return <RouteError {...props} what="The member list" back="workspace" />;
}
