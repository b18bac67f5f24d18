#!/usr/bin/env bash
# Load on plancheck serve over loopback: N uploads (default 200) of the corpus .docx fixtures
# from C concurrent clients (default 16) to /api/check. Every answer must be the plan's JSON
# report or a clear limit message (429/503 with its JSON error); the server must still answer
# /healthz afterwards. Prints p50/p95 latency, throughput and the server's memory (RSS) before,
# after, and at its peak. A benchmark, not a test: nothing here is timed against a limit.
# Usage: benchmarks/serve-load.sh [build/plancheck] [uploads] [clients] [--jobs N]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/plancheck}
uploads=${2:-200}
clients=${3:-16}
jobs=${4:-2}
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
"$bin" serve --port 0 --jobs "$jobs" 2>"$tmp/log" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "serve did not start"; cat "$tmp/log"; exit 1; }
python3 - "http://127.0.0.1:$port" "$server" "$uploads" "$clients" "$jobs" tests/fixtures/docx/*.docx <<'PY'
import concurrent.futures, json, os, statistics, sys, time, urllib.error, urllib.request, uuid

url, pid, uploads, clients, jobs, *fixtures = sys.argv[1:]
uploads, clients = int(uploads), int(clients)
plans = [(os.path.basename(f), open(f, "rb").read()) for f in fixtures]

def rss(field="VmRSS"):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024  # MB
    return 0

def post(i):
    name, data = plans[i % len(plans)]
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"plan\"; filename=\"{name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(f"{url}/api/check", data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=300) as answer:
            status, text = answer.status, answer.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    elapsed = time.monotonic() - started
    reply = json.loads(text)
    if status == 200:
        ok = reply["documents"][0]["path"] == name
    else:
        ok = status in (429, 503) and "message" in reply["error"]
    return status, elapsed, ok

before = rss()
started = time.monotonic()
with concurrent.futures.ThreadPoolExecutor(clients) as pool:
    answers = list(pool.map(post, range(uploads)))
wall = time.monotonic() - started
after, peak = rss(), rss("VmHWM")
health = urllib.request.urlopen(f"{url}/healthz").status
checked = sorted(e for s, e, _ in answers if s == 200)
statuses = {}
for s, _, _ in answers:
    statuses[s] = statuses.get(s, 0) + 1
wrong = sum(not ok for _, _, ok in answers)
q = statistics.quantiles(checked, n=100) if len(checked) >= 2 else checked * 100
print(f"uploads {uploads}, clients {clients}, serve --jobs {jobs}, {os.cpu_count()} cores")
print(f"answers {statuses}; wrong answers {wrong}; /healthz after: {health}")
print(f"latency of checked uploads: p50 {q[49]*1000:.0f} ms, p95 {q[94]*1000:.0f} ms, max {checked[-1]*1000:.0f} ms")
print(f"throughput {len(checked)/wall:.1f} checks/s ({wall:.1f} s wall)")
print(f"server RSS: before {before} MB, after {after} MB, peak {peak} MB")
sys.exit(1 if wrong or health != 200 else 0)
PY
