#!/usr/bin/env bash
# Q11: four deployments in runtime; two break container isolation (a privileged container, a hostPath mount of
# the node's root), two do not.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace runtime --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" apply -f - <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: collector
  namespace: runtime
spec:
  replicas: 1
  selector:
    matchLabels: {app: collector}
  template:
    metadata:
      labels: {app: collector}
    spec:
      containers:
        - name: main
          image: busybox:1.36
          command: ["sleep", "86400"]
        - name: helper
          image: busybox:1.36
          command: ["sleep", "86400"]
          securityContext:
            privileged: true
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cache
  namespace: runtime
spec:
  replicas: 1
  selector:
    matchLabels: {app: cache}
  template:
    metadata:
      labels: {app: cache}
    spec:
      containers:
        - name: main
          image: busybox:1.36
          command: ["sleep", "86400"]
          volumeMounts:
            - name: host
              mountPath: /host
      volumes:
        - name: host
          hostPath:
            path: /
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
  namespace: runtime
spec:
  replicas: 2
  selector:
    matchLabels: {app: frontend}
  template:
    metadata:
      labels: {app: frontend}
    spec:
      containers:
        - name: main
          image: nginx:1.27-alpine
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: runtime
spec:
  replicas: 1
  selector:
    matchLabels: {app: worker}
  template:
    metadata:
      labels: {app: worker}
    spec:
      containers:
        - name: main
          image: busybox:1.36
          command: ["sleep", "86400"]
          securityContext:
            allowPrivilegeEscalation: false
YAML
