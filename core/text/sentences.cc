#include "text/sentences.h"

#include <algorithm>

#include "text/abbreviations.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace ann {
namespace {

std::string_view token_text(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}

char32_t first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = 0;
  return decode_utf8(s, i);
}

// "." "..." "!" "?" "…" "?!" and their CJK/Arabic forms.
bool is_terminal_punct(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] == '.' || s == "!" || s == "?") return true;
  const char32_t c = first_code_point(s);
  return c == 0x2026 || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049 ||
         c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x061F || c == 0x0964;
}

// Verbs that follow a quote and its speaker: `“Why?” Smith asked.`
bool is_reporting_verb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "added", "adds", "asked", "asks", "claimed", "continued", "cried", "declared",
      "exclaimed", "explained", "insisted", "noted", "replied", "said", "says", "screamed",
      "shouted", "stated", "told", "wondered", "wrote", "yelled"};
  for (std::string_view v : kVerbs)
    if (w == v) return true;
  return false;
}

bool is_lowercase_word(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::Word) return false;
  return is_lower(first_code_point(token_text(text, t)));
}

// Tokens that continue a sentence after a full stop: ",", ";", ":", ")", a dash, "-".
bool continues_sentence(std::string_view text, const Token& t) {
  if (t.kind == TokenKind::Dash || t.kind == TokenKind::Hyphen) return true;
  if (t.kind != TokenKind::Punct) return false;
  const std::string_view s = token_text(text, t);
  return s == "," || s == ";" || s == ":" || is_close_bracket(first_code_point(s));
}

// A text wrapped at a fixed width (e-mail, plain-text wire copy) has many line breaks in the
// middle of sentences: "the\nministry". There, a single line break neither ends a sentence
// nor a paragraph. Detected when at least 3 line breaks, and a third of them, sit between
// a word and a lowercase word (or after a comma).
bool looks_hard_wrapped(std::string_view text, const std::vector<Token>& tokens) {
  int breaks = 0, inside = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.has(kNewlineBefore) || t.has(kParagraphBefore)) continue;
    ++breaks;
    const Token& prev = tokens[i - 1];
    const bool prev_continues =
        prev.kind == TokenKind::Word || token_text(text, prev) == ",";
    if (prev_continues && is_lowercase_word(text, t)) ++inside;
  }
  return inside >= 3 && inside * 3 >= breaks;
}

class SentenceSplitter {
 public:
  SentenceSplitter(std::string_view text, const std::vector<Token>& tokens)
      : text_(text), tokens_(tokens), hard_wrapped_(looks_hard_wrapped(text, tokens)) {}

  std::vector<Sentence> run() {
    const size_t n = tokens_.size();
    size_t start = 0;
    size_t i = 0;
    while (i < n) {
      if (i > start && starts_new_line_sentence(i)) {
        close(start, i);
        start = i;
      }
      const size_t end = terminal_cluster_end(i);
      if (end == i) {
        ++i;
        continue;
      }
      if (end < n && splits_after(i, end)) {
        close(start, end);
        start = end;
      } else {
        kept_after_stop_ = end;  // decided: the line break at `end` does not split either
      }
      i = end;
    }
    if (start < n) close(start, n);
    return std::move(sentences_);
  }

 private:
  std::string_view text(size_t i) const { return token_text(text_, tokens_[i]); }

  void close(size_t first, size_t end) {
    Sentence s;
    s.first_token = static_cast<uint32_t>(first);
    s.end_token = static_cast<uint32_t>(end);
    s.begin = tokens_[first].begin;
    s.end = tokens_[end - 1].end;
    sentences_.push_back(s);
  }

  AbbreviationKind abbreviation_of(size_t i) const {
    const Token& t = tokens_[i];
    const std::string_view s = text(i);
    if (t.kind != TokenKind::Word || s.size() < 2 || s.back() != '.') return AbbreviationKind::None;
    return abbreviation_kind(s.substr(0, s.size() - 1));
  }

  // When token i ends a sentence ("." "?!" "Inc."), the end of its cluster: the terminal
  // marks with the closing quotes and brackets that follow them (`Go.”` `(sic.)` `?!`).
  // Returns i when token i is not terminal.
  size_t terminal_cluster_end(size_t i) const {
    const Token& t = tokens_[i];
    const bool terminal = (t.kind == TokenKind::Punct && is_terminal_punct(text(i))) ||
                          abbreviation_of(i) != AbbreviationKind::None;
    if (!terminal) return i;
    size_t end = i + 1;
    while (end < tokens_.size()) {
      const Token& u = tokens_[end];
      if (u.has(kNewlineBefore)) break;
      const bool attached = !u.has(kSpaceBefore);
      const bool closing =
          (u.kind == TokenKind::Punct && is_terminal_punct(text(end))) ||
          (u.kind == TokenKind::Quote && u.has(kCloseQuote)) ||
          (u.kind == TokenKind::Quote && !u.has(kOpenQuote) && attached) ||
          (u.kind == TokenKind::Punct && attached && is_close_bracket(first_code_point(text(end))));
      if (!closing) break;
      end++;
    }
    return end;
  }

  // Does a sentence end between the terminal cluster [i, end) and token `end`?
  bool splits_after(size_t i, size_t end) const {
    const Token& next = tokens_[end];
    const AbbreviationKind abbreviation = end == i + 1 ? abbreviation_of(i) : AbbreviationKind::None;
    if (abbreviation == AbbreviationKind::Title || abbreviation == AbbreviationKind::NumberPrefix)
      return false;  // "Mr. Smith", "No. 10"
    if (next.has(kNewlineBefore) && !hard_wrapped_) return true;
    if (!next.has(kSpaceBefore) && !next.has(kNewlineBefore)) return false;  // "Amazon.com"
    if (continues_sentence(text_, next)) return false;   // "...,” he said"  "etc.)"
    if (is_lowercase_word(text_, next)) return false;    // "“Why?” he asked"
    if (abbreviation != AbbreviationKind::None) {
      if (next.kind == TokenKind::Quote) return next.has(kOpenQuote);
      if (next.kind != TokenKind::Word) return false;  // "Jan. 5", "U.S. $5"
      return starts_sentence(end);                     // "U.S. The" but "U.S. President"
    }
    if (quoted_question_before_speaker(i, end)) return false;
    return true;
  }

  // "The", "It’s" (the part before an apostrophe counts).
  bool starts_sentence(size_t i) const {
    std::string_view word = text(i);
    const size_t apostrophe = std::min(word.find('\''), word.find("\u2019"));
    if (apostrophe != std::string_view::npos && apostrophe > 0) word = word.substr(0, apostrophe);
    return is_sentence_starter(word);
  }

  // `“Why?” Smith asked.` is one sentence: a "?" or "!" closed by a quote, then a name of up
  // to four capitalised words and a reporting verb. (`“Why?” he asked` is lowercase anyway.)
  bool quoted_question_before_speaker(size_t i, size_t end) const {
    if (!(tokens_[end - 1].kind == TokenKind::Quote && tokens_[end - 1].has(kCloseQuote)))
      return false;
    bool exclaims = false;
    for (size_t k = i; k < end; ++k) exclaims |= text(k) == "?" || text(k) == "!";
    if (!exclaims) return false;
    size_t k = end;
    while (k < tokens_.size() && k < end + 4 && tokens_[k].kind == TokenKind::Word &&
           tokens_[k].has(kCapitalized) && !starts_sentence(k))
      ++k;
    return k > end && k < tokens_.size() && is_reporting_verb(text(k));
  }

  // A line break ends a sentence after a headline or a line with no final stop, unless the
  // text is hard-wrapped or the line clearly continues (",", "(", a lowercase next line).
  // A line ending in ":" ends its sentence: the block below is a paragraph of its own.
  bool starts_new_line_sentence(size_t i) const {
    const Token& t = tokens_[i];
    if (t.has(kParagraphBefore)) return true;  // a blank line always ends a sentence
    if (!t.has(kNewlineBefore) || hard_wrapped_ || i == kept_after_stop_) return false;
    const Token& prev = tokens_[i - 1];
    if (text(i - 1) == ":") return true;  // "Chris Philp said:" and a block on its own lines
    if (continues_sentence(text_, prev) || prev.kind == TokenKind::Symbol) return false;
    if (prev.kind == TokenKind::Quote && prev.has(kOpenQuote)) return false;
    if (is_lowercase_word(text_, t)) return false;  // a line break inside a sentence
    return true;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  bool hard_wrapped_;
  size_t kept_after_stop_ = 0;  // token after a full stop that did not end the sentence
  std::vector<Sentence> sentences_;
};

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens) {
  return SentenceSplitter(text, tokens).run();
}

std::vector<Paragraph> split_paragraphs(std::string_view text, const std::vector<Token>& tokens,
                                        std::vector<Sentence>& sentences) {
  const bool hard_wrapped = looks_hard_wrapped(text, tokens);
  std::vector<Paragraph> paragraphs;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Token& first = tokens[sentences[s].first_token];
    const bool new_paragraph = s == 0 || first.has(kParagraphBefore) ||
                               (first.has(kNewlineBefore) && !hard_wrapped);
    if (new_paragraph) {
      Paragraph p;
      p.begin = sentences[s].begin;
      p.first_sentence = static_cast<uint32_t>(s);
      paragraphs.push_back(p);
    }
    Paragraph& p = paragraphs.back();
    p.end = sentences[s].end;
    p.end_sentence = static_cast<uint32_t>(s + 1);
    sentences[s].paragraph = static_cast<uint32_t>(paragraphs.size() - 1);
  }
  return paragraphs;
}

}  // namespace ann
