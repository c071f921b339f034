#!/usr/bin/env bash
# Q7: a member of dev-team may do everything with deployments, services and configmaps in dev1 and dev2, and read
# namespaces cluster-wide.
set -u
ctx=cluster1
can() { kubectl --context "$ctx" auth can-i "$@" --as ckx-dev-user --as-group dev-team --quiet 2>/dev/null; }
for ns in dev1 dev2; do
    for verb in get list watch create update patch delete; do
        for res in deployments.apps services configmaps; do
            can "$verb" "$res" -n "$ns" || { echo "dev-team cannot '$verb' $res in $ns."; exit 1; }
        done
    done
done
for verb in get list watch; do
    can "$verb" namespaces || { echo "dev-team cannot '$verb' namespaces."; exit 1; }
done
echo "dev-team has the access it needs."
