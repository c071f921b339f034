#!/usr/bin/env bash
# Q10: a local Helm chart for the status page at /root/charts/status-page on the jumphost; nothing installed.
set -eu
c=/root/charts/status-page
rm -rf "$c" && mkdir -p "$c/templates"
cat > "$c/Chart.yaml" <<'YAML'
apiVersion: v2
name: status-page
description: A small status page served by nginx
version: 0.3.0
appVersion: "1.27"
YAML
cat > "$c/values.yaml" <<'YAML'
replicaCount: 1
image:
  repository: nginx
  tag: 1.27-alpine
service:
  type: ClusterIP
  port: 80
YAML
cat > "$c/templates/deployment.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-web
  labels: {app: {{ .Release.Name }}-web}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {app: {{ .Release.Name }}-web}
  template:
    metadata:
      labels: {app: {{ .Release.Name }}-web}
    spec:
      containers:
      - name: web
        image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
        ports: [{containerPort: 80}]
YAML
cat > "$c/templates/service.yaml" <<'YAML'
apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-web
spec:
  type: {{ .Values.service.type }}
  selector: {app: {{ .Release.Name }}-web}
  ports: [{port: {{ .Values.service.port }}, targetPort: 80}]
YAML
