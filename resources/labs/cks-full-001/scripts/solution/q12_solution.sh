#!/usr/bin/env bash
# Reference answer for Q12.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: trusted-registries
spec:
  failurePolicy: Fail
  paramKind:
    apiVersion: v1
    kind: ConfigMap
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods"]
  variables:
    - name: images
      expression: "object.spec.containers.map(c, c.image) + (has(object.spec.initContainers) ? object.spec.initContainers.map(c, c.image) : [])"
    - name: prefixes
      expression: "params.data.prefixes.split(',').filter(p, p != '')"
  validations:
    - expression: "variables.images.all(i, variables.prefixes.exists(p, i.startsWith(p)))"
      message: "images must come from a trusted registry"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: trusted-registries-binding
spec:
  policyName: trusted-registries
  validationActions: ["Deny"]
  paramRef:
    name: trusted-registries
    namespace: policy
    parameterNotFoundAction: Deny
  matchResources:
    namespaceSelector:
      matchLabels:
        registries: trusted
YAML
img=quay.io/evil/miner:1.0
for _ in $(seq 1 20); do
    if ! printf '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"storefront"},"spec":{"containers":[{"name":"a","image":"%s"}]}}' "$img" |
        kubectl --context cluster1 create --dry-run=server -f - >/dev/null 2>&1; then
        exit 0
    fi
    sleep 1
done
echo "the policy is not enforced after 20 s" >&2
exit 1
