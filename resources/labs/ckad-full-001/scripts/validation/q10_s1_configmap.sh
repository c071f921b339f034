#!/usr/bin/env bash
# Q10: the ConfigMap's key and content.
set -u
data=$(kubectl --context cluster1 get configmap app-settings -n config -o jsonpath='{.data.settings\.properties}' 2>/dev/null) || { echo "No ConfigMap 'app-settings' in namespace 'config'."; exit 1; }
[ "$data" = $'color=green\nlevel=3' ] || { echo "app-settings has settings.properties='$data', expected the content of /home/candidate/settings.properties."; exit 1; }
echo "app-settings holds settings.properties."
