#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole system: PostgreSQL, RabbitMQ and every service.
# Ctrl-C (or SIGTERM) stops everything. Options are the AppHost's: ./run.sh help
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-prerequisites.sh chromium  # chromium prints agreements as PDF (ADR 0010)
dotnet build Kinerja.AppHost -nologo -clp:ErrorsOnly
# The launcher runs in place of this shell (exec), so Ctrl-C and SIGTERM reach it directly.
exec dotnet Kinerja.AppHost/bin/Debug/net10.0/Kinerja.AppHost.dll "${@:-run}"
