-- Headless Neovim (0.7+) as an LSP client of `node dist/server.js --stdio`: opens an article,
-- waits for diagnostics, asks for a hover and the document symbols, and writes what it saw as JSON.
-- Environment: SOURCED_SERVER (server.js), SOURCED_FILE (the article), SOURCED_RESULT (JSON out).
local server = assert(os.getenv('SOURCED_SERVER'), 'SOURCED_SERVER')
local file = assert(os.getenv('SOURCED_FILE'), 'SOURCED_FILE')
local out = assert(os.getenv('SOURCED_RESULT'), 'SOURCED_RESULT')

local result = { checks = {}, log = {} }

local function note(msg)
  table.insert(result.log, msg)
end

local function check(name, ok, detail)
  table.insert(result.checks, { name = name, ok = ok and true or false, detail = detail or '' })
end

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_option(bufnr, 'filetype', 'news-article')

  local client_id = vim.lsp.start_client({
    name = 'sourced',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    get_language_id = function()
      return 'news-article'
    end,
    on_exit = function(code, signal)
      note(string.format('server exited: code %s signal %s', tostring(code), tostring(signal)))
    end,
  })
  check('the client starts', client_id ~= nil, 'vim.lsp.start_client returned ' .. tostring(client_id))
  if not client_id then
    return
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local initialized = vim.wait(15000, function()
    return client.server_capabilities ~= nil and client.server_capabilities.hoverProvider ~= nil
  end, 50)
  local offered = {}
  for k, _ in pairs(client.server_capabilities or {}) do
    table.insert(offered, k)
  end
  table.sort(offered)
  check('the server initializes and offers hover', initialized, table.concat(offered, ', '))

  -- Diagnostics: the appended "18 percent" sentence has no source.
  local found = nil
  vim.wait(15000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.message:find('18 percent', 1, true) then
        found = d
        return true
      end
    end
    return false
  end, 50)
  local all = vim.diagnostic.get(bufnr)
  note('diagnostics: ' .. #all)
  local lsp = found and found.user_data and found.user_data.lsp or {}
  local code = found and (found.code or lsp.code) or nil
  check(
    'diagnostics arrive, one on "18 percent" from sourced with code unattributedStatistic',
    found ~= nil and found.source == 'sourced' and code == 'unattributedStatistic',
    found and string.format('%s [%s] %s', tostring(found.source), tostring(code), found.message) or ('no such diagnostic among ' .. #all)
  )

  -- Hover inside the quote after "spokesman Wang Wenbin said that".
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local cue = 'spokesman Wang Wenbin said that "'
  local row, col = nil, nil
  for i, line in ipairs(lines) do
    local s, e = line:find(cue, 1, true)
    if s then
      row = i - 1
      local _, utf16 = vim.str_utfindex(line, e + 10)
      col = utf16
      break
    end
  end
  check('the sample has the Wang Wenbin cue', row ~= nil, '')
  if row then
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = row, character = col } }
    local resp, herr = client.request_sync('textDocument/hover', params, 10000, bufnr)
    local value = ''
    if resp and resp.result and resp.result.contents then
      local c = resp.result.contents
      value = type(c) == 'string' and c or (c.value or vim.fn.json_encode(c))
    end
    check('hover on the quote names Wang Wenbin', value:find('Wang Wenbin', 1, true) ~= nil, herr and tostring(herr) or value:sub(1, 300))
  end

  -- Document symbols: the outline, with the speakers in it.
  local sresp, serr = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 10000, bufnr)
  local names = {}
  local function walk(symbols)
    for _, s in ipairs(symbols or {}) do
      table.insert(names, s.name)
      walk(s.children)
    end
  end
  walk(sresp and sresp.result)
  local has_speaker = false
  for _, n in ipairs(names) do
    if n == 'Wang Wenbin' then
      has_speaker = true
    end
  end
  check('document symbols come back and include Wang Wenbin', #names > 0 and has_speaker, serr and tostring(serr) or table.concat(names, ' | '):sub(1, 300))

  client.stop()
  vim.wait(3000, function()
    return client.is_stopped()
  end, 50)
end)

if not ok then
  check('the script ran without a Lua error', false, tostring(err))
end
finish()
