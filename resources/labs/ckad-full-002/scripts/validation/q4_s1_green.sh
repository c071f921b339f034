#!/usr/bin/env bash
# Q4: deployment shop/web-green runs 2 ready pods labelled app=web,version=green, and web-blue still exists.
set -u
json=$(kubectl --context cluster1 -n shop get deployment web-green -o json 2>/dev/null) || { echo "No deployment web-green in namespace shop."; exit 1; }
jq -e '.spec.template.metadata.labels.app == "web" and .spec.template.metadata.labels.version == "green" and .spec.replicas == 2 and (.status.readyReplicas // 0) == 2' <<<"$json" >/dev/null ||
    { echo "web-green must run 2 ready pods labelled app=web, version=green."; exit 1; }
kubectl --context cluster1 -n shop get deployment web-blue -o name >/dev/null 2>&1 || { echo "web-blue was deleted (keep it for a rollback)."; exit 1; }
echo "web-green runs 2 ready pods."
