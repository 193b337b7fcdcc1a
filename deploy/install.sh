#!/bin/sh
# Install newsbrief into a Python environment, then warm jieba's dictionary cache (and the
# tagger's word-tag cache beside it).
#
# The Dockerfile and `make venv` (so `make test` and CI) both run this script: the
# image and the tested install are made the same way and cannot drift apart.
#
# usage: deploy/install.sh [--dev] [--warm-only] PYTHON
#   PYTHON       the interpreter of the target environment (e.g. .venv/bin/python)
#   --dev        editable install with the test extras (make, CI); default: a plain install
#   --warm-only  skip pip; only (re)build the jieba cache
#
# NEWSBRIEF_JIEBA_CACHE, when set, is the directory the cache goes to; the bot reads the
# same setting at run time. The cache is made world-readable because the image is built
# as root and runs as an unprivileged user. Unset: jieba's default, the system temp dir.
set -eu

mode=release
pip=yes
while [ $# -gt 1 ]; do
    case "$1" in
        --dev) mode=dev ;;
        --warm-only) pip=no ;;
        *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
if [ $# -ne 1 ]; then
    echo "usage: deploy/install.sh [--dev] [--warm-only] PYTHON" >&2
    exit 2
fi
python=$1
# A relative interpreter path (make passes .venv/bin/python) must survive the cd's below.
case "$python" in
    */*) python=$(cd "$(dirname "$python")" && pwd)/$(basename "$python") ;;
esac
cd "$(dirname "$0")/.."

if [ "$pip" = yes ]; then
    "$python" -m pip install --quiet --upgrade pip
    if [ "$mode" = dev ]; then
        "$python" -m pip install --quiet -e '.[test]'
    else
        "$python" -m pip install --quiet --no-cache-dir .
    fi
fi

cache_dir=${NEWSBRIEF_JIEBA_CACHE:-}
if [ -n "$cache_dir" ]; then
    mkdir -p "$cache_dir"
fi
# Run from / so the installed package is imported, exactly as the service will.
(cd / && "$python" - "$cache_dir" <<'PY'
import logging
import sys

from summarizer.postag import pos_tokenizer
from summarizer.tokenize import ensure_jieba, set_jieba_cache_dir

logging.basicConfig(level=logging.WARNING)
set_jieba_cache_dir(sys.argv[1] or None)
ensure_jieba()
pos_tokenizer()  # its word-tag cache, beside jieba's
PY
)
if [ -n "$cache_dir" ]; then
    test -s "$cache_dir/jieba.cache" || { echo "install.sh: no jieba cache in $cache_dir" >&2; exit 1; }
    chmod -R a+rX "$cache_dir"
fi
