#!/usr/bin/env bash
# Q16: LimitRange quota-lab/container-defaults gives containers a default request of 100m / 128Mi and a default
# limit of 200m / 256Mi.
set -u
json=$(kubectl --context cluster1 -n quota-lab get limitrange container-defaults -o json 2>/dev/null) || { echo "No LimitRange container-defaults in quota-lab."; exit 1; }
jq -e 'any(.spec.limits[]; .type == "Container" and .defaultRequest.cpu == "100m" and .defaultRequest.memory == "128Mi" and .default.cpu == "200m" and .default.memory == "256Mi")' <<<"$json" >/dev/null ||
    { echo "container-defaults has no Container entry with defaultRequest 100m/128Mi and default 200m/256Mi."; exit 1; }
echo "container-defaults is as asked."
