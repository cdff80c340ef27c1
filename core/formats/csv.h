// The claims as a CSV table (RFC 4180), one row per claim in document order:
//
//   source,source_group,cue,stance,kind,content,start,end
//   Aleksandar Vučić,Aleksandar Vučić,said,assert,indirect,Serbia would not sell arms,37,63
//
// `start`/`end` are the content's Unicode code point offsets (end exclusive), as in the
// document JSON. Cells holding a comma, a quote or a line break are quoted ("" for a quote);
// lines end with CRLF. A cell a spreadsheet could run as a formula (starting with = + - @,
// tab or carriage return) gets a leading single quote: "=HYPERLINK(...)" => "'=HYPERLINK(...)".
#pragma once
#include <string>
#include <string_view>

#include "document/document.h"

namespace ann {

struct CsvOptions {
  bool excel_bom = false;   // start with a UTF-8 byte order mark so Excel reads UTF-8
};

std::string write_claims_csv(const Document& doc, const CsvOptions& options = {});

// One cell, guarded and quoted as above: csv_cell("a,b") => "\"a,b\"", csv_cell("-5") => "'-5".
std::string csv_cell(std::string_view value);

}  // namespace ann
