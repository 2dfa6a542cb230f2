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
  UseKind use;        /* USE_READ when no mutation or escape is visible */
  uint32_t where;     /* the mutation or escape */
} MutableDefault;

/* Calls fn for each parameter of the file with a mutable default. */
void sg_mutable_defaults_each(RuleContext *ctx,
                              void (*fn)(RuleContext *ctx, const MutableDefault *md));
/* Attach the unsafe "default to None" fix when the shape allows it. */
void sg_mutable_default_fix(RuleContext *ctx, Diagnostic *d, const MutableDefault *md);

#endif
