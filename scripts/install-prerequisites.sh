#!/usr/bin/env bash
# Installs what Kinerja needs on Debian 12 and is not there yet: RabbitMQ (PostgreSQL 15 and the .NET SDK are expected).
# Safe to run again: it installs only what is missing.
set -euo pipefail

need=()
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is missing: install it first (https://learn.microsoft.com/dotnet/core/install/linux-debian)." >&2; exit 1; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
for extra in "$@"; do
  dpkg -s "$extra" >/dev/null 2>&1 || need+=("$extra")
done

if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing: ${need[*]}"
  $sudo apt-get update -qq
  # policy-rc.d keeps the packages' own system services from starting: the AppHost runs its own nodes.
  printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
  $sudo chmod +x /usr/sbin/policy-rc.d
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  $sudo rm -f /usr/sbin/policy-rc.d
fi
