-- wrk script for bench/http/run.sh.
--
-- done() prints one machine-readable line, so run.sh does not have to parse wrk's human-readable
-- report (whose units change with magnitude: us, ms, s, k, M):
--   BENCH<TAB>requests=N<TAB>duration_us=N<TAB>rps=N<TAB>p50_us=N<TAB>p99_us=N<TAB>...
--
-- With BENCH_PATHS_FILE set (one path per line, e.g. "/timeline?episode=x") every connection
-- rotates through those paths; otherwise wrk sends its one pre-built request for the URL on the
-- command line. request() is only defined in the rotating case because defining it at all makes
-- wrk call into Lua for every request, which would slow the single-URL runs down a little.

local paths_file = os.getenv("BENCH_PATHS_FILE")

if paths_file and paths_file ~= "" then
    local requests = {}
    local next_index = 0

    function init(args)
        -- wrk.format applies the -H headers (Accept-Encoding: br) and Host to every request.
        for line in io.lines(paths_file) do
            if line ~= "" then
                requests[#requests + 1] = wrk.format(nil, line)
            end
        end
        assert(#requests > 0, "BENCH_PATHS_FILE has no paths: " .. paths_file)
    end

    function request()
        next_index = next_index % #requests + 1
        return requests[next_index]
    end
end

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format(
        "BENCH\trequests=%d\tduration_us=%d\trps=%.2f\tbytes=%d\tp50_us=%d\tp99_us=%d\tmax_us=%d"
            .. "\tnon2xx=%d\tconnect=%d\tread=%d\twrite=%d\ttimeout=%d\n",
        summary.requests, summary.duration, summary.requests / seconds, summary.bytes,
        math.floor(latency:percentile(50)), math.floor(latency:percentile(99)), math.floor(latency.max),
        -- wrk counts a response as a status error when its status is 400 or above.
        e.status, e.connect, e.read, e.write, e.timeout))
end
