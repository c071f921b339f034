#!/usr/bin/env bash
# Reference answer for Q8.
set -eu
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: pinned-images
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: [""]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["pods"]
  variables:
    - name: images
      expression: "object.spec.containers.map(c, c.image) + (has(object.spec.initContainers) ? object.spec.initContainers.map(c, c.image) : [])"
  validations:
    - expression: "variables.images.all(i, i.contains('@sha256:') || (i.substring(i.lastIndexOf('/') + 1).contains(':') && !i.endsWith(':latest')))"
      message: "images must be pinned to a tag other than latest, or to a digest"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: pinned-images-binding
spec:
  policyName: pinned-images
  validationActions: ["Deny"]
  matchResources:
    namespaceSelector:
      matchLabels:
        images: pinned
YAML
# The policy is enforced once the API server has loaded it (a few seconds). The probe is a server-side dry run:
# the image reference is never pulled.
repo=nginx
for _ in $(seq 1 20); do
    if ! printf '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"supply"},"spec":{"containers":[{"name":"a","image":"%s"}]}}' "$repo:latest" |
        kubectl --context cluster1 create --dry-run=server -f - >/dev/null 2>&1; then
        exit 0
    fi
    sleep 1
done
echo "the policy is not enforced after 20 s" >&2
exit 1
