#!/usr/bin/env bash
# Fuzzes one of unitc's input paths with AFL++ and SharpFuzz, or replays inputs through it.
#
#   tools/fuzz/run.sh TARGET [MINUTES]        fuzz TARGET (unit | guidance | spec) for MINUTES (default 30)
#   tools/fuzz/run.sh replay TARGET FILE...   run FILEs through TARGET without AFL, to reproduce a finding
#   tools/fuzz/run.sh pick TARGET [N]         after a run: afl-cmin its queue, then list the N (default 8)
#                                             inputs that add the most coverage to the committed corpus
#
# Findings go to artifacts/fuzz/TARGET/findings/ (crashes/, hangs/, queue/); the instrumented
# build to artifacts/fuzz/TARGET/bin/. Both are gitignored; a previous findings folder is kept,
# renamed with the time it was moved aside.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
project=$root/tests/UnitCompiler.Fuzz/UnitCompiler.Fuzz.csproj
targets="unit guidance spec"

usage() {
    echo "usage: tools/fuzz/run.sh TARGET [MINUTES] | replay TARGET FILE... | pick TARGET [N]   (targets: $targets)" >&2
    exit 2
}

is_target() { [[ " $targets " == *" $1 "* ]]; }

if [[ ${1:-} == replay ]]; then
    [[ $# -ge 3 ]] && is_target "$2" || usage
    # A plain Release build: the stack trace of a crash is the point, instrumentation would only slow it.
    exec dotnet run --project "$project" -c Release -- "$@"
fi

if [[ ${1:-} == pick ]]; then
    [[ $# -ge 2 && $# -le 3 ]] && is_target "$2" || usage
    work=$root/artifacts/fuzz/$2
    rm -rf "$work/cmin"
    # afl-cmin looks the target up as a file: give it the real dotnet, not a shim on the PATH.
    AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 afl-cmin -i "$work/findings/default/queue" -o "$work/cmin" -t 10000 -m none \
        -- "$(readlink -f "$(command -v dotnet)")" "$work/bin/UnitCompiler.Fuzz.dll" "$2"
    exec python3 "$root/tools/fuzz/pick.py" "$2" "${3:-8}"
fi

[[ $# -ge 1 && $# -le 2 ]] && is_target "$1" || usage
target=$1
minutes=${2:-30}
[[ $minutes =~ ^[0-9]+$ && $minutes -gt 0 ]] || usage

if ! command -v afl-fuzz >/dev/null; then
    sudo=$([[ $(id -u) -eq 0 ]] || echo sudo)
    $sudo apt-get update
    $sudo apt-get install -y afl++
fi

tools=$root/tools/fuzz/.tools
if [[ ! -x $tools/sharpfuzz ]]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
fi

work=$root/artifacts/fuzz/$target
bin=$work/bin
findings=$work/findings
# A fresh publish every time: sharpfuzz instruments in place and refuses an instrumented file.
rm -rf "$bin"
dotnet publish "$project" -c Release -o "$bin" --nologo -v quiet
"$tools/sharpfuzz" "$bin/UnitCompiler.dll"

if [[ -d $findings ]]; then
    mv "$findings" "$findings.$(date -u +%Y%m%dT%H%M%SZ)"
fi

# .NET is not an AFL-compiled binary (skip the check), has no forkserver-compatible memory
# limit (-m none), and starts slowly (-t 10000 ms). The machine is shared: no core pinning.
export AFL_SKIP_BIN_CHECK=1
export AFL_NO_AFFINITY=1
export AFL_SKIP_CPUFREQ=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=1
afl-fuzz -i "$root/tests/UnitCompiler.Fuzz/corpus/$target" -o "$findings" -t 10000 -m none -V $((minutes * 60)) \
    -- dotnet "$bin/UnitCompiler.Fuzz.dll" "$target"

stats=$findings/default/fuzzer_stats
echo
echo "$target: $stats"
for key in run_time execs_done execs_per_sec corpus_count saved_crashes saved_hangs; do
    awk -F' *: *' -v k="$key" '$1 == k { printf "  %-14s %s\n", k, $2 }' "$stats"
done
