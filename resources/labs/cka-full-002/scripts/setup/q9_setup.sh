#!/usr/bin/env bash
# Q9: a private key and a certificate request for the user mara on the jumphost, and the namespace research.
set -eu
rm -rf /root/mara && mkdir -p /root/mara
openssl genrsa -out /root/mara/mara.key 2048 2>/dev/null
openssl req -new -key /root/mara/mara.key -subj "/CN=mara/O=research" -out /root/mara/mara.csr
kubectl --context cluster1 create namespace research
kubectl --context cluster1 -n research create configmap notes --from-literal=owner=mara
