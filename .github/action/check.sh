#!/usr/bin/env bash
# The action's check step: runs `editlint check` with the action's inputs, given as environment variables, and
# records the outcome for the steps after it.
#
#   EDITLINT            the command (default: editlint on the PATH)
#   EDITLINT_PATHS      files and folders (empty: the configuration's includes): one per line when the value holds a
#                       new line, else separated by blanks
#   EDITLINT_CONFIG     an editlint.json (empty: the nearest one upward from the paths)
#   EDITLINT_NAMES      name lists, given as the paths are
#   EDITLINT_FORMAT     sarif (default), github or text
#   EDITLINT_FAIL_LEVEL error (default), warning, note, or none (findings never fail the job)
#
# Outputs (GITHUB_OUTPUT): exit-code (editlint's: 0, 1 or 2), sarif-file (the log, with the sarif format) and failed
# (true when the findings reach the fail level). A run that could not work (exit code 2) fails this step at once.
set -euo pipefail

# Into the array `items`: the lines of $1 when it holds a new line (so that an item can hold blanks), else its
# blank-separated words; each trimmed, empty ones left out.
split_list() {
  local value="$1" item
  items=()
  if [[ $value != *$'\n'* ]]; then value="${value//[[:blank:]]/$'\n'}"; fi
  while read -r item; do
    if [ -n "$item" ]; then items+=("$item"); fi
  done <<< "$value"
}

editlint="${EDITLINT:-editlint}"
format="${EDITLINT_FORMAT:-sarif}"
level="${EDITLINT_FAIL_LEVEL:-error}"
args=(check)

split_list "${EDITLINT_PATHS:-}"
args+=("${items[@]}")
split_list "${EDITLINT_NAMES:-}"
for names in "${items[@]}"; do args+=(--names "$names"); done
if [ -n "${EDITLINT_CONFIG:-}" ]; then args+=(--config "$EDITLINT_CONFIG"); fi

case "$level" in
  error | warning | note) args+=(--fail-level "$level") ;;
  none) ;;
  *) echo "::error::EditLint: fail-level is error, warning, note or none, not '$level'"; exit 2 ;;
esac

sarif=
case "$format" in
  sarif)
    # Code scanning would show findings silenced in the text as open alerts (docs/github.md).
    sarif="${RUNNER_TEMP:-.}/editlint.sarif"
    args+=(--format sarif --sarif-without-suppressed --output "$sarif") ;;
  github | text) args+=(--format "$format") ;;
  *) echo "::error::EditLint: format is sarif, github or text, not '$format'"; exit 2 ;;
esac

code=0
"$editlint" "${args[@]}" || code=$?
out="${GITHUB_OUTPUT:-/dev/null}"
echo "exit-code=$code" >> "$out"
if [ "$code" -ge 2 ]; then
  echo "::error::EditLint: 'editlint ${args[*]}' could not run (exit code $code)"
  exit "$code"
fi
echo "sarif-file=$sarif" >> "$out"
failed=false
if [ "$code" -eq 1 ] && [ "$level" != none ]; then failed=true; fi
echo "failed=$failed" >> "$out"
