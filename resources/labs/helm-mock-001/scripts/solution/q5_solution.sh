#!/usr/bin/env bash
# Reference answer for Q5.
set -eu
rev=""
for r in $(helm --kube-context cluster1 history crm -n crm -o json | jq -r '.[].revision'); do
    if [ "$(helm --kube-context cluster1 get values crm -n crm --revision "$r" -o json | jq -r '.replicaCount')" = "4" ]; then
        rev=$r
    fi
done
echo "$rev" >/home/candidate/crm-revision.txt
helm --kube-context cluster1 get manifest crm -n crm >/home/candidate/crm-manifest.yaml
