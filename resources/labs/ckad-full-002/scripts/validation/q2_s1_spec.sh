#!/usr/bin/env bash
# Q2: pod design/web-init has an init container fetch (busybox:1.36) and a container web (nginx:1.27-alpine)
# that share one emptyDir volume, mounted at /usr/share/nginx/html in web.
set -u
json=$(kubectl --context cluster1 -n design get pod web-init -o json 2>/dev/null) || { echo "No pod web-init in namespace design."; exit 1; }
jq -e '[.spec.volumes[]? | select(.emptyDir != null) | .name] as $ed |
  any(.spec.initContainers[]?; .name == "fetch" and .image == "busybox:1.36" and any(.volumeMounts[]?; .name as $n | $ed | index($n))) and
  any(.spec.containers[]; .name == "web" and .image == "nginx:1.27-alpine" and any(.volumeMounts[]?; .mountPath == "/usr/share/nginx/html" and (.name as $n | $ed | index($n))))' <<<"$json" >/dev/null ||
    { echo "web-init must have init container fetch and container web sharing an emptyDir at /usr/share/nginx/html."; exit 1; }
# The init container and web must mount the same volume.
jq -e '([.spec.initContainers[]? | select(.name == "fetch") | .volumeMounts[]?.name]) as $a |
       any(.spec.containers[] | select(.name == "web") | .volumeMounts[]?; .mountPath == "/usr/share/nginx/html" and (.name as $n | $a | index($n)))' <<<"$json" >/dev/null ||
    { echo "fetch and web do not share the volume mounted at /usr/share/nginx/html."; exit 1; }
echo "web-init is built as asked."
