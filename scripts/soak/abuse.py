#!/usr/bin/env python3
"""Hostile requests against a running `rotation serve` (standard library only), for
scripts/server-soak: malformed and oversized requests, bad methods and routes, path traversal
(with and without --files), and slow clients while other clients must keep being answered.

Every answer must be 4xx (never 5xx, never a dropped answer where an HTTP answer is due) and
must not echo internals (the files folder, the store path, Swift type or file names, /etc/passwd).

Usage: abuse.py PORT_WITH_FILES PORT_WITHOUT_FILES --secret TEXT [--secret TEXT …] [--short]
Prints one line per check and a summary; exits 1 on any failure.
"""
import argparse
import socket
import threading
import time

FAILURES = []
COUNTS = {"checks": 0, "requests": 0}
LEAKS = ["root:x:0", "DecodingError", "Error Domain", ".swift", "Fatal error", "Swift.", "RotationData.", "RotationApp."]


def raw(port, data, timeout=10.0, read=True):
    """Sends bytes, returns (status or None, body bytes)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        if not read:
            return None, b""
        return read_response(s)


def read_response(s):
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        chunk = s.recv(65536)
        if not chunk:
            return None, buffer
        buffer += chunk
    head, _, body = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = None
    chunked = False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
        if name.strip().lower() == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
    if length is not None:
        while len(body) < length:
            chunk = s.recv(65536)
            if not chunk:
                break
            body += chunk
        return status, body[:length]
    if chunked:
        while not body.endswith(b"0\r\n\r\n"):
            chunk = s.recv(65536)
            if not chunk:
                break
            body += chunk
    return status, body


def request(port, method, path, body=b"", headers=None, timeout=30.0):
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    for name, value in (headers or {}).items():
        head += f"{name}: {value}\r\n"
    if body or method in ("POST", "PUT", "PATCH"):
        head += f"Content-Length: {len(body)}\r\n"
    COUNTS["requests"] += 1
    return raw(port, head.encode("latin-1") + b"\r\n" + body, timeout=timeout)


def expect_4xx(label, port, method, path, body=b"", headers=None, secrets=(), allow=(400, 401, 404, 405, 413, 414, 431)):
    COUNTS["checks"] += 1
    try:
        status, answer = request(port, method, path, body, headers)
    except Exception as error:
        FAILURES.append(f"{label}: no answer ({error!r})")
        print(f"FAIL {label}: no answer ({error!r})")
        return
    text = answer.decode("utf-8", "replace")
    leaks = [s for s in list(secrets) + LEAKS if s and s in text]
    ok = status is not None and status in allow and not leaks
    line = f"{'ok  ' if ok else 'FAIL'} {label}: {status} {text.strip()[:110]!r}"
    print(line)
    if not ok:
        FAILURES.append(line + (f" leaks {leaks}" if leaks else ""))


def malformed(port, secrets):
    for route in ("/api/backtest", "/api/sweep"):
        for body in (b"{not json", b"", b"[]", b"null", b'{"strategy": 7}', b"\xff\xfe\x00garbage", b'{"a":' * 5000):
            expect_4xx(f"POST {route} bad JSON {body[:16]!r}", port, "POST", route, body, secrets=secrets)
    expect_4xx("POST /api/check invalid UTF-8 with a bad as_of", port, "POST", "/api/check?as_of=yesterday", b"\xff\xfe\xfd", secrets=secrets)
    big = b"x" * (2 << 20)
    for route in ("/api/backtest", "/api/sweep", "/api/check", "/check"):
        expect_4xx(f"POST {route} 2 MiB body", port, "POST", route, big, secrets=secrets, allow=(413,))
    # A chunked 2 MiB body has no Content-Length to refuse up front.
    chunks = b"".join(b"%x\r\n" % 65536 + b"y" * 65536 + b"\r\n" for _ in range(32)) + b"0\r\n\r\n"
    COUNTS["checks"] += 1
    COUNTS["requests"] += 1
    status, _ = raw(port, b"POST /api/backtest HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks)
    print(f"{'ok  ' if status == 413 else 'FAIL'} POST /api/backtest chunked 2 MiB body: {status}")
    if status != 413:
        FAILURES.append(f"chunked 2 MiB body: {status}")
    expect_4xx("GET 100 KB query string", port, "GET", "/api/perf?symbols=" + "A" * 100_000, secrets=secrets, allow=(414, 431, 400))
    expect_4xx("GET 100 parameters", port, "GET", "/api/perf?" + "&".join(f"window={i}d" for i in range(100)), secrets=secrets, allow=(414,))
    expect_4xx("GET 100 KB header", port, "GET", "/api/symbols", headers={"X-Big": "z" * 100_000}, secrets=secrets, allow=(400, 431))
    for path in ("/nope", "/api", "/api/", "/api/sweep/extra", "/api/perf/", "/%00", "/api/%ff%fe", "/" + "a/" * 2000):
        expect_4xx(f"GET unknown route {path[:30]}", port, "GET", path, secrets=secrets)
    for method, path in (("DELETE", "/api/perf?symbols=RUT"), ("PUT", "/api/backtest"), ("PATCH", "/"), ("GET", "/api/backtest"),
                         ("POST", "/api/perf?symbols=RUT"), ("POST", "/api/import?file=x.csv"), ("TRACE", "/"), ("FOO", "/api/symbols")):
        expect_4xx(f"{method} {path}", port, method, path, secrets=secrets)
    expect_4xx("GET bad percent-encoding", port, "GET", "/api/perf?symbols=%zz%", secrets=secrets)
    expect_4xx("GET NUL in parameter", port, "GET", "/api/perf?symbols=R%00UT", secrets=secrets)
    expect_4xx("GET huge integer", port, "GET", "/api/metrics?symbols=RUT&rolling=99999999999999999999999", secrets=secrets)
    expect_4xx("GET bad If-None-Match", port, "GET", "/api/nope", headers={"If-None-Match": "\x01" * 50}, secrets=secrets)
    # Not HTTP at all: the server may answer 400 or close; it must not crash (checked afterwards).
    for junk in (b"GARBAGE\r\n\r\n", b"GET / HTTP/9.9\r\n\r\n", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,
                 b"GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", b"GET / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"):
        COUNTS["checks"] += 1
        COUNTS["requests"] += 1
        try:
            status, _ = raw(port, junk, timeout=5)
        except OSError:
            status = None
        ok = status is None or 400 <= status < 500
        print(f"{'ok  ' if ok else 'FAIL'} junk {junk[:20]!r}: {status if status else 'closed'}")
        if not ok:
            FAILURES.append(f"junk {junk[:20]!r}: {status}")


def traversal(port, label, secrets):
    attempts = [
        "/api/perf?symbols=../../etc/passwd",
        "/api/perf?symbols=%2e%2e/%2e%2e/etc/passwd",
        "/api/perf?symbols=%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/api/perf?symbols=/etc/passwd",
        "/api/perf?symbols=~/.ssh/id_rsa.csv",
        "/api/perf?symbols=prices/../../../../etc/passwd.csv",
        "/api/perf?symbols=prices/..%2f..%2f..%2fetc%2fpasswd",
        "/api/perf?symbols=..%5c..%5cetc%5cpasswd.csv",
        "/api/highs?symbols=/proc/self/environ",
        "/api/metrics?symbols=/etc/passwd&benchmark=../../x.csv",
        "/api/relative?a=../../etc/passwd&b=GSPC",
        "/api/valuation?holdings=/etc/passwd",
        "/api/valuation?holdings=../../../../etc/passwd",
        "/api/valuation?holdings=%2fetc%2fpasswd",
        "/api/valuation?holdings=prices",
        "/api/breadth?members=../../etc/passwd",
        "/api/breadth?members=constituents/smallcap_members.csv&prices=/etc",
        "/api/brief?holdings=/etc/passwd",
        "/api/events?dates=../../etc/passwd&a=RUT",
        "/api/events?dates=/etc/passwd&a=RUT",
        "/api/events?dates=%2e%2e/%2e%2e/etc/passwd&a=RUT",
        "/api/events?dates=fomc-cuts&a=RUT&prices=/etc",
        "/api/events?dates=fomc-cuts&a=RUT&prices=..",
        "/api/events?dates=passwd&a=RUT",
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/api/../../../etc/passwd",
        "/symbol?symbol=../../etc/passwd",
        "/symbol?symbol=/etc/passwd.csv",
        "/cycles?a=/etc/passwd&b=GSPC",
    ]
    for path in attempts:
        expect_4xx(f"{label} GET {path}", port, "GET", path, secrets=secrets)
    for body in (b'{"strategy": "allocation", "weights": {"/etc/passwd.csv": 1}}',
                 b'{"strategy": "pairs", "long": "../../etc/passwd", "short": "SPY"}',
                 b'{"strategy": "rotation", "a": "IWM", "b": "SPY", "lookback_weeks": 4, "cash_rate": "/etc/passwd.csv"}'):
        expect_4xx(f"{label} POST /api/backtest {body[:40]!r}", port, "POST", "/api/backtest", body, secrets=secrets)
    sweep = b'{"spec": {"strategy": "rotation", "a": "IWM", "b": "SPY", "lookback_weeks": 4}, "prices": "../../etc"}'
    expect_4xx(f"{label} POST /api/sweep prices=../../etc", port, "POST", "/api/sweep", sweep, secrets=secrets)


def probe_latency(port):
    start = time.perf_counter()
    status, _ = request(port, "GET", "/api/symbols", timeout=10)
    return status, time.perf_counter() - start


def slow_clients(port, short):
    seconds = 5 if short else 20
    # 1. Slowloris: headers one byte per 100 ms, on 20 connections.
    header = b"GET /api/symbols HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"s" * 400 + b"\r\n\r\n"
    stop = time.time() + seconds
    sent = []

    def slowloris():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=seconds + 30) as s:
                count = 0
                for byte in header:
                    if time.time() > stop:
                        break
                    s.sendall(bytes([byte]))
                    count += 1
                    time.sleep(0.1)
                sent.append(count)
        except OSError as error:
            sent.append(f"closed after {error!r}")

    # 2. Never-reading clients: 500 pipelined requests for large answers, never read.
    stuck = []

    def never_reads():
        s = socket.create_connection(("127.0.0.1", port), timeout=10)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        request_bytes = b"GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" * 500
        try:
            s.sendall(request_bytes)
        except OSError:
            pass
        stuck.append(s)

    # 3. Idle connections that never send anything.
    idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(200)]
    threads = [threading.Thread(target=slowloris) for _ in range(20)] + [threading.Thread(target=never_reads) for _ in range(10)]
    for t in threads:
        t.start()
    worst, answered, failed = 0.0, 0, 0
    while time.time() < stop:
        try:
            status, elapsed = probe_latency(port)
            if status == 200:
                answered += 1
                worst = max(worst, elapsed)
            else:
                failed += 1
        except Exception:
            failed += 1
        time.sleep(0.2)
    for t in threads:
        t.join(timeout=seconds + 30)
    for s in stuck + idle:
        s.close()
    COUNTS["checks"] += 1
    ok = failed == 0 and answered > 0 and worst < 2.0
    line = (f"{'ok  ' if ok else 'FAIL'} slow clients for {seconds} s (20 slowloris at 1 byte/100 ms, 10 never-reading "
            f"pipelines of 500 requests, 200 idle sockets): {answered} probes answered, {failed} failed, worst {worst * 1000:.0f} ms")
    print(line)
    if not ok:
        FAILURES.append(line)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("port_without_files", type=int)
    parser.add_argument("--secret", action="append", default=[])
    parser.add_argument("--short", action="store_true")
    args = parser.parse_args()
    malformed(args.port, args.secret)
    traversal(args.port, "files", args.secret)
    traversal(args.port_without_files, "no-files", args.secret)
    slow_clients(args.port, args.short)
    status, _ = request(args.port, "GET", "/api/symbols")
    if status != 200:
        FAILURES.append(f"the server does not answer after the abuse: {status}")
    print(f"abuse: checks={COUNTS['checks']} requests={COUNTS['requests']} failures={len(FAILURES)}")
    raise SystemExit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
