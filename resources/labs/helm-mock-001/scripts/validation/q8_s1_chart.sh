#!/usr/bin/env bash
# Q8: Chart.yaml of the new chart.
set -u
dir=/home/candidate/charts/inventory
meta=$(helm show chart "$dir" 2>/dev/null) || { echo "$dir is not a Helm chart."; exit 1; }
{ grep -qx 'name: inventory' <<<"$meta" && grep -qx 'version: 0.2.0' <<<"$meta"; } || { echo "$dir/Chart.yaml must say name: inventory and version: 0.2.0."; exit 1; }
echo "$dir is chart inventory 0.2.0."
