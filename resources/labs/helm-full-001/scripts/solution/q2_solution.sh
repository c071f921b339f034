#!/usr/bin/env bash
# Reference answer for Q2.
set -eu
mkdir -p /opt/charts/webapp/templates/tests
cat >/opt/charts/webapp/templates/tests/test-connection.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-test
  annotations:
    "helm.sh/hook": test
spec:
  restartPolicy: Never
  containers:
    - name: wget
      image: busybox:1.36
      command: ["wget", "-qO-", "http://{{ .Release.Name }}-{{ .Chart.Name }}:{{ .Values.service.port }}/"]
YAML
helm --kube-context cluster1 install qa /opt/charts/webapp -n qa --create-namespace --wait --timeout 40s
helm --kube-context cluster1 test qa -n qa --timeout 15s
