#!/usr/bin/env bash
# Reference answer for Q4.
set -eu
ssh cluster1-node01 'set -e
f=/var/lib/kubelet/config.yaml
sed -i "/^  anonymous:/{n;s/enabled: true/enabled: false/}" "$f"
sed -i "s/^  mode: AlwaysAllow/  mode: Webhook/" "$f"
sed -i "s/^readOnlyPort: .*/readOnlyPort: 0/" "$f"
systemctl restart kubelet'
node=$(ssh cluster1-node01 hostname)
sleep 5
kubectl --context cluster1 wait --for=condition=Ready "node/$node" --timeout=40s
