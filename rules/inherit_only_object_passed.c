/* SNG603 inherit-only-object-passed. */
#include <string.h>

#include "analyses/concurrency.h"
#include "analyses/resolve.h"
#include "analyses/values.h"
#include "rules/processes.h"

const RuleDoc sg_rule_doc_inherit_only_object_passed = {
  .summary = "A multiprocessing Queue/Lock/Value is passed as a Pool task argument",
  .what =
    "Reports a `multiprocessing.Queue`, `Lock`, `RLock`, `Semaphore`, `Event`, "
    "`Condition`, `Value` or `Array` passed as an argument to a Pool or "
    "ProcessPoolExecutor method.",
  .why =
    "These objects can only reach a child by inheritance, when the child process is "
    "created: `RuntimeError: Queue objects should only be shared between processes "
    "through inheritance`. Passing them to `Process(args=...)` is fine.",
  .example =
    "import multiprocessing as mp\n\ndef work(q, x):\n    q.put(x)\n\ndef main():\n    q = mp.Queue()\n"
    "    with mp.Pool(2) as pool:\n        pool.apply_async(work, (q, 1)).get()\n",
  .instead =
    "import multiprocessing as mp\n\ndef work(q, x):\n    q.put(x)\n\ndef main():\n    q = mp.Manager().Queue()\n"
    "    with mp.Pool(2) as pool:\n        pool.apply_async(work, (q, 1)).get()\n",
  .limits = "`Manager()` proxies and `initializer=`/`initargs=` are the fixes and are not reported.",
};

void sg_rule_inherit_only_object_passed(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  if (!ctx->processes) return;
  static const char *const kinds[] = {"Queue", "SimpleQueue", "JoinableQueue", "Lock", "RLock", "Semaphore",
                                      "BoundedSemaphore", "Event", "Condition", "Value", "Array", "Barrier"};
  for (uint32_t i = 0; i < ctx->processes->handoffs.len; i++) {
    const ProcessHandoff *h = &ctx->processes->handoffs.items[i];
    if (!h->pool || h->initializer || h->channel) continue;
    /* what the task carries: its arguments, and those a `functools.partial(f, ...)`
     * task function binds (pickled with it) */
    Array(uint32_t) sent = {0};
    for (uint32_t a = 0; a < h->args.len; a++) array_push(&sent, h->args.items[a]);
    uint32_t task = h->callable == SG_NONE ? SG_NONE : sg_flat_unparen(t, h->callable);
    if (task != SG_NONE && t->kind[task] == KIND_IDENTIFIER) {
      const Binding *bd = sg_value_sole_binding(ctx->model, task);
      task = bd && bd->kind == BINDING_KIND_ASSIGNMENT && bd->value != SG_NONE ? sg_flat_unparen(t, bd->value) : SG_NONE;
    }
    if (task != SG_NONE && t->kind[task] == KIND_CALL) {
      char pb[64];
      const char *pq = sg_resolve_qualified(ctx->model, sg_flat_field(t, task, FIELD_FUNCTION), pb, sizeof pb);
      uint32_t args = sg_flat_field(t, task, FIELD_ARGUMENTS);
      if (pq && !strcmp(pq, "functools.partial") && args != SG_NONE) {
        uint32_t k = 0;
        for (uint32_t c = sg_flat_named_child(t, args); c != SG_NONE; c = sg_flat_next_named(t, c)) {
          if (t->kind[c] == KIND_COMMENT) continue;
          uint32_t v = t->kind[c] == KIND_KEYWORD_ARGUMENT ? sg_flat_field(t, c, FIELD_VALUE) : c;
          if (k++ > 0 && v != SG_NONE) array_push(&sent, v);
        }
      }
    }
    for (uint32_t a = 0; a < sent.len; a++) {
      char buf[128];
      const char *q = sg_concurrency_made_by(ctx->model, sent.items[a], buf, sizeof buf);
      if (!q || strncmp(q, "multiprocessing.", 16) || strstr(q, "Manager.")) continue;
      const char *last = strrchr(q, '.') + 1;
      bool inherit_only = false;
      for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) inherit_only |= !strcmp(last, kinds[k]);
      if (!inherit_only) continue;
      uint32_t len;
      const char *text = sg_flat_text(t, sent.items[a], &len);
      sg_rule_report(ctx, RULE_inherit_only_object_passed, h->call,
                     "`%.*s` is a multiprocessing.%s, which can only reach a child by inheritance: as a pool "
                     "task argument it raises RuntimeError; use a `Manager()` object or `initializer=`/`initargs=`",
                     (int)(len > 40 ? 40 : len), text, last);
    }
    array_free(&sent);
  }
}
