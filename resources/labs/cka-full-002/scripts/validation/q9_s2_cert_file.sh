#!/usr/bin/env bash
# Q9: /root/mara/mara.crt on the jumphost is a certificate for CN=mara that matches mara.key and is signed by
# cluster1's CA.
set -u
crt=/root/mara/mara.crt
[ -s "$crt" ] || { echo "$crt is missing."; exit 1; }
a=$(openssl x509 -in "$crt" -noout -pubkey 2>/dev/null | sha256sum)
b=$(openssl pkey -in /root/mara/mara.key -pubout 2>/dev/null | sha256sum)
[ "$a" = "$b" ] || { echo "$crt does not belong to /root/mara/mara.key."; exit 1; }
ca=$(mktemp); trap 'rm -f "$ca"' EXIT
kubectl --context cluster1 -n research get configmap kube-root-ca.crt -o jsonpath='{.data.ca\.crt}' > "$ca" 2>/dev/null
openssl verify -CAfile "$ca" "$crt" >/dev/null 2>&1 || { echo "$crt is not signed by cluster1's CA."; exit 1; }
echo "$crt is mara's certificate from cluster1's CA."
