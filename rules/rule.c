#include "rules/rule.h"

#include <stdarg.h>
#include <stdio.h>

Diagnostic *sg_rule_report(RuleContext *ctx, RuleId rule, uint32_t node, const char *fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  const FlatTree *t = ctx->tree;
  uint32_t start = node == SG_NONE ? 0 : t->start_byte[node];
  uint32_t end = node == SG_NONE ? 0 : t->end_byte[node];
  return sg_diag_add(ctx->out, rule, sg_rules[rule].severity, start, end, "%s", buf);
}
