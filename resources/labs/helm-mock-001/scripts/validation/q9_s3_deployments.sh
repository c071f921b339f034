#!/usr/bin/env bash
# Q9: both deployments of the release exist.
set -u
names=$(kubectl --context cluster1 get deployment -n store -l app.kubernetes.io/instance=store -o jsonpath='{.items[*].metadata.name}' 2>/dev/null)
for want in store-frontend store-backend; do
    [[ " $names " == *" $want "* ]] || { echo "Release 'store' has deployments '$names'; '$want' is missing."; exit 1; }
done
echo "Release 'store' runs store-frontend and store-backend."
