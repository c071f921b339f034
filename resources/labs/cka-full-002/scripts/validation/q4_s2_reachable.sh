#!/usr/bin/env bash
# Q4: the pod billing/client gets an HTTP answer from http://invoice.billing.svc.cluster.local/.
set -u
kubectl --context cluster1 -n billing exec client -- wget -q -T 5 -O /dev/null http://invoice.billing.svc.cluster.local/ >/dev/null 2>&1 ||
    { echo "billing/client gets no answer from http://invoice.billing.svc.cluster.local/."; exit 1; }
echo "billing/invoice answers."
