#!/usr/bin/env bash
# Q3: Chart.yaml lists common and charts/ holds it.
set -u
meta=$(helm show chart /opt/charts/orders 2>/dev/null) || { echo "/opt/charts/orders is not a chart."; exit 1; }
grep -qx -- '- name: common' <<<"$meta" || { echo "/opt/charts/orders/Chart.yaml has no dependency named common."; exit 1; }
[ -f /opt/charts/orders/charts/common-1.0.0.tgz ] || { echo "/opt/charts/orders/charts/common-1.0.0.tgz does not exist (dependency not fetched)."; exit 1; }
echo "orders depends on common 1.0.0."
