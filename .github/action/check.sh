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
# Surrounding blanks and new lines of the config, format and fail level are ignored.
#
# Outputs (GITHUB_OUTPUT): exit-code (editlint's: 0, 1 or 2), sarif-file (the log, with the sarif format) and failed
# (true when the findings reach the fail level). A run that could not work (exit code 2) fails this step at once.
set -euo pipefail

out="${GITHUB_OUTPUT:-/dev/null}"

trim() {
  local s="${1#"${1%%[![:space:]]*}"}"
  printf '%s' "${s%"${s##*[![:space:]]}"}"
}

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

# A workflow command's data must have %, CR and LF escaped, or the runner cuts or decodes it.
error() {
  local s="${1//'%'/%25}"
  s="${s//$'\r'/%0D}"
  echo "::error::${s//$'\n'/%0A}"
}

invalid() {
  error "$1"
  echo "exit-code=2" >> "$out"
  exit 2
}

editlint="${EDITLINT:-editlint}"
format=$(trim "${EDITLINT_FORMAT:-}")
format="${format:-sarif}"
level=$(trim "${EDITLINT_FAIL_LEVEL:-}")
level="${level:-error}"
config=$(trim "${EDITLINT_CONFIG:-}")
args=(check)

split_list "${EDITLINT_PATHS:-}"
args+=("${items[@]}")
split_list "${EDITLINT_NAMES:-}"
for names in "${items[@]}"; do args+=(--names "$names"); done
if [ -n "$config" ]; then args+=(--config "$config"); fi

case "$level" in
  error | warning | note) args+=(--fail-level "$level") ;;
  none) ;;
  *) invalid "EditLint: fail-level is error, warning, note or none, not '$level'" ;;
esac

sarif=
case "$format" in
  sarif)
    # Code scanning would show findings silenced in the text as open alerts (docs/github.md).
    sarif="${RUNNER_TEMP:-.}/editlint.sarif"
    args+=(--format sarif --sarif-without-suppressed --output "$sarif") ;;
  github | text) args+=(--format "$format") ;;
  *) invalid "EditLint: format is sarif, github or text, not '$format'" ;;
esac

code=0
"$editlint" "${args[@]}" || code=$?
echo "exit-code=$code" >> "$out"
if [ "$code" -ge 2 ]; then
  error "EditLint: 'editlint ${args[*]}' could not run (exit code $code)"
  exit "$code"
fi
echo "sarif-file=$sarif" >> "$out"
failed=false
if [ "$code" -eq 1 ] && [ "$level" != none ]; then failed=true; fi
echo "failed=$failed" >> "$out"
