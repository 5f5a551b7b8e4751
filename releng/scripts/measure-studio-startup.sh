#!/usr/bin/env bash
# Measures how long './aiaas studio' takes until the workbench window is on screen.
#
# Usage: releng/scripts/measure-studio-startup.sh [-n RUNS] [WORKSPACE]
#
# Starts the product RUNS times (default 5) on WORKSPACE (default: a fresh temporary one, reused
# by all runs) with the start-up report of org.aiaas.ui (StartupReport) switched on: the product
# prints "aiaas-studio: window shown at EPOCH_MS (...)" and closes itself. Each run's time counts
# from the './aiaas studio' command to that line, so the launcher script's own work is included.
# One unmeasured start comes first: it builds the product if needed and makes the later starts
# warm (configuration area, workspace metadata, class-data archive, page cache).
# Prints one line per run, then the median, and the load average before and after: the machine
# may be shared, so compare figures measured under the same load, and look at the CPU column too
# (the JVM's CPU time until the window showed), which depends far less on other processes.
# Without a display it runs itself under xvfb-run. AIAAS_LAUNCHER=FILE measures another copy of the
# launcher script instead of ./aiaas (placed at the checkout's root), e.g. an older one to compare.
set -u

root=$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/../.." && pwd)
runs=5
if [ "${1:-}" = -n ]; then
  runs=${2:-}
  shift 2 || true
fi
case "$runs" in ''|*[!0-9]*|0) echo "measure-studio-startup: -n needs a positive number of runs" >&2; exit 2 ;; esac

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "measure-studio-startup: no display and no xvfb-run" >&2; exit 2; }
  exec xvfb-run -a "$0" -n "$runs" "$@"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/aiaas-startup.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT
workspace=${1:-$tmp/workspace}

# One start of the product within $1 seconds; prints "WALL_MS JVM_MS CPU_MS" or fails with the
# product's output.
start_once() {
  local started shown line
  started=$(date +%s%3N)
  AIAAS_STUDIO_JAVA_OPTS="${AIAAS_STUDIO_JAVA_OPTS:-} -Daiaas.studio.reportStartup=true -Daiaas.studio.exitAfterStartup=true" \
    timeout "$1" "${AIAAS_LAUNCHER:-$root/aiaas}" studio "$workspace" >"$tmp/out" 2>&1
  line=$(grep -m 1 '^aiaas-studio: window shown at ' "$tmp/out")
  if [ -z "$line" ]; then
    echo "measure-studio-startup: the workbench window was not reported; the product's output:" >&2
    sed 's/^/  /' "$tmp/out" >&2
    return 1
  fi
  # aiaas-studio: window shown at 1764540000123 (2345 ms after JVM start, 3456 ms CPU)
  shown=$(sed -E 's/^aiaas-studio: window shown at ([0-9]+) \(([-0-9]+) ms after JVM start, ([-0-9]+) ms CPU\).*/\1 \2 \3/' <<<"$line")
  set -- $shown
  echo "$(($1 - started)) $2 $3"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "measure-studio-startup: $runs warm starts of ${AIAAS_LAUNCHER:-./aiaas} studio on $workspace (display $DISPLAY)"
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg), $(nproc) CPUs"
start_once 3600 >/dev/null || exit 1   # may build first
printf '%-5s %10s %14s %10s\n' run wall_ms jvm_to_window cpu_ms
: >"$tmp/figures"
for i in $(seq 1 "$runs"); do
  figures=$(start_once 300) || exit 1
  echo "$figures" >>"$tmp/figures"
  set -- $figures
  printf '%-5s %10s %14s %10s\n' "$i" "$1" "$2" "$3"
done
echo "median of $runs: $(cut -d ' ' -f 1 "$tmp/figures" | median) ms until the window is shown" \
  "($(cut -d ' ' -f 2 "$tmp/figures" | median) ms after JVM start, $(cut -d ' ' -f 3 "$tmp/figures" | median) ms CPU)"
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
