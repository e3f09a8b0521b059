#!/usr/bin/env bash
# The whole test suite on a graph/ that holds more than the seed: copies the repository's files (the
# ones git tracks or would track) into a temporary folder, adds the two invented reports of
# tests/fixtures/more-reports to its graph/ as a curator adds reports (new folders, new registry
# files, an alias added to a seed entry), and runs the suite there. Run it with the project's virtual
# environment active; extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
copy="$(mktemp -d "${TMPDIR:-/tmp}/migration-kg-more-reports.XXXXXX")"
trap 'rm -rf "$copy"' EXIT
git ls-files -z --cached --others --exclude-standard \
  | tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$copy"
cd "$copy"
python -m tests.more_reports graph
# The copy's package first on the path (the environment's editable install points at the checkout).
PYTHONPATH="$copy${PYTHONPATH:+:$PYTHONPATH}" python -m pytest -q -p no:cacheprovider "$@"
