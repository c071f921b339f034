#!/bin/bash
# sshd in the foreground; the runtime has already copied the host key and authorized_keys into place.
set -e
mkdir -p /run/sshd
chmod 600 /etc/ssh/ssh_host_ed25519_key 2>/dev/null || true
if [ -d /home/candidate/.ssh ]; then
  chown -R candidate:candidate /home/candidate/.ssh && chmod 700 /home/candidate/.ssh
  chmod 600 /home/candidate/.ssh/authorized_keys 2>/dev/null || true
fi
# sshd does not pass the container's environment to sessions: hand the lab's (DOCKER_HOST or KUBECONFIG) to every
# SSH session, interactive or not, and to login shells started otherwise.
env | grep -E '^(KUBECONFIG|DOCKER_HOST)=' >/etc/ckx/environment || true
if [ -s /etc/ckx/environment ] && ! grep -q '^SetEnv' /etc/ssh/sshd_config; then
  echo "SetEnv $(tr '\n' ' ' </etc/ckx/environment)" >>/etc/ssh/sshd_config
fi
[ -f /etc/ckx/kubeconfig ] && chmod 644 /etc/ckx/kubeconfig
exec /usr/sbin/sshd -D -e
