#!/usr/bin/env bash
# Reference answer for Q4.
set -eu
cat >/opt/charts/webapp-s/values.schema.json <<'JSON'
{
  "type": "object",
  "properties": {
    "replicaCount": {"type": "integer", "minimum": 1, "maximum": 5},
    "service": {
      "type": "object",
      "properties": {"type": {"enum": ["ClusterIP", "NodePort"]}}
    }
  }
}
JSON
