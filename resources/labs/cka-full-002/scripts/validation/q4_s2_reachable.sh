#!/usr/bin/env bash
# Q4: the pod billing/client gets an HTTP answer from the Service invoice on port 80. The check uses the cluster IP
# so that it does not depend on the cluster DNS that question 3 repairs.
set -u
ip=$(kubectl --context cluster1 -n billing get service invoice -o jsonpath='{.spec.clusterIP}' 2>/dev/null)
[ -n "$ip" ] || { echo "No service invoice in billing."; exit 1; }
kubectl --context cluster1 -n billing exec client -- wget -q -T 5 -O /dev/null "http://$ip/" >/dev/null 2>&1 ||
    { echo "billing/client gets no answer from the Service invoice ($ip:80)."; exit 1; }
echo "billing/invoice answers."
