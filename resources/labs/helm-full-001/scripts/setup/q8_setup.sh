#!/usr/bin/env bash
# Q8: five revisions of trim.
set -eu
chart=/opt/ckx/lab/scripts/charts/webapp
helm --kube-context cluster1 upgrade --install trim "$chart" -n trim --create-namespace
for i in 2 3 4 5; do
    helm --kube-context cluster1 upgrade trim "$chart" -n trim --set "image.tag=1.27-alpine" --description "revision $i"
done
