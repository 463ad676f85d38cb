#!/usr/bin/env python3
"""Latency of `editlint lsp` from a change to its diagnostics.

    bench/lsp-latency.py [--server "CMD ..."] [--runs N] [--names FILE] [--article FILE]

Starts the server as an editor does (a child process over stdio) in a temporary folder whose editlint.json names the
generated 10,000-entry name list (bench/make-names.pl 10000) beside the embedded default list's file, opens the
article (default: samples/russia-japan-north-korea.txt, 9.4 KB), and then, N times: sends one incremental change
(a word inserted, then taken out again, so the text stays the same size), and times until the publishDiagnostics of
that version arrives. The server waits 150 ms after the last change (the debounce) before it checks; the figure that
counts is the time after that. A second series types 10 characters 30 ms apart and times from the last one. Output:
median, 90th percentile, min and max, in ms. Default server: bench/out/editlint-aot/EditLint.Cli (bench/run.sh builds it).
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

DEBOUNCE_MS = 150
here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)

parser = argparse.ArgumentParser()
parser.add_argument("--server", default=os.path.join(here, "out", "editlint-aot", "EditLint.Cli") + " lsp")
parser.add_argument("--runs", type=int, default=50)
parser.add_argument("--names", default=os.path.join(here, "out", "names-10000.json"))
parser.add_argument("--article", default=os.path.join(repo, "samples", "russia-japan-north-korea.txt"))
args = parser.parse_args()

if not os.path.exists(args.names):
    os.makedirs(os.path.dirname(args.names), exist_ok=True)
    with open(args.names, "w") as out:
        subprocess.run(["perl", os.path.join(here, "make-names.pl"), "10000"], stdout=out, check=True)

folder = tempfile.mkdtemp(prefix="editlint-lsp-bench-")
os.makedirs(os.path.join(folder, "names"))
shutil.copy(args.names, os.path.join(folder, "names", "bench-10000.json"))
shutil.copy(os.path.join(repo, "rules", "names", "default.json"), os.path.join(folder, "names", "default.json"))
with open(os.path.join(folder, "editlint.json"), "w") as f:
    json.dump({"names": ["names/*.json"]}, f)
article = os.path.join(folder, os.path.basename(args.article))
shutil.copy(args.article, article)
text = open(article, encoding="utf-8").read()
uri = "file://" + article

server = subprocess.Popen(args.server.split(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=folder)

def send(message):
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()

def receive():
    length = None
    while True:
        line = server.stdout.readline()
        if not line:
            sys.exit("lsp-latency: the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
    return json.loads(server.stdout.read(length))

def diagnostics_for(version):
    while True:
        message = receive()
        if message.get("method") == "textDocument/publishDiagnostics" and message["params"].get("version") == version:
            return message["params"]["diagnostics"]

def change(version, line, character, old_length, new_text):
    send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": version},
        "contentChanges": [{"range": {"start": {"line": line, "character": character},
                                      "end": {"line": line, "character": character + old_length}}, "text": new_text}]}})

def summary(name, samples):
    samples = sorted(samples)
    p90 = samples[max(0, int(round(0.9 * len(samples))) - 1)]
    print(f"{name}: median {statistics.median(samples):.1f} ms, p90 {p90:.1f}, min {samples[0]:.1f}, max {samples[-1]:.1f} "
          f"(n={len(samples)})")

send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": os.getpid(), "rootUri": "file://" + folder, "capabilities": {}}})
receive()
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
start = time.perf_counter()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}})
first = diagnostics_for(1)
opened = (time.perf_counter() - start) * 1000
codes = sorted({d["code"] for d in first})
print(f"server: {args.server}; article: {os.path.basename(args.article)} ({len(text.encode())} bytes); "
      f"names: {os.path.basename(args.names)} + default.json; {len(first)} diagnostics ({', '.join(codes)})")
print(f"open, with the configuration and the name lists read: {opened:.0f} ms ({opened - DEBOUNCE_MS:.0f} ms after the debounce)")

# Line 4 of the sample is prose; a word goes in at its start and comes out again.
version, after_change, after_typing = 1, [], []
for run in range(args.runs):
    version += 1
    inserting = run % 2 == 0
    t0 = time.perf_counter()
    change(version, 4, 0, 0 if inserting else 5, "Very " if inserting else "")
    diagnostics_for(version)
    after_change.append((time.perf_counter() - t0) * 1000 - DEBOUNCE_MS)
    time.sleep(0.05)

for run in range(max(5, args.runs // 5)):
    for i in range(10):
        version += 1
        change(version, 4, i, 0, "x")
        last = time.perf_counter()
        time.sleep(0.03)
    version += 1
    change(version, 4, 0, 10, "")
    last = time.perf_counter()
    diagnostics_for(version)
    after_typing.append((time.perf_counter() - last) * 1000 - DEBOUNCE_MS)
    time.sleep(0.05)

summary("one change -> its diagnostics, after the debounce", after_change)
summary("10 keystrokes 30 ms apart -> diagnostics of the last, after the debounce", after_typing)
status = open(f"/proc/{server.pid}/status").read() if os.path.exists(f"/proc/{server.pid}/status") else ""
memory = {line.split(":")[0]: line.split(":")[1].strip() for line in status.splitlines() if line.startswith(("VmRSS", "VmHWM"))}
if memory:
    print(f"server memory: {memory.get('VmRSS')} resident, {memory.get('VmHWM')} at the peak; load average {os.getloadavg()[0]:.2f}")
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
receive()
send({"jsonrpc": "2.0", "method": "exit"})
print(f"exit code after shutdown and exit: {server.wait()}")
shutil.rmtree(folder)
