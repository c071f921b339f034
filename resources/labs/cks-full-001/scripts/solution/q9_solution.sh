#!/usr/bin/env bash
# Reference answer for Q9.
set -eu
kubectl --context cluster1 patch deployment api -n secrets-app --type json -p '[
  {"op": "remove", "path": "/spec/template/spec/containers/0/env"},
  {"op": "add", "path": "/spec/template/spec/volumes", "value": [{"name": "db-creds", "secret": {"secretName": "db-creds", "defaultMode": 256}}]},
  {"op": "add", "path": "/spec/template/spec/containers/0/volumeMounts", "value": [{"name": "db-creds", "mountPath": "/etc/db-creds", "readOnly": true}]}
]'
kubectl --context cluster1 rollout status deployment/api -n secrets-app --timeout=45s
