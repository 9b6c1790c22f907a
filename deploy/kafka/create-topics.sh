#!/usr/bin/env bash
# Creates every TwoTier topic and its dead-letter twin <topic>.DLT (same partition count) on the compose broker.
#
# The broker runs with auto.create.topics.enable=false, so the one-shot `kafka-init` container runs this script and
# the services start only once it has exited 0 (depends_on: service_completed_successfully).
# Idempotent: --if-not-exists on every create, so `docker compose up` can run it again on an existing volume; an
# existing topic whose partition count differs from the one below fails the run instead of being used silently.
#
# The list mirrors vn.twotier.events.Topics (ALL, PARTITIONS, DLT_SUFFIX); ComposeFileTest in e2e-tests fails when
# they drift apart. Keep one `create_topic <name> <partitions>` line per topic, with literal values.
set -euo pipefail

BOOTSTRAP_SERVER="${BOOTSTRAP_SERVER:-kafka:19092}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
REPLICATION_FACTOR="${REPLICATION_FACTOR:-1}"
WAIT_ATTEMPTS="${WAIT_ATTEMPTS:-60}"
ATTEMPT_TIMEOUT_SECONDS="${ATTEMPT_TIMEOUT_SECONDS:-30}"

declare -A EXPECTED_PARTITIONS=()

kafka_topics() {
  "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVER" "$@"
}

wait_for_broker() {
  local attempt
  for ((attempt = 1; attempt <= WAIT_ATTEMPTS; attempt++)); do
    # The admin client keeps retrying an unreachable broker, so each probe gets a deadline of its own.
    if timeout "$ATTEMPT_TIMEOUT_SECONDS" "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP_SERVER" \
      --list >/dev/null 2>&1; then
      return 0
    fi
    echo "kafka-init: waiting for broker $BOOTSTRAP_SERVER ($attempt/$WAIT_ATTEMPTS)"
    sleep 2
  done
  echo "kafka-init: broker $BOOTSTRAP_SERVER not reachable" >&2
  return 1
}

create_topic() {
  local topic="$1" partitions="$2"
  kafka_topics --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor "$REPLICATION_FACTOR"
  EXPECTED_PARTITIONS["$topic"]="$partitions"
}

verify_partitions() {
  local description topic actual failed=0
  description="$(kafka_topics --describe --exclude-internal)"
  for topic in "${!EXPECTED_PARTITIONS[@]}"; do
    actual="$(awk -v t="$topic" '$1 == "Topic:" && $2 == t && /PartitionCount:/ {
        for (i = 3; i < NF; i++) if ($i == "PartitionCount:") print $(i + 1) }' <<<"$description")"
    if [[ "$actual" != "${EXPECTED_PARTITIONS[$topic]}" ]]; then
      echo "kafka-init: topic $topic has ${actual:-no} partitions, expected ${EXPECTED_PARTITIONS[$topic]}" >&2
      failed=1
    fi
  done
  return "$failed"
}

wait_for_broker

create_topic twotier.merger.units 6
create_topic twotier.merger.units.DLT 6
create_topic twotier.merger.scenarios 6
create_topic twotier.merger.scenarios.DLT 6
create_topic twotier.staffing.rosters 6
create_topic twotier.staffing.rosters.DLT 6
create_topic twotier.staffing.gaps 6
create_topic twotier.staffing.gaps.DLT 6
create_topic twotier.staffing.projections 6
create_topic twotier.staffing.projections.DLT 6
create_topic twotier.staffing.secondments 6
create_topic twotier.staffing.secondments.DLT 6
create_topic twotier.notification.deliveries 6
create_topic twotier.notification.deliveries.DLT 6

verify_partitions
echo "kafka-init: ${#EXPECTED_PARTITIONS[@]} topics ready on $BOOTSTRAP_SERVER"
