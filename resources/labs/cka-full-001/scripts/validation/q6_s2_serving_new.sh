#!/usr/bin/env bash
# Q6: the renewed certificate is in use: the API server container started after the certificate file was written.
set -u
old=$(cat /root/.ckx-lab/cka-full-q6-sha 2>/dev/null)
node=$(ssh cluster1-controlplane hostname 2>/dev/null) || { echo "cluster1-controlplane is unreachable over SSH."; exit 1; }
out=$(ssh cluster1-controlplane 'sha256sum /etc/kubernetes/pki/apiserver.crt | cut -d" " -f1; stat -c %Y /etc/kubernetes/pki/apiserver.crt' 2>/dev/null)
now=$(sed -n 1p <<<"$out") mtime=$(sed -n 2p <<<"$out")
if [ -z "$old" ] || [ -z "$now" ] || [ "$now" = "$old" ]; then
    echo "The API server certificate has not been renewed."
    exit 1
fi
started=$(kubectl --context cluster1 get pod "kube-apiserver-$node" -n kube-system -o jsonpath='{.status.containerStatuses[0].state.running.startedAt}' 2>/dev/null)
[ -n "$started" ] || { echo "The API server of cluster1 is not running."; exit 1; }
[ "$(date -u -d "$started" +%s)" -ge "$mtime" ] || { echo "The API server was not restarted after the renewal: it still serves the old certificate."; exit 1; }
echo "The API server serves the renewed certificate."
