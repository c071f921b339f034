#!/usr/bin/env bash
# Q5: endpoints of shop, by version label of the target pods.
set -u
sel=$(kubectl --context cluster1 get service shop -n canary -o jsonpath='{.spec.selector}' 2>/dev/null)
[ "$sel" = '{"app":"shop"}' ] || { echo "Service 'shop' selects '$sel'; expected it unchanged ({\"app\":\"shop\"})."; exit 1; }
pods=$(kubectl --context cluster1 get endpoints shop -n canary -o jsonpath='{range .subsets[*].addresses[*]}{.targetRef.name}{"\n"}{end}')
v1=0; v2=0
for p in $pods; do
    case "$(kubectl --context cluster1 get pod "$p" -n canary -o jsonpath='{.metadata.labels.version}' 2>/dev/null)" in
        v1) v1=$((v1 + 1)) ;;
        v2) v2=$((v2 + 1)) ;;
    esac
done
{ [ "$v1" = 3 ] && [ "$v2" = 1 ]; } || { echo "Service 'shop' routes to $v1 v1 and $v2 v2 pods, expected 3 and 1."; exit 1; }
echo "Service 'shop' routes to 3 v1 pods and 1 v2 pod."
