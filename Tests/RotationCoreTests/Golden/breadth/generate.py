"""Independent expected values for the breadth and contribution tests.

Standard library only (csv, json, math, datetime, os). Reads ../shared/data/constituents
relative to the package root and writes expected_breadth.json and expected_contribution.json
beside this script. Deliberately a different route from the Swift code: membership from the
three holdings files parsed with csv.DictReader; moving averages and 52-week extremes
recomputed from slices on each checked day (math.fsum) instead of running sums and deques;
highest_since by a backward linear scan.
"""
import csv, json, math, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DATA = os.path.join(ROOT, "..", "shared", "data", "constituents")
HOLDINGS = ["2025-05-13", "2025-11-05", "2026-05-05"]
CHECK_DAYS = ["2024-03-15", "2025-05-13", "2025-12-10", "2026-01-08", "2026-01-09"]
TOL = 1e-9


def load_holdings(date):
    members = {}
    with open(os.path.join(DATA, f"IWM_holdings_{date}.csv"), newline="") as f:
        for row in csv.DictReader(f):
            if row["asset_class"] != "Equity" or row["ticker"] in ("", "-"):
                continue
            t = row["ticker"]
            mv = float(row["market_value"])
            if t in members:
                members[t]["market_value"] += mv
            else:
                members[t] = {"sector": row["sector"], "market_value": mv}
    return members


snapshots = {d: load_holdings(d) for d in HOLDINGS}

with open(os.path.join(DATA, "smallcap_adj_closes_wide.csv"), newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    tickers = header[1:]
    days, rows = [], []
    for row in reader:
        days.append(row[0])
        rows.append([float(x) if x != "" else None for x in row[1:]])
col = {t: j for j, t in enumerate(tickers)}


def in_force(day):
    chosen = HOLDINGS[0]
    for d in HOLDINGS:
        if d <= day:
            chosen = d
    return chosen


def window(j, t, n):
    if t - n + 1 < 0:
        return None
    w = [rows[i][j] for i in range(t - n + 1, t + 1)]
    return None if any(v is None for v in w) else w


adv, dec, unch, cov = [], [], [], []
for t, day in enumerate(days):
    a = d = u = c = 0
    if t > 0:
        for tk in snapshots[in_force(day)]:
            j = col.get(tk)
            if j is None:
                continue
            x, p = rows[t][j], rows[t - 1][j]
            if x is None or p is None:
                continue
            c += 1
            if x > p: a += 1
            elif x < p: d += 1
            else: u += 1
    adv.append(a); dec.append(dec_ := d); unch.append(u); cov.append(c)


def ema_seeded(values, n):
    out = [None] * len(values)
    if len(values) < n:
        return out
    e = sum(values[:n]) / n
    out[n - 1] = e
    alpha = 2.0 / (n + 1)
    for i in range(n, len(values)):
        e = alpha * values[i] + (1 - alpha) * e
        out[i] = e
    return out


reading_days = [t for t in range(len(days)) if cov[t] > 0]
net = [float(adv[t] - dec[t]) for t in reading_days]
ratio = [(adv[t] - dec[t]) / (adv[t] + dec[t]) * 1000 if adv[t] + dec[t] else 0.0 for t in reading_days]


def oscillator(values):
    f, s = ema_seeded(values, 19), ema_seeded(values, 39)
    return [None if a is None or b is None else a - b for a, b in zip(f, s)]


osc, rosc = oscillator(net), oscillator(ratio)
summ, total = [], 0.0
for v in osc:
    if v is None:
        summ.append(None)
    else:
        total += v
        summ.append(total)
mc = {t: (osc[k], rosc[k], summ[k]) for k, t in enumerate(reading_days)}
share_up = {t: adv[t] / cov[t] for t in reading_days}

expected = {}
for day in CHECK_DAYS:
    t = days.index(day)
    members = snapshots[in_force(day)]
    above = {50: [0, 0], 200: [0, 0]}
    highs = lows = elig = 0
    for tk in members:
        j = col.get(tk)
        if j is None:
            continue
        x = rows[t][j]
        for n in (50, 200):
            w = window(j, t, n)
            if w is not None:
                above[n][1] += 1
                if x > math.fsum(w) / n * (1 + TOL):
                    above[n][0] += 1
        w = window(j, t, 252)
        if w is not None:
            elig += 1
            if x >= max(w): highs += 1
            if x <= min(w): lows += 1
    since = None
    for k in range(t - 1, -1, -1):
        if k in share_up and share_up[k] >= share_up[t]:
            since = days[k]
            break
    o, r, s = mc.get(t, (None, None, None))
    expected[day] = {
        "snapshot_date": in_force(day), "members": len(members), "covered": cov[t],
        "advancers": adv[t], "decliners": dec[t], "unchanged": unch[t], "share_up": share_up.get(t),
        "pct_above_50d": above[50][0] / above[50][1] if above[50][1] else None, "eligible_50d": above[50][1],
        "pct_above_200d": above[200][0] / above[200][1] if above[200][1] else None, "eligible_200d": above[200][1],
        "new_highs_52w": highs if elig else None, "new_lows_52w": lows if elig else None, "eligible_52w": elig,
        "advance_decline_line": sum(adv[k] - dec[k] for k in range(t + 1)),
        "mcclellan": {"oscillator": o, "ratio_adjusted": r, "summation": s},
        "highest_since": since,
    }
with open(os.path.join(HERE, "expected_breadth.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)

# Contribution from the 2025-11-05 close to the 2026-01-09 close, 2025-11-05 market values.
start, end = days.index("2025-11-05"), days.index("2026-01-09")
snap = snapshots["2025-11-05"]
covered = []
for tk, h in snap.items():
    j = col.get(tk)
    if j is None or rows[start][j] is None or rows[end][j] is None:
        continue
    covered.append((tk, h["sector"], h["market_value"], rows[end][j] / rows[start][j] - 1))
total_mv = math.fsum(h["market_value"] for h in snap.values())
cov_mv = math.fsum(c[2] for c in covered)
contrib = sorted(((c[2] / cov_mv) * c[3], c[0]) for c in covered)
index_return = math.fsum(x for x, _ in contrib)
top = sorted((x for x, _ in contrib), reverse=index_return > 0)
by_weight = sorted(covered, key=lambda c: (-c[2], c[0]))
sectors = {}
for tk, sec, mv, r in covered:
    sectors[sec] = sectors.get(sec, 0.0) + mv / cov_mv * r
with open(os.path.join(HERE, "expected_contribution.json"), "w") as f:
    json.dump({
        "start_date": days[start], "end_date": days[end], "members": len(snap), "covered": len(covered),
        "uncovered_weight": 1 - cov_mv / total_mv, "index_return": index_return,
        "equal_weight_return": math.fsum(c[3] for c in covered) / len(covered),
        "effective_names": 1 / math.fsum((c[2] / cov_mv) ** 2 for c in covered),
        "top_10": math.fsum(top[:10]) / index_return, "top_50": math.fsum(top[:50]) / index_return,
        "largest_weights_top_10": math.fsum(c[2] / cov_mv * c[3] for c in by_weight[:10]) / index_return,
        "top_contributor": max(contrib)[1], "sector_contributions": sectors,
    }, f, indent=1, sort_keys=True)
