#!/usr/bin/env bash
# Reference answer for Q12.
set -eu
: >/home/candidate/failed-releases.txt
for ns in team-a team-b; do
    for r in $(helm --kube-context cluster1 list -n "$ns" --failed -o json | jq -r '.[].name'); do
        echo "$ns/$r" >>/home/candidate/failed-releases.txt
        helm --kube-context cluster1 uninstall "$r" -n "$ns"
    done
done
