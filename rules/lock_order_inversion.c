/* SNG508 lock-order-inversion: two locks taken in opposite orders. */
#include "rules/threads.h"

const RuleDoc sg_rule_doc_lock_order_inversion = {
  .summary = "Two locks are acquired in opposite orders on two paths (deadlock risk)",
  .what = "Reports nested acquisitions of the same two locks in opposite orders (`with A: with B:` and `with B: with A:`).",
  .why =
    "A thread on the first path holds A and waits for B while a thread on the second holds "
    "B and waits for A: both wait forever.",
  .example =
    "import threading\n\na = threading.Lock()\nb = threading.Lock()\n\ndef one():\n    with a:\n        with b:\n"
    "            pass\n\ndef two():\n    with b:\n        with a:\n            pass\n",
  .instead =
    "import threading\n\na = threading.Lock()\nb = threading.Lock()\n\ndef one():\n    with a:\n        with b:\n"
    "            pass\n\ndef two():\n    with a:\n        with b:\n            pass\n",
};

void sg_rule_lock_order_inversion(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  if (!ctx->threads) return;
  const LockRegion *rs = ctx->threads->regions.items;
  uint32_t n = ctx->threads->regions.len;
  /* pairs (outer, inner): inner's site lies in outer's region, same function */
  for (uint32_t i = 0; i < n; i++)
    for (uint32_t j = 0; j < n; j++) {
      if (i == j || t->start_byte[rs[j].site] < rs[i].start || t->start_byte[rs[j].site] >= rs[i].end) continue;
      if (sg_model_function_scope(m, m->node_scope[rs[i].site]) != sg_model_function_scope(m, m->node_scope[rs[j].site]))
        continue;
      if (sg_lock_same(m, rs[i].lock, rs[j].lock)) continue;
      /* an opposite pair elsewhere */
      for (uint32_t k = 0; k < n; k++)
        for (uint32_t l = 0; l < n; l++) {
          if (k == l || t->start_byte[rs[l].site] < rs[k].start || t->start_byte[rs[l].site] >= rs[k].end) continue;
          if (!sg_lock_same(m, rs[k].lock, rs[j].lock) || !sg_lock_same(m, rs[l].lock, rs[i].lock)) continue;
          uint32_t len1, len2;
          const char *a = sg_flat_text(t, rs[i].lock, &len1), *b = sg_flat_text(t, rs[j].lock, &len2);
          Diagnostic *d = sg_rule_report(ctx, RULE_lock_order_inversion, rs[j].site,
                                         "`%.*s` is acquired while holding `%.*s` here, but line %u acquires them "
                                         "in the opposite order: two threads can deadlock; take them in one order",
                                         (int)len2, b, (int)len1, a,
                                         sg_source_line_of(ctx->source, t->start_byte[rs[l].site]) + 1);
          sg_diag_related(d, t->start_byte[rs[l].site], t->end_byte[rs[l].site], "the opposite order");
          k = l = n;  /* one report per inner acquisition */
        }
    }
}
