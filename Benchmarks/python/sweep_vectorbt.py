"""The 10,000-parameter rotation sweep of `sweep/rotation/10000x25y`, done with vectorbt.

Same data and grid as the Swift benchmark (Benchmarks/Benchmarks/RotationBenchmarks/
AnalyticsBenchmarks.swift): IWM vs SPY adj_close, common days, equity from 2001-01-02 to
2026-07-31 (earlier history warms the signals up), weekly decisions, 1 + 2 bps costs,
lookback 1..100 weeks x MA none/20..250 step 10 x fallback cash/other x threshold 0/0.02.

The signal follows docs/CONVENTIONS.md (Rotation): momentum over 5 x N common days, decided at
the last common close of each ISO week, acted on at the next close, traded only when the target
changes. Targets are built with numpy; vectorbt's Portfolio.from_orders (target percent, cash
shared per pair, sells first) simulates the trades. vectorbt's fee model differs slightly from
Rotation's (it sizes units before deducting the fee), so equity differs in the last digits; this
script measures speed, not equivalence. Run with vectorbt installed:
    python3 Benchmarks/python/sweep_vectorbt.py
Prints the wall-clock seconds of the sweep (signals + simulation + total return and Sharpe per
set), excluding numba's one-off compilation (a warm-up run on a small chunk).
"""
import csv
import datetime as dt
import pathlib
import sys
import time

import numpy as np
import vectorbt as vbt

DATA = pathlib.Path(__file__).resolve().parents[3] / "shared" / "data" / "prices"
CHUNK = 1000  # parameter sets per vectorbt call, to bound memory (2,000 columns x 6,400 rows)


def load(symbol):
    with open(DATA / f"{symbol}.csv") as f:
        return {r["date"]: float(r["adj_close"]) for r in csv.DictReader(f) if r["adj_close"]}


def market():
    a, b = load("IWM"), load("SPY")
    days = sorted(d for d in a if d in b and a[d] > 0 and b[d] > 0 and d <= "2026-07-31")
    A = np.array([a[d] for d in days])
    B = np.array([b[d] for d in days])
    start = next(i for i, d in enumerate(days) if d >= "2001-01-02")
    weeks = [dt.date.fromisoformat(d).isocalendar()[:2] for d in days]
    end = len(days) - 1
    decision = np.array([i + 1 < len(days) and weeks[i] != weeks[i + 1] for i in range(len(days))])
    decision &= np.arange(len(days)) + 1 < end
    return days, A, B, start, end, decision


def above_ma(prices, m):
    flags = np.full(len(prices), -1, dtype=np.int8)
    c = np.cumsum(np.concatenate([[0.0], prices]))
    sma = (c[m:] - c[:-m]) / m
    flags[m - 1:] = (prices[m - 1:] > sma).astype(np.int8)
    return flags


def targets(mom, thr, fa, fb, other):
    """Target weights (A, B) decided at every close, as in RotationSignal.target."""
    wa = np.zeros(len(mom))
    wb = np.zeros(len(mom))
    ready = ~np.isnan(mom)
    up = ready & (mom > thr)
    down = ready & (mom < -thr)
    split = ready & ~up & ~down
    if fa is None:
        wa[up] = 1
        wb[down] = 1
        wa[split] = wb[split] = 0.5
        return wa, wb
    ok = (fa >= 0) & (fb >= 0)
    up, down, split = up & ok, down & ok, split & ok
    wa[up & (fa == 1)] = 1
    wb[down & (fb == 1)] = 1
    if other:
        wb[up & (fa == 0) & (fb == 1)] = 1
        wa[down & (fb == 0) & (fa == 1)] = 1
    wa[split & (fa == 1)] = 0.5
    wb[split & (fb == 1)] = 0.5
    return wa, wb


def orders(wa, wb, start, end, decision):
    """Order sizes (target percent) for days start..end: NaN except where the target changes."""
    n = end - start + 1
    sa = np.full(n, np.nan)
    sb = np.full(n, np.nan)
    sa[0], sb[0] = (wa[start - 1], wb[start - 1]) if start > 0 else (0.0, 0.0)
    idx = np.nonzero(decision[start:end])[0] + start  # decided at t, acted on at t + 1
    sa[idx + 1 - start] = wa[idx]
    sb[idx + 1 - start] = wb[idx]
    # keep only changes of the (A, B) target
    held = np.nonzero(~np.isnan(sa))[0]
    pa, pb = sa[held], sb[held]
    same = np.concatenate([[False], (pa[1:] == pa[:-1]) & (pb[1:] == pb[:-1])])
    sa[held[same]] = np.nan
    sb[held[same]] = np.nan
    return sa, sb


def grid():
    return [(n, m, f, s) for n in range(1, 101) for m in [None] + list(range(20, 251, 10))
            for f in ("cash", "other") for s in (0.0, 0.02)]


def run(sets, A, B, start, end, decision, moms, mas):
    close = np.column_stack([A[start:end + 1], B[start:end + 1]])
    cols = []
    for n, m, f, s in sets:
        fa, fb = (None, None) if m is None else mas[m]
        wa, wb = targets(moms[n], s, fa, fb, f == "other")
        cols.append(orders(wa, wb, start, end, decision))
    size = np.empty((end - start + 1, 2 * len(sets)))
    for j, (sa, sb) in enumerate(cols):
        size[:, 2 * j], size[:, 2 * j + 1] = sa, sb
    price = np.tile(close, (1, len(sets)))
    pf = vbt.Portfolio.from_orders(price, size, size_type="targetpercent", fees=0.0003, init_cash=1.0,
                                   group_by=np.repeat(np.arange(len(sets)), 2), cash_sharing=True,
                                   call_seq="auto", freq="1D")
    value = pf.value().to_numpy()
    r = value[1:] / value[:-1] - 1
    sharpe = r.mean(axis=0) / r.std(axis=0, ddof=1) * np.sqrt(252)
    return value[-1] - 1, sharpe


def main():
    days, A, B, start, end, decision = market()
    sets = grid()
    assert len(sets) == 10_000
    t0 = time.perf_counter()
    run(sets[:4], A, B, start, end, decision,
        {n: A / np.roll(A, 5 * n) - B / np.roll(B, 5 * n) for n in (1,)}, {20: (above_ma(A, 20), above_ma(B, 20))})
    compile_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    moms = {}
    for n in range(1, 101):
        k = 5 * n
        mom = np.full(len(A), np.nan)
        mom[k:] = A[k:] / A[:-k] - B[k:] / B[:-k]
        moms[n] = mom
    mas = {m: (above_ma(A, m), above_ma(B, m)) for m in range(20, 251, 10)}
    best = (-np.inf, None)
    for c in range(0, len(sets), CHUNK):
        total, sharpe = run(sets[c:c + CHUNK], A, B, start, end, decision, moms, mas)
        i = int(np.nanargmax(sharpe))
        if sharpe[i] > best[0]:
            best = (float(sharpe[i]), sets[c + i], float(total[i]))
    seconds = time.perf_counter() - t0
    print(f"vectorbt {vbt.__version__}, numpy {np.__version__}: 10,000 parameter sets x {end - start + 1} days "
          f"({days[start]}..{days[end]}) in {seconds:.2f} s (numba warm-up {compile_seconds:.1f} s excluded); "
          f"best Sharpe {best[0]:.4f} at {best[1]} (total return {best[2]:.4f})")


if __name__ == "__main__":
    sys.exit(main())
