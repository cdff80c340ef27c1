#!/usr/bin/env bash
# Builds everything and runs the app: serves build/web/dist/ on 127.0.0.1 and prints the URL.
# Also builds the offline single file build/web/dist/annotator-offline.html (open it with a
# double-click; no server needed) and the CLI build/native/annotate.
#   PORT=9000 scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
export PATH=/usr/bin:$PATH
scripts/setup.sh
cmake --preset native >/dev/null && cmake --build --preset native -j"$(nproc)"
cmake --preset web >/dev/null && cmake --build --preset web -j"$(nproc)"
port=${PORT:-8080}
dist=build/web/dist
echo
echo "Offline single file: $(pwd)/$dist/annotator-offline.html"
echo "Command-line tool:   $(pwd)/build/native/annotate < article.txt"
echo "Serving the app at:  http://127.0.0.1:$port/   (Ctrl+C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dist"
