#!/usr/bin/env bash
# Smoke test of the real launcher: ./aiaas as a user runs it, in plain-Java mode (a flat classpath,
# no OSGi), and './aiaas studio' (the RCP product, in OSGi) once, checking that its window comes up. The Maven tests run the same code inside OSGi; class loading, resources such as the
# standard library inside a jar, and the launcher script itself differ outside it, and a bug once
# appeared only there. Called by .ci/run after the Maven build; runnable by hand from anywhere.
#
# Prints one line per case and "N passed, M failed" last; exits 1 if any case failed.
set -u

root=$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/../.." && pwd)
cd "$root" || exit 2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/aiaas-smoke.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT

passed=0
failed=0
echo "smoke test of ./aiaas in $root (the first call builds the p2 repository if it is missing or stale)"

pass() { passed=$((passed + 1)); echo "ok     $1"; }
fail() {
  failed=$((failed + 1)); echo "FAILED $1: $2"
  echo "  --- stdout"; sed 's/^/  /' "$tmp/out"
  echo "  --- stderr"; sed 's/^/  /' "$tmp/err"
}

# Runs ./aiaas with the given arguments; leaves the exit code in $code and the streams in files.
run() {
  ./aiaas "$@" >"$tmp/out" 2>"$tmp/err"
  code=$?
}

# 1. Every shipped example is valid. They use the standard library (L4, H100) without an import,
#    which outside OSGi is read from the language's jar.
run check examples/*.aiaas examples/queueing/*.aiaas
if [ "$code" -ne 0 ]; then
  fail "examples check" "exit $code, expected 0"
elif grep -q ': error: ' "$tmp/out" "$tmp/err"; then
  fail "examples check" "exit 0 but with error lines"
else
  pass "examples check: exit 0, no errors ($(tail -n 1 "$tmp/err"))"
fi

# 2. An unknown reference: exit 1 and exactly one line. Line 3 is
#    "  workload jobs at servr { ... }", where 'servr' starts at column 20.
ref="$tmp/unknown-reference.aiaas"
printf 'scenario Q {\n  node server cloud { }\n  workload jobs at servr { arrivals poisson 1 /s service constant 1 ms }\n}\n' >"$ref"
expected="$ref:3:20: error: unknown node 'servr'; did you mean 'server'?"
run check "$ref"
if [ "$code" -ne 1 ]; then
  fail "unknown reference" "exit $code, expected 1"
elif [ "$(cat "$tmp/out")" != "$expected" ]; then
  fail "unknown reference" "expected exactly the line: $expected"
else
  pass "unknown reference: exit 1, $expected"
fi

# 3. A file that does not exist: the tool cannot do its job, exit 2, one line on stderr.
missing="$tmp/does-not-exist.aiaas"
run check "$missing"
if [ "$code" -ne 2 ]; then
  fail "missing file" "exit $code, expected 2"
elif ! grep -qxF "aiaas: error: $missing: no such file" "$tmp/err"; then
  fail "missing file" "expected the line: aiaas: error: $missing: no such file"
else
  pass "missing file: exit 2, no such file"
fi

# 4. The version: exit 0, one line "aiaas VERSION (Java N)".
run --version
if [ "$code" -ne 0 ]; then
  fail "--version" "exit $code, expected 0"
elif ! head -n 1 "$tmp/out" | grep -q '^aiaas '; then
  fail "--version" "the output does not start with 'aiaas '"
else
  pass "--version: $(head -n 1 "$tmp/out")"
fi

# 5. A simulation: the M/M/1 example runs and writes its three files; its mean wait is the
#    theory's Wq = ρ/(μ − λ) = 0.4 s within 5 % (the Maven tests check the engine tightly).
run run examples/queueing/mm1.aiaas --out "$tmp/mm1" --replications 4
if [ "$code" -ne 0 ]; then
  fail "run mm1" "exit $code, expected 0"
elif ! [ -s "$tmp/mm1/results.json" ] || ! [ -s "$tmp/mm1/results.csv" ] || ! [ -s "$tmp/mm1/report.html" ]; then
  fail "run mm1" "results.json, results.csv and report.html were not all written"
else
  wait=$(grep -E '^fcfs ' "$tmp/out" | awk '{print $2}')
  if awk -v w="$wait" 'BEGIN { exit !(w > 0.38 && w < 0.42) }'; then
    pass "run mm1: exit 0, three files, mean wait $wait s (theory 0.4 s)"
  else
    fail "run mm1" "mean wait '$wait' is not within 5 % of 0.4 s"
  fi
fi

# 6. A scenario over the 5G network: the edge-vs-cloud example runs and reports its cell.
run run examples/edge-vs-cloud.aiaas --out "$tmp/evc" --replications 2
if [ "$code" -ne 0 ]; then
  fail "run edge-vs-cloud" "exit $code, expected 0"
elif ! grep -q '"peakDlMbps"' "$tmp/evc/results.json"; then
  fail "run edge-vs-cloud" "results.json has no cells section"
else
  pass "run edge-vs-cloud: exit 0, $(grep -E '^cell ' "$tmp/out" | cut -c1-60)…"
fi

# 7. Training for real (ND4J, its jars unpacked from the train bundle for plain Java): XOR reaches
#    100 % test accuracy with the example's seed.
run train examples/training/xor.aiaas --out "$tmp/xor"
if [ "$code" -ne 0 ]; then
  fail "train xor" "exit $code, expected 0"
elif ! grep -q 'test accuracy 100.0 %' "$tmp/out" "$tmp/err"; then
  fail "train xor" "no 'test accuracy 100.0 %' line"
else
  pass "train xor: exit 0, test accuracy 100 %"
fi

# 8. The language server answers an LSP initialize request on stdin/stdout with its capabilities.
mkdir -p "$tmp/lspws"
body='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"file://'"$tmp"'/lspws","capabilities":{}}}'
{ printf 'Content-Length: %d\r\n\r\n%s' "${#body}" "$body"; sleep 8; } | timeout 60 ./aiaas lsp >"$tmp/out" 2>"$tmp/err"
if grep -q '"completionProvider"' "$tmp/out"; then
  pass "lsp: initialize answered with completion and hover capabilities"
else
  fail "lsp" "no LSP initialize result on stdout"
fi

# 9. The topology diagram, headless: the SVG of edge-vs-cloud names its cell, device group, nodes
#    and model, and carries the utilisation overlay from the run of case 6.
run diagram examples/edge-vs-cloud.aiaas --svg "$tmp/evc.svg" --png "$tmp/evc.png" --results "$tmp/evc/results.json"
if [ "$code" -ne 0 ]; then
  fail "diagram edge-vs-cloud" "exit $code, expected 0"
elif [ ! -s "$tmp/evc.png" ]; then
  fail "diagram edge-vs-cloud" "no PNG written"
else
  missing=""
  for name in gnb1 phones edge1 cloud1 resnet50 "util "; do
    grep -q ">$name" "$tmp/evc.svg" || missing="$missing $name"
  done
  if [ -n "$missing" ]; then
    fail "diagram edge-vs-cloud" "the SVG lacks:$missing"
  else
    pass "diagram edge-vs-cloud: exit 0, SVG and PNG with every node name and the utilisation overlay"
  fi
fi

# 10. The workbench product starts: runtime bundles that nothing requires (SCR, SWT fragments, e4
#    renderers, ...) are missed only at run time. Under Xvfb when there is no display; the product's
#    start-up report (org.aiaas.ui StartupReport) prints when the window is shown, then closes it.
#    Any ERROR entry in the workspace log (a bundle not found or not resolved) fails the case too.
studio_ws="$tmp/studio-workspace"
studio=(env "AIAAS_STUDIO_JAVA_OPTS=-Daiaas.studio.reportStartup=true -Daiaas.studio.exitAfterStartup=true"
  timeout 120 ./aiaas studio "$studio_ws")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  if command -v xvfb-run >/dev/null; then studio=(xvfb-run -a "${studio[@]}"); else studio=(); fi
fi
if [ "${#studio[@]}" -eq 0 ]; then
  : >"$tmp/out"; : >"$tmp/err"
  fail "studio" "no display and no xvfb-run to start the workbench under (apt-get install xvfb)"
else
  "${studio[@]}" >"$tmp/out" 2>"$tmp/err"
  code=$?
  shown=$(grep -m 1 '^aiaas-studio: window shown at ' "$tmp/out")
  errors=$(grep -s -A 1 -E '^!ENTRY [^ ]+ 4 ' "$studio_ws/.metadata/.log")
  if [ -z "$shown" ]; then
    fail "studio" "the workbench window was not reported (exit $code)"
  elif [ -n "$errors" ]; then
    fail "studio" "the workspace log has errors: $errors"
  elif [ "$code" -ne 0 ]; then
    fail "studio" "window shown but exit $code, expected 0"
  else
    pass "studio: workbench window shown, no errors logged (${shown#*(}"
  fi
fi

# 11. The p2 repository resolves on its own (the build checks it too), and the check notices a gap:
#     without org.apache.felix.scr, the only provider of the osgi.extender "osgi.component" in the
#     repository, org.eclipse.core.contenttype's requirement (version >= 1.2, < 2.0) is unmet.
repository=releng/org.aiaas.repository/target/repository
check_p2() { "$JAVA_HOME/bin/java" releng/scripts/P2RepositoryCheck.java "$@" >"$tmp/out" 2>"$tmp/err"; code=$?; }
. releng/scripts/find-jdk.sh && aiaas_find_jdk >/dev/null 2>&1
check_p2 "$repository" "category=AIaaS Studio" --expect org.aiaas.core.feature.feature.group org.aiaas.workbench.feature.feature.group
if [ "$code" -ne 0 ]; then
  fail "p2 repository" "exit $code, expected 0"
else
  resolved=$(head -n 1 "$tmp/out" | cut -d ';' -f 2 | sed 's/^ //')
  mkdir -p "$tmp/p2" && unzip -p "$repository/content.jar" content.xml |
    sed "/<unit id='org.apache.felix.scr'/,/<\/unit>/d" >"$tmp/p2/content.xml"
  check_p2 "$tmp/p2" "category=AIaaS Studio"
  if [ "$code" -ne 1 ]; then
    fail "p2 repository without SCR" "exit $code, expected 1"
  elif ! grep -q '^UNMET org.eclipse.core.contenttype .*: needs osgi.extender (&(osgi.extender=osgi.component)' "$tmp/out"; then
    fail "p2 repository without SCR" "no unmet osgi.extender requirement of org.eclipse.core.contenttype"
  else
    pass "p2 repository: resolves ($resolved); without SCR: $(tail -n 1 "$tmp/out")"
  fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
