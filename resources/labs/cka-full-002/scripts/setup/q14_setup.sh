#!/usr/bin/env bash
# Q14: a pod to test name resolution from in dns-hosts; the Corefile has no entry for registry.corp.internal.
set -eu
kubectl --context cluster1 create namespace dns-hosts
kubectl --context cluster1 -n dns-hosts run resolver --image=busybox:1.36 --restart=Never -- sleep 86400
