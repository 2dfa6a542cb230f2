/* SNG505 sleep-while-holding-lock. */
#include "analyses/resolve.h"
#include "rules/threads.h"

const RuleDoc sg_rule_doc_sleep_while_holding_lock = {
  .summary = "`time.sleep()` while a lock is held",
  .what = "Reports `time.sleep(...)` inside `with L:` or between `L.acquire()` and `L.release()`.",
  .why = "Every other thread that needs the lock waits for the whole sleep: throughput collapses and timeouts appear.",
  .example =
    "import threading, time\n\nlock = threading.Lock()\n\ndef poll(state):\n    with lock:\n"
    "        time.sleep(1)\n        state.refresh()\n",
  .instead =
    "import threading, time\n\nlock = threading.Lock()\n\ndef poll(state):\n    time.sleep(1)\n"
    "    with lock:\n        state.refresh()\n",
  .limits = "`cond.wait(timeout)` is fine: it releases the lock while it waits. A sleep after "
            "`L.release()` is not under the lock when the release runs on every path to it: a "
            "statement of the locked block, or inside a `with`/`try` body there (`with L: ...; "
            "L.release(); time.sleep(1)`); a release in a branch does not end the region. "
            "`time.sleep(0)` only yields the processor and is not reported.",
};

void sg_rule_sleep_while_holding_lock(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  if (!ctx->threads) return;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_CALL) continue;
    /* cheap test first: the callee is named `sleep` */
    uint32_t fn = sg_flat_field(t, i, FIELD_FUNCTION);
    uint32_t last = fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE ? sg_flat_field(t, fn, FIELD_ATTRIBUTE) : fn;
    if (last == SG_NONE || t->kind[last] != KIND_IDENTIFIER || !sg_flat_text_is(t, last, "sleep")) continue;
    if (!sg_resolve_is(ctx->model, fn, "time.sleep")) continue;
    /* sleep(0) only yields the processor: nobody waits longer for it */
    uint32_t secs = sg_flat_unparen(t, sg_flat_call_arg(t, i, 0, "secs"));
    if (secs != SG_NONE && (t->kind[secs] == KIND_INTEGER || t->kind[secs] == KIND_FLOAT)) {
      uint32_t len;
      const char *text = sg_flat_text(t, secs, &len);
      bool zero = true;
      for (uint32_t c = 0; c < len && zero; c++) zero = text[c] == '0' || text[c] == '.' || text[c] == '_';
      if (zero) continue;
    }
    const LockRegion *lr = sg_concurrency_held(ctx->threads, i);
    if (!lr) continue;
    uint32_t len;
    const char *name = sg_flat_text(t, lr->lock, &len);
    Diagnostic *d = sg_rule_report(ctx, RULE_sleep_while_holding_lock, i,
                                   "`time.sleep()` while `%.*s` is held: every thread that needs the lock "
                                   "waits for the sleep too; sleep outside the locked section",
                                   (int)len, name);
    sg_diag_related(d, t->start_byte[lr->site], t->end_byte[lr->site], "the lock is taken here");
  }
}
