#!/usr/bin/env bash
# Q1: the namespace orion exists.
set -u
phase=$(kubectl get namespace orion -o jsonpath='{.status.phase}' 2>/dev/null) || { echo "Namespace 'orion' does not exist."; exit 1; }
[ "$phase" = "Active" ] || { echo "Namespace 'orion' is '$phase', expected 'Active'."; exit 1; }
echo "Namespace 'orion' exists."
