#!/usr/bin/env bash
# Q14: the CRD backups.ops.example.com (kind Backup, short name bk) and a Backup weekly in namespace ops.
set -eu
kubectl --context cluster1 create namespace ops
rm -f /root/ckad/weekly-retention.txt
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: backups.ops.example.com}
spec:
  group: ops.example.com
  scope: Namespaced
  names: {kind: Backup, plural: backups, singular: backup, shortNames: [bk]}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec:
            type: object
            required: [schedule, retentionDays]
            properties:
              schedule: {type: string}
              retentionDays: {type: integer, minimum: 1}
              target: {type: string}
YAML
kubectl --context cluster1 wait --for=condition=Established crd/backups.ops.example.com --timeout=60s
kubectl --context cluster1 apply -f - <<'YAML'
apiVersion: ops.example.com/v1
kind: Backup
metadata: {name: weekly, namespace: ops}
spec: {schedule: "0 3 * * 0", retentionDays: 28, target: s3://ckx-backups/weekly}
YAML
