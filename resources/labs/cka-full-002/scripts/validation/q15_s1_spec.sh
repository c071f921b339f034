#!/usr/bin/env bash
# Q15: edge/edge-web runs 4 replicas of nginx:1.27-alpine with a hard topology spread (maxSkew 1 over
# kubernetes.io/hostname, DoNotSchedule) for its own pods. How the control plane is kept out of the count
# (nodeTaintsPolicy Honor, or a node affinity) is left to the placement check q15_s2.
set -u
json=$(kubectl --context cluster1 -n edge get deployment edge-web -o json 2>/dev/null) || { echo "No deployment edge-web in namespace edge."; exit 1; }
jq -e '.spec.replicas == 4 and any(.spec.template.spec.containers[]; .image == "nginx:1.27-alpine")' <<<"$json" >/dev/null || { echo "edge-web must run 4 replicas of nginx:1.27-alpine."; exit 1; }
jq -e '.spec.template.metadata.labels as $l | any(.spec.template.spec.topologySpreadConstraints[]?;
        .maxSkew == 1 and .topologyKey == "kubernetes.io/hostname" and .whenUnsatisfiable == "DoNotSchedule" and
        (.labelSelector.matchLabels // {}) as $m | ($m | length) > 0 and all($m | to_entries[]; $l[.key] == .value))' <<<"$json" >/dev/null ||
    { echo "edge-web has no topology spread constraint maxSkew 1 / kubernetes.io/hostname / DoNotSchedule selecting its pods."; exit 1; }
echo "edge-web spreads its pods as asked."
