#!/usr/bin/env bash
# Load benchmark of the web API: grows a corpus of N articles from ECB+ (../shared/bench), serves it
# stores it with its events, serves it on loopback and runs wrk at 64 connections against the document,
# event (API and page) and search endpoints.
# Usage: bench/web-load.sh [N=100000] [SECONDS=30]   (needs wrk: apt-get install wrk)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100000}"; seconds="${2:-30}"; port=7080
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$root"
mvn -q -B -DskipTests -pl dateline-bench,dateline-cli -am package
java -cp "dateline-bench/target/classes:dateline-bench/target/lib/*" \
  org.dateline.bench.web.GrowCorpus "$root/../shared/bench/events/ecbplus-dev" "$work/load.db" "$n"
./dateline serve --db "$work/load.db" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
until grep -q serving "$work/serve.log"; do sleep 1; done
export DATELINE_DB="$work/load.db"
for script in documents event event-page search; do
  # The JIT needs well over ten seconds of load on two cores before the server runs compiled code.
  wrk -t2 -c64 -d30s -s "bench/wrk/$script.lua" "http://127.0.0.1:$port" > /dev/null
  echo "== $script (64 connections, ${seconds}s, after a 30s warm-up)"
  wrk -t2 -c64 -d"${seconds}s" --latency -s "bench/wrk/$script.lua" \
    "http://127.0.0.1:$port" | grep -E "50%|90%|99%|Requests/sec|Non-2xx|Socket"
done
