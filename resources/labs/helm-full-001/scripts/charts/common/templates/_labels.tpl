{{- define "common.labels" -}}
team: platform
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}
