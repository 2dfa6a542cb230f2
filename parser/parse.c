#include "parser/parse.h"

#include "parser/alloc.h"
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

TSTree *sg_parser_reparse(Parser *self, const Source *source, const TSTree *old) {
  return ts_parser_parse_string_encoding(self->ts, old, source->text, source->len,
                                         TSInputEncodingUTF8);
}
