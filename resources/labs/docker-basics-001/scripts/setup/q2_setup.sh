#!/usr/bin/env bash
# Q2: the page the candidate has to serve.
set -eu
install -d -o candidate -g candidate /home/candidate/q2
cat > /home/candidate/q2/index.html <<'HTML'
<!doctype html>
<html><body><h1>Welcome to the CKX store</h1><p>Served from a container.</p></body></html>
HTML
chown candidate:candidate /home/candidate/q2/index.html
