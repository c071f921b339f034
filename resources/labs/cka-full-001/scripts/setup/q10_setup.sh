#!/usr/bin/env bash
# Q10: two services of a shop, to be published through one Ingress.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace web2 --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
for app in shop-frontend shop-api; do
    kubectl --context "$ctx" create deployment "$app" -n web2 --image=nginx:1.27-alpine --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
done
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: shop-frontend
  namespace: web2
spec:
  selector:
    app: shop-frontend
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: shop-api
  namespace: web2
spec:
  selector:
    app: shop-api
  ports:
    - port: 8080
      targetPort: 80
YAML
