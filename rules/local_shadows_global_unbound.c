/* SNG110 local-shadows-global-unbound: a function assigns a name the module
 * also binds, on some paths only, and reads it where a path that skipped
 * the assignment arrives: the read does not fall back to the module's
 * binding, it raises UnboundLocalError. */
#include <stdio.h>

#include "rules/unbound.h"

const RuleDoc sg_rule_doc_local_shadows_global_unbound = {
  .summary = "A local that shadows a module-level name is read on a path that did not assign it",
  .what =
    "Reports a read of a function's local variable that some path reaches without an "
    "assignment to it, when the module binds the same name (an import, a module-level "
    "assignment, a `def` or `class`). The assignment anywhere in the function makes the name "
    "local for the whole function, so on the paths that skip it the read does not see the "
    "module's value: it raises `UnboundLocalError`. The same reads SNG102 (opt-in) reports, "
    "narrowed to this shape, which shows the author expected the module's name there.",
  .why =
    "```python\nfrom settings import TIMEOUT\n\ndef fetch(url, slow=False):\n    if slow:\n"
    "        TIMEOUT = 30\n    return get(url, timeout=TIMEOUT)   # slow=False: UnboundLocalError\n```",
  .example =
    "TIMEOUT = 5\n\n\ndef fetch(url, slow=False):\n    if slow:\n        TIMEOUT = 30\n"
    "    return (url, TIMEOUT)\n",
  .instead =
    "TIMEOUT = 5\n\n\ndef fetch(url, slow=False):\n    timeout = 30 if slow else TIMEOUT\n"
    "    return (url, timeout)\n",
  .limits =
    "Only reads SNG102 would report, with its exemptions (correlated tests, calls that never "
    "return, loops over non-empty literals, assertions in tests, `try` handlers that catch "
    "`NameError`); those SNG108 or SNG109 report are theirs. A function that declares the name "
    "`global` or `nonlocal` is not concerned (the name is not local there).",
};

static void sg_local_shadows__one(RuleContext *ctx, const UnboundRead *read) {
  if (!read->may || !sg_possibly_unbound_reportable(ctx, read) || sg_unbound_after_exception(ctx, read)) return;
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  NoBranchMatch nbm;
  if (sg_unbound_no_branch_matches(ctx, read->scope, read->symbol, &nbm) && nbm.read == read->node) return;
  uint32_t global = sg_unbound_module_namesake(m, read->symbol);
  if (global == SG_NONE) return;
  const char *name = sg_names_text(&t->names, m->symbols.items[read->symbol].name);
  const Binding *gb = &m->bindings.items[m->symbols.items[global].first_binding];
  uint32_t first = SG_NONE;
  for (uint32_t b = m->symbols.items[read->symbol].first_binding; b != SG_NONE; b = m->bindings.items[b].next)
    if (m->bindings.items[b].kind != BINDING_KIND_DECLARATION) {
      first = m->bindings.items[b].node;
      break;
    }
  if (first == SG_NONE) return;
  Diagnostic *d = sg_rule_report(ctx, RULE_local_shadows_global_unbound, read->node,
                                 "`%s` is local to this function because line %u assigns it, so on a path that "
                                 "skips that assignment this read does not see the module's `%s` (line %u): it "
                                 "raises UnboundLocalError; give the local another name, or declare `global %s`",
                                 name, sg_source_line_of(ctx->source, t->start_byte[first]) + 1, name,
                                 sg_source_line_of(ctx->source, t->start_byte[gb->node]) + 1, name);
  sg_diag_related(d, t->start_byte[first], t->end_byte[first], "assigned here, on some paths only");
  sg_diag_related(d, t->start_byte[gb->node], t->end_byte[gb->node], "the module's `%s`", name);
}

void sg_rule_local_shadows_global_unbound(RuleContext *ctx) {
  sg_unbound_reads(ctx, sg_local_shadows__one);
}
