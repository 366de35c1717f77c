-- wrk script for bench/bench_serve.sh: each request posts the next of the
-- files listed (one per line) in $VBTASK_BENCH_FILES to /v2/extract,
-- named in the query as the command line would name it.
local requests = {}
local next_index = 0

function init(args)
  for path in string.gmatch(os.getenv("VBTASK_BENCH_FILES"), "[^\n]+") do
    local f = assert(io.open(path, "rb"))
    local body = f:read("*a")
    f:close()
    requests[#requests + 1] = wrk.format("POST", "/v2/extract?path=" .. path,
                                         {["Content-Type"] = "text/plain"}, body)
  end
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end
