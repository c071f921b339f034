#!/usr/bin/env bash
# Q7: the container of health/api has a startup probe (HTTP GET / on 80, failureThreshold 30, period 2), a
# readiness probe (HTTP GET / on 80, period 5) and a liveness probe (TCP 80, period 15).
set -u
json=$(kubectl --context cluster1 -n health get deployment api -o json 2>/dev/null) || { echo "No deployment api in namespace health."; exit 1; }
port80='(.port == 80 or .port == "80" or .port == "http")'
jq -e ".spec.template.spec.containers[0] as \$c |
  (\$c.startupProbe.httpGet | . != null and (.path // \"/\") == \"/\" and $port80) and \$c.startupProbe.failureThreshold == 30 and \$c.startupProbe.periodSeconds == 2 and
  (\$c.readinessProbe.httpGet | . != null and (.path // \"/\") == \"/\" and $port80) and \$c.readinessProbe.periodSeconds == 5 and
  (\$c.livenessProbe.tcpSocket | . != null and $port80) and \$c.livenessProbe.periodSeconds == 15" <<<"$json" >/dev/null ||
    { echo "The probes of health/api are not as asked: $(jq -c '.spec.template.spec.containers[0] | {startupProbe, readinessProbe, livenessProbe}' <<<"$json")"; exit 1; }
echo "health/api has the three probes."
