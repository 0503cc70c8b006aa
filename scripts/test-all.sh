#!/usr/bin/env bash
# Installs what the tests need, then runs every check: types, lint, unit tests, the extension
# build, end-to-end tests in headless Chromium and Firefox ESR, web-ext lint, and (with ../shared
# beside the project) the analysis quality gate.
# Ends with one line "N passed, N failed" totalling every test run (what CI reads).
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1 FORCE_COLOR=0

bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
mkdir -p artifacts

passed=0
failed=0
step() { # step NAME COMMAND...: a check that counts as one test
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}
vitest_project() { # vitest_project NAME: counts each test case
  local name=$1 json="artifacts/vitest-$1.json"
  rm -f "$json"
  echo "== vitest $name"
  npx vitest run --project "$name" --reporter=default --reporter=json --outputFile="$json"
  local status=$?
  if [ -f "$json" ]; then
    local counts p f
    counts=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorCount ?? 0))' "$json") || counts="0 1"
    read -r p f <<<"$counts"
    passed=$((passed + p)); failed=$((failed + f))
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
  else
    failed=$((failed + 1))
  fi
}

step "typecheck" npx tsc --noEmit
step "eslint" npx eslint --max-warnings=0 .
vitest_project unit
step "build" npm run --silent build
vitest_project e2e
step "web-ext lint" npx web-ext lint --source-dir dist/firefox --self-hosted=false --output=text
# Analysis quality against the gold (the scorer and most gold sources live in ../shared, which CI
# has beside the clone): per-language floors on tests/gold, tests/gold-fresh and the 24 documents of
# the earlier gold, and the learned scorers' weights must be what tests/gold trains.
if [ -f ../shared/eval/score.mjs ]; then
  step "eval gate: tests/gold and tests/gold-fresh" npx tsx scripts/eval.ts --split all --gate
  step "eval gate: tests/gold dev-24" npx tsx scripts/eval.ts --split dev24 --gate
  step "scorer weights rebuild from tests/gold" npx tsx scripts/train-scorers.ts --check
else
  echo "== eval gate: ../shared is not beside the project; analysis quality not checked"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
