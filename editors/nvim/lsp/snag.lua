-- Neovim 0.11+ runtimepath configuration: with editors/nvim on the
-- runtimepath, `vim.lsp.enable('snag')` is all it takes.
return {
  cmd = { 'snag', 'server' },
  filetypes = { 'python' },
  root_markers = { 'pyproject.toml', 'snag.toml', '.snag.toml', '.git' },
  init_options = {},
}
