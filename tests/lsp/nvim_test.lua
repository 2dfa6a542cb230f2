-- Loaded by tests/lsp/nvim.sh in `nvim --headless`: attaches `snag server`
-- to a buffer and writes the diagnostics Neovim received, one
-- "CODE LNUM COL SOURCE" line each (0-based line, byte column), to $OUT.
-- MODE=start_client: vim.lsp.start_client (the API Debian's Neovim 0.7
-- has; later versions keep it). MODE=setup: the shipped client setup,
-- editors/nvim's require('snag').setup(), whose FileType autocmd attaches.
local snag, file, out, mode = os.getenv('SNAG'), os.getenv('FIXTURE'), os.getenv('OUT'), os.getenv('MODE')
local client_id
if mode == 'setup' then
  vim.opt.runtimepath:append(os.getenv('EDITORS') .. '/nvim')
  require('snag').setup({ cmd = { snag, 'server' } })
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
else
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  client_id = vim.lsp.start_client({
    name = 'snag',
    cmd = { snag, 'server' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
  })
  if not client_id then
    vim.fn.writefile({ 'ERROR start_client failed' }, out)
    vim.cmd('qa!')
  end
  vim.lsp.buf_attach_client(0, client_id)
end
local bufnr = vim.api.nvim_get_current_buf()
local got = vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local lines = {}
if not got then table.insert(lines, 'ERROR no diagnostics within 15 s') end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
  table.insert(lines, string.format('%s %d %d %s', code, d.lnum, d.col, d.source or '?'))
end
table.sort(lines)
vim.fn.writefile(lines, out)
if client_id then
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end
vim.cmd('qa!')
