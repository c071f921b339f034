#!/usr/bin/env bash
# Reference answer for Q9: CSR object from the request file, approve it, save the certificate, Role + RoleBinding.
set -eu
kubectl --context cluster1 apply -f - <<YAML
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata: {name: mara}
spec:
  request: $(base64 -w0 < /root/mara/mara.csr)
  signerName: kubernetes.io/kube-apiserver-client
  expirationSeconds: 86400
  usages: [client auth]
YAML
kubectl --context cluster1 certificate approve mara
for _ in $(seq 30); do
    cert=$(kubectl --context cluster1 get csr mara -o jsonpath='{.status.certificate}')
    [ -z "$cert" ] || break
    sleep 1
done
base64 -d <<<"$cert" > /root/mara/mara.crt
kubectl --context cluster1 -n research create role pod-reader --verb=get,list,watch --resource=pods
kubectl --context cluster1 -n research create rolebinding mara-pod-reader --role=pod-reader --user=mara
