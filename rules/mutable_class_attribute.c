/* SNG204 mutable-class-attribute: a mutable class attribute without
 * `ClassVar` (advice; off by default). */
#include <string.h>

#include "analyses/classes.h"
#include "rules/rule.h"

const RuleDoc sg_rule_doc_mutable_class_attribute = {
  .summary = "A mutable class attribute without `ClassVar` (advice)",
  .what =
    "Reports a class-level binding of a mutable object that is not annotated "
    "`ClassVar[...]` and that no method mutates through an instance (those are SNG203). "
    "Off by default: select it with `--extend-select SNG204`.",
  .why =
    "A mutable object in a class body is shared by every instance. Annotating it "
    "`ClassVar` says the sharing is intended; otherwise the next `self.x.append(...)` "
    "written against it becomes SNG203.",
  .example = "class Config:\n    plugins = []\n",
  .instead = "from typing import ClassVar\n\nclass Config:\n    plugins: ClassVar[list] = []\n",
  .limits =
    "Dunder names (`__slots__`, `__all__`, ...), ctypes' `_fields_`, model fields, and "
    "attributes annotated `Final` or with an immutable abstract type (`Sequence`, "
    "`Mapping`, ...) are not reported.",
};

/* `Final[...]`, or an immutable abstract type: the author says it is not
 * changed. */
static bool sg_mutable_class__immutable_annotation(const FlatTree *t, uint32_t target) {
  uint32_t type = sg_flat_field(t, t->parent[target], FIELD_TYPE);
  if (type == SG_NONE) return false;
  static const char *const words[] = {"Final", "Sequence", "Mapping", "AbstractSet", "Iterable",
                                      "Collection", "tuple", "Tuple", "frozenset", "FrozenSet"};
  uint32_t len;
  const char *s = sg_flat_text(t, type, &len);
  for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
    size_t n = strlen(words[w]);
    for (uint32_t i = 0; i + n <= len; i++)
      if (!memcmp(s + i, words[w], n) && (i + n == len || !((s[i + n] >= 'a' && s[i + n] <= 'z')))) {
        if (w >= 1 && i >= 7 && !memcmp(s + i - 7, "Mutable", 7)) continue;
        return true;
      }
  }
  return false;
}

void sg_rule_mutable_class_attribute(RuleContext *ctx) {
  const FlatTree *t = ctx->tree;
  const ClassSet *set = ctx->classes;
  for (uint32_t c = 0; c < set->classes.len; c++) {
    const ClassInfo *ci = &set->classes.items[c];
    if (!sg_candidates_has(ctx->candidates, CANDIDATE_CLASS, ci->node)) continue;  /* GPU path */
    for (uint32_t a = 0; a < ci->attributes.len; a++) {
      const ClassAttribute *attr = &ci->attributes.items[a];
      if (!sg_classes_shared_mutable(ci, attr)) continue;
      const char *name = sg_names_text(&t->names, attr->name);
      if (name[0] == '_' && name[1] == '_') continue;
      if (!strcmp(name, "_fields_") || !strcmp(name, "_anonymous_")) continue;  /* ctypes */
      if (attr->annotated && sg_mutable_class__immutable_annotation(t, attr->target)) continue;
      bool mutated = false;
      /* the class and its same-file subclasses */
      for (uint32_t k = ci->pre; k < ci->pre_end && !mutated; k++) {
        uint32_t o = set->order[k];
        for (uint32_t u = 0; u < set->classes.items[o].uses.len; u++) {
          const SelfUse *use = &set->classes.items[o].uses.items[u];
          mutated |= use->kind == SELF_USE_MUTATE && use->name == attr->name;
        }
      }
      bool field = ci->is_namedtuple && attr->annotated;
      if (field) mutated = sg_value_attribute_mutation(ctx->model, attr->name, ci->node) != SG_NONE;
      if (mutated) continue;  /* SNG203 decides */
      if (field) {
        sg_rule_report(ctx, RULE_mutable_class_attribute, attr->target,
                       "The default of NamedTuple field `%s` is a mutable %s shared by every "
                       "instance created without it: default to an immutable value (a tuple)",
                       name, sg_value_kind_name(attr->kind));
        continue;
      }
      sg_rule_report(ctx, RULE_mutable_class_attribute, attr->target,
                     "`%s` is a mutable %s shared by all instances: annotate it `ClassVar[...]` if that "
                     "is intended, or create it per instance in `__init__`",
                     name, sg_value_kind_name(attr->kind));
    }
  }
}
