"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function DisagreementsError(props: RouteErrorProps) {
  return <RouteError {...props} what="The disagreements queue" back="workspace" />;
}
