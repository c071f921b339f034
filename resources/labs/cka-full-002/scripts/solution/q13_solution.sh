#!/usr/bin/env bash
# Reference answer for Q13: patch the service type and node port, create the ExternalName service.
set -eu
kubectl --context cluster1 -n catalog patch service catalog --type=json -p \
    '[{"op":"replace","path":"/spec/type","value":"NodePort"},{"op":"add","path":"/spec/ports/0/nodePort","value":30180}]'
kubectl --context cluster1 -n catalog create service externalname partner-api --external-name=api.partner.example.com
