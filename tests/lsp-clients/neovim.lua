-- A real LSP client against `editlint lsp`: Neovim's own, headless. Opens samples/russia-japan-north-korea.txt,
-- waits for EditLint's diagnostics, checks that every EL1001 range covers the misspelt name in the buffer (Neovim
-- turns the server's UTF-16 columns into bytes, and the sample has curly quotes before the names), asks for the code
-- actions on "Masashiko Komura", applies "Replace with 'Masahiko Komura'" through Neovim's own workspace-edit code, and
-- waits for the diagnostics of the changed buffer. Ends with the server's shutdown and exit. Written for Neovim 0.7
-- (Debian 12's) and later.
-- Run from the repository root: EDITLINT_LSP="editlint lsp" nvim --headless --clean -c "luafile tests/lsp-clients/neovim.lua"
local command = vim.split(os.getenv("EDITLINT_LSP") or "editlint lsp", " ", { trimempty = true })
local root = vim.fn.getcwd()
local sample = root .. "/samples/russia-japan-north-korea.txt"

local function say(text) io.stdout:write(text .. "\n") end
local function fail(text)
  io.stderr:write("neovim client: " .. text .. "\n")
  vim.cmd("cquit 1")
end

-- Any Lua error fails the run too, instead of leaving a headless editor waiting.
local function main()
  local exit_code = nil
  local client_id = vim.lsp.start_client({
    name = "editlint",
    cmd = command,
    root_dir = root,
    on_exit = function(code) exit_code = code end,
  })
  if not client_id then return fail("could not start " .. table.concat(command, " ")) end

  vim.cmd("edit " .. vim.fn.fnameescape(sample))
  local buffer = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buffer, client_id)

  local function code_of(d) return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end
  local function findings(code)
    return vim.tbl_filter(function(d) return code_of(d) == code end, vim.diagnostic.get(buffer))
  end
  local function covered(d)
    local line = vim.api.nvim_buf_get_lines(buffer, d.lnum, d.lnum + 1, false)[1]
    return line:sub(d.col + 1, d.end_col)
  end

  if not vim.wait(30000, function() return #findings("EL1001") > 0 end, 20) then
    return fail("no EL1001 diagnostics within 30 s")
  end

  local names = {}
  for _, d in ipairs(findings("EL1001")) do table.insert(names, covered(d)) end
  table.sort(names)
  say("EL1001 diagnostics cover: " .. table.concat(names, ", "))
  local expected = { "Masashiko Komura", "Park Geun-Hye", "Yun Byung-Se" }
  if table.concat(names, "|") ~= table.concat(expected, "|") then
    return fail("expected EL1001 on " .. table.concat(expected, ", ") .. ", got " .. table.concat(names, ", "))
  end

  local target
  for _, d in ipairs(findings("EL1001")) do
    if covered(d) == "Masashiko Komura" then target = d end
  end
  -- Neovim keeps byte columns; the request speaks UTF-16, as the server announced.
  local target_line = vim.api.nvim_buf_get_lines(buffer, target.lnum, target.lnum + 1, false)[1]
  local _, start16 = vim.str_utfindex(target_line, target.col)
  local _, end16 = vim.str_utfindex(target_line, target.end_col)
  local responses = vim.lsp.buf_request_sync(buffer, "textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    range = { start = { line = target.lnum, character = start16 }, ["end"] = { line = target.lnum, character = end16 } },
    context = { diagnostics = {} },
  }, 10000)
  local fix
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.title == "Replace with 'Masahiko Komura'" then fix = action end
    end
  end
  if not fix then return fail("no quick fix 'Replace with 'Masahiko Komura'' on the finding") end
  vim.lsp.util.apply_workspace_edit(fix.edit, "utf-16")

  local line = vim.api.nvim_buf_get_lines(buffer, target.lnum, target.lnum + 1, false)[1]
  if not line:find("Masahiko Komura", 1, true) or line:find("Masashiko", 1, true) then
    return fail("the quick fix did not replace the name: " .. line)
  end
  say("quick fix applied: " .. fix.title)

  -- The edit reaches the server as an incremental change; the new diagnostics leave the two other names.
  if not vim.wait(30000, function() return #findings("EL1001") == 2 end, 20) then
    return fail("the diagnostics did not follow the edit (" .. #findings("EL1001") .. " EL1001 left)")
  end
  say("after the fix: " .. #findings("EL1001") .. " EL1001 diagnostics left")

  vim.lsp.stop_client(client_id)
  if not vim.wait(10000, function() return exit_code ~= nil end, 20) then return fail("the server did not exit") end
  if exit_code ~= 0 then return fail("the server exited with " .. exit_code .. " after shutdown") end
  say("server exited with 0 after shutdown and exit")
  vim.cmd("qall!")
end

local ok, err = xpcall(main, debug.traceback)
if not ok then fail(err) end
