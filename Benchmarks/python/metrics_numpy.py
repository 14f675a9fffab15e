"""Hand-vectorised numpy reference for the metrics benchmark (issue 3).

Computes the same metric set as Rotation's `ReturnMetrics` (empyrical conventions) for every
column of a 3,000 x 6,500 daily price panel against one benchmark column, and prints the best
wall time of several runs. The panel is generated like Benchmarks/…/Inputs.swift: geometric
random walks with log-returns uniform in ±2% (numpy's own seeded generator; the numbers differ
from the Swift panel but the shape and the work are the same).

Run: python3 Benchmarks/python/metrics_numpy.py [--series 3000] [--days 6500] [--repeat 5]
"""
import argparse
import time

import numpy as np


def metrics(r: np.ndarray, b: np.ndarray, ppy: int = 252) -> dict:
    """r: (series, n) returns; b: (n,) benchmark returns. Every metric vectorised over series."""
    n = r.shape[1]
    mean = r.mean(axis=1)
    std = r.std(axis=1, ddof=1)
    out = {}
    wealth = np.cumprod(1 + r, axis=1)
    out["total_return"] = wealth[:, -1] - 1
    out["cagr"] = wealth[:, -1] ** (ppy / n) - 1
    out["annual_volatility"] = std * np.sqrt(ppy)
    out["sharpe"] = mean / std * np.sqrt(ppy)
    downside = np.sqrt(np.mean(np.minimum(r, 0) ** 2, axis=1)) * np.sqrt(ppy)
    out["sortino"] = mean * ppy / downside
    peaks = np.maximum.accumulate(np.concatenate([np.ones((r.shape[0], 1)), wealth], axis=1), axis=1)[:, 1:]
    out["max_drawdown"] = (wealth / peaks - 1).min(axis=1)
    out["calmar"] = out["cagr"] / np.abs(out["max_drawdown"])
    gains = np.where(r > 0, r, 0).sum(axis=1)
    losses = -np.where(r < 0, r, 0).sum(axis=1)
    out["omega"] = gains / losses
    p5, p95 = np.percentile(r, [5, 95], axis=1)
    out["tail_ratio"] = np.abs(p95) / np.abs(p5)
    out["var_95"] = p5
    d = r - mean[:, None]
    m2 = (d ** 2).mean(axis=1)
    m3 = (d ** 3).mean(axis=1)
    m4 = (d ** 4).mean(axis=1)
    out["skew"] = np.sqrt(n * (n - 1)) / (n - 2) * m3 / m2 ** 1.5
    g2 = m4 / m2 ** 2 - 3
    out["kurtosis"] = (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * g2 + 6)
    levels = np.cumsum(np.log1p(r), axis=1)
    x = np.arange(n, dtype=float)
    xc = x - x.mean()
    lc = levels - levels.mean(axis=1)[:, None]
    cov = lc @ xc
    out["stability"] = cov ** 2 / ((xc @ xc) * (lc ** 2).sum(axis=1))
    bc = b - b.mean()
    var_b = bc @ bc / (n - 1)
    cov_rb = d @ bc / (n - 1)
    out["beta"] = cov_rb / var_b
    alpha_period = mean - out["beta"] * b.mean()
    out["alpha"] = (1 + alpha_period) ** ppy - 1
    out["correlation"] = cov_rb / (std * np.sqrt(var_b))
    up, down = b > 0, b < 0
    def annualised(x):
        return np.prod(1 + x, axis=1) ** (ppy / x.shape[1]) - 1
    out["up_capture"] = annualised(r[:, up]) / annualised(b[None, up])
    out["down_capture"] = annualised(r[:, down]) / annualised(b[None, down])
    active = r - b
    te = active.std(axis=1, ddof=1)
    out["tracking_error"] = te * np.sqrt(ppy)
    out["information_ratio"] = active.mean(axis=1) / te * np.sqrt(ppy)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--series", type=int, default=3000)
    parser.add_argument("--days", type=int, default=6500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = np.random.default_rng(20251212)
    log_returns = (rng.random((args.series, args.days)) - 0.5) * 0.04
    prices = 100 * np.exp(np.cumsum(log_returns, axis=1))
    returns = prices[:, 1:] / prices[:, :-1] - 1
    benchmark = returns[0]
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        result = metrics(returns, benchmark)
        best = min(best, time.perf_counter() - start)
    # Row 0 is the benchmark itself (zero tracking error); every other row must be finite.
    assert all(np.isfinite(v[1:]).all() for v in result.values())
    print(f"numpy {np.__version__}: full metric set, {args.series} x {args.days} daily vs one benchmark: "
          f"best of {args.repeat} = {best:.3f} s")


if __name__ == "__main__":
    main()
