#!/usr/bin/env bash
# Q7: revision 1 works (2 replicas); revision 2 fails at the API server (port 99999 is out of range).
set -eu
chart=/opt/ckx/lab/scripts/charts/webapp
helm --kube-context cluster1 upgrade --install broken "$chart" -n broken --create-namespace --set replicaCount=2
helm --kube-context cluster1 upgrade broken "$chart" -n broken --reuse-values --set service.port=99999 >/dev/null 2>&1 || true
