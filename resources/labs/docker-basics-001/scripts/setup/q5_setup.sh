#!/usr/bin/env bash
# Q5: a build context with a Dockerfile the candidate has to finish, and the answers folder.
set -eu
install -d -o candidate -g candidate /home/candidate/q5 /home/candidate/answers
cat > /home/candidate/q5/Dockerfile <<'DOCKERFILE'
FROM ckx-lab/busybox:1
COPY motd.txt /etc/motd
ENV GREETING="change me"
CMD ["sh", "-c", "cat /etc/motd; echo \"$GREETING\""]
DOCKERFILE
echo 'CKX greeter v1' > /home/candidate/q5/motd.txt
chown candidate:candidate /home/candidate/q5/Dockerfile /home/candidate/q5/motd.txt
