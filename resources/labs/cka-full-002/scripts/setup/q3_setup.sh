#!/usr/bin/env bash
# Q3: the Corefile of cluster1 forwards to a resolv.conf that does not exist, and the CoreDNS pods are restarted:
# they crash at start and no pod of cluster1 resolves names. A client pod waits in dns-lab.
set -eu
kubectl --context cluster1 create namespace dns-lab
kubectl --context cluster1 -n dns-lab run client --image=busybox:1.36 --restart=Never -- sleep 86400
kubectl --context cluster1 -n kube-system get configmap coredns -o json |
    jq '.data.Corefile |= sub("forward \\. /etc/resolv\\.conf"; "forward . /etc/coredns/upstream.conf")' |
    kubectl --context cluster1 replace -f -
kubectl --context cluster1 -n kube-system get configmap coredns -o jsonpath='{.data.Corefile}' | grep -q 'forward . /etc/coredns/upstream.conf'
kubectl --context cluster1 -n kube-system delete pod -l k8s-app=kube-dns --wait=false
