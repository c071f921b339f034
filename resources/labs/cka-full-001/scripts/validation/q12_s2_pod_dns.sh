#!/usr/bin/env bash
# Q12: the StatefulSet pods get their stable DNS names: web-headless lists web-0 and web-1 by hostname (what
# CoreDNS serves as web-0.web-headless.net3.svc.cluster.local).
set -u
names=$(kubectl --context cluster1 get endpoints web-headless -n net3 -o jsonpath='{range .subsets[*].addresses[*]}{.hostname}{"\n"}{end}' 2>/dev/null | sort | tr '\n' ' ')
[ "$names" = "web-0 web-1 " ] || { echo "web-headless has hostnames '${names% }', expected web-0 and web-1 (ready)."; exit 1; }
echo "web-0 and web-1 have their DNS names under web-headless."
