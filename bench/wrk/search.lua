-- wrk script: GET /api/search with one or two common news words, and sometimes an outlet facet.
local words = {"police", "earthquake", "fire", "killed", "arrested", "announced", "president",
  "company", "court", "election", "storm", "team", "game", "deal", "shooting", "injured",
  "minister", "market", "film", "award"}
local outlets = {"Valley%20Post", "Harbour%20Times", "Meridian%20Wire"}
math.randomseed(7)
request = function()
  local q = words[math.random(#words)]
  if math.random() < 0.5 then q = q .. "%20" .. words[math.random(#words)] end
  local path = "/api/search?q=" .. q
  if math.random() < 0.3 then path = path .. "&outlet=" .. outlets[math.random(#outlets)] end
  return wrk.format("GET", path)
end
