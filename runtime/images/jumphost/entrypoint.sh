#!/bin/bash
# sshd in the foreground; the runtime has already copied the host key and authorized_keys into place.
set -e
mkdir -p /run/sshd
chmod 600 /etc/ssh/ssh_host_ed25519_key 2>/dev/null || true
if [ -d /home/candidate/.ssh ]; then
  chown -R candidate:candidate /home/candidate/.ssh && chmod 700 /home/candidate/.ssh
  chmod 600 /home/candidate/.ssh/authorized_keys 2>/dev/null || true
fi
# Environment for login shells (sshd does not pass the container's env to sessions).
env | grep -E '^(KUBECONFIG|DOCKER_HOST)=' >/etc/ckx/environment || true
[ -f /etc/ckx/kubeconfig ] && chmod 644 /etc/ckx/kubeconfig
exec /usr/sbin/sshd -D -e
