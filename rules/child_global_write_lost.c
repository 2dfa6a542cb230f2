/* SNG605 child-global-write-lost. */
#include "analyses/values.h"
#include "rules/processes.h"

const RuleDoc sg_rule_doc_child_global_write_lost = {
  .summary = "A child process writes a module global the parent then reads",
  .what =
    "Reports a write to a module global (or a mutation of a module-level container) in a "
    "`Process` target when the parent reads that global after `join()`.",
  .why = "The child changes its own copy of the module; the parent's stays as it was.",
  .example =
    "from multiprocessing import Process\n\nresults = []\n\ndef work(x):\n    results.append(x * x)\n\n"
    "def main():\n    p = Process(target=work, args=(3,))\n    p.start()\n    p.join()\n    print(results)\n",
  .instead =
    "from multiprocessing import Process, Queue\n\ndef work(q, x):\n    q.put(x * x)\n\n"
    "def main():\n    q = Queue()\n    p = Process(target=work, args=(q, 3))\n    p.start()\n    print(q.get())\n    p.join()\n",
};

void sg_rule_child_global_write_lost(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (!ctx->processes) return;
  for (uint32_t i = 0; i < ctx->processes->handoffs.len; i++) {
    const ProcessHandoff *h = &ctx->processes->handoffs.items[i];
    uint32_t child = sg_processes_child_scope(m, h);
    if (child == SG_NONE) continue;
    /* where the parent joins: the first `.join()` after the start in its scope */
    uint32_t parent = sg_model_function_scope(m, m->node_scope[h->call]);
    uint32_t pbody = parent == 0 ? 0 : m->scopes.items[parent].body;
    uint32_t join = SG_NONE;
    for (uint32_t k = h->call; pbody != SG_NONE && k <= t->subtree_end[pbody] && join == SG_NONE; k++)
      if (t->kind[k] == KIND_ATTRIBUTE && sg_flat_field(t, k, FIELD_ATTRIBUTE) != SG_NONE &&
          sg_flat_text_is(t, sg_flat_field(t, k, FIELD_ATTRIBUTE), "join") && t->start_byte[k] > t->end_byte[h->call])
        join = k;
    if (join == SG_NONE) continue;
    /* writes in the child to module globals */
    uint32_t cbody = m->scopes.items[child].body;
    for (uint32_t k = cbody; cbody != SG_NONE && k <= t->subtree_end[cbody]; k++) {
      if (t->kind[k] != KIND_IDENTIFIER || m->node_scope[k] != child) continue;
      uint32_t gsym = SG_NONE, write = SG_NONE;
      uint32_t b = m->node_binding[k];
      if (b != SG_NONE && (m->symbols.items[m->bindings.items[b].symbol].flags & SYMBOL_GLOBAL) &&
          m->bindings.items[b].kind != BINDING_KIND_GLOBAL_DECL) {
        gsym = sg_model_symbol(m, 0, t->name_id[k]);
        write = m->bindings.items[b].context;
      } else if (m->node_reference[k] != SG_NONE && m->references.items[m->node_reference[k]].kind == REFERENCE_GLOBAL) {
        uint32_t where;
        UseKind use = sg_value_use(m, k, &where, NULL);
        if (use == USE_MUTATE) {
          gsym = m->references.items[m->node_reference[k]].symbol;
          write = where;
        }
      }
      if (gsym == SG_NONE || write == SG_NONE) continue;
      /* the parent reads it after join */
      bool read_after = false;
      for (uint32_t q = m->symbols.items[gsym].first_reference; q != SG_NONE && !read_after; q = m->references.items[q].next) {
        uint32_t use = m->references.items[q].node;
        read_after = t->start_byte[use] > t->end_byte[join] &&
                     sg_model_function_scope(m, m->node_scope[use]) == parent;
      }
      if (!read_after) continue;
      Diagnostic *d = sg_rule_report(ctx, RULE_child_global_write_lost, write,
                                     "`%s` is changed in the child process, but the parent reads its own copy after "
                                     "`join()` (line %u): the change is lost; send results back (Queue, Pipe, Manager, "
                                     "a Pool's return values)",
                                     sg_flat_name(t, k), sg_source_line_of(ctx->source, t->start_byte[join]) + 1);
      sg_diag_related(d, t->start_byte[h->call], t->end_byte[h->call], "the child process");
      break;
    }
  }
}
