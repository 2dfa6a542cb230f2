/* SNG202 mutable-default-argument: a mutable default that escapes the
 * call with no visible mutation: a latent hazard, not (yet) a bug. A
 * default that is only read is not reported. */
#include <string.h>

#include "rules/mutable_default.h"

const RuleDoc sg_rule_doc_mutable_default_argument = {
  .summary = "A mutable default argument escapes the call (not visibly mutated)",
  .what =
    "Reports a parameter whose default is a mutable object (see SNG201) that escapes "
    "the call while nothing in the file is seen changing it in place: it is returned "
    "or yielded, stored where it outlives the call (`self.x = p`, `other.append(p)`, "
    "`d[k] = p`, a global), or passed to a same-file function or class whose receiving "
    "parameter is stored, returned or mutated there (its `__init__`, or any argument "
    "of a dataclass or attrs class) — mutated only on some paths, since a helper that "
    "mutates it on every call makes it SNG201. A default that is only read (iterated, looked up, "
    "compared, copied, unpacked, passed to a callee that only reads it) is not "
    "reported: as written, no call can see another's changes.",
  .why =
    "The default is created once and shared by every call. Once it escapes, every "
    "call that omits the argument hands out the same object: the first caller that "
    "changes what it got (`obj.handlers.append(h)`) changes it for every other call "
    "(SNG201).",
  .example =
    "class Registry:\n    def __init__(self, handlers=[]):\n        self.handlers = handlers\n",
  .instead =
    "class Registry:\n    def __init__(self, handlers=None):\n"
    "        self.handlers = [] if handlers is None else handlers\n",
  .limits =
    "Only a callee defined in the same file is followed, one level deep for this "
    "rule (SNG201 follows helpers of helpers); an object "
    "passed to any other call is assumed to be only read. A default captured by a "
    "closure or lambda that escapes is not followed. Not reported when the parameter "
    "is annotated with an immutable abstract type (`Sequence`, `Mapping`, "
    "`AbstractSet`, `Iterable`, `Collection`, `tuple`, `frozenset`, or "
    "`Optional[...]`/`... | None` of those): the annotation says the function must "
    "not mutate it. Never reported in `.pyi` stubs.",
  .fix = "Unsafe: the same as SNG201's.",
};

static bool sg_mutable_default_argument__immutable_name(const char *s, uint32_t len) {
  static const char *const names[] = {
    "Sequence", "Mapping", "AbstractSet", "Iterable", "Collection", "tuple", "Tuple",
    "frozenset", "FrozenSet", "Reversible", "Container"};
  /* the last dotted component: typing.Sequence, collections.abc.Mapping */
  uint32_t start = len;
  while (start > 0 && s[start - 1] != '.') start--;
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (strlen(names[i]) == len - start && memcmp(names[i], s + start, len - start) == 0)
      return true;
  return false;
}


static bool sg_mutable_default_argument__is_none(const FlatTree *t, uint32_t e) {
  e = sg_mutable_default_untype(t, e);
  return e != SG_NONE && t->kind[e] == KIND_NONE;
}

/* Is the annotation an immutable abstract type, or Optional/`| None` of
 * one? A fixed number of layers: no recursion on input depth. */
static bool sg_mutable_default_argument__immutable_type(const FlatTree *t, uint32_t type) {
  uint32_t e = type;
  for (int layer = 0; layer < 4; layer++) {
    e = sg_mutable_default_untype(t, e);
    if (e == SG_NONE) return false;
    uint16_t k = t->kind[e];
    if (k == KIND_UNION_TYPE || k == KIND_BINARY_OPERATOR) {
      uint32_t l = sg_flat_named_child(t, e);
      uint32_t r = l == SG_NONE ? SG_NONE : sg_flat_next_named(t, l);
      if (sg_mutable_default_argument__is_none(t, r)) { e = l; continue; }
      if (sg_mutable_default_argument__is_none(t, l)) { e = r; continue; }
      return false;
    }
    uint32_t base = e, arg = SG_NONE;
    if (k == KIND_GENERIC_TYPE || k == KIND_SUBSCRIPT) {
      base = sg_flat_named_child(t, e);
      uint32_t params = base == SG_NONE ? SG_NONE : sg_flat_next_named(t, base);
      arg = k == KIND_SUBSCRIPT ? params : sg_flat_named_child(t, params);
    }
    if (base == SG_NONE || (t->kind[base] != KIND_IDENTIFIER && t->kind[base] != KIND_ATTRIBUTE))
      return false;
    uint32_t len;
    const char *s = sg_flat_text(t, base, &len);
    if ((len >= 8 && memcmp(s + len - 8, "Optional", 8) == 0) ||
        (len >= 5 && memcmp(s + len - 5, "Union", 5) == 0)) {
      e = arg;
      continue;
    }
    return sg_mutable_default_argument__immutable_name(s, len);
  }
  return false;
}

static void sg_mutable_default_argument__one(RuleContext *ctx, const MutableDefault *md) {
  /* mutated: SNG201; neither mutated nor escaping: the hazard cannot
   * happen as written (silent) */
  if (md->use != USE_READ || md->escape == USE_READ) return;
  if (sg_mutable_default_kept_by_class(ctx, md, false)) return;  /* SNG201's */
  const FlatTree *t = ctx->tree;
  uint32_t type = sg_flat_field(t, md->param, FIELD_TYPE);
  if (type != SG_NONE && sg_mutable_default_argument__immutable_type(t, type)) return;
  const Binding *bd = &ctx->model->bindings.items[md->binding];
  const char *name = sg_flat_name(t, bd->node);
  uint32_t line = sg_source_line_of(ctx->source, t->start_byte[md->escape_where]) + 1;
  Diagnostic *d;
  if (md->callee != SG_NONE) {
    uint32_t fn = sg_flat_unparen(t, sg_flat_field(t, md->callee, FIELD_FUNCTION));
    uint32_t flen;
    const char *ftext = sg_flat_text(t, fn, &flen);
    d = sg_rule_report(
        ctx, RULE_mutable_default_argument, md->value,
        "Mutable default for `%s`: the %s is created once, when the function is defined, "
        "and shared by every call; it is passed on line %u to `%.*s`, where it is %s, so a "
        "later in-place change anywhere would leak between calls",
        name, sg_value_display_name(ctx->model, md->value, md->kind), line, (int)flen, ftext,
        sg_mutable_default_use_verb(md->escape));
    sg_diag_related(d, t->start_byte[md->escape_where], t->end_byte[md->escape_where],
                    "`%s` passed to `%.*s` here", name, (int)flen, ftext);
  } else {
    d = sg_rule_report(
        ctx, RULE_mutable_default_argument, md->value,
        "Mutable default for `%s`: the %s is created once, when the function is defined, "
        "and shared by every call; it is %s on line %u, so a later in-place change "
        "anywhere would leak between calls",
        name, sg_value_display_name(ctx->model, md->value, md->kind), sg_mutable_default_use_verb(md->escape), line);
    sg_diag_related(d, t->start_byte[md->escape_where], t->end_byte[md->escape_where],
                    "`%s` %s here", name, sg_mutable_default_use_verb(md->escape));
  }
  sg_mutable_default_fix(ctx, d, md);
}

void sg_rule_mutable_default_argument(RuleContext *ctx) {
  if (ctx->is_stub) return;
  sg_mutable_defaults_each(ctx, sg_mutable_default_argument__one);
}
