-- wrk script: rotates realistic name searches over several callers, each with its own session.
-- Env: BENCH_QUERIES_DIR (queries-<caller>.txt from generate.py), BENCH_MIX ("commune:4,province:4,country:2"),
--      BENCH_AUTH_<CALLER> (a full header line value, e.g. "Cookie: ansinh_session=..." or "Authorization: Bearer ...").
-- Prints p50/p90/p95/p99 in ms and the request rate at the end, as one line starting with RESULT.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local function load(path)
  local list = {}
  local f = assert(io.open(path, "r"), "cannot read " .. path)
  for line in f:lines() do
    if #line > 0 then table.insert(list, line) end
  end
  f:close()
  return list
end

local callers = {}   -- { {name, header_name, header_value, queries}, ... } repeated by weight

function init(args)
  local dir = os.getenv("BENCH_QUERIES_DIR")
  local mix = os.getenv("BENCH_MIX") or "commune:4,province:4,country:2"
  for name, weight in string.gmatch(mix, "(%w+):(%d+)") do
    local auth = assert(os.getenv("BENCH_AUTH_" .. string.upper(name)), "BENCH_AUTH_" .. string.upper(name) .. " missing")
    local header, value = string.match(auth, "^([^:]+):%s*(.*)$")
    local entry = { name = name, header = header, value = value, queries = load(dir .. "/queries-" .. name .. ".txt") }
    for _ = 1, tonumber(weight) do table.insert(callers, entry) end
  end
  math.randomseed(1000 + (id or 0))
  position = math.random(1, 100000)
end

function request()
  position = position + 1
  local caller = callers[(position % #callers) + 1]
  local path = caller.queries[(position * 7919 % #caller.queries) + 1]
  return wrk.format("GET", path, { [caller.header] = caller.value, ["Accept-Language"] = "vi" })
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.1f p90=%.1f p95=%.1f p99=%.1f max=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status, errors))
end
