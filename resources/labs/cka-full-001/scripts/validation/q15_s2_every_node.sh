#!/usr/bin/env bash
# Q15: log-agent has one ready pod on every node of cluster1, the control plane included.
set -u
total=$(kubectl --context cluster1 get nodes -o name 2>/dev/null | grep -c .)
got=$(kubectl --context cluster1 get daemonset log-agent -n node-agents -o jsonpath='{.status.desiredNumberScheduled} {.status.numberReady}' 2>/dev/null) || {
    echo "No DaemonSet 'log-agent' in 'node-agents'."
    exit 1
}
read -r desired ready <<<"$got"
[ "$desired" = "$total" ] || { echo "log-agent is scheduled on $desired of $total nodes."; exit 1; }
[ "${ready:-0}" = "$total" ] || { echo "log-agent has ${ready:-0} ready pods, expected $total."; exit 1; }
cp=$(ssh cluster1-controlplane hostname 2>/dev/null)
on=$(kubectl --context cluster1 get pods -n node-agents -o jsonpath='{range .items[*]}{.spec.nodeName}{"\n"}{end}' 2>/dev/null)
grep -qx -- "$cp" <<<"$on" || { echo "No log-agent pod on the control plane $cp."; exit 1; }
echo "log-agent runs on all $total nodes."
