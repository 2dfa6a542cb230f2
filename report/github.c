/* github: GitHub Actions workflow commands, one per finding, which the
 * runner turns into annotations on the pull request's diff:
 *
 *   ::error title=snag (SNG201),file=a.py,line=3,col=5,endLine=3,endColumn=9::a.py:3:5: SNG201 message
 *
 * Severities map to `error`, `warning` and `notice`. Columns count code
 * points; endLine/endColumn are the span's end position, as Ruff writes
 * them. Escaping follows the runner's parser: in the message
 * `%`, CR and LF; in property values also `:` and `,`. Nothing else is
 * printed, so the log holds only annotations (and the run's exit status
 * still fails the step).
 *
 * GitHub attaches an annotation by its repository-relative path, so `file=`
 * is relative to the workspace root (GITHUB_WORKSPACE, else the working
 * directory): `./pkg/mod.py` and `/home/runner/work/r/r/pkg/mod.py` both
 * become `pkg/mod.py`; a path outside the workspace stays as given. */
#include "report/report.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parser/notebook.h"

typedef struct GithubState {
  char *workspace;       /* absolute, normalized; NULL when unknown */
  char *cwd;             /* absolute, normalized; NULL when unknown */
} GithubState;

/* Lexically normalized absolute path (sg_malloc): `.`, empty components
 * and `..` resolved, no trailing slash. base (absolute) prefixes a
 * relative path. */
static char *sg_github__normalize(const char *base, const char *path) {
  size_t cap = strlen(path) + (base ? strlen(base) : 0) + 3;
  char *joined = sg_malloc(cap);
  if (path[0] == '/' || !base) snprintf(joined, cap, "%s", path);
  else snprintf(joined, cap, "%s/%s", base, path);
  char *out = sg_malloc(cap);
  size_t o = 0;
  for (const char *p = joined; *p;) {
    while (*p == '/') p++;
    const char *start = p;
    while (*p && *p != '/') p++;
    size_t n = (size_t)(p - start);
    if (n == 0 || (n == 1 && start[0] == '.')) continue;
    if (n == 2 && start[0] == '.' && start[1] == '.') {
      while (o > 0 && out[o - 1] != '/') o--;
      if (o > 0) o--;  /* the slash; `/..` stays `/` */
      continue;
    }
    out[o++] = '/';
    memcpy(out + o, start, n);
    o += n;
  }
  if (o == 0) out[o++] = '/';
  out[o] = '\0';
  sg_free(joined);
  return out;
}

/* path relative to root when it lies inside it, else NULL. */
static const char *sg_github__inside(const char *root, const char *path) {
  if (!root) return NULL;
  size_t n = strlen(root);
  if (n == 1) return path[1] ? path + 1 : NULL;  /* root is `/` */
  if (strncmp(path, root, n) != 0 || path[n] != '/' || !path[n + 1]) return NULL;
  return path + n + 1;
}

char *sg_report_workspace_path(const char *workspace, const char *cwd, const char *path) {
  if (!path || !*path || !strcmp(path, "-") || (path[0] != '/' && (!cwd || cwd[0] != '/')))
    return sg_strdup(path ? path : "");
  char *ws = workspace && workspace[0] == '/' ? sg_github__normalize(NULL, workspace) : NULL;
  char *abs = sg_github__normalize(cwd, path);
  const char *rel = sg_github__inside(ws, abs);
  char *ws_real = NULL;
  if (!rel && workspace && (ws_real = realpath(workspace, NULL)) != NULL) rel = sg_github__inside(ws_real, abs);
  char *out = sg_strdup(rel ? rel : path);
  free(ws_real);  /* realpath's malloc */
  sg_free(abs);
  sg_free(ws);
  return out;
}

/* Writes s with the workflow-command escapes; `property` adds `:` and `,`. */
static void sg_github__escaped(FILE *out, const char *s, bool property) {
  for (const char *p = s ? s : ""; *p; p++) {
    switch (*p) {
      case '%': fputs("%25", out); break;
      case '\r': fputs("%0D", out); break;
      case '\n': fputs("%0A", out); break;
      case ':': fputs(property ? "%3A" : ":", out); break;
      case ',': fputs(property ? "%2C" : ",", out); break;
      default:  /* other controls: visible, never a terminal escape in the log */
        if (((unsigned char)*p < 0x20 && *p != '\t') || *p == 0x7f) fprintf(out, "\\x%02x", (unsigned char)*p);
        else fputc(*p, out);
    }
  }
}

static const char *sg_github__command(Severity severity) {
  switch (severity) {
    case SEVERITY_ERROR: return "error";
    case SEVERITY_WARNING: return "warning";
    default: return "notice";
  }
}

static void sg_github__file(Reporter *self, const FileResult *result) {
  if (self->opts.statistics) return;
  FILE *out = self->out;
  const GithubState *st = self->state;
  char *shown = sg_report_workspace_path(st->workspace, st->cwd, result->path);
  char *path = sg_utf8_sanitize(shown);
  sg_free(shown);
  for (uint32_t i = 0; i < result->items.len; i++) {
    const Diagnostic *d = &result->items.items[i];
    const RuleInfo *info = &sg_rules[d->rule];
    const Span *s = &d->span;
    uint32_t cell, line = sg_report_line(result, s->line, &cell);
    SourcePos a = {s->line - 1, s->col - 1}, b = {s->end_line - 1, s->end_col - 1};
    if (cell) {  /* a notebook: annotate the file's lines, name the cell */
      a = sg_cell_map_file_pos(result->cells, s->start_byte, SOURCE_UNIT_CHAR);
      b = sg_cell_map_file_pos(result->cells, s->end_byte, SOURCE_UNIT_CHAR);
    }
    fprintf(out, "::%s title=snag (%s)", sg_github__command(d->severity), info->code);
    if (cell) fprintf(out, " in cell %u", cell);
    fputs(",file=", out);
    sg_github__escaped(out, path, true);
    fprintf(out, ",line=%u,col=%u,endLine=%u,endColumn=%u::", a.line + 1, a.col + 1, b.line + 1, b.col + 1);
    sg_github__escaped(out, path, false);
    if (cell) fprintf(out, ":cell %u", cell);
    fprintf(out, ":%u:%u: %s ", line, s->col, info->code);
    sg_github__escaped(out, d->message, false);
    fputc('\n', out);
    self->emitted++;
  }
  sg_free(path);
}

/* --statistics: the usual table, as plain log text. */
static void sg_github__end(Reporter *self, const ReportSummary *summary) {
  if (self->opts.statistics) sg_report_write_statistics(self, summary);
}

static void sg_github__destroy(Reporter *self) {
  GithubState *st = self->state;
  free(st->cwd);  /* getcwd's malloc */
  sg_free(st->workspace);
  sg_free(st);
}

void sg_report_github_init(Reporter *self) {
  GithubState *st = sg_calloc(1, sizeof *st);
  st->cwd = getcwd(NULL, 0);
  const char *ws = getenv("GITHUB_WORKSPACE");
  st->workspace = sg_strdup(ws && ws[0] == '/' ? ws : st->cwd ? st->cwd : "");
  self->state = st;
  self->file = sg_github__file;
  self->end = sg_github__end;
  self->destroy = sg_github__destroy;
}
