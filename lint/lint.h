/* Lint: the whole per-file pipeline, shared by every driver — read/check the
 * source, parse, flatten, build the semantic model, run the enabled rules,
 * apply noqa, resolve positions. A Linter holds one thread's parser; use
 * one per worker thread. Caller frees results with sg_file_result_delete. */
#ifndef SG_LINT_H
#define SG_LINT_H

#include <stddef.h>
#include <stdint.h>

#include "analyses/model.h"
#include "analyses/project.h"
#include "parser/parse.h"
#include "rules/candidates.h"
#include "rules/diagnostic.h"
#include "rules/settings.h"

typedef struct PhaseTimes {
  double read, parse, flatten, analyse;   /* seconds */
  uint64_t bytes, lines, files, nodes;
} PhaseTimes;

typedef struct Linter {
  Parser *parser;
  const Settings *settings;
  PhaseTimes times;                       /* accumulated over calls */
  /* sg_lint_document: keep an incremental tree with syntax errors (fast,
   * but its error recovery may differ from a fresh parse); the result is
   * then flagged in `approximate`. Default false: such trees are parsed
   * afresh. */
  bool keep_incremental_errors;
  /* sg_lint_document: seconds an incremental reparse may take before it is
   * abandoned for a fresh parse; 0: no limit. */
  double incremental_budget;
  bool approximate;                       /* set by the last sg_lint_document */
  /* the program's other files, for calls into them (analyses/project.h;
   * shared by every worker of a run, borrowed); NULL: each file alone */
  Project *project;
} Linter;

/* The last line of defence against a pathological file: a per-file budget
 * (the flow analysis' facts, ...) that a file exceeds becomes SNG002 "too
 * large or too complex to analyse: <what> (limit <limit>; raise it with
 * <setting>)" at [start, end), and the run goes on without what the budget
 * guards. Every budget reports through this, so they read alike. */
void sg_lint_over_limit(FileResult *out, const Settings *settings, uint32_t start, uint32_t end, const char *what,
                        uint64_t limit, const char *setting);

Linter *sg_linter_new(const Settings *settings);
void sg_linter_delete(Linter *self);

FileResult *sg_lint_path(Linter *self, const char *path);
/* Lint text that did not come from a file (stdin, an editor buffer). */
FileResult *sg_lint_bytes(Linter *self, const char *path, const char *bytes, size_t len);
/* Lint an already-read Source; takes ownership of it. */
FileResult *sg_lint_source(Linter *self, Source *source);
/* Lint an editor buffer: old_tree (may be NULL) is the buffer's previous
 * tree, edited with ts_tree_edit to match source, for an incremental
 * reparse (a result with syntax errors is parsed afresh: tree-sitter's
 * error recovery may differ between the two); *tree_out gets the new tree (the caller owns it; NULL when the
 * source was not parsed). Takes ownership of source. */
FileResult *sg_lint_document(Linter *self, Source *source, const TSTree *old_tree, TSTree **tree_out);

/* The pipeline in two halves, for drivers that work between them (the GPU
 * batch path computes rule candidates over many files' FlatTrees at once):
 * sg_lint_begin reads nothing and parses + flattens the Source (taking
 * ownership of it); sg_lint_end builds the model, runs the rules — only on
 * the given candidates for the rules that use them, everywhere when
 * candidates is NULL — and frees the unit's FlatTree. */
typedef struct LintUnit {
  Source *source;
  FlatTree *flat;         /* NULL when the source is not OK (SNG002) */
  SemanticModel *model;   /* NULL: sg_lint_end builds it; else a resolved
                             model of flat (the GPU path resolves names for
                             a whole batch), which sg_lint_end frees */
} LintUnit;
LintUnit sg_lint_begin(Linter *self, Source *source);
FileResult *sg_lint_end(Linter *self, LintUnit *unit, const Candidates *candidates);

#endif
