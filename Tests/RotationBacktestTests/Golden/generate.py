#!/usr/bin/env python3
"""Independent reference for RotationBacktestTests real-data runs (standard library only).

Reads ../shared/data/prices/*.csv (column adj_close) and ../shared/data/rates/DFF.csv relative
to the package root and writes expected_runs.json beside this script. Written from the
conventions in docs-snippets/backtest.md, by a different route than the Swift engine: holdings
are tracked as values carried forward by price ratios (not as units), a rebalance sets values
directly, and pairs equity follows the issue's P&L formula line by line.

Run:  python3 Tests/RotationBacktestTests/Golden/generate.py
"""
import bisect
import csv
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))


def adj_closes(symbol):
    out = {}
    with open(os.path.join(DATA, "prices", symbol + ".csv"), newline="") as f:
        for row in csv.DictReader(f):
            if row["adj_close"]:
                out[row["date"]] = float(row["adj_close"])
    return out


def rate_series(name):
    dates, values = [], []
    with open(os.path.join(DATA, "rates", name + ".csv"), newline="") as f:
        for row in csv.DictReader(f):
            if row["value"]:
                dates.append(row["date"])
                values.append(float(row["value"]))
    return dates, values


def rate_on_or_before(series, date):
    dates, values = series
    i = bisect.bisect_right(dates, date) - 1
    if i < 0:
        raise ValueError("no rate on or before " + date)
    return values[i] / 100.0


def common(symbols, to):
    maps = [adj_closes(s) for s in symbols]
    days = sorted(set.intersection(*[set(k for k, v in m.items() if v > 0) for m in maps]))
    days = [d for d in days if to is None or d <= to]
    return days, [[m[d] for d in days] for m in maps]


def period_key(rule, date):
    d = dt.date.fromisoformat(date)
    if rule == "daily":
        return d
    if rule == "weekly":
        return d.isocalendar()[:2]
    if rule == "monthly":
        return (d.year, d.month)
    if rule == "quarterly":
        return (d.year, (d.month - 1) // 3)
    return None


def calendar_days(a, b):
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


class Book:
    """Holdings as values; equity = sum of values + cash."""

    def __init__(self, symbols, cost_rate):
        self.symbols, self.cost_rate = symbols, cost_rate
        self.values = [0.0] * len(symbols)
        self.cash = 1.0
        self.trades, self.costs, self.turnover, self.events = [], 0.0, 0.0, 0

    def equity(self):
        return sum(self.values) + self.cash

    def move(self, old_prices, new_prices, interest=0.0):
        self.values = [v * n / o for v, o, n in zip(self.values, old_prices, new_prices)]
        self.cash += interest

    def trade(self, date, fractions, prices):
        e = self.equity()
        charged = [abs(f * e - v) for f, v in zip(fractions, self.values)]
        notional = sum(charged)
        cost = notional * self.cost_rate
        e2 = e - cost
        for i, s in enumerate(self.symbols):
            new_value = fractions[i] * e2
            delta_units = new_value / prices[i] - self.values[i] / prices[i]
            if delta_units != 0 or charged[i] != 0:
                self.trades.append([date, s, delta_units, charged[i], charged[i] * self.cost_rate])
            self.values[i] = new_value
        self.cash = e2 * (1.0 - sum(fractions))
        self.costs += cost
        self.turnover += notional / e
        self.events += 1


def finish(book, days, curve):
    final = curve[-1][1]
    return {"first_date": days[0], "last_date": days[-1], "final_equity": final, "total_return": final - 1,
            "rebalances": book.events - 1, "turnover": book.turnover, "costs": book.costs,
            "equity": curve, "trades": book.trades}


def allocation(spec):
    symbols = sorted(spec["weights"])
    w = [spec["weights"][s] for s in symbols]
    days, prices = common(symbols, spec.get("to"))
    days_all = days
    start = next(i for i, d in enumerate(days) if d >= spec["from"])
    rule = spec["rebalance"]
    book = Book(symbols, (spec.get("commission_bps", 0) + spec.get("slippage_bps", 0)) / 1e4)
    curve = []
    end = len(days) - 1
    for t in range(start, end + 1):
        p = [col[t] for col in prices]
        if t == start:
            book.trade(days[t], w, p)
        else:
            book.move([col[t - 1] for col in prices], p)
            if t < end:
                if isinstance(rule, dict):
                    e = book.equity()
                    fire = any(not (rule["band"][s][0] <= book.values[i] / e <= rule["band"][s][1])
                               for i, s in enumerate(symbols))
                else:
                    fire = rule != "none" and period_key(rule, days_all[t]) != period_key(rule, days_all[t + 1])
                if fire:
                    book.trade(days[t], w, p)
        curve.append([days[t], book.equity()])
    return finish(book, days[start:], curve)


def beta(x, y, t, window):
    rx = [x[i] / x[i - 1] - 1 for i in range(t - window + 1, t + 1)]
    ry = [y[i] / y[i - 1] - 1 for i in range(t - window + 1, t + 1)]
    mx, my = sum(rx) / window, sum(ry) / window
    return sum((a - mx) * (b - my) for a, b in zip(rx, ry)) / sum((b - my) ** 2 for b in ry)


def pairs(spec):
    lg, sh = spec["long"], spec["short"]
    days, (pl, ps) = common([lg, sh], spec.get("to"))
    start = next(i for i, d in enumerate(days) if d >= spec["from"])
    end = len(days) - 1
    rates = rate_series(spec["cash_rate"]) if "cash_rate" in spec else None
    fee = spec.get("borrow_bps", 0) / 1e4
    n = spec.get("notional", 1.0)
    cost_rate = (spec.get("commission_bps", 0) + spec.get("slippage_bps", 0)) / 1e4
    rule = spec["rebalance"]
    L = S = 0.0
    equity = 1.0
    curve, trades = [], []
    costs = turnover = 0.0
    events = 0
    for t in range(start, end + 1):
        if t > start:
            r = rate_on_or_before(rates, days[t - 1]) if rates else 0.0
            d = calendar_days(days[t - 1], days[t])
            equity += L * (pl[t] - pl[t - 1]) - S * (ps[t] - ps[t - 1]) + S * ps[t - 1] * (r - fee) * d / 360.0
        fire = t == start or (t < end and period_key(rule, days[t]) != period_key(rule, days[t + 1]))
        if fire:
            h = beta(pl, ps, t, spec.get("beta_window", 60)) if spec.get("hedge") == "beta" else 1.0
            charged_l = abs(n * equity - L * pl[t])
            charged_s = abs(n * h * equity - S * ps[t])
            cost = (charged_l + charged_s) * cost_rate
            turnover += (charged_l + charged_s) / equity
            equity -= cost
            new_l, new_s = n * equity / pl[t], n * h * equity / ps[t]
            trades.append([days[t], lg, new_l - L, charged_l, charged_l * cost_rate])
            trades.append([days[t], sh, -(new_s - S), charged_s, charged_s * cost_rate])
            L, S = new_l, new_s
            costs += cost
            events += 1
        curve.append([days[t], equity])
    return {"first_date": days[start], "last_date": days[end], "final_equity": equity, "total_return": equity - 1,
            "rebalances": events - 1, "turnover": turnover, "costs": costs, "equity": curve, "trades": trades}


def rotation(spec):
    a, b = spec["a"], spec["b"]
    days, (pa, pb) = common([a, b], spec.get("to"))
    start = next(i for i, d in enumerate(days) if d >= spec["from"])
    end = len(days) - 1
    k = 5 * spec["lookback_weeks"]
    m_days = spec.get("ma_days")
    thr = spec.get("split_threshold", 0.0)
    fallback = spec.get("ma_fallback", "cash")
    rule = spec.get("rebalance", "weekly")
    rates = rate_series(spec["cash_rate"]) if "cash_rate" in spec else None

    def above(p, t):
        if t < m_days - 1:
            return None
        s = 0.0
        for i in range(t - m_days + 1, t + 1):
            s += p[i]
        return p[t] > s / m_days

    def decide(t):
        if t < 0 or t < k:
            return (0.0, 0.0)
        m = pa[t] / pa[t - k] - pb[t] / pb[t - k]
        if m_days is None:
            return (1.0, 0.0) if m > thr else ((0.0, 1.0) if m < -thr else (0.5, 0.5))
        ua, ub = above(pa, t), above(pb, t)
        if ua is None or ub is None:
            return (0.0, 0.0)
        if m > thr:
            return (1.0, 0.0) if ua else ((0.0, 1.0) if fallback == "other" and ub else (0.0, 0.0))
        if m < -thr:
            return (0.0, 1.0) if ub else ((1.0, 0.0) if fallback == "other" and ua else (0.0, 0.0))
        return (0.5 if ua else 0.0, 0.5 if ub else 0.0)

    book = Book([a, b], (spec.get("commission_bps", 0) + spec.get("slippage_bps", 0)) / 1e4)
    curve = []
    held, pending = None, None
    for t in range(start, end + 1):
        p = [pa[t], pb[t]]
        if t > start:
            r = rate_on_or_before(rates, days[t - 1]) if rates else 0.0
            interest = book.cash * r * calendar_days(days[t - 1], days[t]) / 360.0
            book.move([pa[t - 1], pb[t - 1]], p, interest)
        want = decide(t - 1) if t == start else pending
        pending = None
        if want is not None and (t == start or want != held):
            book.trade(days[t], list(want), p)
            held = want
        curve.append([days[t], book.equity()])
        if t + 1 < end and rule != "none" and period_key(rule, days[t]) != period_key(rule, days[t + 1]):
            pending = decide(t)
    return finish(book, days[start:], curve)


RUNS = {
    "allocation_spy_iwm_monthly": {
        "strategy": "allocation", "from": "2015-01-01", "to": "2025-12-31", "weights": {"SPY": 0.85, "IWM": 0.15},
        "rebalance": "monthly", "commission_bps": 1, "slippage_bps": 2},
    "allocation_spy_iwm_band": {
        "strategy": "allocation", "from": "2000-01-01", "weights": {"SPY": 0.85, "IWM": 0.15},
        "rebalance": {"band": {"SPY": [0.83, 0.87], "IWM": [0.13, 0.17]}}, "commission_bps": 1, "slippage_bps": 2},
    "pairs_iwm_qqq_weekly": {
        "strategy": "pairs", "from": "2025-07-31", "to": "2026-01-09", "long": "IWM", "short": "QQQ",
        "rebalance": "weekly", "borrow_bps": 25, "cash_rate": "DFF"},
    "pairs_iwm_qqq_beta_monthly": {
        "strategy": "pairs", "from": "2020-01-01", "to": "2025-12-31", "long": "IWM", "short": "QQQ",
        "hedge": "beta", "beta_window": 60, "notional": 0.5, "rebalance": "monthly", "borrow_bps": 25,
        "cash_rate": "DFF", "commission_bps": 1, "slippage_bps": 2},
    "rotation_iwm_spy_12w_ma200": {
        "strategy": "rotation", "from": "2005-01-01", "to": "2025-12-31", "a": "IWM", "b": "SPY",
        "lookback_weeks": 12, "ma_days": 200, "rebalance": "weekly", "cash_rate": "DFF",
        "commission_bps": 1, "slippage_bps": 2},
    "rotation_iwm_spy_26w_split_other_monthly": {
        "strategy": "rotation", "from": "2003-01-01", "to": "2026-07-31", "a": "IWM", "b": "SPY",
        "lookback_weeks": 26, "ma_days": 100, "ma_fallback": "other", "split_threshold": 0.02,
        "rebalance": "monthly", "commission_bps": 1, "slippage_bps": 2},
}


EQUITY_STRIDE = 7


def main():
    out = {}
    for name, spec in RUNS.items():
        engine = {"allocation": allocation, "pairs": pairs, "rotation": rotation}[spec["strategy"]]
        expected = engine(spec)
        # Every EQUITY_STRIDE-th close and the last one, to keep the file small.
        curve = expected["equity"]
        expected["equity"] = [p for i, p in enumerate(curve) if i % EQUITY_STRIDE == 0 or i == len(curve) - 1]
        expected["equity_count"] = len(curve)
        out[name] = {"spec": spec, "expected": expected}
    with open(os.path.join(HERE, "expected_runs.json"), "w") as f:
        json.dump(out, f, indent=None, separators=(",", ":"))
        f.write("\n")
    for name, run in out.items():
        e = run["expected"]
        print(f'{name}: {e["first_date"]}..{e["last_date"]} final {e["final_equity"]:.6f} '
              f'rebalances {e["rebalances"]} turnover {e["turnover"]:.4f} costs {e["costs"]:.6f}')


if __name__ == "__main__":
    main()
