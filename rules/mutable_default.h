/* Shared by SNG201 and SNG202: the parameters whose default is a mutable
 * object, and the fix that moves the default into the body. */
#ifndef SG_MUTABLE_DEFAULT_H
#define SG_MUTABLE_DEFAULT_H

#include "analyses/values.h"
#include "rules/rule.h"

typedef struct MutableDefault {
  uint32_t binding;   /* the parameter binding */
  uint32_t param;     /* default_parameter / typed_default_parameter node */
  uint32_t value;     /* the default expression */
  ValueKind kind;
  UseKind use;        /* USE_READ unless the object is seen mutated: in place
                         (USE_MUTATE), or after it escapes (the escape's kind) */
  uint32_t where;     /* the mutation or escape */
  uint32_t mutation;  /* where the object is seen mutated, or SG_NONE */
  UseKind escape;     /* with use == USE_READ: how it escapes unseen-mutated
                         (USE_RETURN/YIELD/STORE), or USE_READ */
  uint32_t escape_where;
  uint32_t callee;    /* with escape != USE_READ: the same-file call the object
                         is passed to, whose parameter escapes or is mutated
                         (escape is that use), or SG_NONE */
  uint32_t helper;    /* with use == USE_MUTATE: the call (== where) that passes the
                         object to a same-file helper that surely mutates it (directly
                         or through further helpers; mutation is that change inside
                         the helper), or SG_NONE for a mutation seen here */
  const ExportFunction *elsewhere;  /* with helper: the chain ends in this function of
                         another file of the program (line elsewhere_line there) */
  uint32_t elsewhere_line;
} MutableDefault;

static inline const char *sg_mutable_default_use_verb(UseKind use) {
  switch (use) {
    case USE_MUTATE: return "mutated";
    case USE_RETURN: return "returned";
    case USE_YIELD: return "yielded";
    case USE_STORE: return "stored where it outlives the call";
    default: return "used";
  }
}

/* Calls fn for each parameter of the file with a mutable default. */
void sg_mutable_defaults_each(RuleContext *ctx,
                              void (*fn)(RuleContext *ctx, const MutableDefault *md));
/* Attach the unsafe "default to None" fix when the shape allows it. */
void sg_mutable_default_fix(RuleContext *ctx, Diagnostic *d, const MutableDefault *md);
/* An annotation's expression: through `type` wrappers and parentheses. */
uint32_t sg_mutable_default_untype(const FlatTree *t, uint32_t e);

/* A default (not seen mutated where it is) handed to a same-file class,
 * `C(...)` or `cls(...)`, whose `__init__` keeps it on `self.<x>` and a
 * method of which changes `self.<x>` in place: SNG201's (reported when
 * report), so SNG202 stays silent on it. */
bool sg_mutable_default_kept_by_class(RuleContext *ctx, const MutableDefault *md, bool report);

#endif
