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
  /* pairs (outer, inner): inner's site lies in outer's region, in index
   * order; each region's inner ones come from a binary search over the
   * sites, not a walk over every region */
  RegionList in = {0};
  Array(uint32_t) pairs = {0};
  for (uint32_t i = 0; i < n; i++) {
    sg_concurrency_regions_in(ctx->threads, rs[i].start, rs[i].end, &in);
    for (uint32_t k = 0; k < in.len; k++)
      if (in.items[k] != i) {
        array_push(&pairs, i);
        array_push(&pairs, in.items[k]);
      }
  }
  for (uint32_t p = 0; p < pairs.len; p += 2) {
    uint32_t i = pairs.items[p], j = pairs.items[p + 1];
    /* same function */
    if (sg_model_function_scope(m, m->node_scope[rs[i].site]) != sg_model_function_scope(m, m->node_scope[rs[j].site]))
      continue;
    if (sg_lock_same(m, rs[i].lock, rs[j].lock)) continue;
    /* an opposite pair elsewhere */
    for (uint32_t q = 0; q < pairs.len; q += 2) {
      uint32_t k = pairs.items[q], l = pairs.items[q + 1];
      if (!sg_lock_same(m, rs[k].lock, rs[j].lock) || !sg_lock_same(m, rs[l].lock, rs[i].lock)) continue;
      uint32_t len1, len2;
      const char *a = sg_flat_text(t, rs[i].lock, &len1), *b = sg_flat_text(t, rs[j].lock, &len2);
      Diagnostic *d = sg_rule_report(ctx, RULE_lock_order_inversion, rs[j].site,
                                     "`%.*s` is acquired while holding `%.*s` here, but line %u acquires them "
                                     "in the opposite order: two threads can deadlock; take them in one order",
                                     (int)len2, b, (int)len1, a,
                                     sg_source_line_of(ctx->source, t->start_byte[rs[l].site]) + 1);
      sg_diag_related(d, t->start_byte[rs[l].site], t->end_byte[rs[l].site], "the opposite order");
      break;  /* one report per inner acquisition */
    }
  }
  array_free(&in);
  array_free(&pairs);
}
