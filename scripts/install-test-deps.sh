#!/usr/bin/env bash
# Installs what the tests need that a fresh Debian 12 machine lacks:
#   - pgbouncer: the PgBouncer tests (transaction pooling)
#   - postgresql-15, postgresql-client-15: Debian's server and client tools (pg_dump, psql, ...)
#   - the shell script linter (package shellcheck)
#   - a JDK 17 and Maven, only if `java` or `mvn` is missing
# Idempotent: when everything is there it changes nothing and does not touch the network;
# `apt-get update` runs only when something has to be installed.
set -euo pipefail

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for pkg in pgbouncer postgresql-15 postgresql-client-15 shellcheck; do
  installed "$pkg" || missing+=("$pkg")
done
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-test-deps: everything is installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-test-deps: missing ${missing[*]}; run this script as root (no sudo here)" >&2
    exit 1
  fi
  sudo=(sudo)
fi

echo "install-test-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
  "${missing[@]}" >/dev/null
echo "install-test-deps: done"
