#!/usr/bin/env bash
# The README's first command: install, build, and run the extension on the seed article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec npx tsx scripts/demo.ts "$@"
