"""Regenerates expected.json: the reference values for RotationCore's metrics golden tests.

Reference: empyrical-reloaded and pandas (versions in README.md), run on the real price files in
../shared/data/prices (relative to the package root). Run from anywhere:

    python Tests/RotationCoreTests/Golden/metrics/generate.py

Conventions that no library implements (Morningstar capture, PerformanceAnalytics capture and
Sortino, annualised tracking error / information ratio, the drawdown episode table) are computed
here in numpy/pandas straight from their published definitions, independently of the Swift code.
"""
import json
import math
from pathlib import Path

import empyrical as ep
import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
PRICES = ROOT.parent / "shared" / "data" / "prices"
PPY = {"daily": 252, "weekly": 52, "monthly": 12}


def clean(x):
    """NaN and infinity become null: the Swift side returns nil where empyrical cannot compute."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def closes(symbol, column, start, end):
    frame = pd.read_csv(PRICES / f"{symbol}.csv", parse_dates=["date"], index_col="date")
    series = frame[column].dropna()
    return series[(series.index >= start) & (series.index <= end)]


def resample(series, period):
    if period == "daily":
        return series
    rule = {"weekly": "W-SUN", "monthly": "ME"}[period]
    return series.resample(rule).last().dropna()


def metrics(r, b, period, rf_annual):
    ppy = PPY[period]
    rf = (1 + rf_annual) ** (1 / ppy) - 1
    r = np.asarray(r, dtype=float)
    out = {
        "n_returns": int(len(r)),
        "total_return": clean(ep.cum_returns_final(r)),
        "cagr": clean(ep.annual_return(r, period=period)),
        "annual_volatility": clean(ep.annual_volatility(r, period=period)),
        "sharpe": clean(ep.sharpe_ratio(r, risk_free=rf, period=period)),
        "sortino": clean(ep.sortino_ratio(r, required_return=0, period=period)),
        "max_drawdown": clean(ep.max_drawdown(r)),
        "calmar": clean(ep.calmar_ratio(r, period=period)),
        "omega": clean(ep.omega_ratio(r, risk_free=0.0, required_return=0.0, annualization=ppy)),
        "tail_ratio": clean(ep.tail_ratio(r)),
        "skew": clean(pd.Series(r).skew()),
        "kurtosis": clean(pd.Series(r).kurt()),
        "var_95": clean(ep.value_at_risk(r, cutoff=0.05)),
        "stability": clean(ep.stability_of_timeseries(r)),
        "risk_free_per_period": rf,
    }
    # PerformanceAnalytics SortinoRatio(MAR = 0): mean(r) / sqrt(mean(min(r, 0)^2)), per period.
    downside = math.sqrt(np.mean(np.minimum(r, 0.0) ** 2)) if len(r) else 0.0
    out["sortino_pa"] = clean(np.mean(r) / downside) if len(r) >= 2 and downside > 0 else None
    if b is not None:
        b = np.asarray(b, dtype=float)
        active = r - b
        out.update({
            "beta": clean(ep.beta(r, b, risk_free=rf)),
            "alpha": clean(ep.alpha(r, b, risk_free=rf, period=period)),
            "correlation": clean(pd.Series(r).corr(pd.Series(b))),
            "up_capture": clean(ep.up_capture(r, b, period=period)),
            "down_capture": clean(ep.down_capture(r, b, period=period)),
            # empyrical's excess_sharpe and its tracking error are per period; the contract
            # annualises both by sqrt(periods per year).
            "tracking_error": clean(np.std(active, ddof=1) * math.sqrt(ppy)),
            "information_ratio": clean(ep.excess_sharpe(r, b) * math.sqrt(ppy)),
        })
        up, down = b > 0, b < 0
        # Morningstar: ratio of geometric mean returns over the benchmark's up / down periods.
        def geometric_mean(x):
            return np.prod(1 + x) ** (1 / len(x)) - 1
        out["up_capture_morningstar"] = clean(geometric_mean(r[up]) / geometric_mean(b[up]))
        out["down_capture_morningstar"] = clean(geometric_mean(r[down]) / geometric_mean(b[down]))
        # PerformanceAnalytics UpDownRatios(geometric = TRUE): Return.cumulative ratio; down is b <= 0.
        pa_down = b <= 0
        out["up_capture_pa"] = clean((np.prod(1 + r[up]) - 1) / (np.prod(1 + b[up]) - 1))
        out["down_capture_pa"] = clean((np.prod(1 + r[pa_down]) - 1) / (np.prod(1 + b[pa_down]) - 1))
    if len(r) >= 2 and np.all(r == r[0]):
        # The contract's rule, applied on top of the reference: zero variance gives null, and a
        # constant series has volatility exactly 0 (pandas/numpy leave rounding dust ~1e-17).
        out["annual_volatility"] = 0.0
        if b is not None:
            out["correlation"] = None
    return out


def drawdown_table(returns, base_day, count):
    """Episodes of the underwater curve (wealth / running max − 1 < 0), from wealth 1 on base_day."""
    wealth = pd.concat([pd.Series([1.0], index=[base_day]), (1 + returns).cumprod()])
    underwater = wealth / wealth.cummax() - 1
    rows, start = [], None
    values, days = underwater.to_numpy(), underwater.index
    for i in range(len(values)):
        if values[i] < 0 and start is None:
            start = i
        if start is not None and (values[i] >= 0 or i == len(values) - 1):
            end = i if values[i] >= 0 else None
            segment = values[start:(end if end is not None else len(values))]
            trough = start + int(np.argmin(segment))
            peak = start - 1
            rows.append({
                "peak_date": days[peak].strftime("%Y-%m-%d"),
                "trough_date": days[trough].strftime("%Y-%m-%d"),
                "recovery_date": days[end].strftime("%Y-%m-%d") if end is not None else None,
                "depth": float(wealth.iloc[trough] / wealth.iloc[peak] - 1),
                "peak_to_trough_periods": trough - peak,
                "peak_to_recovery_periods": (end - peak) if end is not None else None,
            })
            start = None
    rows.sort(key=lambda row: row["depth"])
    return rows[:count]


def price_case(name, symbol, benchmark, column, start, end, period, rf_annual, drawdowns=0, rolling=0):
    a = closes(symbol, column, start, end)
    c = closes(benchmark, column, start, end)
    common = a.index.intersection(c.index)
    aligned = {"aligned": len(common), "dropped_from_symbol": len(a) - len(common),
               "dropped_from_benchmark": len(c) - len(common)}
    a, c = resample(a.loc[common], period), resample(c.loc[common], period)
    r, b = a.pct_change().dropna(), c.pct_change().dropna()
    case = {
        "name": name, "symbol": symbol, "benchmark": benchmark, "column": column,
        "from": start, "to": end, "period": period, "rf_annual": rf_annual,
        "alignment": aligned, "n_closes": int(len(a)),
        "expected": metrics(r.to_numpy(), b.to_numpy(), period, rf_annual),
    }
    if drawdowns:
        case["drawdowns"] = drawdown_table(r, a.index[0], drawdowns)
    if rolling:
        ppy = PPY[period]
        rs, bs = pd.Series(r.to_numpy()), pd.Series(b.to_numpy())
        std = rs.rolling(rolling).std()
        case["rolling"] = {
            "window": rolling,
            "volatility": [clean(v) for v in (std * math.sqrt(ppy)).iloc[rolling - 1:]],
            "sharpe": [clean(v) for v in (rs.rolling(rolling).mean() / std * math.sqrt(ppy)).iloc[rolling - 1:]],
            "beta": [clean(v) for v in (rs.rolling(rolling).cov(bs) / bs.rolling(rolling).var()).iloc[rolling - 1:]],
            "correlation": [clean(v) for v in rs.rolling(rolling).corr(bs).iloc[rolling - 1:]],
        }
    return case


def return_case(name, returns, benchmark=None, period="daily", rf_annual=0.0):
    return {"name": name, "returns": returns, "benchmark_returns": benchmark, "period": period,
            "rf_annual": rf_annual, "expected": metrics(np.array(returns), None if benchmark is None else np.array(benchmark), period, rf_annual)}


cases = [
    price_case("IWM vs SPY total return 2015-2024 daily", "IWM", "SPY", "adj_close", "2015-01-01", "2024-12-31", "daily", 0.02, drawdowns=5),
    price_case("IWM vs SPY total return 2015-2024 weekly", "IWM", "SPY", "adj_close", "2015-01-01", "2024-12-31", "weekly", 0.02),
    price_case("IWM vs SPY total return 2015-2024 monthly", "IWM", "SPY", "adj_close", "2015-01-01", "2024-12-31", "monthly", 0.0),
    price_case("RUT vs GSPC price 2025 daily", "RUT", "GSPC", "close", "2025-01-01", "2025-12-31", "daily", 0.0, drawdowns=3, rolling=21),
]
edge_cases = [
    return_case("all-positive returns", [0.01, 0.02, 0.005, 0.03, 0.015, 0.012],
                benchmark=[0.005, -0.01, 0.002, 0.02, -0.004, 0.01]),
    return_case("constant series", [0.01] * 10,
                benchmark=[0.02, -0.01, 0.03, 0.0, 0.01, -0.02, 0.005, 0.01, -0.005, 0.002]),
    return_case("single return", [0.05]),
    return_case("two returns with a first-period loss", [-0.1, 0.05], benchmark=[-0.05, 0.02]),
]
versions = {"empyrical-reloaded": ep.__version__, "pandas": pd.__version__, "numpy": np.__version__}
(HERE / "expected.json").write_text(json.dumps({"reference": versions, "cases": cases, "edge_cases": edge_cases}, indent=1) + "\n")
print("wrote", HERE / "expected.json", versions)
