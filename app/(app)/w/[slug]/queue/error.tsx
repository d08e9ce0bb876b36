"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function QueueError(props: RouteErrorProps) {
  return <RouteError {...props} what="Your queue" back="workspace" />;
}
