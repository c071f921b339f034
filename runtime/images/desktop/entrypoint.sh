#!/bin/bash
# Turns the per-session password file into TigerVNC's format, removes the plain copy, starts Xtigervnc on :1
# (port 5901) and the XFCE session as the candidate. setpriv (not su: no PAM, works with all capabilities but
# SETUID/SETGID/CHOWN/DAC_OVERRIDE/FOWNER dropped) switches to the candidate.
set -eu
secret=/run/ckx-secrets/vnc-password
install -d -o candidate -g candidate -m 700 /home/candidate/.vnc
if [ -f "$secret" ]; then
  vncpasswd -f <"$secret" >/home/candidate/.vnc/passwd
  rm -rf /run/ckx-secrets
fi
[ -s /home/candidate/.vnc/passwd ] || { echo "ckx-desktop: no VNC password was delivered"; exit 1; }
chown candidate:candidate /home/candidate/.vnc/passwd && chmod 600 /home/candidate/.vnc/passwd
as_candidate() { setpriv --reuid=candidate --regid=candidate --init-groups \
  env -i HOME=/home/candidate USER=candidate LOGNAME=candidate SHELL=/bin/bash PATH=/usr/local/bin:/usr/bin:/bin "$@"; }
geometry=${CKX_GEOMETRY:-1280x800}
as_candidate Xtigervnc :1 -geometry "$geometry" -depth 24 -SecurityTypes VncAuth \
  -PasswordFile /home/candidate/.vnc/passwd -rfbport 5901 -nolisten tcp -AlwaysShared -desktop CKX &
vnc=$!
for _ in $(seq 1 100); do [ -e /tmp/.X11-unix/X1 ] && break; sleep 0.05; done
# The session starts at low priority: VNC already answers, and the lab engine and sshd start on the same cores.
(cd /home/candidate && nice -n 10 setpriv --reuid=candidate --regid=candidate --init-groups env -i HOME=/home/candidate \
  USER=candidate LOGNAME=candidate SHELL=/bin/bash PATH=/usr/local/bin:/usr/bin:/bin DISPLAY=:1 \
  dbus-launch --exit-with-session startxfce4 >/tmp/xfce.log 2>&1) &
wait "$vnc"
