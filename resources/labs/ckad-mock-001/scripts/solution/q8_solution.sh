#!/usr/bin/env bash
# Reference answer for Q8.
# Waits stay within the runtime's 60 s script limit; they only matter while images are still being pulled.
set -eu
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: log-pod
  namespace: pluto
spec:
  containers:
    - name: app
      image: busybox:1.36
      command: ["sh", "-c", "while true; do date >> /var/log/app/app.log; sleep 5; done"]
      volumeMounts:
        - name: logs
          mountPath: /var/log/app
    - name: log-tailer
      image: busybox:1.36
      command: ["sh", "-c", "tail -F /var/log/app/app.log"]
      volumeMounts:
        - name: logs
          mountPath: /var/log/app
  volumes:
    - name: logs
      emptyDir: {}
YAML
kubectl wait --for=condition=Ready pod/log-pod -n pluto --timeout=50s
# The sidecar prints the first line within a few seconds of starting.
for _ in $(seq 1 8); do
    [ -n "$(kubectl logs log-pod -n pluto -c log-tailer --tail=1 2>/dev/null)" ] && exit 0
    sleep 1
done
echo "log-tailer printed nothing" >&2
exit 1
