/* Registry: the table of every rule (rules/rules.def) with its metadata and
 * documentation, lookup by code or name, and rule selection (--select,
 * --ignore, `# noqa: CODE`). Everything here is static and read-only. */
#ifndef SG_REGISTRY_H
#define SG_REGISTRY_H

#include <stdbool.h>
#include <stdint.h>

typedef enum Severity {
  SEVERITY_INFO,
  SEVERITY_WARNING,
  SEVERITY_ERROR,
} Severity;

typedef enum RuleFamily {
  FAMILY_TOOL,
  FAMILY_SCOPING,
  FAMILY_SHARED_STATE,
  FAMILY_CLOSURES,
  FAMILY_ITERATION,
  FAMILY_THREADS,
  FAMILY_PROCESSES,
  FAMILY_FINALIZERS,
} RuleFamily;

typedef enum RuleId {
#define RULE(num, id, name, family, sev, on) RULE_##id,
#include "rules/rules.def"
#undef RULE
  RULE__COUNT
} RuleId;

/* A rule's documentation, in the order rules.md prints it. Markdown. */
typedef struct RuleDoc {
  const char *summary;        /* one line, shown by `snag rules` */
  const char *what;           /* What it does */
  const char *more;           /* ...continued: further paragraphs (a C string literal
                                 stops at 4095 bytes); may be NULL */
  const char *why;            /* Why is this bad? */
  const char *example;        /* code (Python) */
  const char *instead;        /* Use instead (Python) */
  const char *limits;         /* Known limits; may be NULL */
  const char *fix;            /* Fix safety; may be NULL */
} RuleDoc;

/* Precision measured on real code by a reviewed sample (rules/precision.def);
 * reviewed == 0 when the rule reported nothing on the corpora. */
typedef struct RulePrecision {
  uint16_t reviewed, true_count, false_count, debatable;
} RulePrecision;

typedef struct RuleInfo {
  uint32_t number;            /* 201 for SNG201 */
  const char *code;           /* "SNG201" */
  const char *name;           /* "mutable-default-mutated" */
  RuleFamily family;
  Severity severity;
  bool default_enabled;
  const RuleDoc *doc;
} RuleInfo;

extern const RuleInfo sg_rules[RULE__COUNT];
extern const RulePrecision sg_rule_precisions[RULE__COUNT + 1];

const char *sg_severity_name(Severity severity);
/* true/(true+false) in percent, or -1 when nothing decisive was reviewed. */
double sg_rule_precision(RuleId rule);
/* The contract's bar for being on by default: 90 (error), 75 (warning). */
double sg_rule_precision_bar(Severity severity);
const char *sg_family_name(RuleFamily family);
const char *sg_family_title(RuleFamily family);

/* By exact code ("SNG201", case-insensitive) or name; RULE__COUNT if none. */
RuleId sg_rule_find(const char *text, uint32_t len);

/* A selector is a code ("SNG201"), a code prefix ("SNG2", "SNG"), a rule
 * name ("mutable-default-mutated") or "ALL". Sets mask[rule] = value for
 * every rule it matches; returns false when it matches no rule (a prefix
 * with no rule under it, `SNG9`, included). */
bool sg_rules_apply_selector(const char *selector, uint32_t len, bool *mask, bool value);

#endif
