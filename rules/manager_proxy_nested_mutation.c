/* SNG507 manager-proxy-nested-mutation: an item fetched from a Manager
 * proxy is a copy; changing it in place is lost. */
#include <string.h>

#include "analyses/values.h"
#include "rules/threads.h"

const RuleDoc sg_rule_doc_manager_proxy_nested_mutation = {
  .summary = "An item of a `Manager` dict/list proxy is changed in place (the change is lost)",
  .what =
    "Reports `d[k].append(x)`, `d[k][j] = v`, `d[k].update(...)` and similar in-place "
    "changes of an item fetched from a `multiprocessing.Manager().dict()` or `.list()` proxy.",
  .why =
    "`d[k]` returns a copy of the item from the manager process. Changing the copy does "
    "not change what the manager holds, so the update silently disappears.",
  .example =
    "import multiprocessing as mp\n\ndef record(shared, key, value):\n    shared[key].append(value)\n\n"
    "if __name__ == '__main__':\n    shared = mp.Manager().dict()\n    record(shared, 'k', 1)\n",
  .instead =
    "import multiprocessing as mp\n\ndef record(shared, key, value):\n    items = shared[key]\n"
    "    items.append(value)\n    shared[key] = items\n\nif __name__ == '__main__':\n"
    "    shared = mp.Manager().dict()\n    record(shared, 'k', 1)\n",
  .limits = "The proxy is recognised by how it was made in this file (a parameter is followed only by name).",
};

static bool sg_manager_proxy__is_proxy(RuleContext *ctx, uint32_t obj) {
  char buf[128];
  const char *q = sg_concurrency_made_by(ctx->model, obj, buf, sizeof buf);
  return q && (!strcmp(q, "multiprocessing.Manager.dict") || !strcmp(q, "multiprocessing.Manager.list"));
}

/* `d[k] = manager.list()`: the items are proxies themselves, and changing
 * them in place reaches the shared object. */
static bool sg_manager_proxy__holds_proxies(RuleContext *ctx, uint32_t obj) {
  const FlatTree *t = ctx->tree;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_ASSIGNMENT) continue;
    uint32_t left = sg_flat_field(t, i, FIELD_LEFT);
    if (left == SG_NONE || t->kind[left] != KIND_SUBSCRIPT) continue;
    if (!sg_lock_same(ctx->model, sg_flat_field(t, left, FIELD_VALUE), obj)) continue;
    if (sg_manager_proxy__is_proxy(ctx, sg_flat_field(t, i, FIELD_RIGHT))) return true;
  }
  return false;
}

void sg_rule_manager_proxy_nested_mutation(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_SUBSCRIPT || t->field[i] == FIELD_LEFT) continue;
    uint32_t obj = sg_flat_field(t, i, FIELD_VALUE);
    if (obj == SG_NONE || t->kind[sg_flat_unparen(t, obj)] == KIND_SUBSCRIPT) continue;
    uint32_t p = t->parent[i], report = SG_NONE;
    if (p != SG_NONE && t->kind[p] == KIND_ATTRIBUTE && t->field[i] == FIELD_OBJECT) {
      uint32_t call = t->parent[p], attr = sg_flat_field(t, p, FIELD_ATTRIBUTE);
      if (call != SG_NONE && t->kind[call] == KIND_CALL && t->field[p] == FIELD_FUNCTION && attr != SG_NONE &&
          sg_value_is_mutating_method(t->name_id[attr]))
        report = call;
    } else if (p != SG_NONE && t->kind[p] == KIND_SUBSCRIPT && t->field[i] == FIELD_VALUE) {
      uint32_t q = t->parent[p];
      if (q != SG_NONE && (t->kind[q] == KIND_ASSIGNMENT || t->kind[q] == KIND_AUGMENTED_ASSIGNMENT) &&
          t->field[p] == FIELD_LEFT)
        report = q;
      if (q != SG_NONE && t->kind[q] == KIND_DELETE_STATEMENT) report = q;
    }
    /* what the object is, only for an in-place change (made_by is not cheap) */
    if (report == SG_NONE || !sg_manager_proxy__is_proxy(ctx, obj)) continue;
    if (sg_manager_proxy__holds_proxies(ctx, obj)) continue;
    uint32_t len;
    const char *item = sg_flat_text(t, i, &len);
    sg_rule_report(ctx, RULE_manager_proxy_nested_mutation, report,
                   "`%.*s` is a copy fetched from a Manager proxy: changing it in place is lost; fetch it, "
                   "change it, and store it back (`x = %.*s; ...; %.*s = x`)",
                   (int)len, item, (int)len, item, (int)len, item);
  }
}
