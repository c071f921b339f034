#!/usr/bin/env bash
# Q8: the deployment's config volume points at api-conf.
set -u
cm=$(kubectl --context cluster1 get deployment broken-api -n debug -o jsonpath='{.spec.template.spec.volumes[?(@.name=="config")].configMap.name}' 2>/dev/null) || { echo "No deployment 'broken-api' in namespace 'debug'."; exit 1; }
[ "$cm" = "api-conf" ] || { echo "broken-api mounts ConfigMap '$cm', expected 'api-conf'."; exit 1; }
echo "broken-api mounts api-conf."
