#!/bin/sh
# NOI Desk under Litestream: if the database is missing (a new disk, a new server) it is restored from the
# replica first, then Litestream replicates it continuously while it runs the desk as its child (signals are passed
# on: SIGTERM stops the desk cleanly, then Litestream sends its last frames and exits).
# Used by the Docker image, deploy/noi-desk.service and the restore drill (tests/restore-drill.test.ts).
# Environment: DATABASE_PATH, REPLICA_URL (without it the desk runs alone, with a warning), REPLICA_ENDPOINT and the
# S3 credentials (see deploy/litestream.yml), LITESTREAM_CONFIG (default deploy/litestream.yml), LITESTREAM_BIN.
set -eu
cd "$(dirname "$0")/.."
: "${DATABASE_PATH:=data/noi-desk.sqlite}"
export DATABASE_PATH
desk="node --max-old-space-size=128 --max-semi-space-size=8 --enable-source-maps build/src/main.js"
if [ -z "${REPLICA_URL:-}" ]; then
  echo "run-with-litestream: REPLICA_URL is not set, the desk runs without a replica off this machine" >&2
  unset LITESTREAM_CONFIG
  exec $desk
fi
export REPLICA_ENDPOINT="${REPLICA_ENDPOINT:-}"
# The desk reads the replica's lag with the same configuration and binary (/healthz, /metrics, the digest).
export LITESTREAM_CONFIG="${LITESTREAM_CONFIG:-$PWD/deploy/litestream.yml}"
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) arch=$(uname -m) ;;
esac
export LITESTREAM_BIN="${LITESTREAM_BIN:-$PWD/node_modules/@flydotio/litestream-linux-$arch/litestream}"
mkdir -p "$(dirname "$DATABASE_PATH")"
# Nothing to do when the database is there, or when the replica is empty (the very first start). A replica that
# cannot be read stops here (set -e): the desk never starts on an empty database while its data is unreachable.
"$LITESTREAM_BIN" restore -if-db-not-exists -if-replica-exists "$DATABASE_PATH"
exec "$LITESTREAM_BIN" replicate -exec "$desk"
