-- Drives claimlint-ls from a headless Neovim as a user's config would, and writes what the editor
-- saw as JSON for neovim.test.ts to judge. Works on Neovim 0.7 (Debian 12's), so it uses
-- vim.lsp.start_client and buf_attach_client: vim.lsp.start came in 0.8.
local env = {
  server = os.getenv('CLAIMLINT_SERVER'),
  root = os.getenv('CLAIMLINT_ROOT'),
  article = os.getenv('CLAIMLINT_ARTICLE'),
  output = os.getenv('CLAIMLINT_OUTPUT'),
}
local TIMEOUT_MS = 20000
local result = { errors = {} }

local function write_result()
  local file = assert(io.open(env.output, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function first_result(responses)
  for _, response in pairs(responses or {}) do
    if response.error then table.insert(result.errors, response.error.message) end
    if response.result then return response.result end
  end
  return nil
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.article))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'claimlint',
    cmd = { 'node', env.server, '--stdio' },
    root_dir = env.root,
    workspace_folders = { { uri = vim.uri_from_fname(env.root), name = 'claimlint' } },
  })
  assert(client_id, 'the language server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- Neovim 0.7 does not pull diagnostics, so these are the ones the server pushed.
  result.diagnosticsArrived = vim.wait(TIMEOUT_MS, function() return #vim.diagnostic.get(bufnr) >= 2 end, 50)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, {
      line = d.lnum, column = d.col, endColumn = d.end_col, message = d.message,
      severity = d.severity, source = d.source, code = lsp.code,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end

  local uri = vim.uri_from_bufnr(bufnr)
  local hover = first_result(vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = uri }, position = { line = 2, character = 22 },
  }, TIMEOUT_MS))
  result.hover = hover and hover.contents.value or vim.NIL

  -- The quick fix for the uncited 2,843 on line 5, asked for with its diagnostic as an editor does.
  local diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, 4)
  local actions = first_result(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = 4, character = 26 }, ['end'] = { line = 4, character = 31 } },
    context = { diagnostics = diagnostics, only = { 'quickfix' } },
  }, TIMEOUT_MS)) or {}
  result.actions = {}
  local chosen
  for _, action in ipairs(actions) do
    table.insert(result.actions, action.title)
    if not chosen and action.edit and action.title:lower():find('citation') then chosen = action end
  end
  if chosen then
    vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    result.applied = chosen.title
  end
  result.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then table.insert(result.errors, tostring(err)) end
write_result()
vim.cmd('qall!')
