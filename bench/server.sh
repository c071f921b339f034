#!/usr/bin/env bash
# ckx-server pass status (issue 7): wrk against GET /api/v1/access/status with a valid token (JWT check + database
# read) at 64 and 256 connections, on SQLite and on PostgreSQL, and the same request served by an Express reference
# (bench/server-express: same JWT check, same statement on the same SQLite file) in the same run.
# The load comes from USERS different users (see prepare_users). REF_BIN=/path/to/another/ckx-server adds rows for
# that binary on the same PostgreSQL (an A/B of a change, e.g. the build before it).
# Prints medians of REPEATS runs of DURATION seconds each. Needs: wrk, curl, openssl; PostgreSQL for the pg rows;
# node + npm for the Express rows (skipped with a note when absent).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${CKX_BUILD_DIR:-$here/build}
bin=$build/bin/ckx-server
DURATION=${DURATION:-8}
REPEATS=${REPEATS:-3}
THREADS=${CKX_THREADS:-2}
CONNS=${CONNS:-"64 256"}
[ -x "$bin" ] || { echo "server bench: $bin not built (make build)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "server bench: wrk is not installed" >&2; exit 1; }

work=$(mktemp -d /tmp/ckx-bench-server.XXXXXX)
chmod 755 "$work"
pids=()
pgbin=""
pgdata=""
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "$pgdata" ]; then run_pg "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

hmac_key=bench-secret-0123456789
start_server() { # name dburl [binary] -> sets port_<name>, data_<name>
  local name=$1 url=$2 dir=$work/$1 server=${3:-$bin}
  mkdir -p "$dir"
  QT_LOGGING_RULES="ckx.server.access.info=false" CKX_THREADS=$THREADS CKX_HMAC_KEYS="bench:$hmac_key" \
    "$server" --listen 127.0.0.1:0 --data-dir "$dir" ${url:+--database "$url"} >"$dir/out" 2>"$dir/log" &
  pids+=($!)
  for _ in $(seq 1 100); do grep -q "listening on" "$dir/out" 2>/dev/null && break; sleep 0.1; done
  grep -q "listening on" "$dir/out" || { echo "ckx-server ($name) did not start:"; tail -5 "$dir/log"; exit 1; }
  eval "port_$name=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$dir/out")"
  eval "data_$name=$dir"
}

# USERS users (default 256, one per connection at 256), so the statement reads as many users as a real load
# would: three in four hold an active pass, one in four a bought but unactivated one. Writes their access tokens,
# one per line, to the file $2.
USERS=${USERS:-256}
prepare_user() { # port index -> prints the user's access token
  local port=$1 i=$2 email="bench-$RANDOM-$2@example.test" reg token body ts nonce bodyhash sig pass
  reg=$(curl -sf -XPOST "http://127.0.0.1:$port/api/v1/auth/register" -d "{\"email\":\"$email\",\"password\":\"bench password\"}")
  token=$(sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p' <<<"$reg")
  body="{\"email\":\"$email\",\"passTypeId\":\"1w\",\"reason\":\"bench\"}"
  ts=$(date +%s); nonce=$(openssl rand -hex 16)
  bodyhash=$(printf '%s' "$body" | openssl dgst -sha256 -hex | awk '{print $NF}')
  sig=$(printf 'POST\n/internal/v1/passes\n%s\n%s\n%s' "$ts" "$nonce" "$bodyhash" | openssl dgst -sha256 -hmac "$hmac_key" -hex | awk '{print $NF}')
  pass=$(curl -sf -XPOST "http://127.0.0.1:$port/internal/v1/passes" -d "$body" -H "X-CKX-Key-Id: bench" -H "X-CKX-Timestamp: $ts" \
    -H "X-CKX-Nonce: $nonce" -H "X-CKX-Content-SHA256: $bodyhash" -H "X-CKX-Signature: $sig" | sed -n 's/.*"passId":"\([^"]*\)".*/\1/p')
  if [ $((i % 4)) != 3 ]; then
    curl -sf -XPOST "http://127.0.0.1:$port/api/v1/access/passes/$pass/activate" -H "Authorization: Bearer $token" >/dev/null
  fi
  [ -n "$token" ] || { echo "server bench: could not register user $i on port $port" >&2; return 1; }
  echo "$token"
}
prepare_users() { # port file
  export -f prepare_user; export hmac_key
  seq 1 "$USERS" | xargs -P4 -I{} bash -c 'prepare_user "$0" "$1"' "$1" {} >"$2"
  [ "$(wc -l <"$2")" = "$USERS" ] || { echo "server bench: only $(wc -l <"$2") of $USERS users prepared" >&2; exit 1; }
}

# wrk sends the users' requests in turn, each thread from its own place in the list.
cat >"$work/users.lua" <<'LUA'
local requests = {}
local next_index = 1
function init(args)
  for token in io.lines(args[1]) do
    requests[#requests + 1] = wrk.format("GET", "/api/v1/access/status", {["Authorization"] = "Bearer " .. token})
  end
  next_index = math.random(#requests)
end
function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end
LUA

measure() { # port tokens-file conns -> "rps p99ms"
  local out
  out=$(wrk -t2 -c"$3" -d"${DURATION}s" --latency -s "$work/users.lua" "http://127.0.0.1:$1/api/v1/access/status" -- "$2")
  if grep -q "Non-2xx" <<<"$out"; then echo "server bench: non-2xx answers on port $1" >&2; grep Non-2xx <<<"$out" >&2; fi
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  echo "$rps $p99"
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "ckx-server bench: $(date -u +%FT%TZ), $(nproc) cores, $THREADS server threads, wrk -t2, ${DURATION}s x $REPEATS runs"
start_server sqlite ""
token_sqlite=$work/users-sqlite; prepare_users "$port_sqlite" "$token_sqlite"
backends="sqlite"

if pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1) && [ -x "$pgbin/initdb" ]; then
  pgdir=$work/pg; mkdir -p "$pgdir"; [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  pgdata=$pgdir/data; pgport=$((20000 + RANDOM % 20000))
  run_pg "$pgbin/initdb" -D "$pgdata" -A trust -U postgres --no-sync >/dev/null
  run_pg "$pgbin/pg_ctl" -D "$pgdata" -o "-k $pgdir -p $pgport -c listen_addresses=127.0.0.1 -c max_connections=100" \
    -l "$pgdir/log" -w start >/dev/null
  run_pg "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U postgres -qc "CREATE DATABASE ckx" postgres
  start_server postgresql "postgresql://postgres@127.0.0.1:$pgport/ckx"
  token_postgresql=$work/users-postgresql; prepare_users "$port_postgresql" "$token_postgresql"
  backends="sqlite postgresql"
  if [ -n "${REF_BIN:-}" ]; then
    start_server pgref "postgresql://postgres@127.0.0.1:$pgport/ckx" "$REF_BIN"
    token_pgref=$work/users-pgref; prepare_users "$port_pgref" "$token_pgref"
    backends="$backends pgref"
  fi
else
  pgdata=""; echo "(PostgreSQL not installed: no postgresql rows)"
fi

express=""
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$here/bench/server-express/node_modules/better-sqlite3" ]; then
    (cd "$here/bench/server-express" && npm install --no-audit --no-fund --loglevel=error >/dev/null 2>&1) || true
  fi
  if [ -d "$here/bench/server-express/node_modules/better-sqlite3" ]; then
    port_express=$((20000 + RANDOM % 20000))
    node "$here/bench/server-express/server.js" "$port_express" "$data_sqlite/ckx-server.db" "$data_sqlite/jwt.key" "$THREADS" \
      >"$work/express.out" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 100); do grep -q "express listening" "$work/express.out" 2>/dev/null && break; sleep 0.1; done
    grep -q "express listening" "$work/express.out" && express=yes
  fi
fi
[ -n "$express" ] || echo "(Express reference unavailable: node/npm or its install failed; no ratio)"

# Warm up every server, then interleave the runs so background load hits all of them alike.
for b in $backends; do eval "measure \$port_$b \$token_$b 64" >/dev/null; done
[ -n "$express" ] && measure "$port_express" "$token_sqlite" 64 >/dev/null
declare -A rps p99
for r in $(seq 1 "$REPEATS"); do
  for c in $CONNS; do
    for b in $backends ${express:+express}; do
      if [ "$b" = express ]; then set -- $(measure "$port_express" "$token_sqlite" "$c")
      else eval "set -- \$(measure \$port_$b \$token_$b $c)"; fi
      rps[$b.$c]+="$1 "; p99[$b.$c]+="$2 "
    done
  done
done
printf '\n| server | database | connections | requests/s (median) | p99 ms (median) | vs Express |\n|---|---|---|---|---|---|\n'
for c in $CONNS; do
  ex=""
  [ -n "$express" ] && ex=$(tr ' ' '\n' <<<"${rps[express.$c]}" | grep . | median)
  for b in $backends ${express:+express}; do
    m=$(tr ' ' '\n' <<<"${rps[$b.$c]}" | grep . | median); l=$(tr ' ' '\n' <<<"${p99[$b.$c]}" | grep . | median)
    ratio="-"; [ -n "$ex" ] && [ "$b" != express ] && ratio=$(awk -v a="$m" -v b="$ex" 'BEGIN{printf "%.2fx", a/b}')
    name=ckx-server; db=$b; [ "$b" = pgref ] && { name="reference: $REF_BIN"; db=postgresql; }
    [ "$b" = express ] && { name="Express 4 (node $(node --version), $THREADS workers)"; db=sqlite; }
    printf '| %s | %s | %s | %.0f | %.1f | %s |\n' "$name" "$db" "$c" "$m" "$l" "$ratio"
  done
done
echo
echo "all runs (requests/s | p99 ms):"
for k in "${!rps[@]}"; do echo "  $k: ${rps[$k]}| ${p99[$k]}"; done | sort
