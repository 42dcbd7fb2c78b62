#!/usr/bin/env bash
# `npm test`: everything the suite needs, then the suite.
#  - Debian's chromium (and its headless shell, which the tests prefer: tests/support/browser.ts)
#    and a Khmer-capable font for the browser tests, and nginx for the test
#    behind a reverse proxy (tests/cms/proxy.test.ts) (installed when missing and we are root;
#    otherwise a clear message),
#  - a throwaway PostgreSQL 15 cluster on 127.0.0.1 (unless TEST_DATABASE_URL is given),
#  - vitest over tests/, then a plain "N passed, N failed" line for CI.
set -euo pipefail
cd "$(dirname "$0")/.."

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
# (grep without -q: with pipefail, -q closing the pipe early would fail fc-list)
fc-list 2>/dev/null | grep -i "khmer" >/dev/null || need_pkgs+=(fonts-noto-core)
# nginx is usually in /usr/sbin, which a user's PATH may lack.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_pkgs+=(nginx)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${need_pkgs[*]} for the browser and proxy tests..."
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
  else
    echo "The browser and proxy tests need: ${need_pkgs[*]} (sudo apt-get install ${need_pkgs[*]})" >&2
    exit 1
  fi
fi
# Preferred, not needed: without it the tests drive chromium itself, on more CPU.
if ! command -v chromium-headless-shell >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing chromium-headless-shell for the browser tests..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium-headless-shell >/dev/null 2>&1; } ||
    echo "  (not installed: the browser tests drive chromium instead)"
fi

pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    scripts/postgres-throwaway.sh stop "$pg_dir"
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  pg_dir=$(mktemp -d /tmp/cchc-pg-XXXXXX)
  port=$(( 20000 + RANDOM % 20000 ))
  TEST_DATABASE_URL=$(scripts/postgres-throwaway.sh start "$pg_dir/data" "$port")
  export TEST_DATABASE_URL
  echo "Throwaway PostgreSQL at $TEST_DATABASE_URL"
fi

# The summary reporter prints the 15 slowest files, each project's total, every skipped test by
# name, and the plain closing line CI reads ("N passed, N failed"; vitest's own is not one it knows).
status=0
npx vitest run --reporter=default --reporter=./tests/support/summary-reporter.ts "$@" || status=$?
exit $status
