#!/usr/bin/env bash
# Q6: the chart notes-app 1.0.0 at /root/charts/notes-app on the jumphost; nothing installed.
set -eu
c=/root/charts/notes-app
rm -rf "$c" && mkdir -p "$c/templates"
cat > "$c/Chart.yaml" <<'YAML'
apiVersion: v2
name: notes-app
description: A notes web app for the CKAD lab
version: 1.0.0
appVersion: "1.27"
YAML
cat > "$c/values.yaml" <<'YAML'
replicaCount: 1
greeting: hello
image:
  repository: nginx
  tag: 1.27-alpine
YAML
cat > "$c/templates/configmap.yaml" <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  greeting: {{ .Values.greeting | quote }}
YAML
cat > "$c/templates/deployment.yaml" <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-app
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {app: {{ .Release.Name }}-app}
  template:
    metadata:
      labels: {app: {{ .Release.Name }}-app}
    spec:
      containers:
      - name: app
        image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
        envFrom:
        - configMapRef: {name: {{ .Release.Name }}-config}
YAML
