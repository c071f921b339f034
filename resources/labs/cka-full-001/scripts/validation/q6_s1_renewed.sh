#!/usr/bin/env bash
# Q6: /etc/kubernetes/pki/apiserver.crt on cluster1-controlplane is a new certificate (renewed during the exam) and
# the key pair still matches the CA-signed files kubeadm manages.
set -u
old=$(cat /root/.ckx-lab/cka-full-q6-sha 2>/dev/null)
[ -n "$old" ] || { echo "The lab's record of the old certificate is missing."; exit 1; }
now=$(ssh cluster1-controlplane 'sha256sum /etc/kubernetes/pki/apiserver.crt' 2>/dev/null | cut -d' ' -f1)
[ -n "$now" ] || { echo "/etc/kubernetes/pki/apiserver.crt is missing on cluster1-controlplane."; exit 1; }
[ "$now" != "$old" ] || { echo "The API server certificate of cluster1 has not been renewed."; exit 1; }
ssh cluster1-controlplane 'kubeadm certs check-expiration >/dev/null 2>&1' || { echo "kubeadm cannot read the certificates of cluster1 any more."; exit 1; }
echo "The API server certificate was renewed."
