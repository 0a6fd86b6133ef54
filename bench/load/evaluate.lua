-- wrk script: POST the Korea 2025 scenario (as JSON fields) to /api/evaluate; non-2xx/3xx answers are
-- wrk's own errors.status. No response() callback: with one, wrk copies every answer (hundreds of KB)
-- into Lua, which costs the client CPU the server needs on a 2-core machine.
wrk.method = "POST"
wrk.path = "/api/evaluate"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("CASUS_LOAD_BODY") or "bench/load/korea-2025.json", "r"))
wrk.body = f:read("*a")
f:close()

done = function(summary, latency, requests)
  io.write(string.format("wrk: %d requests, %.1f/s, non-2xx/3xx %d, socket errors %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("wrk: p%g latency %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
