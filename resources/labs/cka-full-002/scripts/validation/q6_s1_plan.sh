#!/usr/bin/env bash
# Q6: /root/upgrade/plan.txt on cluster3-controlplane holds the output of 'kubeadm upgrade plan' (its phase log,
# its apply command or its up-to-date notice).
set -u
# shellcheck disable=SC2016 # expands on the node
ssh cluster3-controlplane 'f=/root/upgrade/plan.txt; [ -s "$f" ] && grep -qE "\[(upgrade(/[a-z]+)?|preflight)\]|kubeadm upgrade apply|up-to-date" "$f"' 2>/dev/null ||
    { echo "/root/upgrade/plan.txt on cluster3-controlplane is missing or is not the output of kubeadm upgrade plan."; exit 1; }
echo "plan.txt holds the upgrade plan."
