#!/usr/bin/env bash
# Q8: namespace supply, labelled as one whose pods must use pinned images.
set -eu
ctx=cluster1
kubectl --context "$ctx" create namespace supply --dry-run=client -o yaml | kubectl --context "$ctx" apply -f -
kubectl --context "$ctx" label namespace supply images=pinned --overwrite
