#!/usr/bin/env bash
# The HTML grade map at national scale: REPORTS synthetic reports (default 1720: 43 forces x 10 years x 4 pillars,
# whole-seed text so every cell has findings) through `peel html`, then the page in headless Chromium.
#
#   bench/grade-map.sh [REPORTS]
#
# Prints: the time `peel html` takes (median of 3) and the page's size; in Chromium (median of 3 loads), the time to
# DOMContentLoaded and load, the graded cells, and the time a year filter and a click on a cell take in the page.
# Needs Debian's chromium and chromium-driver.
set -euo pipefail
reports=${1:-1720}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d -t peel-map-XXXXXX)
trap 'pkill -f "chromedriver --port=9517" || true; rm -rf "$work"' EXIT

"$root/bench/make-reports.sh" "$work/reports" "$reports" 1
dotnet build "$root/src/PeelSdk.Cli" -c Release -f net10.0 -v q -nologo >/dev/null
peel=("dotnet" "$root/src/PeelSdk.Cli/bin/Release/net10.0/peel.dll")

times=()
for run in 1 2 3; do
  start=$(date +%s%N)
  "${peel[@]}" html -o "$work/grades.html" "$work/reports"
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
echo "reports: $reports; peel html: median $median ms of 3 (${times[*]}); page $(wc -c <"$work/grades.html") bytes"

chromedriver --port=9517 >/dev/null 2>&1 &
sleep 1
python3 - "$work/grades.html" <<'PY'
import base64, json, statistics, sys, urllib.request
def call(method, path, body=None):
    request = urllib.request.Request('http://127.0.0.1:9517/' + path, method=method, headers={'Content-Type': 'application/json'},
                                     data=None if body is None else json.dumps(body).encode())
    return json.load(urllib.request.urlopen(request))['value']
session = call('POST', 'session', {'capabilities': {'alwaysMatch': {'goog:chromeOptions': {
    'binary': '/usr/bin/chromium', 'args': ['--headless=new', '--no-sandbox', '--disable-gpu', '--window-size=1400,900']}}}})['sessionId']
run = lambda script: call('POST', f'session/{session}/execute/sync', {'script': script, 'args': []})
loads, contents, filters, clicks = [], [], [], []
for _ in range(3):
    call('POST', f'session/{session}/url', {'url': 'file://' + sys.argv[1]})
    timing = run("const t = performance.getEntriesByType('navigation')[0]; return [t.domContentLoadedEventEnd, t.loadEventEnd];")
    contents.append(timing[0]); loads.append(timing[1])
    filters.append(run("const s = document.getElementById('year'), t = performance.now(); s.value = s.options[3].value; s.dispatchEvent(new Event('change')); document.body.offsetHeight; return performance.now() - t;"))
    clicks.append(run("const b = document.querySelector('td[data-grade] button'), t = performance.now(); b.click(); document.body.offsetHeight; return performance.now() - t;"))
cells = run("return document.querySelectorAll('td[data-grade]').length;")
call('DELETE', f'session/{session}')
median = lambda values: f"{statistics.median(values):.0f} ms"
print(f"chromium: DOMContentLoaded {median(contents)}, load {median(loads)} (median of 3); {cells} graded cells; year filter {median(filters)}; click to findings {median(clicks)}")
PY
