#include "text/html_to_text.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/utf8.h"

namespace ann {
namespace {

// --- Character references ------------------------------------------------------------------

// Latin-1's named characters, U+00A0..U+00FF in order: kLatin1Names[i] is U+00A0 + i.
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
    "uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
    "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
    "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
    "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
    "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

struct NamedReference {
  std::string_view name;
  char32_t code_point;
};

// The rest of what news and word-processor HTML uses: markup characters, typography, and the
// letters of the region's languages (Serbian/Croatian/Polish/Czech/Turkish Latin).
constexpr NamedReference kOtherNames[] = {
    {"amp", '&'},        {"lt", '<'},         {"gt", '>'},         {"quot", '"'},
    {"apos", '\''},      {"OElig", 0x152},    {"oelig", 0x153},    {"Scaron", 0x160},
    {"scaron", 0x161},   {"Yuml", 0x178},     {"fnof", 0x192},     {"circ", 0x2C6},
    {"tilde", 0x2DC},    {"ensp", 0x2002},    {"emsp", 0x2003},    {"thinsp", 0x2009},
    {"zwnj", 0x200C},    {"zwj", 0x200D},     {"lrm", 0x200E},     {"rlm", 0x200F},
    {"hyphen", 0x2010},  {"dash", 0x2010},    {"ndash", 0x2013},   {"mdash", 0x2014},
    {"horbar", 0x2015},  {"lsquo", 0x2018},   {"rsquo", 0x2019},   {"sbquo", 0x201A},
    {"ldquo", 0x201C},   {"rdquo", 0x201D},   {"bdquo", 0x201E},   {"dagger", 0x2020},
    {"Dagger", 0x2021},  {"bull", 0x2022},    {"hellip", 0x2026},  {"permil", 0x2030},
    {"prime", 0x2032},   {"Prime", 0x2033},   {"lsaquo", 0x2039},  {"rsaquo", 0x203A},
    {"oline", 0x203E},   {"frasl", 0x2044},   {"euro", 0x20AC},    {"trade", 0x2122},
    {"larr", 0x2190},    {"rarr", 0x2192},    {"minus", 0x2212},   {"Aogon", 0x104},
    {"aogon", 0x105},    {"Cacute", 0x106},   {"cacute", 0x107},   {"Ccaron", 0x10C},
    {"ccaron", 0x10D},   {"Dstrok", 0x110},   {"dstrok", 0x111},   {"Eogon", 0x118},
    {"eogon", 0x119},    {"Ecaron", 0x11A},   {"ecaron", 0x11B},   {"Gbreve", 0x11E},
    {"gbreve", 0x11F},   {"Idot", 0x130},     {"imath", 0x131},    {"inodot", 0x131},
    {"Lstrok", 0x141},   {"lstrok", 0x142},   {"Nacute", 0x143},   {"nacute", 0x144},
    {"Rcaron", 0x158},   {"rcaron", 0x159},   {"Sacute", 0x15A},   {"sacute", 0x15B},
    {"Scedil", 0x15E},   {"scedil", 0x15F},   {"Zacute", 0x179},   {"zacute", 0x17A},
    {"Zdot", 0x17B},     {"zdot", 0x17C},     {"Zcaron", 0x17D},   {"zcaron", 0x17E},
    {"ZeroWidthSpace", 0x200B},
};

// HTML5 maps &#128;..&#159; to the Windows-1252 characters they meant: &#150; => "–".
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021,
    0x2C6,  0x2030, 0x160,  0x2039, 0x152,  0x8D,   0x17D,  0x8F,
    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178,
};

constexpr char32_t kReplacement = 0xFFFD;

char32_t named_reference(std::string_view name) {
  for (size_t i = 0; i < kLatin1Names.size(); ++i) {
    if (kLatin1Names[i] == name) return static_cast<char32_t>(0xA0 + i);
  }
  for (const NamedReference& ref : kOtherNames) {
    if (ref.name == name) return ref.code_point;
  }
  return 0;
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_ascii_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// "&#x1F600;" => U+1F600, "&#150;" => "–" (Windows-1252), "&#0;" or "&#xD800;" => U+FFFD.
char32_t numeric_reference_value(uint32_t value, bool overflow) {
  if (overflow || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    return kReplacement;
  }
  if (value >= 0x80 && value <= 0x9F) return kWindows1252[value - 0x80];
  return value;
}

// Decodes the reference at html[at] == '&'. Returns the bytes it used (0: not a reference,
// the "&" is literal text) and sets *cp.
size_t decode_reference(std::string_view html, size_t at, char32_t* cp) {
  size_t i = at + 1;
  if (i < html.size() && html[i] == '#') {
    ++i;
    const bool hex = i < html.size() && (html[i] == 'x' || html[i] == 'X');
    if (hex) ++i;
    const size_t digits_from = i;
    uint32_t value = 0;
    bool overflow = false;
    while (i < html.size() && (hex ? is_hex_digit(html[i]) : is_ascii_digit(html[i]))) {
      const char c = to_lower(html[i]);
      const uint32_t digit = is_ascii_digit(c) ? uint32_t(c - '0') : uint32_t(c - 'a' + 10);
      value = value * (hex ? 16 : 10) + digit;
      if (value > 0x10FFFF) overflow = true, value = 0x110000;   // keeps reading the digits
      ++i;
    }
    if (i == digits_from) return 0;                  // "&#;" or "&#x" is text
    if (i < html.size() && html[i] == ';') ++i;      // the ";" is optional for numbers
    *cp = numeric_reference_value(value, overflow);
    return i - at;
  }
  size_t end = i;
  while (end < html.size() && end - i < 32 && (is_ascii_alpha(html[end]) || is_ascii_digit(html[end]))) ++end;
  if (end == i) return 0;
  const std::string_view name = html.substr(i, end - i);
  const char32_t value = named_reference(name);
  if (value == 0) return 0;                          // "&foo;" stays as it is
  if (end < html.size() && html[end] == ';') {
    *cp = value;
    return end + 1 - at;
  }
  // Without ";" only the old markup names count ("AT&T" keeps its "&T").
  if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "nbsp") {
    *cp = value;
    return end - at;
  }
  return 0;
}

// --- Text output ---------------------------------------------------------------------------

// Collects text, collapsing whitespace, and turns block boundaries into line breaks only
// when more text follows: "<p>a</p>  <p>b</p>" => "a\n\nb", with nothing before or after.
class TextSink {
 public:
  // `text` is decoded; whitespace in it collapses unless `preformatted`.
  void text(std::string_view text, bool preformatted) {
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (preformatted && (c == '\n' || c == '\r')) {
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        if (!out_.empty()) newlines_ = std::min(newlines_ + 1, 2);
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        if (preformatted && !out_.empty() && newlines_ == 0) {
          flush_separator();
          out_ += c;
        } else {
          space_ = true;
        }
        continue;
      }
      flush_separator();
      out_ += c;
    }
  }
  void line_break() { if (!out_.empty()) newlines_ = std::min(newlines_ + 1, 2); }
  void paragraph_break() { if (!out_.empty()) newlines_ = 2; }
  void cell_break() { tab_ = true; }
  std::string finish() { return std::move(out_); }

 private:
  void flush_separator() {
    if (!out_.empty()) {
      if (newlines_ > 0) {
        out_.append(static_cast<size_t>(newlines_), '\n');
      } else if (tab_) {
        out_ += '\t';
      } else if (space_) {
        out_ += ' ';
      }
    }
    newlines_ = 0;
    tab_ = space_ = false;
  }

  std::string out_;
  int newlines_ = 0;    // pending line breaks: 1 a new line, 2 a new paragraph
  bool tab_ = false;    // pending cell separator
  bool space_ = false;  // pending collapsed whitespace
};

// --- Tags ------------------------------------------------------------------------------------

constexpr std::string_view kBlockTags[] = {
    "address", "article", "aside",  "blockquote", "body",   "caption", "center", "dd",
    "details", "dialog",  "dir",    "div",        "dl",     "dt",      "fieldset", "figcaption",
    "figure",  "footer",  "form",   "h1",         "h2",     "h3",      "h4",     "h5",
    "h6",      "header",  "hgroup", "hr",         "html",   "legend",  "li",     "main",
    "menu",    "nav",     "ol",     "p",          "pre",    "section", "summary", "table",
    "tbody",   "tfoot",   "thead",  "tr",         "ul",
};

// Elements whose content is never shown as text: skipped up to their end tag.
constexpr std::string_view kHiddenTags[] = {
    "script", "style", "title", "template", "noscript", "svg", "math", "textarea",
    "select", "iframe", "object", "noembed", "noframes", "xmp", "button",
};

template <size_t N>
bool is_one_of(std::string_view name, const std::string_view (&names)[N]) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// The position of `needle` (lower-case ASCII) in `haystack` from `from`, ignoring ASCII case.
size_t find_ignoring_case(std::string_view haystack, std::string_view needle, size_t from) {
  if (needle.size() > haystack.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && to_lower(haystack[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The end of the tag opened at html[at] == '<': one past its '>', skipping quoted attribute
// values (a '>' inside title="a > b" does not close it); html.size() if it never closes.
size_t tag_end(std::string_view html, size_t at) {
  char quote = 0;
  for (size_t i = at + 1; i < html.size(); ++i) {
    const char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Only a quote that opens an attribute value ("=" before it) starts a quoted run.
      size_t k = i;
      while (k > at && (html[k - 1] == ' ' || html[k - 1] == '\t' || html[k - 1] == '\n')) --k;
      if (k > at && html[k - 1] == '=') quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return html.size();
}

// Where the content of a hidden element opened before `from` ends: one past its end tag
// ("</script>"), or the end of the input if it is never closed.
size_t skip_hidden_content(std::string_view html, std::string_view name, size_t from) {
  const std::string closing = "</" + std::string(name);
  size_t at = from;
  while ((at = find_ignoring_case(html, closing, at)) != std::string_view::npos) {
    const size_t after = at + closing.size();
    // "</scriptx" is not the end tag; "</script>", "</script >" and the input's end are.
    if (after >= html.size() || !is_ascii_alpha(html[after])) return tag_end(html, at);
    at = after;
  }
  return html.size();
}

// <head> holds no text: skip to "</head>", or to "<body" when the end tag is left out.
size_t skip_head(std::string_view html, size_t from) {
  const size_t end_tag = find_ignoring_case(html, "</head", from);
  const size_t body = find_ignoring_case(html, "<body", from);
  const size_t stop = std::min(end_tag, body);
  if (stop == std::string_view::npos) return from;   // malformed: read on, skipping what is hidden
  return stop == end_tag ? tag_end(html, end_tag) : body;
}

}  // namespace

std::string html_to_text(std::string_view html) {
  TextSink sink;
  std::string run;           // decoded text since the last tag
  int pre_depth = 0;         // inside <pre>: whitespace is kept
  const auto flush = [&] {
    if (!run.empty()) sink.text(run, pre_depth > 0);
    run.clear();
  };

  size_t i = 0;
  // A byte order mark is not text.
  if (html.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '&') {
      char32_t cp = 0;
      const size_t used = decode_reference(html, i, &cp);
      if (used == 0) {
        run += c;
        ++i;
        continue;
      }
      if (cp == 0xA0) cp = ' ';             // a no-break space is a space in plain text
      if (cp != 0xAD) append_utf8(run, cp); // a soft hyphen is invisible
      i += used;
      continue;
    }
    if (c != '<') {
      // A literal no-break space (C2 A0) is a space as well; a soft hyphen (C2 AD) goes.
      if (c == '\xC2' && i + 1 < html.size() && (html[i + 1] == '\xA0' || html[i + 1] == '\xAD')) {
        if (html[i + 1] == '\xA0') run += ' ';
        i += 2;
        continue;
      }
      run += c;
      ++i;
      continue;
    }

    // A comment, doctype, CDATA or processing instruction: gone.
    if (html.substr(i, 4) == "<!--") {
      const size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    const size_t name_from = i + (closing ? 2 : 1);
    if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
      i = tag_end(html, i);
      continue;
    }
    if (name_from >= html.size() || !is_ascii_alpha(html[name_from])) {
      run += c;   // "a < b": a literal "<"
      ++i;
      continue;
    }
    size_t name_end = name_from;
    while (name_end < html.size() && (is_ascii_alpha(html[name_end]) || is_ascii_digit(html[name_end]) ||
                                      html[name_end] == '-' || html[name_end] == ':')) {
      ++name_end;
    }
    std::string name(html.substr(name_from, name_end - name_from));
    for (char& ch : name) ch = to_lower(ch);
    const size_t after = tag_end(html, i);
    const bool self_closing = after >= 2 && html[after - 1] == '>' && html[after - 2] == '/';
    flush();

    if (closing) {
      if (name == "pre" && pre_depth > 0) --pre_depth;
      if (is_one_of(name, kBlockTags)) sink.paragraph_break();
      i = after;
      continue;
    }
    if (name == "head") {
      i = skip_head(html, after);
      continue;
    }
    if (is_one_of(name, kHiddenTags)) {
      i = self_closing ? after : skip_hidden_content(html, name, after);
      continue;
    }
    if (name == "br") {
      sink.line_break();
    } else if (name == "td" || name == "th") {
      sink.cell_break();
    } else if (is_one_of(name, kBlockTags)) {
      sink.paragraph_break();
      if (name == "pre" && !self_closing) ++pre_depth;
    }
    i = after;
    // Right after <pre>, one line break belongs to the markup, not the text.
    if (name == "pre" && i < html.size() && html[i] == '\n') ++i;
  }
  flush();
  return sink.finish();
}

}  // namespace ann
