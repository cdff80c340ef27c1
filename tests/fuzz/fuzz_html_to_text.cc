// libFuzzer target: html_to_text, which turns pasted or opened HTML into the article text.
// Input: any bytes, as HTML. Checks, besides no crash or hang: valid UTF-8 in gives valid
// UTF-8 out; wrapped in a <script> element between two paragraphs, nothing of the input
// survives: "<p>before</p><script>INPUT</script><p>after</p>" => "before\n\nafter".
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_checks.h"
#include "text/html_to_text.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  std::string text = ann::html_to_text(html);
  if (ann::is_valid_utf8(html)) {
    ann::fuzz::check(ann::is_valid_utf8(text), "valid UTF-8 HTML gives invalid UTF-8 text");
  }
  // Inside a script, the bytes are script, never text (unless they close the script first;
  // "<!--" is left out too: after "<!--<script>" HTML keeps even "</script>" as script).
  if (html.find("</") == std::string_view::npos && html.find("<!--") == std::string_view::npos) {
    std::string wrapped = "<p>before</p><script>" + std::string(html) + "</script><p>after</p>";
    ann::fuzz::check(ann::html_to_text(wrapped) == "before\n\nafter", "script content leaks into the text:",
                     ann::html_to_text(wrapped));
  }
  return 0;
}
