#!/usr/bin/env bash
# Q6: deployment legacy runs 1 ready, up-to-date pod whose spec meets the restricted profile, with the same
# image and command.
set -u
ctx=cluster1 ns=team-a
dep=$(kubectl --context "$ctx" get deployment legacy -n "$ns" -o json 2>/dev/null) || { echo "No deployment 'legacy' in '$ns'."; exit 1; }
jq -e '.spec.template.spec.containers[0].image == "busybox:1.36" and .spec.template.spec.containers[0].command == ["sleep", "86400"]' <<<"$dep" >/dev/null || {
    echo "Deployment 'legacy' must keep image busybox:1.36 and command sleep 86400."
    exit 1
}
jq -e '.status.observedGeneration >= .metadata.generation and .status.updatedReplicas == 1 and .status.readyReplicas == 1 and (.status.replicas // 0) == 1' <<<"$dep" >/dev/null || {
    echo "Deployment 'legacy' does not run exactly 1 ready, up-to-date pod."
    exit 1
}
pods=$(kubectl --context "$ctx" get pods -n "$ns" -l app=legacy -o json 2>/dev/null)
# Pods of the old ReplicaSet that are still terminating are not counted.
if ! jq -e '[.items[] | select(.metadata.deletionTimestamp == null)] as $live | ($live | length) > 0 and all($live[]; .spec as $s | ($s.securityContext // {}) as $p
      | ($s.hostNetwork // false) == false and ($s.hostPID // false) == false and ($s.hostIPC // false) == false
      and all(($s.initContainers // []) + $s.containers | .[]; (.securityContext // {}) as $c
          | ($c.privileged // false) == false
          and $c.allowPrivilegeEscalation == false
          and (($c.capabilities.drop // []) | index("ALL") != null)
          and ((($c.capabilities.add // []) - ["NET_BIND_SERVICE"]) | length) == 0
          and (($c.runAsNonRoot // $p.runAsNonRoot) == true)
          and (($c.runAsUser // $p.runAsUser // 1) != 0)
          and ((($c.seccompProfile // $p.seccompProfile // {}).type) as $t | $t == "RuntimeDefault" or $t == "Localhost")))' <<<"$pods" >/dev/null; then
    echo "A pod of 'legacy' does not meet the restricted profile (non-root, no privilege escalation, drop ALL, seccomp)."
    exit 1
fi
echo "Deployment 'legacy' runs under the restricted profile."
