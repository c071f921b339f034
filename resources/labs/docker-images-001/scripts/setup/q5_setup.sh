#!/usr/bin/env bash
# Q5: a Dockerfile whose slow dependency step re-runs on every source change.
set -eu
d=/home/candidate/q5
install -d -o candidate -g candidate "$d"
cat > "$d/Dockerfile" <<'DOCKERFILE'
FROM ckx-lab/imgbase:1
WORKDIR /app
COPY . /app
RUN sh install-deps.sh deps.txt
CMD ["sh", "/app/run.sh"]
DOCKERFILE
cat > "$d/install-deps.sh" <<'SH'
# Pretends to download every dependency listed in $1 (slowly, like a real package manager).
mkdir -p /app/vendor
while read -r dep; do
    [ -n "$dep" ] || continue
    sleep 1
    echo "$dep" > "/app/vendor/$dep"
    echo "installed $dep"
done < "$1"
SH
printf 'libjson\nlibhttp\n' > "$d/deps.txt"
echo "echo \"$APP service with \$(ls /app/vendor | wc -l) dependencies\"" > "$d/run.sh"
chown -R candidate:candidate "$d"
