/* SNG606 join-before-queue-drained. */
#include <string.h>

#include "analyses/concurrency.h"
#include "rules/processes.h"

const RuleDoc sg_rule_doc_join_before_queue_drained = {
  .summary = "The parent joins a process before draining the queue it writes to",
  .what =
    "Reports `p.join()` on a process that `put`s on a `multiprocessing.Queue` when the "
    "parent has not `get()` from that queue before the join.",
  .why =
    "A child that put data on a queue does not exit until its feeder thread has flushed the "
    "data to the pipe, which needs the parent to read it. The parent waits in `join()`, the "
    "child waits for the parent to read: deadlock (with large enough items).",
  .example =
    "from multiprocessing import Process, Queue\n\ndef work(q):\n    q.put('x' * 1_000_000)\n\n"
    "def main():\n    q = Queue()\n    p = Process(target=work, args=(q,))\n    p.start()\n    p.join()\n    print(len(q.get()))\n",
  .instead =
    "from multiprocessing import Process, Queue\n\ndef work(q):\n    q.put('x' * 1_000_000)\n\n"
    "def main():\n    q = Queue()\n    p = Process(target=work, args=(q,))\n    p.start()\n    print(len(q.get()))\n    p.join()\n",
};

void sg_rule_join_before_queue_drained(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  if (!ctx->processes) return;
  for (uint32_t i = 0; i < ctx->processes->handoffs.len; i++) {
    const ProcessHandoff *h = &ctx->processes->handoffs.items[i];
    uint32_t child = sg_processes_child_scope(m, h);
    if (child == SG_NONE) continue;
    /* a queue argument the child puts on */
    for (uint32_t a = 0; a < h->args.len; a++) {
      char buf[128];
      const char *q = sg_concurrency_made_by(m, h->args.items[a], buf, sizeof buf);
      if (!q || strncmp(q, "multiprocessing.", 16) || strstr(q, "Manager.") || !strstr(q, "Queue")) continue;
      uint32_t params = sg_flat_field(t, m->scopes.items[child].node, FIELD_PARAMETERS);
      uint32_t param = sg_flat_named_child(t, params);
      for (uint32_t k = 0; k < a && param != SG_NONE; k++) param = sg_flat_next_named(t, param);
      if (param == SG_NONE || t->kind[param] != KIND_IDENTIFIER) continue;
      /* the child puts on it, and does not cancel_join_thread() */
      bool puts = false, cancels = false;
      uint32_t cbody = m->scopes.items[child].body;
      for (uint32_t k = cbody; cbody != SG_NONE && k <= t->subtree_end[cbody]; k++) {
        uint32_t obj = sg_flat_field(t, k, FIELD_OBJECT), attr = sg_flat_field(t, k, FIELD_ATTRIBUTE);
        if (t->kind[k] != KIND_ATTRIBUTE || obj == SG_NONE || attr == SG_NONE) continue;
        if (t->name_id[obj] != t->name_id[param]) continue;
        puts |= sg_flat_text_is(t, attr, "put") || sg_flat_text_is(t, attr, "put_nowait");
        cancels |= sg_flat_text_is(t, attr, "cancel_join_thread");
      }
      if (!puts || cancels) continue;
      /* another process given the same queue may be the one that drains it */
      bool shared = false;
      for (uint32_t o = 0; o < ctx->processes->handoffs.len && !shared; o++) {
        const ProcessHandoff *other = &ctx->processes->handoffs.items[o];
        for (uint32_t b = 0; o != i && b < other->args.len && !shared; b++)
          shared = sg_lock_same(m, other->args.items[b], h->args.items[a]);
      }
      if (shared) continue;
      /* in the parent, after the start: a join before any get on the queue */
      uint32_t parent = sg_model_function_scope(m, m->node_scope[h->call]);
      uint32_t pbody = parent == 0 ? 0 : m->scopes.items[parent].body;
      uint32_t qname = h->args.items[a];
      for (uint32_t k = h->call; pbody != SG_NONE && k <= t->subtree_end[pbody]; k++) {
        if (t->kind[k] != KIND_ATTRIBUTE || t->start_byte[k] <= t->end_byte[h->call]) continue;
        uint32_t obj = sg_flat_field(t, k, FIELD_OBJECT), attr = sg_flat_field(t, k, FIELD_ATTRIBUTE);
        if (attr == SG_NONE || obj == SG_NONE) continue;
        if (sg_lock_same(m, obj, qname) && (sg_flat_text_is(t, attr, "get") || sg_flat_text_is(t, attr, "get_nowait") ||
                                            sg_flat_text_is(t, attr, "cancel_join_thread")))
          break;  /* drained (or told not to wait) first */
        if (sg_flat_text_is(t, attr, "join") && t->parent[k] != SG_NONE && t->kind[t->parent[k]] == KIND_CALL) {
          Diagnostic *d = sg_rule_report(ctx, RULE_join_before_queue_drained, t->parent[k],
                                         "`join()` before the queue the child writes to is drained: the child cannot "
                                         "exit until its data is read, so this can deadlock; `get()` the results first");
          sg_diag_related(d, t->start_byte[h->call], t->end_byte[h->call], "the child that puts on the queue");
          break;
        }
      }
    }
  }
}
