#!/usr/bin/env bash
# Q4: service.type enum, defaults still render.
set -u
chart=/opt/charts/webapp-s
[ -f "$chart/values.schema.json" ] || { echo "$chart/values.schema.json does not exist."; exit 1; }
helm template t "$chart" >/dev/null 2>&1 || { echo "The chart's own defaults are rejected."; exit 1; }
helm template t "$chart" --set service.type=NodePort >/dev/null 2>&1 || { echo "service.type=NodePort is rejected."; exit 1; }
if helm template t "$chart" --set service.type=LoadBalancer >/dev/null 2>&1; then echo "service.type=LoadBalancer is accepted."; exit 1; fi
echo "service.type is limited to ClusterIP and NodePort."
