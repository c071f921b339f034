#!/usr/bin/env bash
# Reference answer for Q10: aesgcm for secrets and configmaps, the flag and a mount, then both rewritten.
set -eu
ctx=cluster1
node=$(ssh cluster1-controlplane hostname)
key=$(head -c 32 /dev/urandom | base64)
config=$(cat <<YAML
apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources:
      - secrets
      - configmaps
    providers:
      - aesgcm:
          keys:
            - name: key2026
              secret: $key
      - identity: {}
YAML
)
printf '%s\n' "$config" | ssh cluster1-controlplane 'mkdir -p /etc/kubernetes/enc && cat > /etc/kubernetes/enc/enc.yaml'
ssh cluster1-controlplane 'set -e
m=/etc/kubernetes/manifests/kube-apiserver.yaml
cp "$m" /root/kube-apiserver.yaml.q10.bak
grep -q -- "--encryption-provider-config=" "$m" || sed -i "s/^\( *\)- kube-apiserver$/&\n\1- --encryption-provider-config=\/etc\/kubernetes\/enc\/enc.yaml/" "$m"
grep -q "name: enc-config" "$m" || {
    sed -i "s/^\( *\)volumeMounts:$/&\n\1- mountPath: \/etc\/kubernetes\/enc\n\1  name: enc-config\n\1  readOnly: true/" "$m"
    sed -i "s/^\( *\)volumes:$/&\n\1- hostPath:\n\1    path: \/etc\/kubernetes\/enc\n\1    type: DirectoryOrCreate\n\1  name: enc-config/" "$m"
}'
ok=
for _ in $(seq 1 25); do
    sleep 2
    if kubectl --context "$ctx" get pod "kube-apiserver-$node" -n kube-system -o json 2>/dev/null |
        jq -e '(.spec.containers[0].command | index("--encryption-provider-config=/etc/kubernetes/enc/enc.yaml")) != null and ([.status.containerStatuses[]?.ready] | length > 0 and all)' >/dev/null; then
        ok=1
        break
    fi
done
[ -n "$ok" ] || { echo "kube-apiserver did not come back within 50 s" >&2; exit 1; }
kubectl --context "$ctx" get secrets,configmaps -n vault2 -o json | kubectl --context "$ctx" replace -f -
