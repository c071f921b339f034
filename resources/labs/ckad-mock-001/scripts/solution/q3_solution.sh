#!/usr/bin/env bash
# Reference answer for Q3.
# Waits stay within the runtime's 60 s script limit; they only matter while images are still being pulled.
set -eu
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: catalog-svc
  namespace: neptune
spec:
  type: ClusterIP
  selector:
    app: catalog
    tier: api
  ports:
    - port: 8080
      targetPort: 80
      protocol: TCP
---
apiVersion: v1
kind: Service
metadata:
  name: catalog-public
  namespace: neptune
spec:
  type: NodePort
  selector:
    app: catalog
    tier: api
  ports:
    - port: 80
      targetPort: 80
      nodePort: 30080
YAML
kubectl rollout status deployment/catalog -n neptune --timeout=30s
# Endpoints follow the ready pods a moment later.
for _ in $(seq 1 20); do
    n=$(kubectl get endpoints catalog-svc -n neptune -o jsonpath='{range .subsets[*].addresses[*]}x{end}')
    [ "$n" = "xx" ] && exit 0
    sleep 1
done
echo "catalog-svc did not get 2 endpoints" >&2
exit 1
