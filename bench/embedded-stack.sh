#!/usr/bin/env bash
# Benchmark of the embedded default, as a user meets it: start to ready, the national register import over HTTP,
# and how long the consumers take to catch up. Prints figures; asserts nothing. Needs ../shared/data beside the repo.
#   bench/embedded-stack.sh [rounds]      (ports 18081-18083, 19092-19093, 27117; data in a temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-1}
csv=../shared/data/commune_mergers_2025.csv
[ -f "$csv" ] || { echo "missing $csv (the reference data beside the repository)"; exit 1; }
./mvnw -q -B -DskipTests -pl launcher -am package
now() { date +%s.%N; }
for round in $(seq 1 "$rounds"); do
  data=$(mktemp -d)
  t0=$(now)
  java -Xmx3g -cp "launcher/target/twotier-launcher.jar:launcher/target/lib/*" vn.twotier.launcher.TwoTierLauncher \
    --data-dir "$data" --no-sample-data --kafka-port 19092 --kafka-controller-port 19093 --mongo-port 27117 \
    --merger-port 18081 --staffing-port 18082 --notification-port 18083 --smtp-port 13025 > "$data/launcher.out" 2>&1 &
  pid=$!
  until grep -q "press Ctrl-C to stop" "$data/launcher.out" 2>/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$data/launcher.out"; exit 1; }; sleep 0.2; done
  t1=$(now)
  curl -sf -o /dev/null -F file=@"$csv" http://localhost:18081/api/v1/register/imports
  t2=$(now)
  # every new unit of every province known to staffing-service (its read model is built from the events)
  expected=3191
  while :; do
    known=0
    for p in $(curl -sf 'http://localhost:18081/api/v1/provinces?asOf=2025-07-01' | grep -o '"provinceCode":"[0-9]*"' | cut -d'"' -f4); do
      n=$(curl -sf "http://localhost:18082/api/v1/units?provinceCode=$p&asOf=2025-07-01" | grep -o '"type":"[A-Z_]*"' | grep -vc PROVINCE || true)
      known=$((known + n))
    done
    [ "$known" -ge "$expected" ] && break
    sleep 2
  done
  t3=$(now)
  rss=$(ps -o rss= -p $pid | awk '{printf "%.0f", $1/1024}')
  kill -TERM $pid; wait $pid 2>/dev/null || true
  t4=$(now)
  awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v e="$t4" -v r="$round" -v m="$rss" 'BEGIN {
    printf "round %d: start to ready %.1f s | national import (10,190 rows) %.1f s | staffing caught up %.1f s after import (3,191 units) | launcher RSS %d MiB | stop %.1f s\n", r, b-a, c-b, d-c, m, e-d }'
  rm -rf "$data"
done
