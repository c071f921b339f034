#!/usr/bin/env bash
# Q9: helm dependency update/build packaged the subchart.
set -u
[ -f /opt/charts/frontend/charts/backend-0.1.0.tgz ] || { echo "/opt/charts/frontend/charts/backend-0.1.0.tgz does not exist."; exit 1; }
echo "The backend subchart is packaged in /opt/charts/frontend/charts."
