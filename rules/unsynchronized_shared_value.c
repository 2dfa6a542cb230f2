/* SNG506 unsynchronized-shared-value: a multiprocessing Value/Array/Manager
 * proxy updated in place without its lock. */
#include <string.h>

#include "rules/threads.h"

const RuleDoc sg_rule_doc_unsynchronized_shared_value = {
  .summary = "A multiprocessing shared value is updated without its lock",
  .what =
    "Reports a read-modify-write of `multiprocessing.Value(...).value`, an `Array` "
    "element, or a `Manager` proxy item (`d[k] += 1`) in a process or thread target "
    "without `with v.get_lock():` or another held lock.",
  .why =
    "`v.value += 1` reads and writes in two steps; the lock inside a synchronized Value "
    "protects each step, not the pair, so concurrent updates are lost. A Manager proxy "
    "makes each access a separate round trip.",
  .example =
    "import multiprocessing as mp\n\ndef work(total):\n    total.value += 1\n\n"
    "if __name__ == '__main__':\n    total = mp.Value('i', 0)\n    p = mp.Process(target=work, args=(total,))\n",
  .instead =
    "import multiprocessing as mp\n\ndef work(total):\n    with total.get_lock():\n        total.value += 1\n\n"
    "if __name__ == '__main__':\n    total = mp.Value('i', 0)\n    p = mp.Process(target=work, args=(total,))\n",
  .limits = "The shared object is recognised by how it was made in this file; parameters are recognised by name use only when made here.",
};

static void sg_shared_value__one(RuleContext *ctx, uint32_t scope, const ReadModifyWrite *rmw, void *arg) {
  (void)arg;
  const FlatTree *t = ctx->tree;
  if (sg_concurrency_held(ctx->threads, rmw->statement)) return;
  if (!sg_threads_is_shared_value(ctx, rmw->target)) return;
  uint32_t len;
  const char *what = sg_flat_text(t, rmw->target, &len);
  sg_rule_report(ctx, RULE_unsynchronized_shared_value, rmw->statement,
                 "read-modify-write of the shared `%.*s` without its lock: another process or thread can "
                 "update it between the read and the write; hold `get_lock()` (or another lock) around it",
                 (int)len, what);
  (void)scope;
}

void sg_rule_unsynchronized_shared_value(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  if (!ctx->threads) return;
  for (uint32_t s = 0; s < m->scopes.len; s++)
    if ((ctx->threads->runs_on_thread[s] || ctx->threads->runs_in_process[s]) &&
        m->scopes.items[s].kind != SCOPE_CLASS)
      sg_threads_rmw(ctx, s, sg_shared_value__one, NULL);
}
