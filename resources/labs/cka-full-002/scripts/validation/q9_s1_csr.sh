#!/usr/bin/env bash
# Q9: the CertificateSigningRequest mara asks the kube-apiserver-client signer for client auth, is approved, and
# carries an issued certificate for CN=mara.
set -u
json=$(kubectl --context cluster1 get csr mara -o json 2>/dev/null) || { echo "No CertificateSigningRequest mara in cluster1."; exit 1; }
jq -e '.spec.signerName == "kubernetes.io/kube-apiserver-client" and any(.spec.usages[]; . == "client auth")' <<<"$json" >/dev/null ||
    { echo "CSR mara must use signer kubernetes.io/kube-apiserver-client with usage 'client auth'."; exit 1; }
jq -e 'any(.status.conditions[]?; .type == "Approved" and .status == "True")' <<<"$json" >/dev/null || { echo "CSR mara is not approved."; exit 1; }
cert=$(jq -r '.status.certificate // empty' <<<"$json")
[ -n "$cert" ] || { echo "CSR mara has no issued certificate yet."; exit 1; }
base64 -d <<<"$cert" | openssl x509 -noout -subject 2>/dev/null | grep -qE 'CN ?= ?mara' || { echo "The certificate of CSR mara is not for CN=mara."; exit 1; }
echo "CSR mara is approved and issued."
