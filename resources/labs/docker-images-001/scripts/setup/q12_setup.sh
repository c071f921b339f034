#!/usr/bin/env bash
# Q12: a command-line tool to package.
set -eu
d=/home/candidate/q12
install -d -o candidate -g candidate "$d"
cat > "$d/cli.sh" <<SH
#!/bin/sh
case "\${1:-}" in
    --help) echo "usage: $APP-cli (--help | status)" ;;
    status) echo "status: ok ($APP)" ;;
    *) echo "unknown command: \${1:-}" >&2; exit 2 ;;
esac
SH
chmod 755 "$d/cli.sh"
rm -f "$d/Dockerfile"
chown -R candidate:candidate "$d"
