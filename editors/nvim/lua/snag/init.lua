-- snag for Neovim: `require('snag').setup({...})` starts `snag server` for
-- Python buffers. Neovim 0.11+: vim.lsp.config/vim.lsp.enable (the
-- `lsp/snag.lua` beside this folder is the same configuration for
-- runtimepath discovery). 0.8-0.10: vim.lsp.start on FileType. 0.7:
-- vim.lsp.start_client + buf_attach_client.
local M = {}

local defaults = {
  cmd = { 'snag', 'server' },
  filetypes = { 'python' },
  root_markers = { 'pyproject.toml', 'snag.toml', '.snag.toml', '.git' },
  -- passed as initializationOptions: select, extendSelect, ignore,
  -- configuration (a path), isolated
  settings = {},
}

local function root_dir(buf, markers)
  local path = vim.api.nvim_buf_get_name(buf)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  while dir and dir ~= '' do
    for _, m in ipairs(markers) do
      if vim.loop.fs_stat(dir .. '/' .. m) then return dir end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then break end
    dir = parent
  end
  return vim.fn.fnamemodify(path, ':p:h')
end

function M.setup(opts)
  local o = vim.tbl_deep_extend('force', defaults, opts or {})
  if vim.lsp.config and vim.lsp.enable then  -- 0.11+
    vim.lsp.config('snag', {
      cmd = o.cmd,
      filetypes = o.filetypes,
      root_markers = o.root_markers,
      init_options = o.settings,
    })
    vim.lsp.enable('snag')
    return
  end
  local clients = {}  -- root -> client id (0.7)
  local function attach(args)
    local buf = args.buf
    local root = root_dir(buf, o.root_markers)
    local config = { name = 'snag', cmd = o.cmd, root_dir = root, init_options = o.settings }
    if vim.lsp.start then  -- 0.8-0.10: reuses a client with the same name and root
      vim.lsp.start(config, { bufnr = buf })
    else  -- 0.7
      if not clients[root] then clients[root] = vim.lsp.start_client(config) end
      if clients[root] then vim.lsp.buf_attach_client(buf, clients[root]) end
    end
  end
  local group = vim.api.nvim_create_augroup('snag_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', { group = group, pattern = o.filetypes, callback = attach })
  -- buffers already open
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(o.filetypes, vim.bo[buf].filetype) then
      attach({ buf = buf })
    end
  end
end

return M
