#!/usr/bin/env bash
# Q10: the Secret's values.
set -u
user=$(kubectl --context cluster1 get secret db-secret -n config -o jsonpath='{.data.user}' 2>/dev/null | base64 -d 2>/dev/null)
pass=$(kubectl --context cluster1 get secret db-secret -n config -o jsonpath='{.data.password}' 2>/dev/null | base64 -d 2>/dev/null)
{ [ "$user" = "app" ] && [ "$pass" = "Pa55w0rd" ]; } || { echo "db-secret has user='$user' and a password that does not match, expected user=app, password=Pa55w0rd."; exit 1; }
echo "db-secret holds user and password."
