#!/usr/bin/env bash
# The project's test command, for a newcomer's machine and for CI alike:
#   1. installs what the tests need (scripts/install-test-deps.sh)
#   2. shellchecks every shell script under scripts/ and .ci/
#   3. mvn verify: build, every test on the default PostgreSQL major (17), formatter check
#   4. the engine's tests again on the other majors (default 15 and 18; override with
#      PG_MAJORS="15 16 18")
# Every step runs even when an earlier one failed, so one run shows everything that is wrong;
# the exit code is non-zero when any step failed. Logs of each step are kept in $LOG_DIR.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PG_MAJORS=${PG_MAJORS:-15 18}
LOG_DIR=${LOG_DIR:-$(mktemp -d -t migrator-test.XXXXXX)}
MVN=(mvn -B -ntp)

started=$SECONDS
steps=()
failed=0
passed_total=0
failed_total=0
skipped_total=0

# Runs one named step with its output on the console and in $LOG_DIR/<name>.log.
step() {
  local name=$1
  shift
  local log="$LOG_DIR/$name.log"
  local t0=$SECONDS
  echo
  echo "=== $name: $*"
  local rc=0
  "$@" 2>&1 | tee "$log" || rc=$?
  local took=$((SECONDS - t0))
  count_tests "$log"
  local tests=$counted
  if [ "$rc" -eq 0 ]; then
    steps+=("$(printf 'ok      %-16s %4ss  %s' "$name" "$took" "$tests")")
  else
    steps+=("$(printf 'FAILED  %-16s %4ss  %s (exit %s, log %s)' "$name" "$took" "$tests" "$rc" "$log")")
    failed=$((failed + 1))
  fi
}

# Adds Surefire's per-module result lines ("Tests run: N, Failures: F, Errors: E, Skipped: S",
# the ones without "Time elapsed") of a log to the totals; describes them in $counted.
count_tests() {
  counted=""
  local run=0 fail=0 skip=0
  local line
  while IFS= read -r line; do
    [[ $line =~ Tests\ run:\ ([0-9]+),\ Failures:\ ([0-9]+),\ Errors:\ ([0-9]+),\ Skipped:\ ([0-9]+)$ ]] || continue
    run=$((run + BASH_REMATCH[1]))
    fail=$((fail + BASH_REMATCH[2] + BASH_REMATCH[3]))
    skip=$((skip + BASH_REMATCH[4]))
  done <"$1"
  if [ "$run" -gt 0 ]; then
    passed_total=$((passed_total + run - fail - skip))
    failed_total=$((failed_total + fail))
    skipped_total=$((skipped_total + skip))
    counted="$((run - fail - skip)) passed, $fail failed, $skip skipped"
  fi
}

shell_scripts() {
  local f
  while IFS= read -r -d '' f; do
    if [[ $f == *.sh ]] || head -n 1 "$f" | grep -Eq '^#!.*\b(ba|da|k)?sh\b'; then
      printf '%s\n' "$f"
    fi
  done < <(find scripts .ci -type f -print0 | sort -z)
}

lint_shell() {
  local files
  mapfile -t files < <(shell_scripts)
  echo "shellcheck ${files[*]}"
  shellcheck "${files[@]}"
}

step deps bash scripts/install-test-deps.sh
step shellcheck lint_shell
step verify-pg17 "${MVN[@]}" verify
for major in $PG_MAJORS; do
  step "engine-pg$major" "${MVN[@]}" -pl engine test -Dpg.major="$major"
done

total=$((SECONDS - started))
echo
echo "=== summary (logs in $LOG_DIR)"
printf '%s\n' "${steps[@]}"
printf 'took %dm%02ds\n' $((total / 60)) $((total % 60))
if [ "$failed" -ne 0 ]; then
  echo "FAILED: $failed step(s)"
fi
# the plain closing line CI reads, over every test run of every major
echo "tests: $passed_total passed, $failed_total failed, $skipped_total skipped"
[ "$failed" -eq 0 ]
