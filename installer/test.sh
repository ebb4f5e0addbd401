#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test suite (unit, integration against a
# PostgreSQL the tests start themselves, GUI offscreen). Works as root and as a user with sudo.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ej_install_packages "${EJ_PACKAGES[@]}" "${EJ_TEST_PACKAGES[@]}"
ej_build
echo "== running the tests"
cd "$EJ_BUILD"
ctest --output-on-failure --timeout 600 "$@"
