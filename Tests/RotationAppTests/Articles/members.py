"""Independent breadth and valuation figures for the members article (no Rotation code).

Breadth: the share of the members of an IWM holdings file (rows with asset_class Equity) whose
close in the wide price matrix rose from the previous matrix row, among those with a close on
both rows. Valuation: aggregate P/E = sum of market caps / sum of earnings (losses included),
as FTSE Russell publishes it, from a fundamentals CSV.
"""
import csv, datetime as dt, pathlib
DATA = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "data" / "constituents"

def members(holdings):
    with open(DATA / holdings) as f:
        return {r["ticker"].strip() for r in csv.DictReader(f) if r["asset_class"] == "Equity"}

def breadth(holdings, day, prices="smallcap_adj_closes_wide.csv"):
    """(share up, share down, counted) on `day` for the members of `holdings`."""
    names = members(holdings)
    with open(DATA / prices) as f:
        rows = list(csv.DictReader(f))
    i = next(k for k, r in enumerate(rows) if dt.date.fromisoformat(r["date"]) == day)
    up = down = n = 0
    for t in names:
        a, b = rows[i - 1].get(t), rows[i].get(t)
        if a and b:
            n += 1; up += float(b) > float(a); down += float(b) < float(a)
    return up / n, down / n, n

def aggregate_pe(path, column):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    cap = sum(float(r["market_cap"]) for r in rows if r[column])
    earnings = sum(float(r[column]) for r in rows if r[column])
    return cap / earnings
