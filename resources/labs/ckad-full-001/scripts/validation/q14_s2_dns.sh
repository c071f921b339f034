#!/usr/bin/env bash
# Q14: behaviour: DNS name and port work from another pod.
set -u
body=$(kubectl --context cluster1 exec client -n net -- timeout 10 wget -qO- http://backend-svc.net.svc.cluster.local:8080/ 2>/dev/null)
case "$body" in
    *"Welcome to nginx"*) echo "client reaches backend-svc by DNS on 8080." ;;
    *) echo "client cannot get the nginx page from http://backend-svc.net.svc.cluster.local:8080/."; exit 1 ;;
esac
