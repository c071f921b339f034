#!/bin/bash
# Turns the per-session password file into TigerVNC's format, removes the plain copy, starts Xtigervnc on :1
# (port 5901) and the XFCE session as the candidate.
set -eu
secret=/run/ckx-secrets/vnc-password
install -d -o candidate -g candidate -m 700 /home/candidate/.vnc
if [ -f "$secret" ]; then
  vncpasswd -f <"$secret" >/home/candidate/.vnc/passwd
  rm -f "$secret"
fi
[ -s /home/candidate/.vnc/passwd ] || { echo "ckx-desktop: no VNC password was delivered"; exit 1; }
chown candidate:candidate /home/candidate/.vnc/passwd && chmod 600 /home/candidate/.vnc/passwd
geometry=${CKX_GEOMETRY:-1280x800}
su candidate -s /bin/bash -c "Xtigervnc :1 -geometry $geometry -depth 24 -SecurityTypes VncAuth \
  -PasswordFile /home/candidate/.vnc/passwd -rfbport 5901 -nolisten tcp -AlwaysShared -desktop CKX" &
vnc=$!
for _ in $(seq 1 100); do [ -e /tmp/.X11-unix/X1 ] && break; sleep 0.05; done
su candidate -s /bin/bash -c "cd ~ && DISPLAY=:1 dbus-launch --exit-with-session startxfce4" >/tmp/xfce.log 2>&1 &
wait "$vnc"
