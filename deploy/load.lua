-- wrk script for deploy/test.sh: steady GETs over several pages through nginx, counting every answer
-- by status and by the instance that served it (nginx's X-Served-By; "a, b" means nginx retried the
-- request on b after a failed). Usage: wrk -s load.lua URL -- DELAY_MS
-- Prints, after wrk's own summary, one "key value" per line for the script to read.

local paths = {
  "/", "/timeline", "/agreements", "/topics/trade", "/topics/security", "/actors", "/places",
  "/figures", "/search?q=gas", "/events/pakistan-strikes-saravan", "/api/events", "/healthz",
}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  statuses = {}
  servers = {}
  pause = tonumber(args[1] or "0")
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Accept-Encoding"] = "br, gzip" })
end

-- A pause between a connection's requests keeps the load steady rather than flat out (2 shared cores).
function delay()
  return pause
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local by = headers["X-Served-By"] or "none"
  servers[by] = (servers[by] or 0) + 1
end

function done(summary, latency, requests)
  local status_total, server_total = {}, {}
  for _, thread in ipairs(threads) do
    for k, v in pairs(thread:get("statuses")) do status_total[k] = (status_total[k] or 0) + v end
    for k, v in pairs(thread:get("servers")) do server_total[k] = (server_total[k] or 0) + v end
  end
  local e = summary.errors
  io.write(string.format("result requests %d\n", summary.requests))
  io.write(string.format("result socket_errors connect=%d read=%d write=%d timeout=%d\n", e.connect, e.read, e.write, e.timeout))
  io.write(string.format("result non_2xx_3xx %d\n", e.status))
  for k, v in pairs(status_total) do io.write(string.format("result status %s %d\n", k, v)) end
  for k, v in pairs(server_total) do io.write(string.format("result served_by %s %d\n", k:gsub(" ", ""), v)) end
  io.write(string.format("result latency_p99_ms %.1f\n", latency:percentile(99) / 1000))
end
