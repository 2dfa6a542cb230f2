#include "lint/lint.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "analyses/flow.h"
#include "analyses/model.h"
#include "parser/clock.h"
#include "parser/flat.h"
#include "parser/notebook.h"
#include "lint/noqa.h"
#include "rules/rule.h"

typedef void (*RuleCheck)(RuleContext *ctx);

static const RuleCheck sg_lint__checks[RULE__COUNT] = {
#define RULE(num, id, name, family, sev, on) [RULE_##id] = sg_rule_##id,
#include "rules/rules.def"
#undef RULE
};

void sg_lint_over_limit(FileResult *out, const Settings *settings, uint32_t start, uint32_t end, const char *what,
                        uint64_t limit, const char *setting) {
  out->limited = true;
  if (!settings->enabled[RULE_unreadable_file]) return;
  sg_diag_add(out, RULE_unreadable_file, sg_rules[RULE_unreadable_file].severity, start, end,
              "too large or too complex to analyse: %s (limit %llu; raise it with `%s`)", what,
              (unsigned long long)limit, setting);
}

static bool sg_lint__flow_rule(RuleId rule) {
  return rule == RULE_unbound_local || rule == RULE_possibly_unbound_local || rule == RULE_unbound_after_exception ||
         rule == RULE_unbound_when_no_branch_matches || rule == RULE_local_shadows_global_unbound ||
         rule == RULE_unbound_free_variable;
}

/* The flow analysis went over its budget at a scope: its findings so far
 * rest on unfinished work (a correlated-conditions search cut short
 * reports), so they go, and SNG002 says where. */
static void sg_lint__flow_over(RuleContext *ctx, const FlowSet *flows) {
  FileResult *out = ctx->out;
  uint32_t kept = 0;
  for (uint32_t i = 0; i < out->items.len; i++) {
    if (sg_lint__flow_rule(out->items.items[i].rule)) sg_diag_free(&out->items.items[i]);
    else out->items.items[kept++] = out->items.items[i];
  }
  out->items.len = kept;
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const Scope *sc = &m->scopes.items[flows->over_scope];
  uint32_t at = sc->kind == SCOPE_MODULE ? SG_NONE : sg_flat_field(t, sc->node, FIELD_NAME);
  char what[256];
  if (at == SG_NONE)
    snprintf(what, sizeof what, "the flow analysis needs more facts (basic blocks x names) than allowed per "
                                "file; SNG101, SNG102, SNG103 and SNG108 skip this file");
  else
    snprintf(what, sizeof what, "the flow analysis needs more facts (basic blocks x names) than allowed per "
                                "file, reached at `%.64s`; SNG101, SNG102, SNG103 and SNG108 skip this file",
             sg_flat_name(t, at));
  sg_lint_over_limit(ctx->out, ctx->settings, at == SG_NONE ? 0 : t->start_byte[at], at == SG_NONE ? 0 : t->end_byte[at],
                     what, flows->max_facts, "--max-analysis-facts");
}

Linter *sg_linter_new(const Settings *settings) {
  Linter *self = sg_calloc(1, sizeof(Linter));
  self->parser = sg_parser_new();
  self->settings = settings;
  return self;
}

void sg_linter_delete(Linter *self) {
  if (!self) return;
  sg_parser_delete(self->parser);
  sg_free(self);
}

static bool sg_lint__is_stub(const char *path) {
  size_t n = strlen(path);
  return n >= 4 && strcmp(path + n - 4, ".pyi") == 0;
}

/* Messages name lines ("mutated on line 12"): in a notebook, the line in
 * its cell, and the cell when it is another one. */
static void sg_lint__notebook_messages(FileResult *result, const CellMap *cells) {
  for (uint32_t i = 0; i < result->items.len; i++) {
    Diagnostic *d = &result->items.items[i];
    uint32_t here, line;
    sg_cell_map_locate(cells, d->span.line, &here, &line);
    char *m = sg_cell_map_message(cells, d->message, here);
    if (m) sg_free(d->message), d->message = m;
    for (uint32_t r = 0; r < d->related.len; r++) {
      m = sg_cell_map_message(cells, d->related.items[r].message, here);
      if (m) sg_free(d->related.items[r].message), d->related.items[r].message = m;
    }
  }
}

FileResult *sg_lint_source(Linter *self, Source *source) {
  return sg_lint_document(self, source, NULL, NULL);
}

/* Peak memory of parsing, flattening and analysing one file follows its
 * tokens: measured 310-400 bytes per token (700,000 lines of `x = 1`:
 * 777 MB; 50,000 of `C{i} = {i}`: 60 MB; 200,000-deep calls: 186 MB);
 * 512 leaves a margin. A token is counted where a run of word or of other
 * non-blank bytes starts. */
#define SG_LINT_BYTES_PER_TOKEN 512

static uint64_t sg_lint__tokens(const char *text, uint32_t len) {
  uint64_t n = 0;
  int prev = 0;  /* 0 blank, 1 word, 2 other */
  for (uint32_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    int cls = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ? 0
              : (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '_' || c >= 0x80 ? 1 : 2;
    n += cls && (cls != prev || cls == 2);
    prev = cls;
  }
  return n;
}

/* The memory one file may take: the address-space limit (ulimit -v) or
 * the machine's physical memory, whichever is lower; 0 when unknown. */
static uint64_t sg_lint__memory_limit(void) {
  uint64_t limit = 0;
  long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
  if (pages > 0 && page > 0) limit = (uint64_t)pages * (uint64_t)page;
  struct rlimit rl;
  if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && (!limit || rl.rlim_cur < limit))
    limit = rl.rlim_cur;
  return limit;
}

/* The front half: parse (incrementally from old_tree when given) and
 * flatten. unit->flat stays NULL for a source that is not OK. */
static void sg_lint__front(Linter *self, LintUnit *unit, const TSTree *old_tree, TSTree **tree_out) {
  Source *source = unit->source;
  if (tree_out) *tree_out = NULL;
  self->approximate = false;
  self->times.files++;
  self->times.bytes += source->len;
  self->times.lines += source->line_count;
  if (source->status != SOURCE_OK) return;
  /* A file that cannot fit in memory (a raised --max-file-size, a small
   * ulimit -v) is a finding, not an out-of-memory abort halfway through. */
  uint64_t limit = sg_lint__memory_limit();
  if (limit && (uint64_t)source->len * SG_LINT_BYTES_PER_TOKEN > limit / 4 * 3) {
    uint64_t need = sg_lint__tokens(source->text, source->len) * SG_LINT_BYTES_PER_TOKEN;
    if (need > limit / 4 * 3) {
      source->status = SOURCE_TOO_COMPLEX;
      snprintf(source->message, sizeof source->message,
               "too large or too complex to analyse: %u bytes need about %llu MB to analyse, over "
               "the memory available (%llu MB: physical memory or `ulimit -v`)",
               source->len, (unsigned long long)(need >> 20), (unsigned long long)(limit >> 20));
      return;
    }
  }
  /* parse = tree-sitter's own cost, freeing its tree included */
  double t0 = sg_clock_now();
  self->parser->budget = self->settings->max_parse_seconds;
  TSTree *tree = old_tree ? sg_parser_reparse(self->parser, source, old_tree, self->incremental_budget) : NULL;
  bool incremental = tree != NULL;
  if (!tree) tree = sg_parser_parse(self->parser, source);
  /* tree-sitter's error recovery after an incremental reparse can differ
   * from a fresh parse's; a tree with errors is parsed afresh so the
   * editor shows exactly what `snag check` reports. */
  if (incremental && ts_node_has_error(ts_tree_root_node(tree))) {
    if (self->keep_incremental_errors) {
      self->approximate = true;
    } else {
      ts_tree_delete(tree);
      tree = sg_parser_parse(self->parser, source);
    }
  }
  if (!tree) {  /* past the time limit: the run goes on, the file is a finding */
    source->status = SOURCE_TOO_COMPLEX;
    snprintf(source->message, sizeof source->message,
             "too large or too complex to analyse: parsing took over %g s (raise the limit with "
             "`--max-parse-seconds` or `max-parse-seconds` in the configuration; 0: none)",
             self->settings->max_parse_seconds);
    self->times.parse += sg_clock_now() - t0;
    return;
  }
  double t1 = sg_clock_now();
  unit->flat = sg_flat_build(tree, source);
  double t2 = sg_clock_now();
  if (tree_out) *tree_out = tree;
  else ts_tree_delete(tree);
  self->times.parse += (t1 - t0) + (sg_clock_now() - t2);
  self->times.flatten += t2 - t1;
  self->times.nodes += unit->flat->count;
}

LintUnit sg_lint_begin(Linter *self, Source *source) {
  LintUnit unit = {.source = source};
  sg_lint__front(self, &unit, NULL, NULL);
  return unit;
}

FileResult *sg_lint_end(Linter *self, LintUnit *unit, const Candidates *candidates) {
  const Settings *settings = self->settings;
  Source *source = unit->source;
  FileResult *result = sg_file_result_new(source->path);
  RuleContext ctx = {0};
  ctx.source = source;
  ctx.settings = settings;
  ctx.is_stub = sg_lint__is_stub(source->path);
  ctx.is_notebook = source->cells != NULL;
  ctx.out = result;
  ctx.candidates = candidates;
  if (!unit->flat) {
    result->limited = true;  /* unreadable, too large, or out of time or memory */
    if (settings->enabled[RULE_unreadable_file]) sg_rule_unreadable_file(&ctx);
    sg_diagnostics_finish(result, source);
  } else {
    double t2b = sg_clock_now();
    FlatTree *flat = unit->flat;
    SemanticModel *model = unit->model ? unit->model : sg_model_build(flat);
    unit->model = NULL;
    FlowSet *flows = NULL;
    if (settings->enabled[RULE_unbound_local] || settings->enabled[RULE_possibly_unbound_local] ||
        settings->enabled[RULE_unbound_after_exception] ||
        settings->enabled[RULE_unbound_when_no_branch_matches] || settings->enabled[RULE_local_shadows_global_unbound] ||
        settings->enabled[RULE_unbound_free_variable])
      flows = sg_flows_build(model, settings->max_analysis_facts, settings->target_minor);
    Concurrency *threads = NULL;
    for (int r = 0; r < RULE__COUNT && !threads; r++)
      if (settings->enabled[r] && sg_rules[r].family == FAMILY_THREADS) {
        uint32_t n;
        const uint32_t *sites = sg_candidates_list(candidates, CANDIDATE_LOCK_SITE, &n);
        threads = sg_concurrency_build(model, sites, n);
      }
    ctx.tree = flat;
    ctx.model = model;
    ctx.flows = flows;
    ctx.threads = threads;
    Processes *processes = NULL;
    for (int r = 0; r < RULE__COUNT && !processes; r++)
      if (settings->enabled[r] && sg_rules[r].family == FAMILY_PROCESSES) {
        uint32_t n;
        const uint32_t *calls = sg_candidates_list(candidates, CANDIDATE_PROCESS_CALL, &n);
        processes = sg_processes_build(model, calls, n);
      }
    ctx.processes = processes;
    /* one ClassSet for every rule that reads classes */
    ClassSet *classes = NULL;
    if (settings->enabled[RULE_mutable_class_attribute] || settings->enabled[RULE_shared_class_attribute_mutated] ||
        settings->enabled[RULE_descriptor_state_on_self] || settings->enabled[RULE_finalizer_in_reference_cycle] ||
        settings->enabled[RULE_mutable_default_mutated])
      classes = sg_classes_build(model);
    ctx.classes = classes;
    Summaries *summaries = NULL;
    SummaryImports imports = {self->project, source->path};
    if (settings->enabled[RULE_mutable_default_mutated] || settings->enabled[RULE_mutable_default_argument] ||
        settings->enabled[RULE_shared_class_attribute_mutated] || settings->enabled[RULE_late_binding_closure] ||
        settings->enabled[RULE_list_changed_during_iteration] || settings->enabled[RULE_dict_changed_during_iteration] ||
        settings->enabled[RULE_set_changed_during_iteration] || settings->enabled[RULE_unpicklable_argument] ||
        settings->enabled[RULE_unpicklable_callable] || settings->enabled[RULE_finalizer_in_reference_cycle]) {
      summaries = sg_summaries_build(model, self->project ? &imports : NULL);
      if (self->project && !source->cells) {
        /* what this file's functions do, for the files that import it:
         * from the file alone (the same whoever asks first) */
        Summaries *alone = summaries->externals ? sg_summaries_build(model, NULL) : summaries;
        sg_project_publish(self->project, source->path, sg_summaries_export(alone, model, classes, source));
        if (alone != summaries) sg_summaries_delete(alone);
      }
    }
    ctx.summaries = summaries;
    for (int r = 0; r < RULE__COUNT; r++)
      if (settings->enabled[r] && r != RULE_unreadable_file) sg_lint__checks[r](&ctx);
    if (flows && flows->over_scope != SG_NONE) sg_lint__flow_over(&ctx, flows);
    sg_noqa_apply(result, flat, settings);
    sg_diagnostics_finish(result, source);
    if (source->cells) sg_lint__notebook_messages(result, source->cells);
    self->times.analyse += sg_clock_now() - t2b;
    sg_flows_delete(flows);
    sg_concurrency_delete(threads);
    sg_processes_delete(processes);
    sg_classes_delete(classes);
    sg_summaries_delete(summaries);
    sg_model_delete(model);
    sg_flat_delete(flat);
    unit->flat = NULL;
  }
  result->cells = source->cells;  /* the reports place findings in cells */
  source->cells = NULL;
  if (settings->keep_source) result->source = source;
  else sg_source_delete(source);
  unit->source = NULL;
  return result;
}

FileResult *sg_lint_document(Linter *self, Source *source, const TSTree *old_tree, TSTree **tree_out) {
  LintUnit unit = {.source = source};
  sg_lint__front(self, &unit, old_tree, tree_out);
  return sg_lint_end(self, &unit, NULL);
}

FileResult *sg_lint_path(Linter *self, const char *path) {
  /* read and parsed already, for another file's lookup of its exports */
  Source *kept;
  FlatTree *flat;
  if (self->project && sg_project_take_front(self->project, path, &kept, &flat)) {
    self->times.files++;
    self->times.bytes += kept->len;
    self->times.lines += kept->line_count;
    self->times.nodes += flat->count;
    self->approximate = false;
    LintUnit unit = {.source = kept, .flat = flat};
    return sg_lint_end(self, &unit, NULL);
  }
  double t0 = sg_clock_now();
  Source *source = sg_source_read(path, self->settings->max_file_size);
  self->times.read += sg_clock_now() - t0;
  return sg_lint_source(self, source);
}

FileResult *sg_lint_bytes(Linter *self, const char *path, const char *bytes, size_t len) {
  return sg_lint_source(self, sg_source_from_bytes(path, bytes, len, self->settings->max_file_size));
}
