#!/usr/bin/env bash
# Q5: greeter:1.0 was built from /home/candidate/q5 with GREETING set to "ready to ship".
set -u
img=greeter:1.0
envs=$(docker image inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$img" 2>/dev/null) || {
    echo "No image '$img' exists."
    exit 1
}
grep -qx 'GREETING=ready to ship' <<<"$envs" || {
    echo "Image '$img' sets $(grep '^GREETING=' <<<"$envs" || echo 'no GREETING'), expected GREETING=ready to ship."
    exit 1
}
motd=$(timeout 20 docker run --rm --entrypoint cat "$img" /etc/motd 2>&1) || { echo "Image '$img' has no /etc/motd: $motd"; exit 1; }
grep -q 'CKX greeter v1' <<<"$motd" || { echo "/etc/motd in '$img' is not the motd.txt of /home/candidate/q5."; exit 1; }
echo "Image '$img' is built from /home/candidate/q5 with GREETING=ready to ship."
