/* SNG107 loop-variable-overwritten: a for loop's target rebound in its own
 * body; the next iteration throws the new value away. */
#include "rules/rule.h"

const RuleDoc sg_rule_doc_loop_variable_overwritten = {
  .summary = "A `for` loop variable is overwritten inside the loop",
  .what =
    "Reports an assignment, augmented assignment, walrus, nested `for` or `with ... as` "
    "that rebinds a `for` loop's target inside the loop's body, unconditionally (every "
    "item is thrown away) or with a value that is never read afterwards (the write is "
    "lost). `_` is exempt, and so are a rebinding computed from the old value (`line = "
    "line.strip()`: a transformation) and a conditional one whose value is used later "
    "(`if not name: name = 'anon'` ... `use(name)`). `i += 1` is always reported: it "
    "never skips an item.",
  .why =
    "The next iteration rebinds the target from the iterable, so the new value is lost: "
    "`for i in range(10): if skip: i += 1` does not skip anything.",
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

/* Is symbol read after the end of statement `stmt`? */
static bool sg_loop_variable__read_after(const SemanticModel *m, uint32_t symbol, uint32_t stmt) {
  uint32_t end = m->tree->end_byte[stmt];
  for (uint32_t r = m->symbols.items[symbol].first_reference; r != SG_NONE; r = m->references.items[r].next)
    if (m->tree->start_byte[m->references.items[r].node] >= end) return true;
  return false;
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
    for (uint32_t k = sym->first_binding; k != SG_NONE; k = m->bindings.items[k].next) {
      const Binding *bd = &m->bindings.items[k];
      if (!sg_flat_is_ancestor(t, body, bd->node)) continue;
      switch (bd->kind) {
        case BINDING_KIND_ASSIGNMENT: case BINDING_KIND_ANNOTATED: case BINDING_KIND_WALRUS:
          /* `line = line.strip()` transforms the value: intended */
          if (bd->value == SG_NONE || sg_loop_variable__reads(m, bd->value, target->symbol)) continue;
          break;
        case BINDING_KIND_AUGMENTED: case BINDING_KIND_FOR_TARGET: case BINDING_KIND_WITH_AS:
          break;
        default:
          continue;
      }
      /* A conditional rebinding whose value is read later is the "default
       * or normalise" idiom (`if not v: v = ''` ... `use(v)`); report a
       * value never read (the write is lost), or an unconditional one
       * that throws every item away. */
      uint32_t stmt = bd->context;
      while (stmt != SG_NONE && t->parent[stmt] != SG_NONE && t->kind[t->parent[stmt]] != KIND_BLOCK)
        stmt = t->parent[stmt];
      bool unconditional = stmt != SG_NONE && t->parent[stmt] == body;
      if (!unconditional && bd->kind != BINDING_KIND_AUGMENTED &&
          sg_loop_variable__read_after(m, target->symbol, bd->context))
        continue;
      const char *name = sg_names_text(&t->names, sym->name);
      uint32_t line = sg_source_line_of(ctx->source, t->start_byte[target->node]) + 1;
      Diagnostic *d = sg_rule_report(ctx, RULE_loop_variable_overwritten, bd->node,
                                     "`%s` is the loop variable of the `for` on line %u: this value is "
                                     "replaced by the next item at the next iteration; use another name",
                                     name, line);
      sg_diag_related(d, t->start_byte[target->node], t->end_byte[target->node], "the loop variable");
    }
  }
}
