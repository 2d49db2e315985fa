#!/usr/bin/env bash
# The browser tests run in Debian's Chromium (never a downloaded browser build).
# Installs it when missing and we are root; otherwise explains what to do.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
  exit 0
fi
echo "Chromium is required for the browser tests: install it (apt-get install chromium) or set CHROME_PATH." >&2
exit 1
