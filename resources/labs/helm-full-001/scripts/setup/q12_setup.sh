#!/usr/bin/env bash
# Q12: in each namespace one deployed and one failed release (the failed upgrade asks for an invalid port).
set -eu
chart=/opt/ckx/lab/scripts/charts/webapp
for t in a b; do
    helm --kube-context cluster1 upgrade --install "ok-$t" "$chart" -n "team-$t" --create-namespace
    helm --kube-context cluster1 upgrade --install "fail-$t" "$chart" -n "team-$t"
    helm --kube-context cluster1 upgrade "fail-$t" "$chart" -n "team-$t" --set service.port=99999 >/dev/null 2>&1 || true
done
rm -f /home/candidate/failed-releases.txt
