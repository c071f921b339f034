#!/usr/bin/env bash
# Reference answer for Q3.
set -eu
chart=/opt/charts/orders
cat >>"$chart/Chart.yaml" <<'YAML'
dependencies:
  - name: common
    version: 1.0.0
    repository: "file://../common"
YAML
sed -i '0,/^  labels:$/s//  labels:\n    {{- include "common.labels" . | nindent 4 }}/' "$chart/templates/deployment.yaml"
helm dependency update "$chart"
helm --kube-context cluster1 install orders "$chart" -n orders --create-namespace
