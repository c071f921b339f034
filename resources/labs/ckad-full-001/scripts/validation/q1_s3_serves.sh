#!/usr/bin/env bash
# Q1: behaviour: the page is there.
set -u
phase=$(kubectl --context cluster1 get pod web-init -n atlas -o jsonpath='{.status.phase}' 2>/dev/null) || { echo "No pod 'web-init' in namespace 'atlas'."; exit 1; }
[ "$phase" = "Running" ] || { echo "Pod 'web-init' is '$phase', expected 'Running'."; exit 1; }
body=$(kubectl --context cluster1 exec web-init -n atlas -c web -- wget -qO- http://localhost/ 2>/dev/null)
[ "$body" = "ready" ] || { echo "http://localhost/ in 'web' answers '$body', expected 'ready'."; exit 1; }
echo "web-init serves 'ready'."
