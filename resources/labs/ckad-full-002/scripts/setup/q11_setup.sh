#!/usr/bin/env bash
# Q11: namespace reports with a ConfigMap and a Secret; no service account besides default.
set -eu
kubectl --context cluster1 create namespace reports
kubectl --context cluster1 -n reports create configmap report-settings --from-literal=format=pdf
kubectl --context cluster1 -n reports create secret generic report-token --from-literal=token=ckx-s3cr3t
