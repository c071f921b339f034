#!/usr/bin/env bash
# Q11: cluster1 gets the Gateway API kinds (a trimmed copy of the standard CRDs: no schema, no controller), a
# GatewayClass ckx-gateway, and the two backends of the shop; no Gateway and no route exist yet.
set -eu
for kind in GatewayClass:gatewayclasses:Cluster Gateway:gateways:Namespaced HTTPRoute:httproutes:Namespaced; do
    IFS=: read -r k plural scope <<<"$kind"
    kubectl --context cluster1 apply -f - <<YAML
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${plural}.gateway.networking.k8s.io
  annotations: {api-approved.kubernetes.io: "https://github.com/kubernetes-sigs/gateway-api/pull/2466"}
spec:
  group: gateway.networking.k8s.io
  scope: ${scope}
  names: {kind: ${k}, plural: ${plural}, singular: $(tr '[:upper:]' '[:lower:]' <<<"$k"), listKind: ${k}List}
  versions:
  - name: v1
    served: true
    storage: true
    subresources: {status: {}}
    schema:
      openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
YAML
done
kubectl --context cluster1 wait --for=condition=Established crd/gatewayclasses.gateway.networking.k8s.io crd/gateways.gateway.networking.k8s.io crd/httproutes.gateway.networking.k8s.io --timeout=60s
kubectl --context cluster1 create namespace shop
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: ckx-gateway}
spec: {controllerName: example.com/ckx-gateway-controller}
---
apiVersion: v1
kind: Service
metadata: {name: frontend, namespace: shop}
spec:
  selector: {app: frontend}
  ports: [{port: 80, targetPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: shop}
spec:
  selector: {app: api}
  ports: [{port: 8080, targetPort: 8080}]
YAML
