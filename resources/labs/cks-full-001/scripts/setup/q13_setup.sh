#!/usr/bin/env bash
# Q13: five pod manifests to review in the candidate's home; three of them give the pod access to the host.
set -eu
kubectl --context cluster1 create namespace review --dry-run=client -o yaml | kubectl --context cluster1 apply -f -
d=/home/candidate/manifests
install -d -o candidate -g candidate "$d"
pod() { # name extra-spec-yaml extra-container-yaml
    cat >"$d/$1.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: $1
  namespace: review
spec:
$2  containers:
    - name: main
      image: busybox:1.36
      command: ["sleep", "86400"]
$3
YAML
}
pod cache "  hostNetwork: true
" ""
pod metrics "" "      securityContext:
        privileged: true"
pod web "  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
" "      securityContext:
        allowPrivilegeEscalation: false"
pod backup "  volumes:
    - name: host
      hostPath:
        path: /var/lib
" "      volumeMounts:
        - name: host
          mountPath: /backup"
pod worker "" "      securityContext:
        readOnlyRootFilesystem: true"
chown candidate:candidate "$d"/*.yaml
