#!/usr/bin/env bash
# Q15: DaemonSet log-agent in node-agents runs busybox:1.36 and tolerates the control-plane taint.
set -u
json=$(kubectl --context cluster1 get daemonset log-agent -n node-agents -o json 2>/dev/null) || { echo "No DaemonSet 'log-agent' in 'node-agents'."; exit 1; }
jq -e '.spec.template.spec.containers[0].image == "busybox:1.36"' <<<"$json" >/dev/null || { echo "DaemonSet 'log-agent' does not run busybox:1.36."; exit 1; }
jq -e 'any(.spec.template.spec.tolerations[]?;
    ((.key // "") == "node-role.kubernetes.io/control-plane" or ((.key // "") == "" and .operator == "Exists"))
    and ((.effect // "") == "" or .effect == "NoSchedule"))' <<<"$json" >/dev/null || {
    echo "DaemonSet 'log-agent' does not tolerate node-role.kubernetes.io/control-plane:NoSchedule."
    exit 1
}
echo "DaemonSet 'log-agent' tolerates the control plane."
