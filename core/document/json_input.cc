#include "document/json_input.h"

#include <cstdio>

namespace ann {
namespace {

// Collects the first parse error from nlohmann's SAX parser. Used only after a failed
// json::parse(..., false), which says *that* the input is bad but not *where*.
class ParseErrorCollector : public nlohmann::json_sax<Json> {
 public:
  std::string message;

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
    // => "at line 1, column 5: syntax error ..." (the bracketed tag means nothing to a user).
    std::string what = ex.what();
    size_t tag_end = what.find("] ");
    if (tag_end != std::string::npos) what = what.substr(tag_end + 2);
    const std::string prefix = "parse error ";
    if (what.rfind(prefix, 0) == 0) what = what.substr(prefix.size());
    message = what;   // "at line 1, column 5: syntax error while parsing value - ..."
    return false;
  }
};

// The byte offset where nesting first exceeds `max_depth`, or npos. Brackets inside strings
// do not count: "[\"[[[\"]" has depth 1.
size_t find_excess_nesting(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;            // skip the escaped character, e.g. \"
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

}  // namespace

Status parse_untrusted_json(std::string_view text, Json* out) {
  size_t deep = find_excess_nesting(text, kMaxJsonDepth);
  if (deep != std::string_view::npos) {
    return Status::Error("not accepted: JSON nested deeper than " +
                         std::to_string(kMaxJsonDepth) + " levels at byte " + std::to_string(deep));
  }
  Json parsed = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    ParseErrorCollector collector;
    Json::sax_parse(text.begin(), text.end(), &collector);
    if (collector.message.empty()) collector.message = "unknown error";
    // "not valid JSON at line 1, column 5: syntax error while parsing value - ..."
    const std::string& m = collector.message;
    return Status::Error("not valid JSON" + std::string(m.rfind("at ", 0) == 0 ? " " : ": ") + m);
  }
  *out = std::move(parsed);
  return Status();
}

std::string describe_json_value(const Json& value) {
  switch (value.type()) {
    case Json::value_t::string:
      return "string " + quote_for_message(value.get_ref<const std::string&>());
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
    case Json::value_t::boolean:
      return std::string(value.type_name()) + " " + dump_json(value);
    default:
      return value.type_name();   // "null", "array", "object"
  }
}

std::string quote_for_message(std::string_view s, size_t max_code_points) {
  std::string out = "\"";
  size_t code_points = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool starts_code_point = (c & 0xC0) != 0x80;
    if (starts_code_point && code_points++ == max_code_points) {
      out += "...";
      break;
    }
    if (c == '\n') out += "\\n";
    else if (c == '"') out += "\\\"";
    else out += static_cast<char>(c);
  }
  out += '"';
  return out;
}

std::string dump_json(const Json& value, int indent) {
  return value.dump(indent, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

}  // namespace ann
