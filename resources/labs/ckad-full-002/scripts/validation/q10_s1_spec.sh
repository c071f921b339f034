#!/usr/bin/env bash
# Q10: pod secure/secure-app runs as user 1000, group 3000, fsGroup 2000, non-root, with the RuntimeDefault
# seccomp profile; its container allows no privilege escalation, has a read-only root filesystem and drops ALL
# capabilities; /tmp is an emptyDir.
set -u
json=$(kubectl --context cluster1 -n secure get pod secure-app -o json 2>/dev/null) || { echo "No pod secure-app in namespace secure."; exit 1; }
# A field may be set on the pod or on the container; the container wins.
jq -e '.spec.securityContext as $p | .spec.containers[0] as $c | ($c.securityContext // {}) as $s |
  (($s.runAsUser // $p.runAsUser) == 1000) and (($s.runAsGroup // $p.runAsGroup) == 3000) and ($p.fsGroup == 2000) and
  (($s.runAsNonRoot // $p.runAsNonRoot) == true) and (($s.seccompProfile // $p.seccompProfile).type == "RuntimeDefault") and
  ($s.allowPrivilegeEscalation == false) and ($s.readOnlyRootFilesystem == true) and (($s.capabilities.drop // []) | index("ALL")) != null' <<<"$json" >/dev/null ||
    { echo "secure-app's security context is not as asked: $(jq -c '{pod: .spec.securityContext, container: .spec.containers[0].securityContext}' <<<"$json")"; exit 1; }
jq -e '.spec.containers[0] as $c | any(.spec.volumes[]?; .emptyDir != null and (.name as $n | any($c.volumeMounts[]?; .name == $n and .mountPath == "/tmp")))' <<<"$json" >/dev/null ||
    { echo "secure-app has no emptyDir mounted at /tmp."; exit 1; }
echo "secure-app is locked down as asked."
