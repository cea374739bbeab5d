-- wrk script: GET /api/documents/{id} for random ids of a grown corpus (ids g0 .. g<N-1>).
local n = tonumber(os.getenv("DATELINE_N") or "100000")
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/documents/g" .. math.random(0, n - 1))
end
