#!/bin/sh
# Write ECB+ documents, rebuilt from their tokens as the quote harness reads them (EcbText), to
# texts-ecb/NAME.txt (outside version control). Run from the repository root after building
# dateline-bench. Usage: tools/quote-annotation/ecb_dump.sh [NAME ...]  (default: every dev file)
set -e
cd "$(dirname "$0")/../.."
if [ $# -eq 0 ]; then
  set -- $(cd ../shared/bench/events/ecbplus-dev && ls ./*/*.xml | xargs -n1 basename)
fi
java -cp "dateline-bench/target/classes:dateline-bench/target/lib/*" \
  org.dateline.bench.quotes.EcbText tools/quote-annotation/texts-ecb "$@"
