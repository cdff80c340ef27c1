// The name finder: runs of capitalised words (with "of", "and", hyphens and particles between
// them), cut into names at titles, leading non-names and connectors that join two names;
// name_labels.cc labels each piece, name_tokens.cc answers the questions about tokens.
#include "entities/name_finder.h"

#include <string_view>

#include "entities/name_labels.h"
#include "entities/name_tokens.h"
#include "lexicon/lexicon.h"

namespace ann {
namespace {

using namespace lexicon;   // flags

constexpr uint32_t kNameFlags = kPlace | kNorp | kOrg;

class NameFinder {
 public:
  NameFinder(const AnalyzedText& text, const std::vector<TokenFeatures>& f,
             std::vector<bool>& taken, std::vector<Mention>& out)
      : t_(text, f, taken), f_(f), out_(out), n_(t_.size()) {}

  void run() {
    for (uint32_t i = 0; i < n_;) {
      if (!name_token(i)) {
        ++i;
        continue;
      }
      uint32_t end = extend_run(i);
      // "al-Shabab", "el-Sisi": the lowercase article before the hyphen is part of the name.
      uint32_t start = i >= 2 && t_.article_prefix(i - 2) ? i - 2 : i;
      split_at_connectors(start, end);
      i = end;
    }
  }

 private:
  // Short names for the questions to t_ (see name_tokens.h).
  std::string_view w(uint32_t i) const { return t_.w(i); }
  bool kind(uint32_t i, TokenKind k) const { return t_.kind(i, k); }
  bool joined(uint32_t i) const { return t_.joined(i); }
  bool newline_before(uint32_t i) const { return t_.newline_before(i); }
  bool name_token(uint32_t i) const { return t_.name_token(i); }
  bool connector(uint32_t i) const { return t_.connector(i); }
  bool known(uint32_t i) const { return t_.known(i); }
  uint32_t lexicon_match(uint32_t i, uint32_t end, uint32_t flags, uint32_t* found = nullptr) const {
    return t_.lexicon_match(i, end, flags, found);
  }
  std::string_view fold_span(uint32_t b, uint32_t e) const { return t_.fold_span(b, e); }
  uint32_t title_length(uint32_t i, uint32_t e) const { return t_.title_length(i, e); }
  void mark(uint32_t b, uint32_t e) { t_.mark(b, e); }

  // --- runs -----------------------------------------------------------------------------------
  // [i, end) of capitalised words with the hyphens and connectors between them:
  //   "Association of Free Labor Union Workers", "ZANU-PF", "Humberto de la Calle".
  uint32_t extend_run(uint32_t i) const {
    uint32_t j = i + 1;
    // No name is longer; the cap keeps pasted all-capitalised text linear and shallow.
    constexpr uint32_t kMaxRun = 16;
    while (j < n_ && j - i < kMaxRun) {
      if (name_token(j) && !newline_before(j)) {
        ++j;
      } else if (kind(j, TokenKind::Hyphen) && joined(j) && joined(j + 1) && name_token(j + 1)) {
        j += 2;
      } else if (kind(j, TokenKind::Hyphen) && joined(j) && joined(j + 1) && t_.given_name_tail(j)) {
        j += 2;   // "Park Ji-won", "Moon Jae-in"
      } else if (connector(j) && !newline_before(j) && name_token(j + 1) &&
                 !newline_before(j + 1)) {
        j += 2;
      } else if (connector(j) && (f_[j].lex & kNameParticle) && connector(j + 1) &&
                 (f_[j + 1].lex & kNameParticle) && name_token(j + 2)) {
        j += 3;   // "de la Calle", "van der Berg"
      } else if (connector(j) && w(j) == "of" && w(j + 1) == "the" && name_token(j + 2)) {
        j += 3;
      } else if (uint32_t after = peoples_possessive_name(j); after > j) {
        j = after;   // "Lord’s Resistance Army", "Sudan People’s Liberation Movement"
      } else {
        break;
      }
    }
    return j;
  }

  // The possessive at j of a people word inside an organisation's name, where the
  // capitalised words after it end in an organisation word: returns the end of those words,
  // else j. "Uganda People’s Defence Force" => one name; "Russia’s Foreign Ministry" and
  // "the People’s plan" => j (a place's possessive splits, per GUIDELINES.md).
  uint32_t peoples_possessive_name(uint32_t j) const {
    if (!kind(j, TokenKind::Possessive) || !joined(j) || j == 0) return j;
    if (!is_one_of(w(j - 1), {"people", "peoples", "lord", "lords", "women", "men", "workers",
                              "children", "farmers", "peasants", "citizens", "veterans"})) {
      return j;
    }
    uint32_t end = j + 1;
    while (end < n_ && name_token(end) && !newline_before(end)) ++end;
    return end - j >= 2 && (t_.head_flags(end - 1) & kOrgWord) ? end : j;
  }

  // The word an organisation's name is about: the last word before "of"/"for", else the
  // last word. "University of Nairobi" => "University", "Stanford University" => "University".
  uint32_t head_word(uint32_t b, uint32_t e) const {
    for (uint32_t k = b + 1; k < e; ++k) {
      if (connector(k) && (w(k) == "of" || w(k) == "for")) return k - 1;
    }
    return e - 1;
  }

  // Number of words in [b, e), connectors and punctuation left out.
  uint32_t word_count(uint32_t b, uint32_t e) const {
    uint32_t count = 0;
    for (uint32_t k = b; k < e; ++k) count += f_[k].word && !connector(k);
    return count;
  }

  // Keeps a connector only where it belongs to one name: "Ministry of Defence",
  // "Movement for Democratic Change", "HM Revenue and Customs"; splits "Czech Republic and
  // Bulgaria" into two.
  void split_at_connectors(uint32_t b, uint32_t e) {
    if (lexicon_match(b, e, kNameFlags) == e - b) {
      emit_segment(b, e, false);
      return;
    }
    uint32_t start = b;
    // A known name keeps its own connectors: "Bosnia and Herzegovina", "Trinidad and Tobago".
    uint32_t known_end = b + lexicon_match(b, e, kNameFlags);
    for (uint32_t k = b + 1; k + 1 < e; ++k) {
      if (!connector(k) || f_[k].capitalized || k < known_end) continue;
      bool keep = true;
      std::string_view c = w(k);
      uint32_t left = k - 1;
      if (c == "of" || c == "for") {
        keep = (f_[left].lex & (kOrgWord | kPlaceWord)) != 0 || w(left) == "voice";
      } else if (c == "and" || c == "&") {
        uint32_t right_end = k + 1;
        while (right_end < e && !connector(right_end)) ++right_end;
        keep = (f_[right_end - 1].lex & kOrgWord) != 0;
        // Two organisations side by side: "Kenya Airways and Ethiopian Airlines",
        // "University of Nairobi and Stanford University"; but "Ministry of Trade and
        // Industry" is one name (a one-word right side).
        if (keep && word_count(start, k) >= 2 && word_count(k + 1, right_end) >= 2 &&
            ((t_.head_flags(head_word(start, k)) & kOrgWord) ||
             lexicon_match(start, k, kNameFlags) == k - start)) {
          keep = false;
        }
      } else if (c == "the") {
        keep = true;
      }
      if (!keep) {
        emit_segment(start, k, false);
        start = k + 1;
        known_end = start + lexicon_match(start, e, kNameFlags);
      }
    }
    emit_segment(start, e, false);
  }

  // --- segments -------------------------------------------------------------------------------
  bool droppable_first_word(uint32_t b, uint32_t e) const {
    const TokenFeatures& t = f_[b];
    // A possessive inside a segment joins a name (peoples_possessive_name): "Lord’s ...".
    if (b + 1 < e && kind(b + 1, TokenKind::Possessive)) return false;
    if (t.lex & kNotName) return true;
    // An all-caps word in mixed-case text is an acronym wherever it stands: "(WHO)".
    if (t.all_caps && !t.caps_line && t.folded.size() >= 2) return false;
    // Contractions: "It’s", "There's", "That’s".
    if (size_t apostrophe = t.folded.find('\''); apostrophe != std::string::npos && apostrophe >= 2) {
      std::string_view base = std::string_view(t.folded).substr(0, apostrophe);
      std::string_view rest = std::string_view(t.folded).substr(apostrophe + 1);
      if (is_one_of(rest, {"s", "re", "ll", "ve", "d", "m", "t"}) &&
          ((lookup(base) & kNotName) || has_common_word(base))) {
        return true;
      }
    }
    if (!t.ambiguous_case || known(b)) return false;
    if (t.lex & kNameFlags) return false;
    // "Alphabet Inc.", "Ammunition Factory": the name goes on to an organisation word.
    if (e - b >= 2 && (f_[e - 1].lex & kOrgWord) && !(t.lex & (kOrgWord | kTitle))) return false;
    if ((t.lex & kFirstName) && b + 1 < e) return false;
    return t.common;
  }

  // A segment is a run piece without unwanted connectors. Drops titles and sentence-initial
  // common words, cuts at inner titles and leading NORP words, then labels what is left.
  void emit_segment(uint32_t b, uint32_t e, bool person_hint) {
    if (b >= e) return;
    // Trailing connectors and stray hyphens never end or start a name.
    while (e > b && (connector(e - 1) || kind(e - 1, TokenKind::Hyphen))) --e;
    while (b < e && kind(b, TokenKind::Hyphen)) ++b;
    if (b >= e) return;
    if (f_[b].headline) {
      emit_headline(b, e);
      return;
    }
    // Leading titles and non-names.
    while (b < e) {
      if (lexicon_match(b, e, kNameFlags) >= 2) break;
      // "Lord’s Resistance Army": a title with a possessive is part of the name.
      if (uint32_t t = title_length(b, e); t > 0 && !kind(b + t, TokenKind::Possessive)) {
        person_hint = true;
        b += t;
        continue;
      }
      if (droppable_first_word(b, e) || (connector(b) && !t_.article_prefix(b))) {
        ++b;
        continue;
      }
      break;
    }
    if (b >= e) return;
    uint32_t whole = lexicon_match(b, e, kNameFlags);
    if (whole != e - b) {
      // An inner title: "Russian Foreign Minister Sergei Lavrov", "Public Relations Officer".
      for (uint32_t k = b + 1; k < e; ++k) {
        if (w(k - 1) == "of" || connector(k)) continue;
        uint32_t t = title_length(k, e);
        if (t == 0) continue;
        // "Paris Saint-Germain": a hyphenated title word is part of the name.
        if (kind(k - 1, TokenKind::Hyphen) || kind(k + t, TokenKind::Hyphen)) continue;
        if (k + t < e && (f_[k + t].lex & kOrgWord)) continue;   // "General Motors"
        emit_strong_only(b, k);
        emit_segment(k + t, e, true);
        return;
      }
      // Common words before a first name: "(Minister for ... the) Courts Chris Philp".
      for (uint32_t k = b + 1; k + 1 < e; ++k) {
        if (!(f_[k].lex & kFirstName) || f_[k].common) continue;
        bool common_before = true;
        for (uint32_t j = b; j < k; ++j) {
          common_before = common_before && f_[j].common && !(f_[j].lex & (kFirstName | kNameFlags));
        }
        if (!common_before) break;
        emit_strong_only(b, k);
        emit_segment(k, e, person_hint);
        return;
      }
      // Names side by side that the lexicons know: "VOA Russian", "U.S. State Department".
      if (emit_if_lexicon_cover(b, e)) return;
      // A leading NORP word: "Russian Foreign Ministry" => NORP + ORG, but "Syrian Democratic
      // Forces" and "Islamic Courts Union" are names of their own.
      uint32_t found = 0;
      uint32_t norp = lexicon_match(b, e, kNorp | kPlace | kOrg, &found);
      if (norp > 0 && norp < e - b && (found & kNorp) && !(found & (kPlace | kOrg)) &&
          !is_norp_form(fold_span(b, e)) && !org_name_with_nationality(b + norp, e)) {
        out_.push_back(Mention{b, b + norp, Label::Norp, Evidence::Lexicon, -1});
        mark(b, b + norp);
        emit_segment(b + norp, e, person_hint);
        return;
      }
    }
    classify_and_emit(b, e, person_hint);
  }

  // [rest, e) after a nationality or religion word is an organisation's own name, which
  // keeps that word: its head is an organisation word or it is a known organisation, and it
  // is no state body ("Foreign Ministry", "Army"), which the nationality only describes.
  //   "Islamic | Courts Union", "Muslim | Brotherhood", "Philippine | Red Cross"   => whole
  //   "Russian | Foreign Intelligence Service", "Serbian | Army"                  => split
  bool org_name_with_nationality(uint32_t rest, uint32_t e) const {
    if (f_[rest].lex & kStateBody) return false;
    if (e - rest <= NameTokens::kMaxLexiconWords && (t_.span_flags(rest, e - rest) & kOrg)) return true;
    // "European | Court of Human Rights": the head is "Court", not "Rights".
    return (t_.head_flags(head_word(rest, e)) & kOrgWord) != 0;
  }

  // Emits [b, e) as two or more lexicon names when the lexicons cover all of it.
  bool emit_if_lexicon_cover(uint32_t b, uint32_t e) {
    std::vector<std::pair<uint32_t, uint32_t>> pieces;
    for (uint32_t i = b; i < e;) {
      uint32_t len = lexicon_match(i, e, kNameFlags);
      if (len == 0) return false;
      pieces.emplace_back(i, i + len);
      i += len;
    }
    if (pieces.size() < 2) return false;
    // "Philippine Red Cross" is one name (see org_name_with_nationality).
    const auto [first_b, first_e] = pieces[0];
    const uint32_t first = t_.span_flags(first_b, first_e - first_b);
    if (pieces.size() == 2 && (first & kNorp) && !(first & (kPlace | kOrg)) &&
        org_name_with_nationality(first_e, e)) {
      return false;
    }
    for (auto [pb, pe] : pieces) classify_and_emit(pb, pe, false);
    return true;
  }

  // Keeps a piece only when the lexicons or an organisation/place word name it: the
  // "Public Relations" of "Public Relations Officer" is dropped, "Ghana Health Service" kept,
  // "Border Force" of "Border Force Assistant" kept.
  void emit_strong_only(uint32_t b, uint32_t e) {
    while (b < e && (droppable_first_word(b, e) || connector(b))) ++b;
    if (b >= e) return;
    uint32_t flags = lookup(fold_span(b, e));
    if ((flags & kNameFlags) || is_norp_form(fold_span(b, e)) ||
        (e - b >= 2 && (f_[e - 1].lex & (kOrgWord | kPlaceWord)))) {
      classify_and_emit(b, e, false);
    } else if (uint32_t len = lexicon_match(b, e, kNameFlags); len > 0) {
      classify_and_emit(b, b + len, false);
    }
  }

  // Title-case headline: every word is capitalised, so only lexicon names and words that are
  // not common English words stay. "Colombia Stops FARC Leaders’ Visits" => Colombia, FARC.
  // A lexicon name stays a piece of its own: "Major Somali Islamic Official" => NORP "Somali",
  // NORP "Islamic" (two names side by side, not one unknown "Somali Islamic").
  void emit_headline(uint32_t b, uint32_t e) {
    std::vector<std::pair<uint32_t, uint32_t>> pieces;
    uint32_t open = e;   // start of the current run of kept words that no lexicon knows
    auto close = [&](uint32_t at) {
      if (open < at) pieces.emplace_back(open, at);
      open = e;
    };
    for (uint32_t i = b; i < e;) {
      uint32_t len = lexicon_match(i, e, kNameFlags);
      if (len > 0) {
        close(i);
        uint32_t end = i + len;
        // "Philippine Red Cross" stays one name in a headline too.
        const uint32_t flags = t_.span_flags(i, len);
        if ((flags & kNorp) && !(flags & (kPlace | kOrg))) {
          const uint32_t org = lexicon_match(end, e, kOrg);
          if (org > 0 && org_name_with_nationality(end, end + org)) end += org;
        }
        pieces.emplace_back(i, end);
        i = end;
        continue;
      }
      const TokenFeatures& t = f_[i];
      bool keep = known(i) || (!t.common && !(t.lex & (kTitle | kOrgWord | kPlaceWord |
                                                       kNotName | kNumberWord)) &&
                               !connector(i) && !kind(i, TokenKind::Hyphen));
      if (t_.article_prefix(i) && i + 2 < e && name_token(i + 2)) {
        if (open == e) open = i;   // "Fight al-Shabab"
        i += 2;
        continue;
      }
      if (keep && open == e) open = i;
      if (!keep) close(i);
      ++i;
    }
    close(e);
    for (auto [pb, pe] : pieces) classify_and_emit(pb, pe, false);
  }

  // --- labels ---------------------------------------------------------------------------------
  void classify_and_emit(uint32_t b, uint32_t e, bool person_hint) {
    if (b >= e) return;
    // "Washington, D.C."
    if (e + 1 < n_ && w(e) == "," && w(e + 1) == "d.c." && !t_.taken(e + 1)) e += 2;
    Mention m{b, e, Label::Org, Evidence::Guess, -1};
    if (label_name(t_, out_, person_hint, m)) out_.push_back(m);
    mark(b, e);
  }

  NameTokens t_;
  const std::vector<TokenFeatures>& f_;
  std::vector<Mention>& out_;
  uint32_t n_;
};

}  // namespace

void find_names(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                std::vector<bool>& taken, std::vector<Mention>& out) {
  NameFinder(text, features, taken, out).run();
}

}  // namespace ann
