#!/usr/bin/env bash
# Reference answer for Q2: flags in the static pod manifest, then wait for the new API server.
set -eu
node=$(ssh cluster1-controlplane hostname)
ssh cluster1-controlplane 'set -e
m=/etc/kubernetes/manifests/kube-apiserver.yaml
cp "$m" /root/kube-apiserver.yaml.q2.bak
sed -i "/- --profiling=/d; /- --tls-min-version=/d" "$m"
sed -i "s/^\( *\)- kube-apiserver$/&\n\1- --profiling=false\n\1- --tls-min-version=VersionTLS12/" "$m"
grep -q -- "--enable-admission-plugins=.*DenyServiceExternalIPs" "$m" ||
    sed -i "s/- --enable-admission-plugins=\(.*\)$/- --enable-admission-plugins=\1,DenyServiceExternalIPs/" "$m"'
for _ in $(seq 1 27); do
    sleep 2
    kubectl --context cluster1 get pod "kube-apiserver-$node" -n kube-system -o json 2>/dev/null |
        jq -e '(.spec.containers[0].command | index("--profiling=false")) != null and ([.status.containerStatuses[]?.ready] | length > 0 and all)' >/dev/null && exit 0
done
echo "kube-apiserver did not come back within 55 s" >&2
exit 1
