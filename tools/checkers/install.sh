#!/usr/bin/env bash
# Installs everything the unitc document checkers need, idempotently:
#   - Debian packages: Chromium (for playwright-core + axe-core), LibreOffice
#     Writer/Calc without GUI (DOCX->PDF, XLSX->CSV), poppler-utils (pdftotext),
#     fonts, and a Java runtime if none >= 11 is present (for vnu.jar).
#   - npm packages pinned in package-lock.json (playwright-core, axe-core, vnu-jar)
#     via `npm ci --ignore-scripts` (no browser or JDK downloads).
# A second run only checks what is present and takes about a second.
# Usage: tools/checkers/install.sh        (any cwd; root, or sudo available)
# Env:   CHECKERS_INSTALL_VERBOSE=1 shows apt/npm output instead of logging it.
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
export DEBIAN_FRONTEND=noninteractive
VERBOSE="${CHECKERS_INSTALL_VERBOSE:-0}"

APT_PACKAGES=(
  chromium
  libreoffice-writer-nogui
  libreoffice-calc-nogui
  poppler-utils
  fonts-dejavu-core
  fonts-liberation
)

log() { printf 'install.sh: %s\n' "$*" >&2; }
die() { printf 'install.sh: ERROR: %s\n' "$*" >&2; exit 1; }

LOG_FILE="$(mktemp -t checkers-install.XXXXXX.log)"
trap 'rm -f "$LOG_FILE"' EXIT

# Run a command; keep its output in LOG_FILE unless verbose; on failure show the tail.
run_logged() {
  local what="$1"; shift
  if [[ "$VERBOSE" == "1" ]]; then
    "$@" || die "$what failed (command: $*)"
  else
    if ! "$@" >"$LOG_FILE" 2>&1; then
      printf -- '--- last lines of output ---\n' >&2
      tail -n 40 "$LOG_FILE" >&2 || true
      die "$what failed (command: $*)"
    fi
  fi
}

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo -n env DEBIAN_FRONTEND=noninteractive)
  fi
fi

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

java_major() {
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\(\.[0-9]*\)*.*".*/\1/p' | head -n1 | grep . || echo 0
}

# ---------- 1. Debian packages ----------
command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this script expects Debian/Ubuntu"

missing=()
for p in "${APT_PACKAGES[@]}"; do
  is_installed "$p" || missing+=("$p")
done
jm="$(java_major)"
if (( jm < 11 )); then
  log "no Java >= 11 found (got: $jm); will install openjdk-17-jre-headless for vnu.jar"
  missing+=(openjdk-17-jre-headless)
fi

if (( ${#missing[@]} > 0 )); then
  if [[ "$(id -u)" -ne 0 && ${#SUDO[@]} -eq 0 ]]; then
    die "need root (or passwordless sudo) to apt-get install: ${missing[*]}"
  fi
  log "apt-get update (missing: ${missing[*]})"
  run_logged "apt-get update" "${SUDO[@]}" apt-get update -q
  log "apt-get install ${missing[*]} (this can take a few minutes)"
  run_logged "apt-get install" "${SUDO[@]}" apt-get install -y -q --no-install-recommends \
    -o Dpkg::Use-Pty=0 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${missing[@]}"
else
  log "Debian packages already installed: ${APT_PACKAGES[*]}"
fi

# ---------- 2. npm packages ----------
command -v node >/dev/null 2>&1 || die "node not found on PATH (need Node.js >= 20)"
command -v npm  >/dev/null 2>&1 || die "npm not found on PATH"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
(( node_major >= 20 )) || die "Node.js >= 20 required, found $(node -v)"

[[ -f "$SCRIPT_DIR/package-lock.json" ]] || die "missing $SCRIPT_DIR/package-lock.json"
lock_sum="$(sha256sum "$SCRIPT_DIR/package-lock.json" | cut -d' ' -f1)"
stamp="$SCRIPT_DIR/node_modules/.unitc-checkers-lock.sha256"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_sum" \
      && -f "$SCRIPT_DIR/node_modules/playwright-core/package.json" \
      && -f "$SCRIPT_DIR/node_modules/axe-core/axe.min.js" \
      && -f "$SCRIPT_DIR/node_modules/vnu-jar/build/dist/vnu.jar" ]]; then
  log "npm packages already installed (package-lock.json unchanged)"
else
  log "npm ci in $SCRIPT_DIR"
  # --ignore-scripts: vnu-jar's postinstall would try to download a JDK; we use the system java.
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: belt and braces, playwright-core downloads nothing itself.
  ( cd "$SCRIPT_DIR" && run_logged "npm ci" env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
      npm ci --ignore-scripts --no-audit --no-fund --loglevel=error )
  printf '%s\n' "$lock_sum" > "$stamp"
fi

# ---------- 3. verify ----------
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium missing after install"
command -v soffice   >/dev/null 2>&1 || die "soffice missing after install"
command -v pdftotext >/dev/null 2>&1 || die "pdftotext missing after install"
jm="$(java_major)"
(( jm >= 11 )) || die "Java >= 11 required for vnu.jar, found: $jm"
[[ -s "$SCRIPT_DIR/node_modules/vnu-jar/build/dist/vnu.jar" ]] || die "vnu.jar missing after npm ci"

log "ok: $(/usr/bin/chromium --version 2>/dev/null | head -n1); java $jm; node $(node -v); $(pdftotext -v 2>&1 | head -n1)"
