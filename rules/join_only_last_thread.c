/* SNG512 join-only-last-thread. */
#include <string.h>

#include "analyses/resolve.h"

#include "rules/threads.h"

const RuleDoc sg_rule_doc_join_only_last_thread = {
  .summary = "Only the last of the threads started in a loop is joined",
  .what =
    "Reports `t.join()` after a loop that created and started threads (or processes) in "
    "the same variable `t` without keeping the others.",
  .why = "`t` holds only the last thread, so the join waits for that one; the others may still be running.",
  .example =
    "import threading\n\ndef run_all(jobs):\n    for job in jobs:\n        t = threading.Thread(target=job)\n"
    "        t.start()\n    t.join()\n",
  .instead =
    "import threading\n\ndef run_all(jobs):\n    threads = [threading.Thread(target=job) for job in jobs]\n"
    "    for t in threads:\n        t.start()\n    for t in threads:\n        t.join()\n",
};

/* Is the name bound again between the loop and the join (another thread)? */
static bool sg_join_last__rebound_between(const SemanticModel *m, uint32_t symbol, uint32_t from, uint32_t to) {
  for (uint32_t b = m->symbols.items[symbol].first_binding; b != SG_NONE; b = m->bindings.items[b].next) {
    uint32_t pos = m->tree->start_byte[m->bindings.items[b].node];
    if (pos > from && pos < to) return true;
  }
  return false;
}

void sg_rule_join_only_last_thread(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  for (uint32_t b = 0; b < m->bindings.len; b++) {
    const Binding *bd = &m->bindings.items[b];
    if (bd->kind != BINDING_KIND_ASSIGNMENT || bd->value == SG_NONE) continue;
    /* cheap first: a constructor call */
    uint32_t v = sg_flat_unparen(t, bd->value);
    if (t->kind[v] != KIND_CALL || !sg_concurrency_is_thread(m, v, true)) continue;
    /* created in a loop */
    uint32_t loop = SG_NONE;
    for (uint32_t p = t->parent[bd->node]; p != SG_NONE && loop == SG_NONE; p = t->parent[p]) {
      if (t->kind[p] == KIND_FUNCTION_DEFINITION || t->kind[p] == KIND_CLASS_DEFINITION) break;
      if (t->kind[p] == KIND_FOR_STATEMENT || t->kind[p] == KIND_WHILE_STATEMENT) loop = p;
    }
    if (loop == SG_NONE) continue;
    const Symbol *sym = &m->symbols.items[bd->symbol];
    bool kept = false, started = false;
    uint32_t join = SG_NONE;
    for (uint32_t r = sym->first_reference; r != SG_NONE; r = m->references.items[r].next) {
      uint32_t use = m->references.items[r].node;
      uint32_t p = t->parent[use];
      bool method = p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[use] == FIELD_OBJECT;
      uint32_t attr = method ? sg_flat_field(t, p, FIELD_ATTRIBUTE) : SG_NONE;
      if (sg_flat_is_ancestor(t, loop, use)) {
        /* t.start(), t.daemon = ..., t.setDaemon(...) keep nothing; any other
         * use (appended, passed, `addCleanup(t.join)`) may keep the thread */
        uint32_t gp = method ? t->parent[p] : SG_NONE;
        bool call = gp != SG_NONE && t->kind[gp] == KIND_CALL && t->field[p] == FIELD_FUNCTION;
        bool store = gp != SG_NONE && t->kind[gp] == KIND_ASSIGNMENT && t->field[p] == FIELD_LEFT;
        if (call && sg_flat_text_is(t, attr, "start")) started = true;
        else if (!(call && (sg_flat_text_is(t, attr, "setDaemon") || sg_flat_text_is(t, attr, "setName"))) && !store)
          kept = true;
      } else if (t->start_byte[use] > t->end_byte[loop] && attr != SG_NONE && sg_flat_text_is(t, attr, "join") &&
                 join == SG_NONE && !sg_join_last__rebound_between(m, bd->symbol, t->end_byte[loop], t->start_byte[use])) {
        join = t->parent[p];
      }
    }
    if (kept || !started || join == SG_NONE) continue;
    const char *name = sg_flat_name(t, bd->node);
    Diagnostic *d = sg_rule_report(ctx, RULE_join_only_last_thread, join,
                                   "`%s` holds only the last thread started by the loop on line %u: this waits "
                                   "for that one, not the others; keep them in a list and join each",
                                   name, sg_source_line_of(ctx->source, t->start_byte[loop]) + 1);
    sg_diag_related(d, t->start_byte[loop], t->start_byte[loop] + 3, "threads started in this loop");
  }
}
