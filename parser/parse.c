#include "parser/parse.h"

#include "parser/alloc.h"
#include "parser/clock.h"
#include "parser/grammar.h"

Parser *sg_parser_new(void) {
  Parser *self = sg_calloc(1, sizeof(Parser));
  self->ts = ts_parser_new();
  ts_parser_set_language(self->ts, sg_grammar_python()->language);
  return self;
}

void sg_parser_delete(Parser *self) {
  if (!self) return;
  ts_parser_delete(self->ts);
  sg_free(self);
}

TSTree *sg_parser_parse(Parser *self, const Source *source) {
  return ts_parser_parse_string_encoding(self->ts, NULL, source->text, source->len,
                                         TSInputEncodingUTF8);
}

static const char *sg_parse__read(void *payload, uint32_t byte, TSPoint point, uint32_t *bytes_read) {
  (void)point;
  const Source *source = payload;
  if (byte >= source->len) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = source->len - byte;
  return source->text + byte;
}

static bool sg_parse__past_deadline(TSParseState *state) {
  double deadline = *(const double *)state->payload;
  return deadline > 0 && sg_clock_now() > deadline;
}

TSTree *sg_parser_reparse(Parser *self, const Source *source, const TSTree *old, double budget) {
  double deadline = budget > 0 ? sg_clock_now() + budget : 0;
  TSInput input = {.payload = (void *)source, .read = sg_parse__read, .encoding = TSInputEncodingUTF8};
  TSParseOptions options = {.payload = &deadline, .progress_callback = sg_parse__past_deadline};
  TSTree *tree = ts_parser_parse_with_options(self->ts, old, input, options);
  if (!tree) ts_parser_reset(self->ts);  /* abandoned: the next parse starts clean */
  return tree;
}
