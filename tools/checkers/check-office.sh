#!/usr/bin/env bash
# Checks that generated office documents open in LibreOffice and extracts their text.
#   DOCX (also .doc/.odt/.rtf) -> PDF via soffice, then text via pdftotext
#   XLSX (also .xls/.ods)      -> CSV via soffice (every sheet, UTF-8, cells as shown)
# soffice exits 0 even when it cannot load a file, so each conversion is verified:
# the output must exist and be non-empty, and the extracted text must be non-empty.
# OOXML inputs must also look like a real OOXML zip (LibreOffice would otherwise happily
# import a broken .docx as plain text).
#
# Usage: tools/checkers/check-office.sh [--text-out DIR] [--keep DIR] FILE...
#   default         extracted text goes to stdout; with several files each is preceded
#                   by a line "==> FILE <==" (like tail)
#   --text-out DIR  write DIR/<name>.txt (DOCX, pdftotext output) or DIR/<name>.csv (XLSX,
#                   all sheets concatenated, each preceded by "## sheet: NAME" when >1 sheet)
#   --keep DIR      also keep the converted PDF/CSV files in DIR
# Progress, errors and the final "N passed, M failed" line go to stderr.
# Exit: 0 all ok, 1 a file failed, 2 usage error or tools missing (run install.sh).
# Env: SOFFICE (default soffice), CHECK_OFFICE_TIMEOUT seconds per conversion (default 180).
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
PROG="check-office"
SOFFICE="${SOFFICE:-soffice}"
TIMEOUT_S="${CHECK_OFFICE_TIMEOUT:-180}"

msg()   { printf '%s: %s\n' "$PROG" "$*" >&2; }
usage() {
  sed -n '10,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
}
fatal() { msg "ERROR: $*"; exit 2; }

text_out=""
keep_dir=""
files=()
while (( $# > 0 )); do
  case "$1" in
    --text-out)   [[ $# -ge 2 ]] || { msg "--text-out needs a directory"; usage; exit 2; }; text_out="$2"; shift 2 ;;
    --text-out=*) text_out="${1#*=}"; shift ;;
    --keep)       [[ $# -ge 2 ]] || { msg "--keep needs a directory"; usage; exit 2; }; keep_dir="$2"; shift 2 ;;
    --keep=*)     keep_dir="${1#*=}"; shift ;;
    -h|--help)    usage; exit 0 ;;
    --)           shift; files+=("$@"); break ;;
    -*)           msg "unknown option $1"; usage; exit 2 ;;
    *)            files+=("$1"); shift ;;
  esac
done
(( ${#files[@]} > 0 )) || { msg "no input files"; usage; exit 2; }

command -v "$SOFFICE" >/dev/null 2>&1 || fatal "soffice not found (run $SCRIPT_DIR/install.sh)"
command -v pdftotext  >/dev/null 2>&1 || fatal "pdftotext not found (run $SCRIPT_DIR/install.sh)"
command -v timeout    >/dev/null 2>&1 || fatal "timeout (coreutils) not found"
[[ -z "$text_out" ]] || mkdir -p -- "$text_out" || fatal "cannot create --text-out dir $text_out"
[[ -z "$keep_dir" ]] || mkdir -p -- "$keep_dir" || fatal "cannot create --keep dir $keep_dir"

WORK="$(mktemp -d -t check-office.XXXXXX)"
cleanup() { rm -rf -- "$WORK"; }
trap cleanup EXIT
# Private LibreOffice profile: no clash with a running soffice or with parallel runs.
PROFILE_URL="file://$WORK/lo-profile"

# CSV export filter options (LibreOffice >= 7.2): sep ',' (44), quote '"' (34), UTF-8 (76),
# from line 1, no column formats, default language, quoted-as-text false, detect numbers true,
# save cell contents as shown true, export formulas false, remove spaces false,
# sheet -1 = export every sheet into <name>-<Sheet>.csv
CSV_FILTER='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1'

# $1 file, $2 expected part name: does it look like an OOXML (zip) package?
looks_like_ooxml() {
  local f="$1" magic
  magic="$(head -c 4 -- "$f" | od -An -tx1 | tr -d ' \n')"
  [[ "$magic" == "504b0304" ]] || return 1
  LC_ALL=C grep -qaF '[Content_Types].xml' -- "$f" || return 1
}

emit_text() { # $1 source label, $2 text file, $3 output name (for --text-out)
  if [[ -n "$text_out" ]]; then
    cp -- "$2" "$text_out/$3"
  else
    if (( ${#files[@]} > 1 )); then printf '==> %s <==\n' "$1"; fi
    cat -- "$2"
    # keep files separated even when the text lacks a trailing newline
    [[ -z "$(tail -c 1 -- "$2")" ]] || printf '\n'
  fi
}

passed=0
failed=0
n=0
fail() { msg "FAIL: $f: $*"; failed=$((failed + 1)); }  # uses the loop's $f
for f in "${files[@]}"; do
  n=$((n + 1))

  if [[ ! -f "$f" ]]; then fail "file not found"; continue; fi
  if [[ ! -s "$f" ]]; then fail "file is empty"; continue; fi
  name="$(basename -- "$f")"
  stem="${name%.*}"
  ext="${name##*.}"; ext="${ext,,}"
  case "$ext" in
    docx|doc|odt|rtf) kind=pdf ;;
    xlsx|xls|ods)     kind=csv ;;
    *) fail "unsupported extension .$ext (expected .docx or .xlsx)"; continue ;;
  esac
  if [[ "$ext" == docx || "$ext" == xlsx ]] && ! looks_like_ooxml "$f"; then
    fail "not a valid OOXML package (no zip signature or no [Content_Types].xml)"; continue
  fi

  out="$WORK/out$n"; mkdir -p "$out"
  # Copy to a plain name so odd characters in the path cannot confuse soffice.
  in="$WORK/in$n/input.$ext"; mkdir -p "$WORK/in$n"; cp -- "$f" "$in"
  if [[ "$kind" == pdf ]]; then target="pdf"; else target="$CSV_FILTER"; fi
  log="$WORK/soffice$n.log"
  rc=0
  timeout --kill-after=10 "$TIMEOUT_S" "$SOFFICE" "-env:UserInstallation=$PROFILE_URL" \
    --headless --norestore --nolockcheck --nodefault --nofirststartwizard \
    --convert-to "$target" --outdir "$out" "$in" </dev/null >"$log" 2>&1 || rc=$?
  if (( rc == 124 || rc == 137 )); then
    fail "soffice timed out after ${TIMEOUT_S}s"; continue
  fi
  diag="$(grep -v -e 'javaldx' -e '^convert ' -e '^Writing sheet ' "$log" | tr -s '\n' ' ' | sed 's/ *$//' | cut -c1-300 || true)"

  txt="$WORK/text$n"
  if [[ "$kind" == pdf ]]; then
    pdf="$out/input.pdf"
    if [[ ! -s "$pdf" ]]; then
      fail "LibreOffice could not convert it to PDF (soffice exit $rc${diag:+: $diag})"; continue
    fi
    # -raw: the order the text was drawn in, so a table cell comes out whole instead of line by
    # line interleaved with the cell beside it (which splits a criterion around its neighbour).
    if ! pdftotext -raw -enc UTF-8 -- "$pdf" "$txt" 2>"$WORK/pdftotext$n.log"; then
      fail "pdftotext failed: $(head -c 300 "$WORK/pdftotext$n.log")"; continue
    fi
    pages="$(pdfinfo -- "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || true)"
    [[ -z "$keep_dir" ]] || cp -- "$pdf" "$keep_dir/$stem.pdf"
    outname="$stem.txt"
    detail="PDF ${pages:-?} page(s)"
  else
    # Sheet order: soffice logs "Writing sheet NAME -> PATH" in workbook order; fall back to a glob.
    csvs=()
    while IFS= read -r c; do
      if [[ -f "$c" ]]; then csvs+=("$c"); fi
    done < <(sed -n 's/^Writing sheet .* -> \(.*\.csv\)$/\1/p' "$log")
    if (( ${#csvs[@]} == 0 )); then
      shopt -s nullglob
      csvs=("$out"/input*.csv)
      shopt -u nullglob
    fi
    if (( ${#csvs[@]} == 0 )); then
      fail "LibreOffice could not convert it to CSV (soffice exit $rc${diag:+: $diag})"; continue
    fi
    : >"$txt"
    for c in "${csvs[@]}"; do
      sheet="$(basename -- "$c" .csv)"; sheet="${sheet#input}"; sheet="${sheet#-}"
      if (( ${#csvs[@]} > 1 )); then printf '## sheet: %s\n' "${sheet:-1}" >>"$txt"; fi
      cat -- "$c" >>"$txt"
      if [[ -n "$keep_dir" ]]; then
        if (( ${#csvs[@]} > 1 )); then cp -- "$c" "$keep_dir/$stem-$sheet.csv"; else cp -- "$c" "$keep_dir/$stem.csv"; fi
      fi
    done
    outname="$stem.csv"
    detail="CSV ${#csvs[@]} sheet(s)"
  fi
  # Empty (or whitespace/form-feed only) text means nothing usable was rendered.
  if ! LC_ALL=C grep -q '[^[:space:],"]' "$txt"; then
    fail "converted ($detail) but no text was extracted"; continue
  fi
  msg "ok: $f ($detail)${text_out:+ -> $text_out/$outname}"
  emit_text "$f" "$txt" "$outname"
  passed=$((passed + 1))
done

printf '%s passed, %s failed\n' "$passed" "$failed" >&2
(( failed == 0 )) || exit 1
