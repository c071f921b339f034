#!/usr/bin/env bash
# Q7: the probes pass.
set -u
ready=$(kubectl --context cluster1 get pod slow-web -n probes -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)
[ "$ready" = "True" ] || { echo "Pod 'slow-web' is not Ready (Ready='$ready')."; exit 1; }
echo "slow-web is Ready."
