#!/usr/bin/env bash
# Q4: a build context with a secret, logs and a .git folder that must not reach the image.
set -eu
d=/home/candidate/q4
install -d -o candidate -g candidate "$d" "$d/logs" "$d/.git"
install -d -m 700 /root/.ckx
cat > "$d/Dockerfile" <<'DOCKERFILE'
FROM ckx-lab/imgbase:1
COPY . /site
CMD ["httpd", "-f", "-p", "8080", "-h", "/site"]
DOCKERFILE
echo "<h1>$APP status page</h1>" > "$d/index.html"
echo "DB_PASSWORD=$(tr -dc 'a-z0-9' </dev/urandom | head -c 16)" > "$d/.env"
for i in 1 2 3; do echo "GET /index.html $i" >> "$d/logs/access.log"; done
echo 'ref: refs/heads/main' > "$d/.git/HEAD"
chown -R candidate:candidate "$d"
sha256sum "$d/Dockerfile" > /root/.ckx/q4-dockerfile.sha256
