-- wrk script: confirms payment lines as paid through POST /api/v1/payment-lines/{id}/confirmation, each
-- line once, each request with its own Idempotency-Key. Threads take alternate lines of the id file.
-- Env: BENCH_LINES (file of line ids, one UUID a line), BENCH_AUTH (a header line, "Cookie: ansinh_session=..."),
--      BENCH_OFFSET (first line of the file to use; the warm-up uses lines before it), BENCH_RUN (key prefix).
-- Prints the request rate and p50/p90/p99 in ms as one line starting with RESULT.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter - 1)
  table.insert(threads, thread)
end

local lines = {}

function init(args)
  local f = assert(io.open(os.getenv("BENCH_LINES"), "r"), "cannot read BENCH_LINES")
  for line in f:lines() do
    if #line > 0 then table.insert(lines, line) end
  end
  f:close()
  local auth = assert(os.getenv("BENCH_AUTH"), "BENCH_AUTH missing")
  header, value = string.match(auth, "^([^:]+):%s*(.*)$")
  run = os.getenv("BENCH_RUN") or "run"
  local offset = tonumber(os.getenv("BENCH_OFFSET") or "0")
  -- Thread t of BENCH_THREADS (wrk -t, default 2) takes lines offset + t, offset + t + BENCH_THREADS, ...: every line once.
  stride = tonumber(os.getenv("BENCH_THREADS") or "2")
  position = offset + (id or 0) - stride
  body = '{"outcome":"PAID","confirmedAt":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 60) ..
         '","recipientKind":"BENEFICIARY","method":"CASH"}'
end

function request()
  position = position + stride
  local line = lines[(position % #lines) + 1]
  return wrk.format("POST", "/api/v1/payment-lines/" .. line .. "/confirmation", {
    [header] = value,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = run .. "-" .. line,
    ["Accept-Language"] = "vi"
  }, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50=%.1f p90=%.1f p99=%.1f max=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status, errors))
end
