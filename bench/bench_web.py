"""The web home page under load: p99 latency, requests a second and the server's memory at 50k moments.

Usage: python bench/bench_web.py [--people 10000] [--moments 50000] [--connections 16] [--requests 6000]
                                 [--path /] [--today 2026-11-26] [--db FILE]

Builds the notebook with bench/make_notebook.py (executemany through the store's schema; reused when --db
names an existing file), starts `thankful serve --port 0` as a separate process, and drives it from
this one with a small asyncio HTTP/1.1 client: N keep-alive connections, each sending its next request
as soon as the last answer is read, for a bounded count. Reports latency percentiles, throughput and the
server's resident memory (VmRSS now, VmHWM peak) from /proc. Targets (DESIGN §11): p99 <= 50 ms and
>= 300 requests/s with 16 connections on loopback. Runs on Wednesday too (the nudge adds a query).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

TARGET_P99_MS = 50.0
TARGET_RPS = 300.0


def thankful_bin() -> str:
    return str(Path(sys.executable).with_name("thankful"))


def start_server(db: str, today: str) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "THANKFUL_DB": db, "THANKFUL_TODAY": today}
    env.pop("THANKFUL_PASSWORD", None)
    proc = subprocess.Popen([thankful_bin(), "serve", "--port", "0"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    line = proc.stdout.readline()
    if "http://" not in line:
        proc.kill()
        raise SystemExit(f"the server did not start: {line}{proc.stdout.read()}")
    address, _, token = line.split("http://", 1)[1].strip().partition("/?token=")
    _TOKENS[address.rstrip("/")] = token
    return proc, address.rstrip("/")


_TOKENS: dict[str, str] = {}  # "host:port" -> the key the printed address carried (a browser's first visit)


def memory_kib(pid: int) -> dict[str, int]:
    found = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0])
    return found


async def _request(reader, writer, raw: bytes, headers: dict | None = None) -> int:
    """One request on a keep-alive connection; the client's own work kept small (one read for the head)."""
    writer.write(raw)
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
        if headers is not None and name:
            headers[name.decode().lower()] = value.decode().strip()
    await reader.readexactly(length)
    return int(lines[0].split()[1])


async def session_cookie(host: str, port: int, path: str) -> str:
    """The cookie a browser would send after its first visit (one browser, many tabs)."""
    reader, writer = await asyncio.open_connection(host, port)
    headers: dict = {}
    token = _TOKENS.get(f"{host}:{port}")
    first = f"/?token={token}" if token else path  # the printed address: its token buys the cookie
    await _request(reader, writer, f"GET {first} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode(), headers)
    writer.close()
    return headers.get("set-cookie", "").split(";")[0]


async def load(host: str, port: int, path: str, connections: int, total: int) -> tuple[list[float], float, dict]:
    """`total` requests over `connections` keep-alive connections; latencies in seconds and the wall time."""
    cookie = await session_cookie(host, port, path)
    raw = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/html\r\nCookie: {cookie}\r\n\r\n".encode()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    remaining = total

    async def worker() -> None:
        nonlocal remaining
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while remaining > 0:
                remaining -= 1
                t0 = time.perf_counter()
                status = await _request(reader, writer, raw)
                latencies.append(time.perf_counter() - t0)
                statuses[status] = statuses.get(status, 0) + 1
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    return latencies, time.perf_counter() - start, statuses


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))
    return ordered[index]


def run_case(db: str, today: str, path: str, connections: int, requests: int) -> dict:
    proc, address = start_server(db, today)
    host, port = address.rsplit(":", 1)
    try:
        asyncio.run(load(host, int(port), path, connections, min(300, requests)))  # warm up: threads, caches
        latencies, wall, statuses = asyncio.run(load(host, int(port), path, connections, requests))
        mem = memory_kib(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return {"today": today, "requests": len(latencies), "statuses": statuses, "rps": len(latencies) / wall,
            "p50": percentile(latencies, 50) * 1000, "p90": percentile(latencies, 90) * 1000,
            "p99": percentile(latencies, 99) * 1000, "max": max(latencies) * 1000,
            "rss_mib": mem.get("VmRSS", 0) / 1024, "peak_mib": mem.get("VmHWM", 0) / 1024}


def single_request_ms(db: str, today: str, repeat: int = 200) -> float:
    """The home view's own work (core + template), in process, without HTTP: the floor under the latency."""
    import warnings

    with warnings.catch_warnings():  # starlette's note about its httpx client is not news here
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    os.environ["THANKFUL_TODAY"] = today
    from thankful.web import create_app

    with TestClient(create_app(db)) as client:
        client.get("/")
        t0 = time.perf_counter()
        for _ in range(repeat):
            client.get("/")
        return (time.perf_counter() - t0) / repeat * 1000


def core_home_ms(db: str, day: date, repeat: int = 20) -> float:
    """The home view itself (what a request after any change recomputes): open notes, prompt, stock, nudge."""
    from thankful.store import open_notebook
    from thankful.usecases.home import home

    with open_notebook(db) as nb:
        home(nb, day)
        t0 = time.perf_counter()
        for _ in range(repeat):
            home(nb, day)
        return (time.perf_counter() - t0) / repeat * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--moments", type=int, default=50_000)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--requests", type=int, default=6000)
    ap.add_argument("--path", default="/")
    ap.add_argument("--today", default="2026-11-26")
    ap.add_argument("--db", help="reuse (or build here) this notebook instead of a temporary one")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or os.path.join(tmp, "bench.db")
        if not os.path.exists(db):
            from make_notebook import build

            t0 = time.perf_counter()
            counts = build(db, args.people, args.moments, date.fromisoformat(args.today))
            print(f"built {args.people} people / {args.moments} moments ({counts['owed']} open) "
                  f"in {time.perf_counter() - t0:.1f} s")
        thursday = date.fromisoformat(args.today)
        wednesday = thursday - timedelta(days=(thursday.weekday() - 2) % 7)
        cases = [run_case(db, day.isoformat(), args.path, args.connections, args.requests)
                 for day in dict.fromkeys((thursday, wednesday))]
        floor = single_request_ms(db, thursday.isoformat())
        core = {day: core_home_ms(db, day) for day in dict.fromkeys((thursday, wednesday))}

    print(f"\nGET {args.path} with {args.connections} connections, {args.requests} requests each run (loopback)\n")
    print("| day | requests/s | p50 ms | p90 ms | p99 ms | max ms | server RSS MiB (peak) | statuses |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for c in cases:
        day = date.fromisoformat(c["today"]).strftime("%a %Y-%m-%d")
        print(f"| {day} | {c['rps']:.0f} | {c['p50']:.1f} | {c['p90']:.1f} | {c['p99']:.1f} | {c['max']:.1f} "
              f"| {c['rss_mib']:.0f} ({c['peak_mib']:.0f}) | {c['statuses']} |")
    print(f"\nin-process home page (TestClient, no network, cached view): {floor:.2f} ms a request")
    for day, ms in core.items():
        print(f"track.home uncached (the first request after a change), {day.strftime('%a')}: {ms:.1f} ms")
    ok = all(c["p99"] <= TARGET_P99_MS and c["rps"] >= TARGET_RPS and set(c["statuses"]) == {200} for c in cases)
    print(f"targets p99 <= {TARGET_P99_MS:.0f} ms and >= {TARGET_RPS:.0f} req/s: {'met' if ok else 'NOT met'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
