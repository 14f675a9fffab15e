#!/usr/bin/env python3
"""Independent check of cells of the golden CSV files in this folder, from ../shared/data.

Python 3 standard library only (csv, statistics, math); nothing of Rotation's code is used.
Run from the package root: python3 Tests/RotationCLITests/Golden/formats/verify.py
Each check prints OK or FAIL with the two numbers; the exit status is the count of failures.
"""
import csv, math, os, statistics, sys
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "../../../../../shared/data")
failures = 0

def check(name, ours, reference, tolerance=1e-12):
    global failures
    good = abs(ours - reference) <= tolerance * max(1.0, abs(reference))
    failures += not good
    print(f"{'OK  ' if good else 'FAIL'} {name}: golden {ours!r}, independent {reference!r}")

def closes(symbol):
    with open(os.path.join(DATA, "prices", symbol + ".csv")) as f:
        return [(row["date"], float(row["close"])) for row in csv.DictReader(f) if row["close"]]

def golden(name):
    with open(os.path.join(HERE, name)) as f:
        return list(csv.DictReader(f))

def on_or_before(series, day):
    return [p for p in series if p[0] <= day][-1]

AS_OF = "2025-12-12"

# perf.csv: week (anchor: last close of the previous Mon–Sun week), ytd, 1y (as-of minus one year).
rows = golden("perf.csv")
for symbol in ["RUT", "GSPC"]:
    s = closes(symbol)
    end = on_or_before(s, AS_OF)[1]
    anchors = {"week": "2025-12-07", "ytd": "2024-12-31", "1y": "2024-12-12"}
    for window, anchor in anchors.items():
        start = on_or_before(s, anchor)[1]
        row = next(r for r in rows if r["symbol"] == symbol and r["window"] == window)
        check(f"perf {symbol} {window} return_fraction", float(row["return_fraction"]), end / start - 1)
        check(f"perf {symbol} {window} start_level", float(row["start_level"]), start, 0)

# highs.csv: record close (earliest on ties), the record before it, distance from the record.
rows = golden("highs.csv")
for symbol in ["RUT", "GSPC", "IXIC"]:
    s = [p for p in closes(symbol) if p[0] <= AS_OF]
    record = max(s, key=lambda p: (p[1], [-ord(c) for c in p[0]]))
    record = next(p for p in s if p[1] == record[1])
    before = [p for p in s if p[0] < record[0]]
    previous = next(p for p in before if p[1] == max(q[1] for q in before))
    row = next(r for r in rows if r["symbol"] == symbol)
    check(f"highs {symbol} record_close_level", float(row["record_close_level"]), record[1], 0)
    assert row["record_close_date"] == record[0], (row["record_close_date"], record[0])
    check(f"highs {symbol} previous_record_close_level", float(row["previous_record_close_level"]), previous[1], 0)
    assert row["previous_record_close_date"] == previous[0], (row["previous_record_close_date"], previous[0])
    check(f"highs {symbol} from_record_close_fraction", float(row["from_record_close_fraction"]), s[-1][1] / record[1] - 1)

# relative.csv: monthly returns from the last close of the previous month to the month's last close.
rows = golden("relative.csv")
def month_ends(series):
    ends = {}
    for d, c in series:
        if d <= AS_OF:
            ends[d[:7]] = (d, c)
    return ends
ra, rb = month_ends(closes("RUT")), month_ends(closes("GSPC"))
months = sorted(m for m in ra if "2024-12" <= m <= "2025-12")
for previous, month in zip(months, months[1:]):
    a = ra[month][1] / ra[previous][1] - 1
    b = rb[month][1] / rb[previous][1] - 1
    row = next(r for r in rows if r["end_date"] == ra[month][0])
    check(f"relative {month} return_a_fraction", float(row["return_a_fraction"]), a)
    check(f"relative {month} excess_fraction", float(row["excess_fraction"]), a - b)

# metrics-rolling.csv: the last 63-day window (annualised sample volatility, Sharpe, beta, correlation).
a = [p for p in closes("RUT") if "2025-01-01" <= p[0] <= AS_OF]
b = dict(p for p in closes("GSPC") if "2025-01-01" <= p[0] <= AS_OF)
a = [p for p in a if p[0] in b]
ret_a = [a[i][1] / a[i - 1][1] - 1 for i in range(1, len(a))]
ret_b = [b[a[i][0]] / b[a[i - 1][0]] - 1 for i in range(1, len(a))]
wa, wb = ret_a[-63:], ret_b[-63:]
sd = statistics.stdev(wa)
mean_a, mean_b = statistics.fmean(wa), statistics.fmean(wb)
cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(wa, wb)) / 62
row = golden("metrics-rolling.csv")[-1]
assert row["date"] == a[-1][0]
check("metrics rolling volatility_fraction", float(row["volatility_fraction"]), sd * math.sqrt(252), 1e-9)
check("metrics rolling sharpe_ratio", float(row["sharpe_ratio"]), mean_a / sd * math.sqrt(252), 1e-9)
check("metrics rolling beta_ratio", float(row["beta_ratio"]), cov / statistics.variance(wb), 1e-9)
check("metrics rolling correlation_ratio", float(row["correlation_ratio"]), cov / (sd * statistics.stdev(wb)), 1e-9)
stats = {r["metric"]: float(r["value"]) for r in golden("metrics.csv")}
check("metrics total_return", stats["total_return"], a[-1][1] / a[0][1] - 1)

# breadth.csv: covered, advancers, decliners and share up per day, members from the 2025-11-05 holdings.
with open(os.path.join(DATA, "constituents/IWM_holdings_2025-11-05.csv")) as f:
    members = {r["ticker"] for r in csv.DictReader(f) if r["asset_class"] == "Equity"}
with open(os.path.join(DATA, "constituents/smallcap_adj_closes_wide.csv")) as f:
    matrix = list(csv.DictReader(f))
by_day = {r["date"]: i for i, r in enumerate(matrix)}
for row in golden("breadth.csv"):
    today, yesterday = matrix[by_day[row["date"]]], matrix[by_day[row["date"]] - 1]
    pairs = [(float(today[t]), float(yesterday[t])) for t in members if today.get(t) and yesterday.get(t)]
    up = sum(1 for c, p in pairs if c > p)
    down = sum(1 for c, p in pairs if c < p)
    check(f"breadth {row['date']} covered_count", float(row["covered_count"]), len(pairs), 0)
    check(f"breadth {row['date']} advancers_count", float(row["advancers_count"]), up, 0)
    check(f"breadth {row['date']} decliners_count", float(row["decliners_count"]), down, 0)
    check(f"breadth {row['date']} share_up_fraction", float(row["share_up_fraction"]), up / len(pairs))

print(f"{failures} failures")
sys.exit(failures)
