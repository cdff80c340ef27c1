#include "claims/quotes.h"

#include <string_view>

namespace ann {
namespace {

enum class Mark { None, Open, Close, Either };

bool is_double_mark(std::string_view s) {
  return s == "\"" || s == "“" || s == "”" || s == "„" || s == "«" || s == "»";
}

bool is_word_like(const Token& t) {
  return t.kind == TokenKind::Word || t.kind == TokenKind::Number;
}

// Opening, closing or either, from the character first ("“" opens, "”" closes), then from
// the tokenizer's flags, then from the spacing around a straight mark.
Mark classify(const AnalyzedText& text, size_t i, size_t para_first, size_t para_end) {
  const Token& t = text.tokens[i];
  std::string_view s = text.token_text(i);
  if (s == "“" || s == "„" || s == "«" || s == "‘") return Mark::Open;
  if (s == "”" || s == "»") return Mark::Close;
  if (t.has(kOpenQuote)) return Mark::Open;
  if (t.has(kCloseQuote)) return Mark::Close;
  bool space_before = i == para_first || t.has(kSpaceBefore);
  bool space_after = i + 1 >= para_end || text.tokens[i + 1].has(kSpaceBefore);
  if (space_before && !space_after) return Mark::Open;
  if (!space_before && space_after) return Mark::Close;
  if (i + 1 < para_end && text.tokens[i + 1].kind == TokenKind::Punct) return Mark::Close;
  return Mark::Either;
}

void finish(const AnalyzedText& text, Quotation& q) {
  const auto& toks = text.tokens;
  q.begin = q.first_token < q.end_token ? toks[q.first_token].begin : toks[q.open_token].end;
  q.end = q.first_token < q.end_token ? toks[q.end_token - 1].end : q.begin;
  bool all_capitalized = true;
  bool sentence_punct = false;
  for (uint32_t k = q.first_token; k < q.end_token; ++k) {
    if (is_word_like(toks[k])) {
      ++q.words;
      if (!toks[k].has(kCapitalized) && toks[k].kind == TokenKind::Word) {
        std::string_view w = text.token_text(k);
        // "of", "and", "the" may sit inside a name: "Movement for Democratic Change".
        if (w != "of" && w != "and" && w != "the" && w != "for" && w != "de") {
          all_capitalized = false;
        }
      }
    } else if (toks[k].kind == TokenKind::Punct) {
      std::string_view p = text.token_text(k);
      if (p == "." || p == "?" || p == "!" || p == ":" || p == ";" || p == "…") {
        sentence_punct = true;
      }
    }
  }
  q.name_like = q.words > 0 && q.words <= 4 && all_capitalized && !sentence_punct;
  q.sentence_like = !q.name_like && (q.words >= 5 || (q.words >= 2 && sentence_punct));
}

}  // namespace

std::vector<Quotation> find_quotations(const AnalyzedText& text) {
  std::vector<Quotation> out;
  const auto& toks = text.tokens;
  const auto& sents = text.sentences;
  Quotation open_double;
  bool double_open = false;
  for (size_t p = 0; p < text.paragraphs.size(); ++p) {
    const Paragraph& para = text.paragraphs[p];
    if (para.first_sentence >= para.end_sentence) continue;
    size_t first = sents[para.first_sentence].first_token;
    size_t end = sents[para.end_sentence - 1].end_token;
    Quotation open_single;
    bool single_open = false;
    for (size_t i = first; i < end; ++i) {
      if (toks[i].kind != TokenKind::Quote) continue;
      std::string_view s = text.token_text(i);
      Mark m = classify(text, i, first, end);
      if (is_double_mark(s)) {
        if (double_open && i == first && m != Mark::Close) continue;  // reopened: continues
        if (!double_open && m != Mark::Close) {
          open_double = Quotation{};
          open_double.open_token = static_cast<uint32_t>(i);
          open_double.first_token = static_cast<uint32_t>(i + 1);
          double_open = true;
        } else if (double_open && m != Mark::Open) {
          open_double.close_token = static_cast<uint32_t>(i);
          open_double.end_token = static_cast<uint32_t>(i);
          finish(text, open_double);
          out.push_back(open_double);
          double_open = false;
          single_open = false;  // a single mark left open inside it is an apostrophe
        }
        continue;
      }
      // Single marks: only pairs inside one paragraph; a lone one is an apostrophe.
      bool word_after = i + 1 < end && is_word_like(toks[i + 1]) && !toks[i + 1].has(kSpaceBefore);
      bool word_before = i > first && !toks[i].has(kSpaceBefore) &&
                         (is_word_like(toks[i - 1]) || toks[i - 1].kind == TokenKind::Punct);
      if (!single_open && m != Mark::Close && word_after) {
        open_single = Quotation{};
        open_single.open_token = static_cast<uint32_t>(i);
        open_single.first_token = static_cast<uint32_t>(i + 1);
        open_single.single = true;
        single_open = true;
      } else if (single_open && m != Mark::Open && word_before) {
        open_single.close_token = static_cast<uint32_t>(i);
        open_single.end_token = static_cast<uint32_t>(i);
        finish(text, open_single);
        out.push_back(open_single);
        single_open = false;
      }
    }
    if (!double_open) continue;
    // An unclosed quote continues only when the next paragraph opens with a mark.
    bool continues = false;
    if (p + 1 < text.paragraphs.size()) {
      const Paragraph& next = text.paragraphs[p + 1];
      if (next.first_sentence < next.end_sentence) {
        size_t k = sents[next.first_sentence].first_token;
        continues = toks[k].kind == TokenKind::Quote && is_double_mark(text.token_text(k)) &&
                    classify(text, k, k, sents[next.end_sentence - 1].end_token) != Mark::Close;
      }
    }
    if (!continues) {
      // Unbalanced: up to the paragraph's end, or only its own sentence when the paragraph
      // runs on (a stray mark in text pasted without paragraph breaks).
      size_t open_sentence = para.first_sentence;
      while (open_sentence + 1 < para.end_sentence &&
             sents[open_sentence + 1].first_token <= open_double.open_token) {
        ++open_sentence;
      }
      if (open_double.open_token >= first && para.end_sentence - open_sentence > 3) {
        end = sents[open_sentence].end_token;
      }
      open_double.end_token = static_cast<uint32_t>(end);
      finish(text, open_double);
      out.push_back(open_double);
      double_open = false;
    }
  }
  // Keep them ordered by opening mark (a single quote closes before its double one).
  std::vector<Quotation> sorted;
  sorted.reserve(out.size());
  size_t a = 0;
  // `out` holds runs where inner single quotes precede their enclosing double quote; a
  // stable insertion by open_token over that nearly sorted list stays linear in practice.
  for (; a < out.size(); ++a) {
    Quotation q = out[a];
    size_t pos = sorted.size();
    while (pos > 0 && sorted[pos - 1].open_token > q.open_token) --pos;
    sorted.insert(sorted.begin() + static_cast<std::ptrdiff_t>(pos), q);
  }
  return sorted;
}

std::vector<int32_t> quotation_of_tokens(const std::vector<Quotation>& quotes, size_t tokens) {
  std::vector<int32_t> of(tokens, -1);
  for (size_t q = 0; q < quotes.size(); ++q) {
    for (uint32_t k = quotes[q].first_token; k < quotes[q].end_token && k < tokens; ++k) {
      if (of[k] < 0) of[k] = static_cast<int32_t>(q);
    }
  }
  return of;
}

}  // namespace ann
