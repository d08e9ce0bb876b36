"use client";

import { RouteError, type RouteErrorProps } from "@/components/app/route-error";

export default function CompareError(props: RouteErrorProps) {
  return <RouteError {...props} what="The revision comparison" back="article" />;
}
