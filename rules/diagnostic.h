/* Diagnostic: one finding, as rules produce it and reporters read it.
 * Positions are byte ranges into the file's Source; sg_diagnostics_finish
 * fills line/column fields (1-based, code points). A FileResult owns its
 * diagnostics and their strings; free with sg_file_result_delete. */
#ifndef SG_DIAGNOSTIC_H
#define SG_DIAGNOSTIC_H

#include <stdbool.h>
#include <stdint.h>

#include "parser/alloc.h"
#include "parser/source.h"
#include "rules/registry.h"

typedef enum FixApplicability {
  FIX_SAFE,     /* keeps the program's meaning */
  FIX_UNSAFE,   /* may change behaviour; applied only on request */
} FixApplicability;

typedef struct Span {
  uint32_t start_byte, end_byte;
  uint32_t line, col, end_line, end_col;  /* 1-based; columns in code points */
} Span;

typedef struct Edit {
  Span span;          /* replaced range (empty for an insertion) */
  char *text;         /* replacement */
} Edit;

typedef struct Fix {
  char *title;                 /* "Replace the default with `None`..." */
  FixApplicability applicability;
  Array(Edit) edits;           /* sorted, non-overlapping */
} Fix;

typedef struct Related {
  Span span;
  char *message;
} Related;

typedef struct Diagnostic {
  RuleId rule;
  Severity severity;
  Span span;
  char *message;
  Array(Related) related;
  Fix *fix;                    /* NULL when the rule offers none */
} Diagnostic;

typedef struct FileResult {
  char *path;
  Source *source;              /* kept for code frames; may be NULL */
  struct CellMap *cells;       /* a notebook's cells (parser/notebook.h), owned; NULL for Python */
  Array(Diagnostic) items;
  uint32_t suppressed;         /* dropped by noqa */
  bool limited;                /* a limit of the run (time, memory, analysis budget) cut the
                                  analysis short, whether or not SNG002 says so: not a fact
                                  of the file alone (a result cache does not keep it) */
} FileResult;

FileResult *sg_file_result_new(const char *path);
/* Frees what a diagnostic owns (not the Diagnostic itself). */
void sg_diag_free(Diagnostic *d);
void sg_file_result_delete(FileResult *self);

/* Add a diagnostic with a printf message; returns it so callers can attach
 * related locations and a fix. The pointer is valid until the next add. */
Diagnostic *sg_diag_add(FileResult *self, RuleId rule, Severity severity,
                        uint32_t start_byte, uint32_t end_byte,
                        const char *fmt, ...) __attribute__((format(printf, 6, 7)));
void sg_diag_related(Diagnostic *self, uint32_t start_byte, uint32_t end_byte,
                     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
Fix *sg_diag_fix(Diagnostic *self, FixApplicability applicability, const char *title);
void sg_fix_edit(Fix *self, uint32_t start_byte, uint32_t end_byte, const char *text);
/* The line ending a fix should insert at byte: the one that ends its line
 * ("\r\n", a lone "\r" or "\n"), else the last one before it, else "\n".
 * The Source has lone CRs made LF; cli/fix.c turns an inserted LF back into
 * CR where sg_text_newline of the file's own bytes says "\r". */
const char *sg_fix_newline(const Source *src, uint32_t byte);
const char *sg_text_newline(const char *text, size_t len, size_t byte);

/* Fill line/column fields from the source and sort by position, code. */
void sg_diagnostics_finish(FileResult *self, const Source *source);
void sg_span_resolve(Span *span, const Source *source);

#endif
