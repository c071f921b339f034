docker rm -f web || true
