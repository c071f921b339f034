#!/usr/bin/env bash
# Q6: record the fingerprint of the API server's serving certificate of cluster1, so the check can tell it was renewed.
set -eu
state=/root/.ckx-lab
mkdir -p "$state" && chmod 700 "$state"
ssh cluster1-controlplane 'sha256sum /etc/kubernetes/pki/apiserver.crt' | cut -d' ' -f1 >"$state/cka-full-q6-sha"
[ -s "$state/cka-full-q6-sha" ]
