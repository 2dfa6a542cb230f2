/* SNG511 args-not-a-tuple: `args=(x)` is x, not a one-element tuple. */
#include <string.h>

#include "analyses/resolve.h"
#include "analyses/values.h"
#include "rules/threads.h"

const RuleDoc sg_rule_doc_args_not_a_tuple = {
  .summary = "`args=(x)` is not a tuple",
  .what =
    "Reports `args=(x)` — parentheses without a comma — passed to `threading.Thread`, "
    "`threading.Timer`, `multiprocessing.Process` and pool methods (`apply_async`, ...); and "
    "a thread or process whose target is passed positionally (`threading.Thread(work)`): the "
    "first positional parameter of `Thread` and `Process` is `group`, which must be `None` "
    "(AssertionError).",
  .why =
    "`(x)` is just `x`. A string is then unpacked into one argument per character, and "
    "most other values fail with `TypeError`.",
  .example = "import threading\n\ndef start(name):\n    threading.Thread(target=print, args=(name)).start()\n",
  .instead = "import threading\n\ndef start(name):\n    threading.Thread(target=print, args=(name,)).start()\n",
  .fix = "Safe: adds the comma, `args=(x,)`.",
};

/* `threading.Thread(work)`, `multiprocessing.Process(work)`: the first
 * positional parameter is `group`, and anything but None fails the
 * constructor's `assert group is None`. */
static void sg_args__positional_target(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  uint32_t names[2] = {sg_names_find(&t->names, "Thread", 6), sg_names_find(&t->names, "Process", 7)};
  for (int k = 0; k < 2; k++) {
    if (names[k] == SG_NONE) continue;
    uint32_t first, end;
    sg_model_calls_named(m, names[k], &first, &end);
    for (uint32_t j = first; j < end; j++) {
      uint32_t call = m->calls.items[2 * j + 1];
      char buf[64];
      const char *q = sg_resolve_qualified(m, sg_flat_field(t, call, FIELD_FUNCTION), buf, sizeof buf);
      if (!q || (strcmp(q, "threading.Thread") && strcmp(q, "multiprocessing.Process") &&
                 strcmp(q, "multiprocessing.context.Process")))
        continue;
      uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
      uint32_t a = args == SG_NONE ? SG_NONE : sg_flat_named_child(t, args);
      while (a != SG_NONE && t->kind[a] == KIND_COMMENT) a = sg_flat_next_named(t, a);
      if (a == SG_NONE || t->kind[a] == KIND_KEYWORD_ARGUMENT || t->kind[a] == KIND_LIST_SPLAT ||
          t->kind[a] == KIND_DICTIONARY_SPLAT || t->kind[sg_flat_unparen(t, a)] == KIND_NONE)
        continue;
      uint32_t len;
      const char *text = sg_flat_text(t, a, &len);
      sg_rule_report(ctx, RULE_args_not_a_tuple, a,
                     "`%.*s` is passed as `group`, the first positional parameter of `%s`, not as its target: "
                     "the constructor raises AssertionError (group must be None); write `target=%.*s`",
                     (int)(len > 40 ? 40 : len), text, strrchr(q, '.') + 1, (int)(len > 40 ? 40 : len), text);
    }
  }
}

void sg_rule_args_not_a_tuple(RuleContext *ctx) {
  sg_args__positional_target(ctx);
  const FlatTree *t = ctx->tree;
  const SemanticModel *m = ctx->model;
  for (uint32_t i = 0; i < t->count; i++) {
    if (t->kind[i] != KIND_KEYWORD_ARGUMENT) continue;
    uint32_t name = sg_flat_field(t, i, FIELD_NAME), value = sg_flat_field(t, i, FIELD_VALUE);
    if (name == SG_NONE || value == SG_NONE || !sg_flat_text_is(t, name, "args")) continue;
    if (t->kind[value] != KIND_PARENTHESIZED_EXPRESSION) continue;
    uint32_t inner = sg_flat_named_child(t, value);
    if (inner == SG_NONE || t->kind[inner] == KIND_GENERATOR_EXPRESSION || t->kind[inner] == KIND_LIST_SPLAT) continue;
    /* (t) with t a tuple or list: fine */
    ValueKind vk = sg_value_of(m, inner);
    if (vk == VALUE_LIST || t->kind[inner] == KIND_TUPLE || t->kind[inner] == KIND_LIST) continue;
    if (t->kind[inner] == KIND_IDENTIFIER) {
      uint32_t r = m->node_reference[inner];
      uint32_t sym = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
      bool sequence = false;
      for (uint32_t b = sym == SG_NONE ? SG_NONE : m->symbols.items[sym].first_binding; b != SG_NONE;
           b = m->bindings.items[b].next) {
        uint32_t v = m->bindings.items[b].value;
        if (v != SG_NONE && (t->kind[sg_flat_unparen(t, v)] == KIND_TUPLE || sg_value_of(m, v) == VALUE_LIST))
          sequence = true;
      }
      if (sequence) continue;
    }
    uint32_t call = t->parent[t->parent[i]];
    if (call == SG_NONE || t->kind[call] != KIND_CALL) continue;
    uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
    char buf[128];
    const char *q = sg_resolve_qualified(m, fn, buf, sizeof buf);
    bool api = q && (!strcmp(q, "threading.Thread") || !strcmp(q, "threading.Timer") ||
                     !strcmp(q, "multiprocessing.Process") || !strcmp(q, "multiprocessing.context.Process"));
    if (!api && fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) {
      uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
      api = attr != SG_NONE && (sg_flat_text_is(t, attr, "apply_async") || sg_flat_text_is(t, attr, "apply") ||
                                sg_flat_text_is(t, attr, "Process") || sg_flat_text_is(t, attr, "Thread") ||
                                sg_flat_text_is(t, attr, "Timer"));
    }
    if (!api) continue;
    uint32_t len;
    const char *text = sg_flat_text(t, inner, &len);
    Diagnostic *d = sg_rule_report(ctx, RULE_args_not_a_tuple, value,
                                   "`args=(%.*s)` is not a tuple: the parentheses only group; write `args=(%.*s,)`",
                                   (int)len, text, (int)len, text);
    sg_fix_edit(sg_diag_fix(d, FIX_SAFE, "Add the comma: a one-element tuple"), t->end_byte[inner],
                t->end_byte[inner], ",");
  }
}
