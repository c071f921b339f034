#!/usr/bin/env bash
# Q5: healthy-web has an HTTP readiness probe on / port 80, 5 s initial delay, every 10 s.
set -u
ns=mars
p='{.spec.containers[0].readinessProbe'
got=$(kubectl get pod healthy-web -n "$ns" -o jsonpath="$p.httpGet.path} $p.httpGet.port} $p.initialDelaySeconds} $p.periodSeconds}" 2>/dev/null) || {
    echo "No pod 'healthy-web' in namespace '$ns'."
    exit 1
}
read -r path port delay period <<<"$got"
if [ "${path:-}" != "/" ] || [ "${port:-}" != "80" ] || [ "${delay:-}" != "5" ] || [ "${period:-}" != "10" ]; then
    echo "Readiness probe of 'healthy-web' is httpGet path='${path:-}' port='${port:-}' initialDelaySeconds='${delay:-}' periodSeconds='${period:-}', expected /, 80, 5, 10."
    exit 1
fi
echo "'healthy-web' has the expected readiness probe."
