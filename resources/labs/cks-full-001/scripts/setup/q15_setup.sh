#!/usr/bin/env bash
# Q15: a namespace whose deletion the audit policy must capture (the check deletes it with a server-side dry run).
set -eu
kubectl --context cluster1 create namespace audit-probe --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
