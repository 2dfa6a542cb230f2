/* SNG205 descriptor-state-on-self: a data descriptor's `__set__` stores
 * the value on the descriptor, which every owner instance shares. */
#include "analyses/classes.h"
#include "rules/rule.h"

const RuleDoc sg_rule_doc_descriptor_state_on_self = {
  .summary = "A descriptor stores per-instance state on itself",
  .what =
    "Reports `self.<attr> = ...` inside `__set__` of a descriptor class (one that "
    "defines `__get__` plus `__set__` or `__delete__`).",
  .why =
    "A descriptor is a class attribute of its owner: one descriptor object serves every "
    "instance of the owner class, so a value stored on `self` is shared by all of them:\n\n"
    "```python\n>>> class Field:\n...     def __get__(self, obj, owner=None): return self.value\n"
    "...     def __set__(self, obj, value): self.value = value\n>>> class Point:\n...     x = Field()\n"
    ">>> a, b = Point(), Point()\n>>> a.x = 1; b.x = 2\n>>> a.x\n2\n```",
  .example =
    "class Field:\n    def __get__(self, obj, owner=None):\n        return self.value\n\n"
    "    def __set__(self, obj, value):\n        self.value = value\n",
  .instead =
    "class Field:\n    def __set_name__(self, owner, name):\n        self.name = '_' + name\n\n"
    "    def __get__(self, obj, owner=None):\n        return getattr(obj, self.name)\n\n"
    "    def __set__(self, obj, value):\n        setattr(obj, self.name, value)\n",
  .limits =
    "Storing keyed by instance (`self._data[obj] = value`, a `WeakKeyDictionary`) and "
    "configuration in `__set_name__` are fine and not reported.",
};

void sg_rule_descriptor_state_on_self(RuleContext *ctx) {
  const SemanticModel *m = ctx->model;
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  for (uint32_t c = 0; c < set->classes.len; c++) {
    const ClassInfo *ci = &set->classes.items[c];
    if (!ci->is_descriptor) continue;
    uint32_t setter = sg_classes_method(m, ci, "__set__");
    for (uint32_t u = 0; u < ci->uses.len && setter != SG_NONE; u++) {
      const SelfUse *use = &ci->uses.items[u];
      if (use->kind != SELF_USE_REBIND || use->method != setter) continue;
      const char *name = sg_names_text(&t->names, use->name);
      uint32_t target = sg_flat_field(t, use->node, FIELD_LEFT);
      sg_rule_report(ctx, RULE_descriptor_state_on_self, target == SG_NONE ? use->node : target,
                     "`__set__` stores the value on the descriptor (`self.%s`), and one descriptor "
                     "serves every instance of the owner class: all instances share it; store it on "
                     "the instance (`setattr(obj, self.name, value)`)",
                     name);
    }
  }
}
