#include "parser/comments.h"

#include <stdbool.h>

/* Skips the string literal whose opening quote is at s[i]; returns the
 * index after its closing quote, or of the newline that ends an
 * unterminated one-line string. Rows are counted through a triple-quoted
 * string's lines and backslash-continued ones. */
static uint32_t sg_comments__string(const char *s, uint32_t len, uint32_t i, uint32_t *row, uint32_t *line_start) {
  char q = s[i];
  bool triple = i + 2 < len && s[i + 1] == q && s[i + 2] == q;
  i += triple ? 3 : 1;
  while (i < len) {
    char c = s[i];
    if (c == '\\') {
      if (i + 2 < len && s[i + 1] == '\r' && s[i + 2] == '\n') i++;  /* a CRLF escaped */
      if (i + 1 < len && s[i + 1] == '\n') ++*row, *line_start = i + 2;
      i += 2;
    } else if (c == '\n') {
      if (!triple) return i;
      ++*row;
      *line_start = ++i;
    } else if (c == q && (!triple || (i + 2 < len && s[i + 1] == q && s[i + 2] == q))) {
      return i + (triple ? 3 : 1);
    } else {
      i++;
    }
  }
  return len;
}

void sg_comments_scan(const char *s, uint32_t len, CommentSpans *out) {
  uint32_t i = 0, row = 0, line_start = 0;
  bool blank = true;  /* nothing but blanks yet on this line, and not a continuation */
  while (i < len) {
    char c = s[i];
    if (c == '\n') {
      row++;
      line_start = ++i;
      blank = true;
    } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
      i++;
    } else if (c == '#') {
      uint32_t e = i;
      while (e < len && s[e] != '\n') e++;
      if (blank) array_push(out, ((CommentSpan){i, e, row, i - line_start}));
      i = e;
    } else if (c == '\\') {
      blank = false;
      i++;
      if (i < len && s[i] == '\r') i++;
      if (i < len && s[i] == '\n') row++, line_start = ++i;  /* the next line continues this one */
    } else if (c == '"' || c == '\'') {
      blank = false;
      i = sg_comments__string(s, len, i, &row, &line_start);
    } else {
      blank = false;
      i++;
    }
  }
}

/* The indentation of the line starting at s[i], as the scanner counts it,
 * or -1 for a line with nothing but blanks or a comment. */
static int32_t sg_comments__indent(const char *s, uint32_t len, uint32_t i) {
  int32_t n = 0;
  for (; i < len; i++) {
    if (s[i] == ' ') n++;
    else if (s[i] == '\t') n += 8;
    else if (s[i] == '\f' || s[i] == '\r') n = 0;
    else return s[i] == '\n' || s[i] == '#' ? -1 : n;
  }
  return -1;
}

void sg_comments_scan_breaks(const char *s, uint32_t len, LineBreaks *out) {
  uint32_t i = 0, row = 0, line_start = 0, depth = 0;
  int32_t open_indent = 0;      /* of the line where the outermost bracket opened */
  bool commented = false;       /* this line has a comment after code */
  while (i < len) {
    char c = s[i];
    if (c == '\n') {
      if (depth && !commented) {
        int32_t next = sg_comments__indent(s, len, i + 1);
        if (next >= 0 && next < open_indent) array_push(out, i);
      }
      row++;
      line_start = ++i;
      commented = false;
    } else if (c == '#') {
      commented = true;
      while (i < len && s[i] != '\n') i++;
    } else if (c == '\\') {
      i++;
      if (i < len && s[i] == '\r') i++;
      if (i < len && s[i] == '\n') row++, line_start = ++i;
    } else if (c == '"' || c == '\'') {
      i = sg_comments__string(s, len, i, &row, &line_start);
    } else {
      if (c == '(' || c == '[' || c == '{') {
        if (!depth++) {
          uint32_t b = line_start;  /* the indentation of the line it opens on */
          int32_t n = sg_comments__indent(s, len, b);
          open_indent = n < 0 ? 0 : n;
        }
      } else if ((c == ')' || c == ']' || c == '}') && depth) {
        depth--;
      }
      i++;
    }
  }
}

char *sg_comments_blank(const char *text, uint32_t len, const CommentSpans *spans, const LineBreaks *joins) {
  if (!spans->len && (!joins || !joins->len)) return NULL;
  char *view = sg_malloc((size_t)len + 1);
  memcpy(view, text, len);
  view[len] = '\0';
  for (uint32_t k = 0; k < spans->len; k++)
    memset(view + spans->items[k].start, ' ', spans->items[k].end - spans->items[k].start);
  for (uint32_t k = 0; joins && k < joins->len; k++) {
    uint32_t at = joins->items[k];
    view[at] = ' ';
    if (at && view[at - 1] == '\r') view[at - 1] = ' ';
  }
  return view;
}
