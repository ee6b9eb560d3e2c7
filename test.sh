#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (a font with Vietnamese glyphs for the PDFs
# the tests build, poppler for baselines, chromium for the browser tests), then runs every test in the solution.
set -euo pipefail
cd "$(dirname "$0")"
need=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# Playwright cannot download browsers here: the browser tests launch Debian's chromium by path.
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
dotnet test Directives.sln -c Release "$@"
