"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function WorkspacesError(props: RouteErrorProps) {
  return <RouteError {...props} what="Your workspaces" back="home" />;
}
