/* `snag rules` (list, rules.md as Markdown, or JSON) and `snag rule
 * CODE|NAME` (text or JSON; `--all` for every rule, as `ruff rule --all`). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "report/ruledoc.h"

/* `--output-format X`, `--output-format=X` or the older `--format`; argv[*i]
 * is the option. NULL when argv[*i] is not one. */
static const char *sg_rules__format_arg(int argc, char **argv, int *i, bool *missing) {
  static const char *const names[] = {"--output-format", "--format"};
  *missing = false;
  for (size_t n = 0; n < sizeof names / sizeof names[0]; n++) {
    size_t len = strlen(names[n]);
    if (strncmp(argv[*i], names[n], len) != 0) continue;
    if (argv[*i][len] == '=') return argv[*i] + len + 1;
    if (argv[*i][len]) continue;
    if (*i + 1 < argc) return argv[++*i];
    *missing = true;
    return NULL;
  }
  return NULL;
}

int sg_cli_rules(int argc, char **argv) {
  const char *format = "text";
  for (int i = 1; i < argc; i++) {
    bool missing;
    const char *f = sg_rules__format_arg(argc, argv, &i, &missing);
    if (missing) return sg_cli_fail("option `%s` needs a value", argv[i]);
    if (f) format = f;
    else return sg_cli_fail("unknown argument `%s` (usage: snag rules [--output-format text|json|markdown])", argv[i]);
  }
  if (!strcmp(format, "markdown")) {
    sg_ruledoc_catalog_markdown(stdout);
    return EXIT_CLEAN;
  }
  if (!strcmp(format, "json")) {
    sg_ruledoc_catalog_json(stdout);
    return EXIT_CLEAN;
  }
  if (strcmp(format, "text")) return sg_cli_fail("unknown output format `%s` (text, json, markdown)", format);
  for (int r = 0; r < RULE__COUNT; r++) {
    const RuleInfo *info = &sg_rules[r];
    printf("%s  %-28s %-8s %-4s %s\n", info->code, info->name, sg_severity_name(info->severity),
           info->default_enabled ? "on" : "off", info->doc->summary);
  }
  return EXIT_CLEAN;
}

int sg_cli_rule(int argc, char **argv) {
  static const char usage[] = "usage: snag rule CODE|NAME|--all [--output-format text|json] (e.g. snag rule SNG201)";
  const char *format = "text", *which = NULL;
  bool all = false;
  for (int i = 1; i < argc; i++) {
    bool missing;
    const char *f = sg_rules__format_arg(argc, argv, &i, &missing);
    if (missing) return sg_cli_fail("option `%s` needs a value", argv[i]);
    if (f) format = f;
    else if (!strcmp(argv[i], "--all")) all = true;
    else if (argv[i][0] == '-' || which) return sg_cli_fail("%s", usage);
    else which = argv[i];
  }
  if (all == (which != NULL)) return sg_cli_fail("%s", usage);
  bool json = !strcmp(format, "json");
  if (!json && strcmp(format, "text")) return sg_cli_fail("unknown output format `%s` (text, json)", format);
  if (all) {
    if (json) {
      sg_ruledoc_catalog_json(stdout);
    } else {
      for (int r = 0; r < RULE__COUNT; r++) {
        if (r) fputs("\n", stdout);
        sg_ruledoc_text(stdout, (RuleId)r, isatty(STDOUT_FILENO));
      }
    }
    return EXIT_CLEAN;
  }
  RuleId r = sg_rule_find(which, (uint32_t)strlen(which));
  if (r == RULE__COUNT) return sg_cli_fail("unknown rule `%s` (see `snag rules`)", which);
  if (json) sg_ruledoc_json(stdout, r);
  else sg_ruledoc_text(stdout, r, isatty(STDOUT_FILENO));
  return EXIT_CLEAN;
}
