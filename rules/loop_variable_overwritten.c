/* SNG107 loop-variable-overwritten: a for loop's target rebound in its own
 * body; the next iteration throws the new value away. */
#include "rules/rule.h"

const RuleDoc sg_rule_doc_loop_variable_overwritten = {
  .summary = "A `for` loop variable is overwritten inside the loop",
  .what =
    "Reports an assignment, augmented assignment, walrus, nested `for` or `with ... as` "
    "that rebinds a `for` loop's target inside the loop's body. `_` is exempt, and so is "
    "a rebinding computed from the old value (`line = line.strip()`): that is a "
    "transformation, not a lost write.",
  .why =
    "The next iteration rebinds the target from the iterable, so the new value is lost: "
    "`for i in range(10): if skip: i += 1` does not skip anything.",
  .example = "for i in range(10):\n    if i == 3:\n        i = 5\n    print(i)\n",
  .instead = "for i in range(10):\n    j = 5 if i == 3 else i\n    print(j)\n",
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
