/* SNG107 loop-variable-overwritten: a for loop's target rebound in its own
 * body; the next iteration throws the new value away. */
#include <string.h>

#include "analyses/loops.h"
#include "analyses/resolve.h"
#include "rules/rule.h"

const RuleDoc sg_rule_doc_loop_variable_overwritten = {
  .summary = "A `for` loop variable is overwritten inside the loop",
  .what =
    "Reports a rebinding of a `for` loop's target inside the loop's body when it shows "
    "the author expected it to change the iteration: a new value that is never read "
    "before the next iteration (`i = 10`, `attempt = 0`, `j += 1` at the end of a "
    "`range` loop); a conditional step of a `range`/`enumerate` counter while the loop "
    "goes on (`if w == '--': i += 1`); an unconditional rebinding of a lone target "
    "before the item is ever read (`for x in xs: x = 0`); an inner `for` reusing the "
    "name when the outer body reads it after the inner loop. A rebinding whose value is "
    "then read is a transformation and is fine (`line = line.strip()`, `value *= k`, "
    "`e = lhs - rhs`); so are `_`, `x = None` (dropping a reference), an unread part of "
    "a tuple unpacking, an unread `x = x.method()` (the call is the point) and an inner "
    "loop over the item itself or over the same iterator.",
  .why =
    "The next iteration rebinds the target from the iterable, so the new value is lost: "
    "`for i in range(10): if skip: i += 1` does not skip anything.",
  .limits =
    "Reads are found in source order, so a read in an `else` branch after the write "
    "counts as a read (silent). A loop used only to repeat (`for i in range(n): i = "
    "pick()`) and a recomputed part of a tuple target are not reported.",
  .example =
    "for i in range(len(words)):\n    if words[i] == '--':\n        i += 1  # meant to skip the next word\n"
    "    print(words[i])\n",
  .instead =
    "skip = False\nfor word in words:\n    if skip:\n        skip = False\n        continue\n"
    "    if word == '--':\n        skip = True\n    print(word)\n",
};

/* Does expr read symbol? */
static bool sg_loop_variable__reads(const SemanticModel *m, uint32_t expr, uint32_t symbol) {
  if (expr == SG_NONE) return false;
  for (uint32_t i = expr; i <= m->tree->subtree_end[expr]; i++) {
    uint32_t r = m->node_reference[i];
    if (r != SG_NONE && m->references.items[r].symbol == symbol) return true;
  }
  return false;
}

/* Is symbol read in [from, to) (source bytes)? */
static bool sg_loop_variable__read_between(const SemanticModel *m, uint32_t symbol, uint32_t from, uint32_t to) {
  for (uint32_t r = m->symbols.items[symbol].first_reference; r != SG_NONE; r = m->references.items[r].next) {
    uint32_t at = m->tree->start_byte[m->references.items[r].node];
    if (at >= from && at < to) return true;
  }
  return false;
}

/* The statement (a direct child of a block) that holds node. */
static uint32_t sg_loop_variable__statement(const FlatTree *t, uint32_t node) {
  uint32_t stmt = node;
  while (stmt != SG_NONE && t->parent[stmt] != SG_NONE && t->kind[t->parent[stmt]] != KIND_BLOCK)
    stmt = t->parent[stmt];
  return stmt;
}

/* Where "after the write" starts: the end of the rebinding, or, inside a
 * loop nested in the body, that loop's start (its next round reads again). */
static uint32_t sg_loop_variable__after(const FlatTree *t, uint32_t body, uint32_t node, uint32_t end) {
  uint32_t from = end;
  for (uint32_t p = t->parent[node]; p != SG_NONE && p != body; p = t->parent[p])
    if (t->kind[p] == KIND_FOR_STATEMENT || t->kind[p] == KIND_WHILE_STATEMENT) from = t->start_byte[p];
  return from;
}

/* The value the rebinding computes: an assignment's right side (also for
 * tuple targets), an augmented assignment's operand, a walrus's value, a
 * nested for's iterable, a with item's expression. */
static uint32_t sg_loop_variable__value(const FlatTree *t, const Binding *bd) {
  if (bd->value != SG_NONE) return bd->value;
  uint32_t c = bd->context;
  if (c == SG_NONE) return SG_NONE;
  switch (t->kind[c]) {
    case KIND_ASSIGNMENT: case KIND_AUGMENTED_ASSIGNMENT: case KIND_FOR_STATEMENT:
      return sg_flat_field(t, c, FIELD_RIGHT);
    case KIND_NAMED_EXPRESSION:
      return sg_flat_field(t, c, FIELD_VALUE);
    case KIND_WITH_ITEM:
      return sg_flat_field(t, c, FIELD_VALUE);
    default:
      return SG_NONE;
  }
}

/* The iterable of the `for` that binds target: `range(...)`, or the first
 * target of `enumerate(...)`, counts (the variable is an int). */
static bool sg_loop_variable__counter(const SemanticModel *m, const Binding *target) {
  const FlatTree *t = m->tree;
  uint32_t right = sg_flat_unparen(t, sg_flat_field(t, target->context, FIELD_RIGHT));
  if (right == SG_NONE || t->kind[right] != KIND_CALL) return false;
  char buf[64];
  const char *q = sg_resolve_qualified(m, sg_flat_field(t, right, FIELD_FUNCTION), buf, sizeof buf);
  uint32_t left = sg_flat_unparen(t, sg_flat_field(t, target->context, FIELD_LEFT));
  if (!q || left == SG_NONE) return false;
  if (!strcmp(q, "builtins.range")) return left == target->node;
  if (strcmp(q, "builtins.enumerate")) return false;
  return t->kind[left] != KIND_IDENTIFIER && sg_flat_named_child(t, left) == target->node;
}

/* `i += n`, `i -= n`, `i = i + n`, `i = i - n`: stepping a counter. */
static bool sg_loop_variable__steps(const SemanticModel *m, const Binding *bd, uint32_t symbol) {
  const FlatTree *t = m->tree;
  uint32_t c = bd->context;
  if (bd->kind == BINDING_KIND_AUGMENTED) {
    uint32_t op = sg_flat_field(t, c, FIELD_OPERATOR);
    return op != SG_NONE && (sg_flat_text_is(t, op, "+=") || sg_flat_text_is(t, op, "-="));
  }
  if (bd->kind != BINDING_KIND_ASSIGNMENT) return false;
  uint32_t v = sg_flat_unparen(t, bd->value);
  if (v == SG_NONE || t->kind[v] != KIND_BINARY_OPERATOR) return false;
  uint32_t op = sg_flat_field(t, v, FIELD_OPERATOR);
  uint32_t l = sg_flat_unparen(t, sg_flat_field(t, v, FIELD_LEFT));
  if (op == SG_NONE || (t->kind[op] != KIND_TOKEN_PLUS && !sg_flat_text_is(t, op, "-"))) return false;
  if (l == SG_NONE || t->kind[l] != KIND_IDENTIFIER) return false;
  uint32_t r = m->node_reference[l];
  return r != SG_NONE && m->references.items[r].symbol == symbol;
}

/* Is symbol read by a nested function or class (a closure sees every value)? */
static bool sg_loop_variable__captured(const SemanticModel *m, uint32_t symbol) {
  uint32_t scope = m->symbols.items[symbol].scope;
  for (uint32_t r = m->symbols.items[symbol].first_reference; r != SG_NONE; r = m->references.items[r].next)
    if (m->references.items[r].scope != scope && m->references.items[r].kind == REFERENCE_FREE) return true;
  return false;
}

/* Is symbol read where control goes after node's statement: the rest of
 * each enclosing block up to and including the loop body `body` (not an
 * else/elif branch of an enclosing if), or after the loop? */
static bool sg_loop_variable__read_next(const SemanticModel *m, uint32_t symbol, uint32_t node, uint32_t body) {
  const FlatTree *t = m->tree;
  uint32_t c = node;
  for (uint32_t p = t->parent[node]; p != SG_NONE; c = p, p = t->parent[p]) {
    if (t->kind[p] == KIND_BLOCK && sg_loop_variable__read_between(m, symbol, t->end_byte[c], t->end_byte[p]))
      return true;
    if (p == body) break;
  }
  return false;
}

/* Is node inside an if/try/with branch, and not inside a loop nested in body? */
static bool sg_loop_variable__conditional(const FlatTree *t, uint32_t node, uint32_t body, bool *in_loop) {
  bool cond = false;
  *in_loop = false;
  for (uint32_t p = t->parent[node]; p != SG_NONE && p != body; p = t->parent[p]) {
    uint16_t k = t->kind[p];
    if (k == KIND_FOR_STATEMENT || k == KIND_WHILE_STATEMENT) *in_loop = true;
    if (k == KIND_IF_STATEMENT || k == KIND_ELIF_CLAUSE || k == KIND_ELSE_CLAUSE || k == KIND_MATCH_STATEMENT)
      cond = true;
  }
  return cond;
}

void sg_rule_loop_variable_overwritten(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  for (uint32_t b = 0; b < m->bindings.len; b++) {
    const Binding *target = &m->bindings.items[b];
    if (target->kind != BINDING_KIND_FOR_TARGET || t->kind[target->context] != KIND_FOR_STATEMENT) continue;
    const Symbol *sym = &m->symbols.items[target->symbol];
    if (sym->name == NAME_UNDERSCORE) continue;
    uint32_t body = sg_flat_field(t, target->context, FIELD_BODY);
    if (body == SG_NONE) continue;
    uint32_t left = sg_flat_unparen(t, sg_flat_field(t, target->context, FIELD_LEFT));
    bool whole = left == target->node;  /* `for x in`, not `for k, x in` */
    bool captured = sg_loop_variable__captured(m, target->symbol);
    bool counter = sg_loop_variable__counter(m, target);
    uint32_t body_start = t->start_byte[body];
    /* a symbol's bindings come in file order: those in the body follow the
     * target's, and end with it (not a walk over every binding per loop) */
    for (uint32_t k = b; k != SG_NONE; k = m->bindings.items[k].next) {
      const Binding *bd = &m->bindings.items[k];
      if (bd->node > t->subtree_end[body]) break;
      if (!sg_flat_is_ancestor(t, body, bd->node)) continue;
      switch (bd->kind) {
        case BINDING_KIND_ASSIGNMENT: case BINDING_KIND_ANNOTATED: case BINDING_KIND_WALRUS:
        case BINDING_KIND_AUGMENTED: case BINDING_KIND_FOR_TARGET: case BINDING_KIND_WITH_AS:
          break;
        default:
          continue;
      }
      uint32_t stmt = sg_loop_variable__statement(t, bd->node);
      if (stmt == SG_NONE) continue;
      bool in_loop;
      bool conditional = sg_loop_variable__conditional(t, bd->node, body, &in_loop);
      uint32_t value = sg_loop_variable__value(t, bd);
      uint32_t vnode = value == SG_NONE ? SG_NONE : sg_flat_unparen(t, value);
      bool derived = bd->kind == BINDING_KIND_AUGMENTED || sg_loop_variable__reads(m, value, target->symbol);
      /* where the new value becomes visible: after the assignment, or in
       * the body of a with/for header */
      uint32_t end = bd->kind == BINDING_KIND_FOR_TARGET || bd->kind == BINDING_KIND_WITH_AS
                         ? t->end_byte[bd->node]
                         : t->end_byte[bd->context];
      uint32_t after = sg_loop_variable__after(t, body, bd->node, end);
      bool read_before = sg_loop_variable__read_between(m, target->symbol, body_start, t->start_byte[stmt]);
      bool read_after = captured || sg_loop_variable__read_between(m, target->symbol, after, UINT32_MAX);
      bool tuple_part = bd->value == SG_NONE && bd->kind != BINDING_KIND_FOR_TARGET &&
                        bd->kind != BINDING_KIND_WITH_AS && bd->kind != BINDING_KIND_AUGMENTED;
      const char *why = NULL;
      if (bd->kind == BINDING_KIND_FOR_TARGET) {
        /* `for i in ...: for i in ...: ...` then a read of `i`: it reads the
         * inner loop's last item. An inner loop over the item itself (`for
         * token in token`) or over the same iterator (`for ch in chars:
         * ... for ch in chars:`, consuming it) is deliberate. */
        uint32_t outer_it = sg_flat_field(t, target->context, FIELD_RIGHT);
        uint32_t inner_it = sg_flat_unparen(t, value);
        bool same_iterator = false;
        if (inner_it != SG_NONE && t->kind[inner_it] == KIND_IDENTIFIER) {
          uint32_t r = m->node_reference[inner_it];
          uint32_t s = r == SG_NONE ? SG_NONE : m->references.items[r].symbol;
          same_iterator = s != SG_NONE && sg_loop_variable__reads(m, outer_it, s);
        }
        if (derived || same_iterator || captured ||
            !sg_loop_variable__read_next(m, target->symbol, bd->context, body))
          continue;
        why = "after the inner loop it holds the inner loop's last item, not this loop's";
      } else if (!read_after) {
        /* the new value is never read: a write the next item replaces.
         * `x = None` drops a reference on purpose; `x += v` may change the
         * object in place; part of a tuple unpacking is often unused. */
        if (vnode != SG_NONE && t->kind[vnode] == KIND_NONE) continue;
        if (bd->kind == BINDING_KIND_AUGMENTED && !counter) continue;
        if (tuple_part || bd->kind == BINDING_KIND_WALRUS) continue;  /* a walrus's value is used where it stands */
        /* `x = x.result()` unread: the call is the point, not the name */
        if (derived && !(counter && sg_loop_variable__steps(m, bd, target->symbol))) continue;
        why = "the new value is never read before the next item replaces it";
      } else if (counter && conditional && !in_loop && sg_loop_variable__steps(m, bd, target->symbol) &&
                 !sg_loops_leaves(t, bd->context, body)) {
        /* `if ...: i += 1` in a counting loop, the loop going on: meant to
         * skip an item */
        why = "stepping it does not skip an item (the next iteration takes the next value from the "
              "iterable)";
      } else if (!conditional && !in_loop && !derived && !read_before && whole && !counter &&
                 bd->kind != BINDING_KIND_WALRUS && t->parent[stmt] == body) {
        /* `for x in xs: x = 0`: every item is thrown away unread */
        why = "every item is replaced before it is read";
      } else {
        continue;
      }
      const char *name = sg_names_text(&t->names, sym->name);
      uint32_t line = sg_source_line_of(ctx->source, t->start_byte[target->node]) + 1;
      Diagnostic *d = sg_rule_report(ctx, RULE_loop_variable_overwritten, bd->node,
                                     "`%s` is the loop variable of the `for` on line %u and is rebound here: "
                                     "%s; use another name",
                                     name, line, why);
      sg_diag_related(d, t->start_byte[target->node], t->end_byte[target->node], "the loop variable");
    }
  }
}
