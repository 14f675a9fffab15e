#!/usr/bin/env python3
"""Bounded load run against a running `rotation serve`: N requests, C concurrent, HTTP/1.1
keep-alive over raw asyncio streams (standard library only). Prints requests/s and latency
percentiles; exits 1 when any request fails or answers anything but 200/304.

Usage: load_client.py PORT [--requests 2000] [--concurrency 32]
"""
import argparse
import asyncio
import statistics
import sys
import time

PATHS = [
    "/api/highs?symbols=RUT,GSPC,IXIC",
    "/api/perf?symbols=RUT,GSPC&window=ytd&window=1y",
    "/api/symbols",
    "/api/relative?a=RUT&b=GSPC",
    "/api/metrics?symbols=IWM&benchmark=SPY",
    "/",
]


async def worker(port, jobs, latencies, errors):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while True:
            try:
                index = jobs.get_nowait()
            except asyncio.QueueEmpty:
                return
            path = PATHS[index % len(PATHS)]
            start = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            await writer.drain()
            status_line = await reader.readline()
            length = 0
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - start)
            parts = status_line.split()
            if len(parts) < 2 or parts[1] not in (b"200", b"304"):
                errors.append(f"{path}: {status_line!r}")
    except Exception as error:  # a failed connection counts as an error
        errors.append(repr(error))
    finally:
        writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    jobs = asyncio.Queue()
    for index in range(args.requests):
        jobs.put_nowait(index)
    latencies, errors = [], []
    start = time.perf_counter()
    await asyncio.gather(*(worker(args.port, jobs, latencies, errors) for _ in range(args.concurrency)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    def percentile(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else float("nan")
    print(f"requests={len(latencies)} errors={len(errors)} concurrency={args.concurrency} "
          f"seconds={elapsed:.2f} requests_per_second={len(latencies) / elapsed:.0f} "
          f"p50_ms={percentile(50):.1f} p99_ms={percentile(99):.1f} max_ms={latencies[-1] * 1000 if latencies else 0:.1f} "
          f"mean_ms={statistics.mean(latencies) * 1000 if latencies else 0:.1f}")
    for error in errors[:5]:
        print("error:", error, file=sys.stderr)
    sys.exit(1 if errors or len(latencies) != args.requests else 0)


asyncio.run(main())
