-- Shared by the wrk scripts: reads one id per line from a file GrowCorpus wrote.
local M = {}
function M.read(path)
  local ids = {}
  for line in io.lines(path) do ids[#ids + 1] = line end
  return ids
end
return M
