#!/bin/sh
# Install the Debian packages named in $DEBS that are missing. Qt's wheels bundle Qt itself but
# load these system libraries (GL, xkbcommon, fontconfig…) and need a font with Vietnamese glyphs.
set -e
missing=""
for p in $DEBS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Thiếu thư viện hệ thống:$missing (không phải Debian/Ubuntu: hãy cài thủ công)" >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
  echo "Thiếu thư viện hệ thống:$missing — cần quyền root để cài (apt-get install$missing)" >&2
  exit 1
fi
echo "Cài thư viện hệ thống:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
