#!/usr/bin/env bash
# Q13: catalog/partner-api is an ExternalName service for api.partner.example.com.
set -u
got=$(kubectl --context cluster1 -n catalog get service partner-api -o jsonpath='{.spec.type} {.spec.externalName}' 2>/dev/null)
[ "${got%.}" = "ExternalName api.partner.example.com" ] || { echo "catalog/partner-api is '${got}', expected ExternalName api.partner.example.com."; exit 1; }
echo "catalog/partner-api points at api.partner.example.com."
