#!/usr/bin/env bash
# Q1: the rendered hook carries the delete policy (read from the release's hook record).
set -u
json=$(helm --kube-context cluster1 status hooked -n hooks -o json 2>/dev/null) || { echo "No Helm release 'hooked' in namespace 'hooks'."; exit 1; }
policies=$(jq -r '.hooks[]? | select(.name == "hooked-migrate") | .delete_policies[]?' <<<"$json")
grep -qx 'hook-succeeded' <<<"$policies" || { echo "The hook hooked-migrate has delete policies '$policies', expected hook-succeeded."; exit 1; }
echo "The hook hooked-migrate is deleted when it succeeds."
