/* SNG206 shared-mutable-fill: `[[]] * n` and `dict.fromkeys(keys, [])` fill
 * every slot with the same inner object. */
#include "analyses/resolve.h"
#include "analyses/values.h"
#include "rules/rule.h"

#include <string.h>

const RuleDoc sg_rule_doc_shared_mutable_fill = {
  .summary = "A slot of a repeated list or `fromkeys` dict is changed in place: all slots hold one object",
  .what =
    "Reports `[[]] * n`, `[{}] * n`, `[set()] * n`, `[[0] * m] * n` (and `n * [...]`) "
    "and `dict.fromkeys(keys, [])` (or `{}`, `set()`, any list/dict/set display or "
    "constructor as the value) when the result, bound to a name or an attribute, has "
    "an item changed in place through it: `rows[i][j] = v`, `rows[i].append(v)`, "
    "`rows[i] += [...]`, `d[k].append(v)`, or `for row in rows: row.append(v)`.",
  .why =
    "Repetition and `fromkeys` copy references, not objects: all slots point at one "
    "inner list, so changing one row changes them all:\n\n"
    "```python\n>>> grid = [[0] * 3] * 2\n>>> grid[0][0] = 1\n>>> grid\n[[1, 0, 0], [1, 0, 0]]\n```",
  .example =
    "grid = [[0] * 3] * len(rows)\ngrid[0][0] = 1\nowners = dict.fromkeys(files, [])\n"
    "owners[path].append(user)\n",
  .instead =
    "grid = [[0] * 3 for _ in range(len(rows))]\ngrid[0][0] = 1\n"
    "owners = {f: [] for f in files}\nowners[path].append(user)\n",
  .limits =
    "Only literal displays and known constructors are recognised as the inner "
    "object; `[row] * n` with `row` a variable is not reported. The count must be "
    "surely an int (a literal, `len(...)`, int arithmetic, a name bound only to "
    "such, a parameter annotated `int`): `[[1]] * matrix` may be another type's "
    "`__rmul__`. A repetition that is only read, whose slots are only replaced "
    "(`rows[i] = [...]`), or that is passed on, returned or compared without a "
    "mutation in view is not reported. `* 0` and `* 1` are not reported (no second "
    "slot).",
};

/* The display's first mutable element, or SG_NONE. */
static uint32_t sg_shared_mutable_fill__mutable_item(const SemanticModel *m, uint32_t display) {
  const FlatTree *t = m->tree;
  if (display == SG_NONE || (t->kind[display] != KIND_LIST && t->kind[display] != KIND_TUPLE))
    return SG_NONE;
  for (uint32_t c = sg_flat_named_child(t, display); c != SG_NONE; c = sg_flat_next_named(t, c))
    if (sg_value_is_mutable(sg_value_of(m, c))) return c;
  return SG_NONE;
}

static bool sg_shared_mutable_fill__at_most_one(const FlatTree *t, uint32_t count) {
  return count != SG_NONE && t->kind[count] == KIND_INTEGER &&
         (sg_flat_text_is(t, count, "0") || sg_flat_text_is(t, count, "1"));
}

/* A repetition that is only compared (`assertEqual(x, [[0]] * 3)`,
 * `x == [[]] * n`) is never mutated: its aliasing cannot matter. */
static bool sg_shared_mutable_fill__only_compared(const FlatTree *t, uint32_t node) {
  uint32_t c = node, p = t->parent[node];
  while (p != SG_NONE && t->kind[p] == KIND_PARENTHESIZED_EXPRESSION) c = p, p = t->parent[p];
  if (p == SG_NONE) return false;
  if (t->kind[p] == KIND_COMPARISON_OPERATOR) return true;
  if (t->kind[p] == KIND_KEYWORD_ARGUMENT) p = t->parent[p];
  if (p == SG_NONE || t->kind[p] != KIND_ARGUMENT_LIST) return false;
  uint32_t fn = sg_flat_field(t, t->parent[p], FIELD_FUNCTION);
  if (fn != SG_NONE && t->kind[fn] == KIND_ATTRIBUTE) fn = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (fn == SG_NONE || t->kind[fn] != KIND_IDENTIFIER) return false;
  uint32_t len;
  const char *name = sg_flat_text(t, fn, &len);
  (void)c;
  return len >= 6 && memcmp(name, "assert", 6) == 0;
}

static void sg_shared_mutable_fill__repeat(RuleContext *ctx, uint32_t node) {
  const FlatTree *t = ctx->tree;
  uint32_t op = sg_flat_field(t, node, FIELD_OPERATOR);
  if (op == SG_NONE || t->kind[op] != KIND_TOKEN_STAR) return;
  uint32_t l = sg_flat_unparen(t, sg_flat_field(t, node, FIELD_LEFT));
  uint32_t r = sg_flat_unparen(t, sg_flat_field(t, node, FIELD_RIGHT));
  uint32_t item = sg_shared_mutable_fill__mutable_item(ctx->model, l);
  uint32_t count = r;
  if (item == SG_NONE) {
    item = sg_shared_mutable_fill__mutable_item(ctx->model, r);
    count = l;
  }
  if (item == SG_NONE || sg_shared_mutable_fill__at_most_one(t, count)) return;
  if (sg_shared_mutable_fill__only_compared(t, node)) return;
  /* `[[1]] * matrix` may be another type's operator: only an int repeats */
  if (!sg_value_is_int(ctx->model, count)) return;
  /* only read, or rows only replaced (`rows[i] = [...]`): no harm */
  uint32_t mutation = sg_value_item_mutation(ctx->model, node);
  if (mutation == SG_NONE) return;
  ValueKind kind = sg_value_of(ctx->model, item);
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[mutation]) + 1;
  Diagnostic *d = sg_rule_report(
      ctx, RULE_shared_mutable_fill, node,
      "Every element of this repetition is the same %s object, and one is changed in "
      "place on line %u: the change shows in all of them; use a comprehension "
      "(`[... for _ in range(n)]`)",
      sg_value_kind_name(kind), line);
  sg_diag_related(d, t->start_byte[item], t->end_byte[item], "this %s is created once",
                  sg_value_kind_name(kind));
  sg_diag_related(d, t->start_byte[mutation], t->end_byte[mutation],
                  "changed in place through one slot");
}

static void sg_shared_mutable_fill__fromkeys(RuleContext *ctx, uint32_t call) {
  const FlatTree *t = ctx->tree;
  uint32_t fn = sg_flat_field(t, call, FIELD_FUNCTION);
  if (fn == SG_NONE || t->kind[fn] != KIND_ATTRIBUTE) return;
  uint32_t attr = sg_flat_field(t, fn, FIELD_ATTRIBUTE);
  if (attr == SG_NONE || t->name_id[attr] != NAME_FROMKEYS) return;
  uint32_t obj = sg_flat_field(t, fn, FIELD_OBJECT);
  if (!sg_resolve_is(ctx->model, obj, "builtins.dict") &&
      !sg_resolve_is(ctx->model, obj, "collections.OrderedDict") &&
      !sg_resolve_is(ctx->model, obj, "collections.defaultdict"))
    return;
  uint32_t args = sg_flat_field(t, call, FIELD_ARGUMENTS);
  uint32_t value = SG_NONE;
  int positional = 0;
  for (uint32_t a = sg_flat_named_child(t, args); a != SG_NONE; a = sg_flat_next_named(t, a)) {
    if (t->kind[a] == KIND_KEYWORD_ARGUMENT) {
      uint32_t kw = sg_flat_field(t, a, FIELD_NAME);
      if (kw != SG_NONE && sg_flat_text_is(t, kw, "value")) value = sg_flat_field(t, a, FIELD_VALUE);
    } else if (t->kind[a] == KIND_LIST_SPLAT || t->kind[a] == KIND_DICTIONARY_SPLAT) {
      return;
    } else if (++positional == 2) {
      value = a;
    }
  }
  ValueKind kind = sg_value_of(ctx->model, value);
  if (!sg_value_is_mutable(kind)) return;
  uint32_t mutation = sg_value_item_mutation(ctx->model, call);
  if (mutation == SG_NONE) return;  /* values only read or replaced */
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[mutation]) + 1;
  Diagnostic *d = sg_rule_report(
      ctx, RULE_shared_mutable_fill, call,
      "`fromkeys` gives every key the same %s object, and one value is changed in place "
      "on line %u: the change shows under every key; use a dict comprehension "
      "(`{k: ... for k in keys}`)",
      sg_value_kind_name(kind), line);
  sg_diag_related(d, t->start_byte[value], t->end_byte[value], "this %s is created once",
                  sg_value_kind_name(kind));
  sg_diag_related(d, t->start_byte[mutation], t->end_byte[mutation],
                  "changed in place through one key");
}

static void sg_shared_mutable_fill__node(RuleContext *ctx, uint32_t i) {
  const FlatTree *t = ctx->tree;
  if (t->kind[i] == KIND_BINARY_OPERATOR) sg_shared_mutable_fill__repeat(ctx, i);
  else if (t->kind[i] == KIND_CALL) sg_shared_mutable_fill__fromkeys(ctx, i);
}

void sg_rule_shared_mutable_fill(RuleContext *ctx) {
  const Candidates *c = ctx->candidates;
  if (c) {  /* the GPU path: only what sg_candidate_mask passed */
    for (uint32_t k = 0; k < c->count[CANDIDATE_SHARED_FILL]; k++)
      sg_shared_mutable_fill__node(ctx, c->nodes[CANDIDATE_SHARED_FILL][k]);
    return;
  }
  for (uint32_t i = 0; i < ctx->tree->count; i++) sg_shared_mutable_fill__node(ctx, i);
}
