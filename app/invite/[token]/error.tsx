"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function InviteError(props: RouteErrorProps) {
  return <RouteError {...props} what="This invitation" back="home" />;
}
