-- wrk script: GET /api/events/{id} for random events of a grown corpus (DATELINE_DB.events).
package.path = package.path .. ";bench/wrk/?.lua"
local ids = require("ids").read(os.getenv("DATELINE_DB") .. ".events")
math.randomseed(43)
request = function()
  return wrk.format("GET", "/api/events/" .. ids[math.random(#ids)])
end
