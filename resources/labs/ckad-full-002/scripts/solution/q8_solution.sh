#!/usr/bin/env bash
# Reference answer for Q8: read the crashed container's log, then map the key to the file name it expects.
set -eu
mkdir -p /root/ckad
for _ in $(seq 30); do
    line=$(kubectl --context cluster1 -n debug logs deployment/ledger --previous 2>/dev/null | tail -1 || true)
    [ -n "$line" ] || line=$(kubectl --context cluster1 -n debug logs deployment/ledger 2>/dev/null | tail -1 || true)
    [ -z "$line" ] || break
    sleep 2
done
printf '%s\n' "$line" > /root/ckad/ledger-error.txt
kubectl --context cluster1 -n debug patch deployment ledger --type=json -p \
    '[{"op":"add","path":"/spec/template/spec/volumes/0/configMap/items","value":[{"key":"app.conf","path":"app.properties"}]}]'
kubectl --context cluster1 -n debug rollout status deployment ledger --timeout=90s
