/* SNG510 daemon-after-start. */
#include <string.h>

#include "rules/threads.h"

const RuleDoc sg_rule_doc_daemon_after_start = {
  .summary = "`daemon` is set after the thread was started",
  .what = "Reports `t.daemon = ...` or `t.setDaemon(...)` after `t.start()` on the same thread.",
  .why = "Python raises `RuntimeError: cannot set daemon status of active thread`.",
  .example = "import threading\n\ndef run(work):\n    t = threading.Thread(target=work)\n    t.start()\n    t.daemon = True\n",
  .instead = "import threading\n\ndef run(work):\n    t = threading.Thread(target=work, daemon=True)\n    t.start()\n",
};

static uint32_t sg_daemon__symbol(const SemanticModel *m, uint32_t e) {
  uint32_t r = m->node_reference[e];
  return r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
}

void sg_rule_daemon_after_start(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) continue;
    uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT), attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
    if (obj == SG_NONE || attr == SG_NONE || t->kind[obj] != KIND_IDENTIFIER || !sg_flat_text_is(t, attr, "start"))
      continue;
    if (!sg_concurrency_is_thread(m, obj, false)) continue;
    uint32_t sym = sg_daemon__symbol(m, obj);
    if (sym == SG_NONE) continue;
    /* later in the same function, before any rebinding of the name */
    uint32_t fs = sg_model_function_scope(m, m->node_scope[i]);
    uint32_t stop = UINT32_MAX;
    for (uint32_t b = m->symbols.items[sym].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
      uint32_t pos = t->start_byte[m->bindings.items[b].node];
      if (pos > t->end_byte[i] && pos < stop) stop = pos;
    }
    for (uint32_t r = m->symbols.items[sym].first_reference; r != SG_NONE; r = m->references.items[r].next) {
      uint32_t use = m->references.items[r].node;
      if (t->start_byte[use] <= t->end_byte[i] || t->start_byte[use] >= stop) continue;
      if (sg_model_function_scope(m, m->node_scope[use]) != fs) continue;
      uint32_t p = t->parent[use];
      if (p == SG_NONE || t->kind[p] != KIND_ATTRIBUTE) continue;
      uint32_t a2 = sg_flat_field(t, p, FIELD_ATTRIBUTE);
      uint32_t gp = t->parent[p];
      bool set_attr = a2 != SG_NONE && sg_flat_text_is(t, a2, "daemon") && gp != SG_NONE &&
                      t->kind[gp] == KIND_ASSIGNMENT && t->field[p] == FIELD_LEFT;
      bool set_call = a2 != SG_NONE && sg_flat_text_is(t, a2, "setDaemon") && gp != SG_NONE && t->kind[gp] == KIND_CALL;
      if (!set_attr && !set_call) continue;
      Diagnostic *d = sg_rule_report(ctx, RULE_daemon_after_start, gp,
                                     "the thread was started on line %u: setting `daemon` now raises "
                                     "RuntimeError; set it before `start()` (or pass `daemon=True`)",
                                     sg_source_line_of(ctx->source, t->start_byte[i]) + 1);
      sg_diag_related(d, t->start_byte[i], t->end_byte[i], "started here");
    }
  }
}
