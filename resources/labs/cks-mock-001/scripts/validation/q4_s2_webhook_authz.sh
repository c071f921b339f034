#!/usr/bin/env bash
# Q4: the kubelet of cluster1-node01 asks the API server to authorise requests (Webhook): a valid token without
# RBAC grants gets 403, not the pod list.
set -u
token=$(kubectl --context cluster1 get secret kubelet-probe-token -n ckx-probe -o jsonpath='{.data.token}' 2>/dev/null | base64 -d)
[ -n "$token" ] || { echo "The lab's probe token (ckx-probe/kubelet-probe-token) is missing."; exit 1; }
# shellcheck disable=SC2029 # the token expands on the jumphost on purpose
code=$(ssh cluster1-node01 "curl -sk -o /dev/null -m 5 -w '%{http_code}' -H 'Authorization: Bearer $token' https://127.0.0.1:10250/pods" 2>/dev/null)
[ "$code" = "403" ] || { echo "A client without RBAC grants got HTTP ${code:-no answer} from the kubelet of cluster1-node01, expected 403 (Webhook authorisation)."; exit 1; }
echo "The kubelet of cluster1-node01 authorises through the API server."
