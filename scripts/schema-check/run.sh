#!/usr/bin/env bash
# The schema evolution check, with its own install: `npm ci` here (from the committed lock) when node_modules is
# missing or older than package-lock.json, then check.mjs with the arguments given (see its header). Run by .ci/run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
exec node check.mjs "$@"
