-- wrk script: GET /events/{id}, the event page (sources side by side), for random events.
package.path = package.path .. ";bench/wrk/?.lua"
local ids = require("ids").read(os.getenv("DATELINE_DB") .. ".events")
math.randomseed(44)
request = function()
  return wrk.format("GET", "/events/" .. ids[math.random(#ids)])
end
