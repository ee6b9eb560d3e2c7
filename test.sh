#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (a font with Vietnamese glyphs for the PDFs
# the tests build, poppler for baselines and scans, Tesseract with its Vietnamese model for OCR,
# LibreOffice for .doc/.rtf/.odt, chromium for the browser tests), then runs every test in the solution.
set -euo pipefail
cd "$(dirname "$0")"
need=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
[ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata 2>/dev/null)" ] || need+=(tesseract-ocr-vie)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# Playwright cannot download browsers here: the browser tests launch Debian's chromium by path.
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
dotnet test Directives.sln -c Release "$@"
