;;; snag-eglot.el --- snag's language server in Emacs through eglot  -*- lexical-binding: t; -*-

;; Load this (or paste it into your init file) with `snag' on `exec-path',
;; then `M-x eglot' in a Python buffer, or add `eglot-ensure' to
;; `python-mode-hook' / `python-ts-mode-hook'.

;;; Code:

(require 'eglot)

(defgroup snag nil "snag, a linter for Python pitfalls." :group 'tools)

(defcustom snag-executable "snag"
  "The snag executable."
  :type 'string)

(defcustom snag-initialization-options '()
  "initializationOptions for `snag server', e.g.
\\='(:extendSelect [\"SNG204\"] :ignore [\"SNG107\"])."
  :type 'plist)

(add-to-list 'eglot-server-programs
             `((python-mode python-ts-mode)
               . (,snag-executable "server"
                  :initializationOptions ,snag-initialization-options)))

(provide 'snag-eglot)
;;; snag-eglot.el ends here
