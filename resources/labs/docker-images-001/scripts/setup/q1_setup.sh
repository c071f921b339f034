#!/usr/bin/env bash
# Q1: a single-stage build that ships its whole toolchain.
set -eu
install -d -o candidate -g candidate /home/candidate/q1 /home/candidate/q1/src
cat > /home/candidate/q1/Dockerfile <<'DOCKERFILE'
FROM ckx-lab/toolchain:1
COPY src /src
RUN compile /src /app/greet
CMD ["/app/greet"]
DOCKERFILE
echo "Hello from $APP" > /home/candidate/q1/src/hello.txt
echo "Built in two stages" > /home/candidate/q1/src/motto.txt
chown -R candidate:candidate /home/candidate/q1
