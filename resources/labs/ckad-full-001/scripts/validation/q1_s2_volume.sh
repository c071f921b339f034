#!/usr/bin/env bash
# Q1: one emptyDir named content, mounted by prepare and by web at /usr/share/nginx/html.
set -u
kind=$(kubectl --context cluster1 get pod web-init -n atlas -o jsonpath='{.spec.volumes[?(@.name=="content")].emptyDir}' 2>/dev/null)
[ -n "$kind" ] || { echo "Pod 'web-init' has no emptyDir volume named 'content'."; exit 1; }
init=$(kubectl --context cluster1 get pod web-init -n atlas -o jsonpath='{.spec.initContainers[0].volumeMounts[?(@.name=="content")].mountPath}')
web=$(kubectl --context cluster1 get pod web-init -n atlas -o jsonpath='{.spec.containers[?(@.name=="web")].volumeMounts[?(@.name=="content")].mountPath}')
{ [ -n "$init" ] && [ "$web" = "/usr/share/nginx/html" ]; } || { echo "Mounts of 'content': prepare='$init', web='$web'; expected both, web at /usr/share/nginx/html."; exit 1; }
echo "Both containers share the emptyDir 'content'."
