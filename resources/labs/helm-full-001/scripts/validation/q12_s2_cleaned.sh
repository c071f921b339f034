#!/usr/bin/env bash
# Q12: the failed releases are uninstalled, the others untouched.
set -u
left=$(helm --kube-context cluster1 list -n team-a -a -o json 2>/dev/null | jq -r '.[].name'; helm --kube-context cluster1 list -n team-b -a -o json 2>/dev/null | jq -r '.[].name')
for gone in fail-a fail-b; do
    grep -qx "$gone" <<<"$left" && { echo "Release '$gone' still exists."; exit 1; }
done
for kept in a b; do
    status=$(helm --kube-context cluster1 status "ok-$kept" -n "team-$kept" -o json 2>/dev/null | jq -r '.info.status')
    [ "$status" = "deployed" ] || { echo "Release 'ok-$kept' is '$status', expected 'deployed'."; exit 1; }
done
echo "The failed releases are gone; ok-a and ok-b are deployed."
