-- wrk script: GET /api/documents/{id} for random ids of a grown corpus (DATELINE_DB.documents).
package.path = package.path .. ";bench/wrk/?.lua"
local ids = require("ids").read(os.getenv("DATELINE_DB") .. ".documents")
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/documents/" .. ids[math.random(#ids)])
end
