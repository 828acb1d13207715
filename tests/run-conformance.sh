#!/bin/bash
# Quick conformance check through bin/minipy (the JUnit suite is the official runner):
#   tests/run-conformance.sh [regex]     e.g. tests/run-conformance.sh 'basics/str'
# Prints PASS/FAIL counts; failing programs are listed in /tmp/conf_failed.txt, stderr in /tmp/conf_err/.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/tests/conformance"
mkdir -p /tmp/conf_err
pass=0; fail=0; failed=()
for py in $(ls */*.py | grep -E "${1:-.}"); do
  dir=$(dirname "$py"); base=$(basename "$py" .py)
  exp_rc=0; [ -f "$dir/$base.rc" ] && exp_rc=$(cat "$dir/$base.rc")
  out=$(cd "$dir" && timeout 30 "$ROOT/bin/minipy" ${MINIPY_FLAGS} "$base.py" 2>"/tmp/conf_err/$base.err")
  rc=$?
  if [ "$out" == "$(cat "$dir/$base.out")" ] && [ "$rc" == "$exp_rc" ]; then pass=$((pass+1)); else fail=$((fail+1)); failed+=("$py"); fi
done
echo "PASS $pass FAIL $fail"
printf '%s\n' "${failed[@]}" > /tmp/conf_failed.txt
