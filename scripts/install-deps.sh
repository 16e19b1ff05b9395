#!/bin/sh
# Installs the Debian packages precis needs, only if one is missing.
# Usage: scripts/install-deps.sh        (as root, or with sudo available)
set -eu
PKGS="build-essential pkg-config libutf8proc-dev libstemmer-dev libxml2-dev libsqlite3-dev libjansson-dev zlib1g-dev libglpk-dev libhunspell-dev hunspell-fr hunspell-tools iso-codes libgeonames-dev wamerican wordnet-base libtext-names-perl clang"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "install-deps: installing:$missing" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
