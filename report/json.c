/* json: one JSON array of every finding, keys in a fixed order, indented by
 * two spaces (the layout of Python's json.dumps(indent=2)); columns count
 * code points. Key names follow Ruff's JSON output where Ruff has one. Each
 * finding is built as a cJSON object and written as soon as it is made, so
 * a large run does not keep the whole document in memory. cJSON's own
 * printer indents with tabs, hence the small printer here. */
#include "report/report.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static void sg_json__indent(FILE *out, int depth) {
  for (int i = 0; i < depth; i++) fputs("  ", out);
}

static void sg_json__string(FILE *out, const char *s) {
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    switch (*p) {
      case '"': fputs("\\\"", out); break;
      case '\\': fputs("\\\\", out); break;
      case '\n': fputs("\\n", out); break;
      case '\r': fputs("\\r", out); break;
      case '\t': fputs("\\t", out); break;
      case '\b': fputs("\\b", out); break;
      case '\f': fputs("\\f", out); break;
      default:
        if (*p < 0x20) fprintf(out, "\\u%04x", *p);
        else fputc(*p, out);
    }
  }
  fputc('"', out);
}

/* Depth is that of snag's fixed schema (at most five levels), not of any
 * input, so recursion is bounded. */
static void sg_json__print(FILE *out, const cJSON *item, int depth) {
  if (cJSON_IsArray(item) || cJSON_IsObject(item)) {
    bool object = cJSON_IsObject(item);
    const cJSON *child = item->child;
    if (!child) {
      fputs(object ? "{}" : "[]", out);
      return;
    }
    fputs(object ? "{\n" : "[\n", out);
    for (; child; child = child->next) {
      sg_json__indent(out, depth + 1);
      if (object) {
        sg_json__string(out, child->string);
        fputs(": ", out);
      }
      sg_json__print(out, child, depth + 1);
      fputs(child->next ? ",\n" : "\n", out);
    }
    sg_json__indent(out, depth);
    fputc(object ? '}' : ']', out);
  } else if (cJSON_IsString(item)) {
    sg_json__string(out, item->valuestring);
  } else if (cJSON_IsNumber(item)) {
    double v = item->valuedouble;
    if (v == (double)(long long)v) fprintf(out, "%lld", (long long)v);
    else fprintf(out, "%.17g", v);
  } else if (cJSON_IsBool(item)) {
    fputs(cJSON_IsTrue(item) ? "true" : "false", out);
  } else if (cJSON_IsRaw(item)) {
    fputs(item->valuestring, out);
  } else {
    fputs("null", out);
  }
}

void sg_report_json_write(FILE *out, const cJSON *item) {
  sg_json__print(out, item, 0);
  fputc('\n', out);
}

static cJSON *sg_json__location(uint32_t row, uint32_t column) {
  cJSON *loc = cJSON_CreateObject();
  cJSON_AddNumberToObject(loc, "row", row);
  cJSON_AddNumberToObject(loc, "column", column);
  return loc;
}

/* "location" and "end_location"; in a notebook (Ruff's layout) the rows
 * count in the cell, and "cell" (1-based, as Jupyter numbers cells) comes
 * before them. */
static void sg_json__add_span(cJSON *obj, const FileResult *result, const Span *span) {
  uint32_t cell, end_cell;
  uint32_t line = sg_report_line(result, span->line, &cell);
  uint32_t end_line = sg_report_line(result, span->end_line, &end_cell);
  if (cell != end_cell && end_cell) {  /* ends on the newline after its cell */
    end_line = sg_report_line(result, span->end_line - 1, &end_cell) + 1;
  }
  if (cell) cJSON_AddNumberToObject(obj, "cell", cell);
  cJSON_AddItemToObject(obj, "location", sg_json__location(line, span->col));
  cJSON_AddItemToObject(obj, "end_location", sg_json__location(end_line, span->end_col));
}

static cJSON *sg_json__fix(const FileResult *result, const Fix *fix) {
  if (!fix) return cJSON_CreateNull();
  cJSON *obj = cJSON_CreateObject();
  cJSON_AddStringToObject(obj, "title", fix->title ? fix->title : "");
  cJSON_AddStringToObject(obj, "applicability", fix->applicability == FIX_SAFE ? "safe" : "unsafe");
  cJSON *edits = cJSON_AddArrayToObject(obj, "edits");
  for (uint32_t i = 0; i < fix->edits.len; i++) {
    const Edit *e = &fix->edits.items[i];
    cJSON *edit = cJSON_CreateObject();
    sg_json__add_span(edit, result, &e->span);
    cJSON_AddStringToObject(edit, "content", e->text ? e->text : "");
    cJSON_AddItemToArray(edits, edit);
  }
  return obj;
}

static cJSON *sg_json__diagnostic(const FileResult *result, const Diagnostic *d) {
  const RuleInfo *info = &sg_rules[d->rule];
  cJSON *obj = cJSON_CreateObject();
  cJSON_AddStringToObject(obj, "code", info->code);
  cJSON_AddStringToObject(obj, "name", info->name);
  cJSON_AddStringToObject(obj, "severity", sg_severity_name(d->severity));
  cJSON_AddStringToObject(obj, "message", d->message);
  char *filename = sg_utf8_sanitize(result->path);
  cJSON_AddStringToObject(obj, "filename", filename);
  sg_json__add_span(obj, result, &d->span);
  cJSON *related = cJSON_AddArrayToObject(obj, "related");
  for (uint32_t i = 0; i < d->related.len; i++) {
    const Related *r = &d->related.items[i];
    cJSON *item = cJSON_CreateObject();
    cJSON_AddStringToObject(item, "filename", filename);
    sg_json__add_span(item, result, &r->span);
    cJSON_AddStringToObject(item, "message", r->message);
    cJSON_AddItemToArray(related, item);
  }
  cJSON_AddItemToObject(obj, "fix", sg_json__fix(result, d->fix));
  char url[SG_REPORT_URL_MAX];
  cJSON_AddStringToObject(obj, "url", sg_report_rule_url(d->rule, url, sizeof url));
  sg_free(filename);
  return obj;
}

/* Writes one element of the top-level array, opening it on the first. */
static void sg_json__element(Reporter *self, const cJSON *item) {
  fputs(self->emitted ? ",\n" : "[\n", self->out);
  sg_json__indent(self->out, 1);
  sg_json__print(self->out, item, 1);
  self->emitted++;
}

static void sg_json__file(Reporter *self, const FileResult *result) {
  if (self->opts.statistics) return;
  for (uint32_t i = 0; i < result->items.len; i++) {
    cJSON *obj = sg_json__diagnostic(result, &result->items.items[i]);
    sg_json__element(self, obj);
    cJSON_Delete(obj);
  }
}

static cJSON *sg_json__statistic(const RuleStat *stat) {
  const RuleInfo *info = &sg_rules[stat->rule];
  cJSON *obj = cJSON_CreateObject();
  cJSON_AddStringToObject(obj, "code", info->code);
  cJSON_AddStringToObject(obj, "name", info->name);
  cJSON_AddNumberToObject(obj, "count", stat->count);
  cJSON_AddBoolToObject(obj, "fixable", stat->fixable > 0);
  return obj;
}

/* With --statistics: [{"code", "name", "count", "fixable"}] like Ruff. */
static void sg_json__statistics(Reporter *self, const ReportSummary *summary) {
  RuleStat stats[RULE__COUNT];
  uint32_t n = sg_report_statistics(summary, stats);
  for (uint32_t i = 0; i < n; i++) {
    cJSON *obj = sg_json__statistic(&stats[i]);
    sg_json__element(self, obj);
    cJSON_Delete(obj);
  }
}

static void sg_json__end(Reporter *self, const ReportSummary *summary) {
  if (self->opts.statistics) sg_json__statistics(self, summary);
  fputs(self->emitted ? "\n]\n" : "[]\n", self->out);
}

/* json-lines: the same objects, one compact object per line, written as
 * each file is done — for streaming into jq or a log pipeline. */
static void sg_json_lines__write(Reporter *self, cJSON *obj) {
  char *line = cJSON_PrintUnformatted(obj);
  if (line) {
    fputs(line, self->out);
    fputc('\n', self->out);
    cJSON_free(line);
  }
  cJSON_Delete(obj);
  self->emitted++;
}

static void sg_json_lines__file(Reporter *self, const FileResult *result) {
  if (self->opts.statistics) return;
  for (uint32_t i = 0; i < result->items.len; i++)
    sg_json_lines__write(self, sg_json__diagnostic(result, &result->items.items[i]));
}

static void sg_json_lines__end(Reporter *self, const ReportSummary *summary) {
  if (!self->opts.statistics) return;
  RuleStat stats[RULE__COUNT];
  uint32_t n = sg_report_statistics(summary, stats);
  for (uint32_t i = 0; i < n; i++) sg_json_lines__write(self, sg_json__statistic(&stats[i]));
}

void sg_report_json_lines_init(Reporter *self) {
  self->file = sg_json_lines__file;
  self->end = sg_json_lines__end;
}

void sg_report_json_init(Reporter *self) {
  self->file = sg_json__file;
  self->end = sg_json__end;
}

/* ---- merge -------------------------------------------------------------------- */

typedef struct JsonMerged {
  const cJSON *item;
  const char *file;
  uint32_t order;  /* input and position: the tie-break that keeps each file's order */
} JsonMerged;

static int sg_json__cmp_merged(const void *a, const void *b) {
  const JsonMerged *x = a, *y = b;
  int c = strcmp(x->file, y->file);
  if (c) return c;
  return x->order < y->order ? -1 : x->order > y->order;
}

const char *sg_report_json_merge(FILE *out, cJSON *const *docs, uint32_t count) {
  Array(JsonMerged) all = {0};
  const char *bad = NULL;
  for (uint32_t d = 0; d < count && !bad; d++) {
    if (!cJSON_IsArray(docs[d])) bad = "a json input is not an array of findings";
    for (const cJSON *it = bad ? NULL : docs[d]->child; it && !bad; it = it->next) {
      const cJSON *file = cJSON_GetObjectItemCaseSensitive(it, "filename");
      if (!cJSON_IsObject(it) || !cJSON_IsString(file))
        bad = cJSON_GetObjectItemCaseSensitive(it, "count") ? "a json input is --statistics output, not findings"
                                                            : "a json finding has no filename";
      else array_push(&all, ((JsonMerged){it, file->valuestring, all.len}));
    }
  }
  if (!bad) {
    /* the run sorts its files by path (the filename is that path) */
    if (all.len) qsort(all.items, all.len, sizeof(JsonMerged), sg_json__cmp_merged);
    for (uint32_t i = 0; i < all.len; i++) {
      fputs(i ? ",\n" : "[\n", out);
      sg_json__indent(out, 1);
      sg_json__print(out, all.items[i].item, 1);
    }
    fputs(all.len ? "\n]\n" : "[]\n", out);
  }
  array_free(&all);
  return bad;
}
