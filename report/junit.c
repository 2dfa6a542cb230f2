/* junit: one JUnit XML document, in the shape of Ruff's junit output, which
 * CI systems (GitLab's test reports, Jenkins' JUnit plugin) read as test
 * results. Each file with findings is a testsuite and each finding a failed
 * testcase named after its rule:
 *
 *   <?xml version="1.0" encoding="UTF-8"?>
 *   <testsuites name="snag" tests="2" failures="2" errors="0">
 *     <testsuite name="a.py" tests="2" failures="2" errors="0">
 *       <testcase name="org.snag.SNG201" classname="a.py" line="3" column="5">
 *         <failure message="...">line 3, col 5, SNG201 mutable-default-mutated: ...</failure>
 *       </testcase>
 *       ...
 *     </testsuite>
 *   </testsuites>
 *
 * Files without findings get no testsuite. When the whole run has none, a
 * single passing testcase ("No errors found", in a testsuite named "snag")
 * is written so that CI shows a green test rather than an empty report.
 * Columns count code points, 1-based.
 *
 * The totals belong on the root element, so each file's testsuite is
 * written into a memory buffer as it arrives and the document is put
 * together at the end.
 *
 * Escaping: `&`, `<`, `>`, `"` and `'` become entities everywhere; in
 * attribute values tab, LF and CR become character references (a parser
 * would otherwise normalise them to spaces). Characters XML 1.0 does not
 * allow (C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF) become
 * U+FFFD, as does every byte of invalid UTF-8 (sg_utf8_sanitize), so any
 * file name or message gives a well-formed document.
 *
 * --statistics has no JUnit equivalent, so it is ignored and every finding
 * is written: the report stays a complete input for the CI system. */
#include "report/report.h"

#include <stdlib.h>

#define SG_JUNIT_REPLACEMENT "\xEF\xBF\xBD"  /* U+FFFD */

typedef struct JunitState {
  FILE *suites;                  /* open_memstream over suites_buf */
  char *suites_buf;
  size_t suites_len;
} JunitState;

/* Writes s (valid UTF-8, as sg_utf8_sanitize leaves it) escaped for XML
 * text, or for a double-quoted attribute value when `attribute`. */
static void sg_junit__escaped(FILE *out, const char *s, bool attribute) {
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    switch (*p) {
      case '&': fputs("&amp;", out); break;
      case '<': fputs("&lt;", out); break;
      case '>': fputs("&gt;", out); break;
      case '"': fputs("&quot;", out); break;
      case '\'': fputs("&apos;", out); break;
      case '\t': fputs(attribute ? "&#9;" : "\t", out); break;
      case '\n': fputs(attribute ? "&#10;" : "\n", out); break;
      case '\r': fputs("&#13;", out); break;  /* text too: a raw CR reads as LF */
      default:
        if (*p < 0x20) {
          fputs(SG_JUNIT_REPLACEMENT, out);
        } else if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
          fputs(SG_JUNIT_REPLACEMENT, out);     /* U+FFFE, U+FFFF: not XML chars */
          p += 2;
        } else {
          fputc(*p, out);
        }
    }
  }
}

/* Like sg_junit__escaped, for text that may not be valid UTF-8. */
static void sg_junit__escaped_raw(FILE *out, const char *s, bool attribute) {
  char *clean = sg_utf8_sanitize(s ? s : "");
  sg_junit__escaped(out, clean, attribute);
  sg_free(clean);
}

static void sg_junit__testcase(FILE *out, const FileResult *result, const char *path, const Diagnostic *d) {
  const RuleInfo *info = &sg_rules[d->rule];
  const Span *s = &d->span;
  uint32_t cell, line = sg_report_line(result, s->line, &cell);  /* a notebook: the line in its cell */
  fprintf(out, "    <testcase name=\"org.snag.%s\" classname=\"", info->code);
  sg_junit__escaped(out, path, true);
  fprintf(out, "\" line=\"%u\" column=\"%u\">\n", line, s->col);
  fputs("      <failure message=\"", out);
  sg_junit__escaped_raw(out, d->message, true);
  fputs("\">", out);
  if (cell) fprintf(out, "cell %u, ", cell);
  fprintf(out, "line %u, col %u, %s %s: ", line, s->col, info->code, info->name);
  sg_junit__escaped_raw(out, d->message, false);
  fputs("</failure>\n    </testcase>\n", out);
}

static void sg_junit__file(Reporter *self, const FileResult *result) {
  uint32_t n = result->items.len;
  if (n == 0) return;
  FILE *out = ((JunitState *)self->state)->suites;
  char *path = sg_utf8_sanitize(result->path);
  fputs("  <testsuite name=\"", out);
  sg_junit__escaped(out, path, true);
  fprintf(out, "\" tests=\"%u\" failures=\"%u\" errors=\"0\">\n", n, n);
  for (uint32_t i = 0; i < n; i++) {
    sg_junit__testcase(out, result, path, &result->items.items[i]);
    self->emitted++;
  }
  fputs("  </testsuite>\n", out);
  sg_free(path);
}

static void sg_junit__end(Reporter *self, const ReportSummary *summary) {
  (void)summary;  /* the totals are what was written */
  JunitState *st = self->state;
  FILE *out = self->out;
  fflush(st->suites);
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
  if (self->emitted == 0) {
    fputs("<testsuites name=\"snag\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
          "  <testsuite name=\"snag\" tests=\"1\" failures=\"0\" errors=\"0\">\n"
          "    <testcase name=\"No errors found\" classname=\"snag\"/>\n"
          "  </testsuite>\n",
          out);
  } else {
    fprintf(out, "<testsuites name=\"snag\" tests=\"%u\" failures=\"%u\" errors=\"0\">\n",
            self->emitted, self->emitted);
    if (st->suites_len) fwrite(st->suites_buf, 1, st->suites_len, out);
  }
  fputs("</testsuites>\n", out);
}

static void sg_junit__destroy(Reporter *self) {
  JunitState *st = self->state;
  if (!st) return;
  if (st->suites) fclose(st->suites);
  free(st->suites_buf);  /* open_memstream's buffer: plain free */
  sg_free(st);
  self->state = NULL;
}

void sg_report_junit_init(Reporter *self) {
  JunitState *st = sg_calloc(1, sizeof(JunitState));
  st->suites = open_memstream(&st->suites_buf, &st->suites_len);
  if (!st->suites) abort();
  self->state = st;
  self->file = sg_junit__file;
  self->end = sg_junit__end;
  self->destroy = sg_junit__destroy;
}
