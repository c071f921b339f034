#!/usr/bin/env bash
# Q7: the file is helm template output for release preview: its Deployment preview-webapp has 5 replicas.
set -u
f=/home/candidate/preview.yaml
[ -s "$f" ] || { echo "$f does not exist or is empty."; exit 1; }
grep -q '^# Source: webapp/templates/deployment.yaml' "$f" || { echo "$f is not the rendered webapp chart (no '# Source: webapp/templates/deployment.yaml')."; exit 1; }
grep -q '^  name: preview-webapp$' "$f" || { echo "$f renders no object named preview-webapp (release name 'preview')."; exit 1; }
grep -q '^  replicas: 5$' "$f" || { echo "$f does not render 'replicas: 5'."; exit 1; }
echo "$f renders release preview with 5 replicas."
