#!/usr/bin/env bash
# Installs the Debian packages vbtask needs to build and test.
# Idempotent and quiet when everything is already present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libicu-dev libre2-dev nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev
  hunspell-vi
  libpoppler-cpp-dev poppler-utils
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-vie
  libarchive-dev libxml2-dev
  libsqlite3-dev sqlite3
  libpqxx-dev postgresql-15
  libcpp-httplib-dev help2man libxlsxwriter-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
