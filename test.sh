#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test against real PostgreSQL and RabbitMQ.
# Extra arguments go to dotnet test, e.g. ./test.sh --filter "FullyQualifiedName~EventStore"
# Slow tests (fault injection, [Trait("Category","Full")]) run only with --full: ./test.sh --full
set -euo pipefail
cd "$(dirname "$0")"
full=false
args=()
for arg in "$@"; do
  if [ "$arg" = "--full" ]; then full=true; else args+=("$arg"); fi
done
if [ "$full" = false ]; then
  # Appended to a filter the caller gave, or the only filter.
  filter="Category!=Full"
  for i in "${!args[@]}"; do
    if [ "${args[$i]-}" = "--filter" ] && [ $((i + 1)) -lt ${#args[@]} ]; then
      filter="(${args[$((i + 1))]})&Category!=Full"
      unset 'args[i]' 'args[i+1]'
    fi
  done
  args=("${args[@]}" --filter "$filter")
fi
./scripts/install-prerequisites.sh chromium
dotnet build Kinerja.sln -nologo -clp:ErrorsOnly
log=$(mktemp)
set +e
# One test project at a time: each starts its own PostgreSQL and RabbitMQ, and on 2 cores parallel projects
# only starve each other.
dotnet test Kinerja.sln --no-build --nologo -m:1 "${args[@]}" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over the test projects.
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { gsub(",", "", p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
