-- wrk request mix for scripts/server-soak: API routes (mostly answers the server keeps, some
-- with a random as_of so the answer cache fills and evicts), every page, the OpenAPI document,
-- and an uncached POST /api/backtest. done() prints one machine-readable line.
local paths = {
  "/api/symbols",
  "/api/perf?symbols=RUT,GSPC&window=ytd&window=1y",
  "/api/highs?symbols=RUT,GSPC,IXIC",
  "/api/relative?a=RUT&b=GSPC&period=month",
  "/api/metrics?symbols=IWM&benchmark=SPY",
  "/api/rrg?symbols=XLK,XLE,XLF&benchmark=SPY",
  "/api/cycles?a=RUT&b=GSPC",
  "/api/events?dates=fomc-cuts&a=RUT&b=GSPC&bootstrap=200&placebo=200",
  "/api/brief",
  "/openapi.json",
  "/",
  "/symbol?symbol=RUT&benchmark=GSPC",
  "/rotation",
  "/cycles?a=RUT&b=GSPC",
  "/brief",
  "/backtest",
}
local backtest = '{"strategy": "allocation", "from": "2015-01-01", "weights": {"SPY": 0.6, "IWM": 0.4}, "rebalance": "monthly"}'
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(1000 + id)
end

function request()
  local r = math.random(100)
  if r <= 3 then
    return wrk.format("POST", "/api/backtest", {["Content-Type"] = "application/json"}, backtest)
  elseif r <= 13 then
    local day = string.format("%04d-%02d-%02d", math.random(2010, 2025), math.random(1, 12), math.random(1, 28))
    return wrk.format("GET", "/api/perf?symbols=RUT,GSPC,IXIC&as_of=" .. day)
  end
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "wrk: requests=%d duration_s=%.1f requests_per_s=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
      .. "non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d bytes=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect, e.read, e.write, e.timeout, summary.bytes))
end
