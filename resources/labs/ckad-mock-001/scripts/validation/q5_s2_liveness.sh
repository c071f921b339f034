#!/usr/bin/env bash
# Q5: healthy-web has a TCP liveness probe on port 80, 10 s initial delay, every 20 s.
set -u
ns=mars
p='{.spec.containers[0].livenessProbe'
got=$(kubectl get pod healthy-web -n "$ns" -o jsonpath="$p.tcpSocket.port} $p.initialDelaySeconds} $p.periodSeconds}" 2>/dev/null) || {
    echo "No pod 'healthy-web' in namespace '$ns'."
    exit 1
}
read -r port delay period <<<"$got"
if [ "${port:-}" != "80" ] || [ "${delay:-}" != "10" ] || [ "${period:-}" != "20" ]; then
    echo "Liveness probe of 'healthy-web' is tcpSocket port='${port:-}' initialDelaySeconds='${delay:-}' periodSeconds='${period:-}', expected 80, 10, 20."
    exit 1
fi
echo "'healthy-web' has the expected liveness probe."
