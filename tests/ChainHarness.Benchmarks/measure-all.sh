#!/usr/bin/env bash
# The five figures of issue 21 in one run, each beside its target, as one Markdown table (stdout).
#
#   tests/ChainHarness.Benchmarks/measure-all.sh [--no-build] [--pairs N] [--sweeps N]
# (--no-build: the Release build of the bench and the CLI is already there; the tool is always packed.)
#
# 1 warm chain vs honest floor (in process, side by side per round: the bench's figure 1)
# 2 cold `run`, whole process: the installed dotnet tool (A) and the plain build output (B) in turn,
#   A B A B ..., the ratio A/B pair by pair
# 3 CLI sweep of 100 default profiles as a user runs it (the installed tool, fresh process, reports written)
# 4 peak RSS of one run (figure 2's A runs), 5 peak RSS of the sweep (figure 3)
# Whole-process times and peak memory come from /usr/bin/time (GNU time). Needs: the .NET SDK, GNU time.
# The cold runs and the sweep run in an empty folder with CHAINHARNESS_SCHEMAS unset and an empty cache, so no
# official schema bundle is found (the default of a fresh install); one information row times a run with them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ARGS="$*"
PAIRS=5
SWEEPS=2
BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --pairs) PAIRS="$2"; shift ;;
    --sweeps) SWEEPS="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

[[ -x /usr/bin/time ]] || { echo "GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }
WORK="$(mktemp -d /tmp/chainharness-measure-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
STARTED="$(date -u '+%Y-%m-%d %H:%M')"
log() { echo "[measure-all $(date -u +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1 /proc/loadavg; }

BENCH="$ROOT/tests/ChainHarness.Benchmarks/bin/Release/net10.0/ChainHarness.Benchmarks.dll"
BUILT="$ROOT/src/ChainHarness.Cli/bin/Release/net10.0/chainharness.dll"
if [[ $BUILD == 1 ]]; then
  log "build (Release)"
  dotnet build "$ROOT/tests/ChainHarness.Benchmarks" -c Release -nologo -v q >&2
fi
log "pack the tool and install it into $WORK/tool"
# A version of its own, so NuGet's package cache cannot hand back an older build of the same version.
VERSION="0.1.0-measure.$(date -u +%Y%m%d%H%M%S)"
pack() { dotnet pack "$ROOT/src/ChainHarness.Cli" -c Release -nologo -v q -o "$WORK/nupkg" -p:PackageVersion="$VERSION" >&2; }
pack || { log "pack failed once (the two RID builds can race on a loaded machine); again"; pack; }
dotnet tool install chainharness --version "$VERSION" --tool-path "$WORK/tool" --add-source "$WORK/nupkg" >&2
TOOL="$WORK/tool/chainharness"

# Nothing official found: an empty working folder, no CHAINHARNESS_SCHEMAS, an empty cache.
QUIET=(env -u CHAINHARNESS_SCHEMAS XDG_CACHE_HOME="$WORK/cache" DOTNET_CLI_TELEMETRY_OPTOUT=1)
mkdir -p "$WORK/cwd" "$WORK/cache"

# timed OUTFILE CMD...: one whole-process run in the empty folder; appends "wall cpu maxrss_kb exit" to OUTFILE.
timed() {
  local out="$1"; shift
  local rec="$WORK/time.$$"
  (cd "$WORK/cwd" && "${QUIET[@]}" /usr/bin/time -f '%e %U %S %M %x' -o "$rec" "$@" >"$WORK/last.log" 2>&1) || true
  awk '{ printf "%s %.2f %s %s\n", $1, $2 + $3, $4, $5 }' "$rec" >>"$out"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
met() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == "le") ? v <= t : v >= t; print (ok ? "yes" : "**no**") }'; }

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | $(load) |"); }

# 1. Warm chain vs honest floor (the bench's own side-by-side rounds).
log "figure 1: warm chain vs honest floor"
(cd "$WORK/cwd" && "${QUIET[@]}" dotnet "$BENCH" --quick --only 1) >"$WORK/bench1.md" 2>"$WORK/bench1.err"
while IFS= read -r line; do ROWS+=("$line"); done < <(grep '^| 1 |' "$WORK/bench1.md")
grep '^Per step' "$WORK/bench1.err" >&2 || true

# 2. Cold run: A (installed tool, ReadyToRun) and B (build output, JIT) in turn; one warm-up pair not counted.
log "figure 2: cold run, $PAIRS pairs A/B after one warm-up pair"
for i in $(seq 0 "$PAIRS"); do
  a="$WORK/a.txt"; b="$WORK/b.txt"; [[ $i == 0 ]] && { a="$WORK/warm.txt"; b="$WORK/warm.txt"; }
  timed "$a" "$TOOL" run --report-dir "$WORK/reports-a-$i"
  timed "$b" dotnet "$BUILT" run --report-dir "$WORK/reports-b-$i"
done
A_WALL=$(cut -d' ' -f1 "$WORK/a.txt" | median); B_WALL=$(cut -d' ' -f1 "$WORK/b.txt" | median)
A_CPU=$(cut -d' ' -f2 "$WORK/a.txt" | median); B_CPU=$(cut -d' ' -f2 "$WORK/b.txt" | median)
RATIO=$(paste -d' ' "$WORK/a.txt" "$WORK/b.txt" | awk '{ print $1 / $5 }' | median)
A_EXITS=$(cut -d' ' -f4 "$WORK/a.txt" | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }')
row 2 "cold \`run\` (full local chain, default profile, reports written), whole process, median of $PAIRS: A installed tool (ReadyToRun), B build output (JIT), in turn; exits of A: ${A_EXITS% }" \
  "A wall $A_WALL s (cpu $A_CPU s); B wall $B_WALL s (cpu $B_CPU s); A/B wall $(printf '%.2f' "$RATIO")" "≤ 2 s median" "$(met "$A_WALL" 2 le)"

# 3. CLI sweep of 100 default profiles, as a user runs it.
log "figure 3: CLI sweep of 100 default profiles, $SWEEPS runs"
mkdir -p "$WORK/profiles"
for n in $(seq 1 100); do
  printf '{ "Municipality": { "Code": "gm%04d", "Name": "Bankdorp %d", "Oin": "000000019%03d00000000" } }\n' "$n" "$n" "$n" >"$WORK/profiles/gm$(printf %04d "$n").json"
done
for i in $(seq 1 "$SWEEPS"); do
  timed "$WORK/sweep.txt" "$TOOL" run --profiles "$WORK/profiles" --report-dir "$WORK/sweep-$i"
  grep -o '"passed": *[0-9]*' "$WORK/sweep-$i/summary.json" | grep -o '[0-9]*$' >>"$WORK/passed.txt" || echo 0 >>"$WORK/passed.txt"
  grep -o '"parallelism": *[0-9]*' "$WORK/sweep-$i/summary.json" | grep -o '[0-9]*$' >>"$WORK/width.txt" || true
done
S_WALL=$(cut -d' ' -f1 "$WORK/sweep.txt" | median)
S_CPU=$(cut -d' ' -f2 "$WORK/sweep.txt" | median)
RATE=$(awk -v w="$S_WALL" 'BEGIN { printf "%.1f", 100 / w }')
BUSY=$(awk -v c="$S_CPU" -v w="$S_WALL" 'BEGIN { printf "%.2f", c / w }')
row 3 "CLI sweep: installed tool, \`run --profiles\` over 100 default profiles (LVBB 200 ms), fresh process, reports written, median of $SWEEPS; passed: $(paste -sd/ "$WORK/passed.txt"), grew to $(paste -sd/ "$WORK/width.txt") at once" \
  "$RATE chains/s ($S_WALL s; cpu $S_CPU s, $BUSY of $(nproc) cores busy)" "≥ 20 chains/s" "$(met "$RATE" 20 ge)"

# 4, 5. Peak memory (largest RSS of the process), from the same runs.
ONE_MB=$(cut -d' ' -f3 "$WORK/a.txt" | median | awk '{ printf "%.0f", $1 / 1024 }')
SWEEP_MB=$(cut -d' ' -f3 "$WORK/sweep.txt" | sort -g | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')
row 4 "peak RSS, one run (figure 2's A runs, median)" "$ONE_MB MB" "≤ 200 MB" "$(met "$ONE_MB" 200 le)"
row 5 "peak RSS, CLI sweep of 100 profiles (figure 3, highest)" "$SWEEP_MB MB" "≤ 500 MB" "$(met "$SWEEP_MB" 500 le)"

# Information: a cold run with the official XSD + Schematron (Saxon), when bundles are at hand.
BUNDLES="${CHAINHARNESS_SCHEMAS:-$ROOT/../shared/reference}"
if [[ -d "$BUNDLES" ]] && command -v java >/dev/null; then
  log "information: cold run with the official bundles of $BUNDLES"
  for i in 0 1 2; do
    (cd "$WORK/cwd" && CHAINHARNESS_SCHEMAS="$BUNDLES" /usr/bin/time -f '%e %U %S %M %x' -o "$WORK/time.o" "$TOOL" run --report-dir "$WORK/reports-o-$i" >/dev/null 2>&1) || true
    [[ $i == 0 ]] || awk '{ printf "%s %.2f %s %s\n", $1, $2 + $3, $4, $5 }' "$WORK/time.o" >>"$WORK/official.txt"
  done
  row "2′" "cold \`run\` with the official XSD + Schematron (Saxon-HE, a Java process per delivery), installed tool, median of 2 after a warm-up" \
    "wall $(cut -d' ' -f1 "$WORK/official.txt" | median) s (cpu $(cut -d' ' -f2 "$WORK/official.txt" | median) s)" "(information)" "—"
fi

LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "# ChainHarness, issue 21 figures, $STARTED UTC (commit $(git -C "$ROOT" rev-parse --short HEAD))"
echo
echo "Machine: $(nproc) cores, $(uname -sr), $(dotnet --version) SDK. Load average at start: $LOAD_START; at the end: $LOAD_END."
echo
echo "| # | figure | measured | target | met | load |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "Command: \`tests/ChainHarness.Benchmarks/measure-all.sh${ARGS:+ $ARGS}\`"
