#include "rules/registry.h"

#include <ctype.h>
#include <string.h>

#define RULE(num, id, name, family, sev, on) extern const RuleDoc sg_rule_doc_##id;
#include "rules/rules.def"
#undef RULE

#define SG_STR2(x) #x
#define SG_CODE(num) (num < 10 ? "SNG00" SG_STR2(num) : num < 100 ? "SNG0" SG_STR2(num) : "SNG" SG_STR2(num))

/* Rule numbers to ids, so precision.def can name rules by number. */
enum {
#define RULE(num, id, name, family, sev, on) SG_NUM_##num = RULE_##id,
#include "rules/rules.def"
#undef RULE
};

const RuleInfo sg_rules[RULE__COUNT] = {
#define RULE(num, id, name, family, sev, on) \
  [RULE_##id] = {num, SG_CODE(num), name, FAMILY_##family, SEVERITY_##sev, on, &sg_rule_doc_##id},
#include "rules/rules.def"
#undef RULE
};

/* One spare slot after the rules keeps the initializer non-empty whatever
 * precision.def holds. */
const RulePrecision sg_rule_precisions[RULE__COUNT + 1] = {
  [RULE__COUNT] = {0, 0, 0, 0},
#define PRECISION(num, reviewed, t, f, d) [SG_NUM_##num] = {reviewed, t, f, d},
#include "rules/precision.def"
#undef PRECISION
};

double sg_rule_precision(RuleId rule) {
  const RulePrecision *p = &sg_rule_precisions[rule];
  unsigned decisive = p->true_count + p->false_count;
  return decisive ? 100.0 * p->true_count / decisive : -1.0;
}

double sg_rule_precision_bar(Severity severity) {
  return severity == SEVERITY_ERROR ? 90.0 : severity == SEVERITY_WARNING ? 75.0 : 0.0;
}

const char *sg_severity_name(Severity severity) {
  switch (severity) {
    case SEVERITY_ERROR: return "error";
    case SEVERITY_WARNING: return "warning";
    case SEVERITY_INFO: return "info";
  }
  return "?";
}

static const struct { const char *name, *title; } sg_registry__families[] = {
  [FAMILY_TOOL] = {"tool", "SNG0xx — the tool itself"},
  [FAMILY_SCOPING] = {"scoping", "SNG1xx — scoping and UnboundLocalError"},
  [FAMILY_SHARED_STATE] = {"shared-state", "SNG2xx — shared mutable state"},
  [FAMILY_CLOSURES] = {"closures", "SNG3xx — closures"},
  [FAMILY_ITERATION] = {"iteration", "SNG4xx — changing a collection while iterating it"},
  [FAMILY_THREADS] = {"threads", "SNG5xx — threads and locks"},
  [FAMILY_PROCESSES] = {"processes", "SNG6xx — multiprocessing"},
  [FAMILY_FINALIZERS] = {"finalizers", "SNG7xx — finalizers (`__del__`)"},
};

const char *sg_family_name(RuleFamily family) { return sg_registry__families[family].name; }
const char *sg_family_title(RuleFamily family) { return sg_registry__families[family].title; }

static bool sg_registry__eq(const char *a, const char *b, uint32_t len) {
  return strlen(a) == len && strncasecmp(a, b, len) == 0;
}

RuleId sg_rule_find(const char *text, uint32_t len) {
  for (int r = 0; r < RULE__COUNT; r++)
    if (sg_registry__eq(sg_rules[r].code, text, len) || sg_registry__eq(sg_rules[r].name, text, len))
      return (RuleId)r;
  return RULE__COUNT;
}

bool sg_rules_apply_selector(const char *selector, uint32_t len, bool *mask, bool value) {
  bool any = false;
  bool all = sg_registry__eq("ALL", selector, len);
  bool prefix = len >= 3 && strncasecmp(selector, "SNG", 3) == 0;
  for (uint32_t i = 3; prefix && i < len; i++)
    if (!isdigit((unsigned char)selector[i])) prefix = false;
  for (int r = 0; r < RULE__COUNT; r++) {
    const RuleInfo *info = &sg_rules[r];
    bool hit = all || sg_registry__eq(info->name, selector, len) ||
               (prefix && len <= strlen(info->code) && strncasecmp(info->code, selector, len) == 0);
    if (hit) {
      mask[r] = value;
      any = true;
    }
  }
  /* A prefix that matches no rule (`SNG9`, a typo) is an error, as in Ruff:
   * a selector that silently enables nothing would turn CI green. */
  return any;
}
