// Helpers for reading untrusted JSON in the core without exceptions (wasm aborts on an
// uncaught throw). Shared by the document reader (document_json.cc) and the dictionary
// reader (entities/dictionary.cc) so both report errors the same way:
//
//   parse_untrusted_json("[1, }")  => error "not valid JSON at line 1, column 5: syntax error ..."
//   describe_json_value(5.5)       => "number 5.5"
//   quote_for_message("Vučić")     => "\"Vučić\""   (long strings are cut with "...")
#pragma once
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "util/status.h"

namespace ann {

using Json = nlohmann::ordered_json;   // keeps key order, so written files read naturally

// Deeper input is refused before parsing: a document needs 4 levels, a dictionary 3.
constexpr int kMaxJsonDepth = 64;

// Parses `text` into `*out`. Refuses invalid JSON (with line and column), invalid UTF-8 in
// strings and nesting deeper than kMaxJsonDepth. Never throws.
Status parse_untrusted_json(std::string_view text, Json* out);

// A short description of a value for messages: "string \"x\"", "number 5", "array", "null".
std::string describe_json_value(const Json& value);

// `s` in double quotes, cut to `max_code_points` (plus "...") so messages stay one line.
std::string quote_for_message(std::string_view s, size_t max_code_points = 40);

// Dumps without ever throwing: invalid UTF-8 (which valid documents never hold) becomes U+FFFD.
std::string dump_json(const Json& value, int indent = -1);

}  // namespace ann
