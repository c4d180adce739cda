-- wrk script for tests/faults/load.sh: GETs over pages (not search or the API: those are rate-limited
-- per client, and wrk is one client), counting answers by status. Prints "status N count" lines.
local paths = {
  "/", "/timeline", "/agreements", "/topics/trade", "/topics/security", "/actors", "/actors/iran", "/places",
  "/figures", "/map", "/actors/graph", "/events/pakistan-strikes-saravan", "/sources/iran-pakistan-relations",
  "/timeline?episode=january-2024-strikes", "/agreements?status=stalled", "/healthz",
}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  statuses = {}
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept-Encoding"] = "br, gzip" })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    io.write(string.format("status %d %d\n", status, count))
  end
  io.write(string.format("errors %d\n", summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("p99_ms %.1f\n", latency:percentile(99) / 1000))
end
