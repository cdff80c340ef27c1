#include "entities/name_finder.h"

#include <string>
#include <string_view>
#include <unordered_set>

#include "lexicon/lexicon.h"

namespace ann {
namespace {

using namespace lexicon;   // flags

constexpr uint32_t kNameFlags = kPlace | kNorp | kOrg;
constexpr uint32_t kMaxLexiconWords = 5;

bool is_one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (w == s) return true;
  }
  return false;
}

// "Iranian-Americans" => NORP: every hyphen part a NORP word, a plural "s" allowed.
bool is_norp_form(std::string_view key) {
  if (key.empty()) return false;
  size_t start = 0;
  while (start <= key.size()) {
    size_t dash = key.find('-', start);
    std::string_view part = key.substr(start, dash == std::string_view::npos ? dash : dash - start);
    bool norp = lookup(part) & kNorp;
    if (!norp && part.size() > 3 && part.back() == 's') {
      norp = lookup(part.substr(0, part.size() - 1)) & kNorp;
    }
    if (!norp) return false;
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  return true;
}

class NameFinder {
 public:
  NameFinder(const AnalyzedText& text, const std::vector<TokenFeatures>& f,
             std::vector<bool>& taken, std::vector<Mention>& out)
      : text_(text), f_(f), taken_(taken), out_(out), n_(static_cast<uint32_t>(f.size())),
        memo_(static_cast<size_t>(n_) * kMaxLexiconWords, kUnknown) {}

  void run() {
    collect_known_words();
    for (uint32_t i = 0; i < n_;) {
      if (!name_token(i)) {
        ++i;
        continue;
      }
      uint32_t end = extend_run(i);
      split_at_connectors(i, end);
      i = end;
    }
  }

 private:
  // --- token tests --------------------------------------------------------------------------
  std::string_view w(uint32_t i) const { return i < n_ ? std::string_view(f_[i].folded) : ""; }
  bool kind(uint32_t i, TokenKind k) const { return i < n_ && text_.tokens[i].kind == k; }
  bool joined(uint32_t i) const { return i < n_ && !text_.tokens[i].has(kSpaceBefore); }
  bool newline_before(uint32_t i) const { return text_.tokens[i].has(kNewlineBefore); }

  bool name_token(uint32_t i) const {
    return i < n_ && !taken_[i] && f_[i].word && (f_[i].capitalized || f_[i].all_caps);
  }
  // The lowercase half of a hyphenated given name: "Ji-won" (short, capitalised, unknown
  // word before the hyphen, in a run that already has a name before it).
  bool given_name_tail(uint32_t hyphen) const {
    uint32_t before = hyphen - 1, after = hyphen + 1;
    if (after >= n_ || taken_[after] || !f_[after].word || f_[after].capitalized) return false;
    if (before == 0 || !name_token(before - 1) || f_[before].all_caps) return false;
    return w(before).size() <= 4 && w(after).size() <= 4 && !(f_[before].lex & kNameFlags);
  }

  // Lowercase words that may join two capitalised parts of one name.
  bool connector(uint32_t i) const {
    if (i >= n_ || taken_[i] || f_[i].capitalized) return false;
    if (kind(i, TokenKind::Symbol)) return w(i) == "&";
    return f_[i].word && (is_one_of(w(i), {"of", "and", "for"}) || (f_[i].lex & kNameParticle));
  }
  bool known(uint32_t i) const { return known_.count(w(i)) > 0; }

  // Capitalised words seen where a capital means a name (mid-sentence, not in a headline, as
  // the last word of a name), and never lowercase: they stay names at a sentence start too.
  void collect_known_words() {
    std::unordered_set<std::string_view> lower;
    for (uint32_t i = 0; i < n_; ++i) {
      if (!f_[i].word) continue;
      if (!f_[i].capitalized) {
        lower.insert(w(i));
      } else if (!f_[i].ambiguous_case && !(f_[i].lex & (kTitle | kOrgWord | kPlaceWord)) &&
                 !(i + 1 < n_ && name_token(i + 1) && !newline_before(i + 1))) {
        known_.insert(w(i));   // "Bush said", "Mam Sonando’s Beehive radio": a run's last word
      }
    }
    for (std::string_view l : lower) known_.erase(l);
  }

  // Number of tokens from i (at most up to end) that form a lexicon entry with any of `flags`;
  // 0 when none. Longest first: "Czech Republic" before "Czech".
  uint32_t lexicon_match(uint32_t i, uint32_t end, uint32_t flags, uint32_t* found = nullptr) const {
    uint32_t max = std::min(end - i, kMaxLexiconWords);
    for (uint32_t len = max; len >= 1; --len) {
      uint32_t hit = span_flags(i, len);
      if (hit & flags) {
        if (found) *found = hit;
        return len;
      }
    }
    return 0;
  }

  // Lexicon flags of the `len` tokens from i, NORP forms included ("North Koreans"); the
  // same spans are asked again and again, so they are remembered.
  uint32_t span_flags(uint32_t i, uint32_t len) const {
    uint32_t& memo = memo_[static_cast<size_t>(i) * kMaxLexiconWords + (len - 1)];
    if (memo == kUnknown && len > 1 && !may_start_longer_key(f_[i].folded)) memo = 0;
    if (memo == kUnknown) {
      std::string key = fold_span(i, i + len);
      memo = lookup(key);
      if (!(memo & kNorp) && is_norp_form(key)) memo |= kNorp;
    }
    return memo;
  }

  std::string fold_span(uint32_t b, uint32_t e) const {
    return fold(text_.span_text(text_.tokens[b].begin, text_.tokens[e - 1].end));
  }

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
      } else if (kind(j, TokenKind::Hyphen) && joined(j) && joined(j + 1) && given_name_tail(j)) {
        j += 2;   // "Park Ji-won", "Moon Jae-in"
      } else if (connector(j) && !newline_before(j) && name_token(j + 1) &&
                 !newline_before(j + 1)) {
        j += 2;
      } else if (connector(j) && (f_[j].lex & kNameParticle) && connector(j + 1) &&
                 (f_[j + 1].lex & kNameParticle) && name_token(j + 2)) {
        j += 3;   // "de la Calle", "van der Berg"
      } else if (connector(j) && w(j) == "of" && w(j + 1) == "the" && name_token(j + 2)) {
        j += 3;
      } else {
        break;
      }
    }
    return j;
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
    for (uint32_t k = b + 1; k + 1 < e; ++k) {
      if (!connector(k) || f_[k].capitalized) continue;
      bool keep = true;
      std::string_view c = w(k);
      uint32_t left = k - 1;
      if (c == "of" || c == "for") {
        keep = (f_[left].lex & (kOrgWord | kPlaceWord)) != 0 || w(left) == "voice";
      } else if (c == "and" || c == "&") {
        uint32_t right_end = k + 1;
        while (right_end < e && !connector(right_end)) ++right_end;
        keep = (f_[right_end - 1].lex & kOrgWord) != 0;
      } else if (c == "the") {
        keep = true;
      }
      if (!keep) {
        emit_segment(start, k, false);
        start = k + 1;
      }
    }
    emit_segment(start, e, false);
  }

  // --- segments -------------------------------------------------------------------------------
  bool droppable_first_word(uint32_t b, uint32_t e) const {
    const TokenFeatures& t = f_[b];
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

  uint32_t title_length(uint32_t i, uint32_t e) const {
    uint32_t max = std::min<uint32_t>(e - i, 3);
    for (uint32_t len = max; len >= 1; --len) {
      if (lookup(fold_span(i, i + len)) & kTitle) return len;
    }
    return 0;
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
      if (uint32_t t = title_length(b, e); t > 0) {
        person_hint = true;
        b += t;
        continue;
      }
      if (droppable_first_word(b, e) || connector(b)) {
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
      // A leading NORP word: "Russian Foreign Ministry" => NORP + ORG.
      uint32_t found = 0;
      uint32_t norp = lexicon_match(b, e, kNorp | kPlace | kOrg, &found);
      if (norp > 0 && norp < e - b && (found & kNorp) && !(found & (kPlace | kOrg)) &&
          !is_norp_form(fold_span(b, e))) {
        out_.push_back(Mention{b, b + norp, Label::Norp, Evidence::Lexicon, -1});
        mark(b, b + norp);
        emit_segment(b + norp, e, person_hint);
        return;
      }
    }
    classify_and_emit(b, e, person_hint);
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
  void emit_headline(uint32_t b, uint32_t e) {
    std::vector<bool> keep(e - b, false);
    for (uint32_t i = b; i < e;) {
      uint32_t len = lexicon_match(i, e, kNameFlags);
      if (len > 0) {
        for (uint32_t k = i; k < i + len; ++k) keep[k - b] = true;
        i += len;
        continue;
      }
      const TokenFeatures& t = f_[i];
      keep[i - b] = known(i) || (!t.common && !(t.lex & (kTitle | kOrgWord | kPlaceWord |
                                                         kNotName | kNumberWord)) &&
                                 !connector(i) && !kind(i, TokenKind::Hyphen));
      ++i;
    }
    for (uint32_t i = b; i < e;) {
      if (!keep[i - b]) {
        ++i;
        continue;
      }
      uint32_t j = i;
      while (j < e && keep[j - b]) ++j;
      classify_and_emit(i, j, false);
      i = j;
    }
  }

  void mark(uint32_t b, uint32_t e) {
    for (uint32_t k = b; k < e; ++k) taken_[k] = true;
  }

  // --- labels ---------------------------------------------------------------------------------
  void classify_and_emit(uint32_t b, uint32_t e, bool person_hint) {
    if (b >= e) return;
    // "Washington, D.C."
    if (e + 1 < n_ && w(e) == "," && w(e + 1) == "d.c." && !taken_[e + 1]) e += 2;
    Mention m{b, e, Label::Org, Evidence::Guess, -1};
    if (label(m, person_hint)) out_.push_back(m);
    mark(b, e);
  }

  // The lowercase word next to [b, e) on one side, across a quotation mark:
  // "company “Eling,”" => "company".
  uint32_t word_before(uint32_t b) const {
    if (b > 0 && kind(b - 1, TokenKind::Quote)) --b;
    return b > 0 && f_[b - 1].word && !f_[b - 1].capitalized ? b - 1 : n_;
  }
  uint32_t word_after(uint32_t e) const {
    if (e < n_ && kind(e, TokenKind::Quote)) ++e;
    return e < n_ && f_[e].word && !f_[e].capitalized ? e : n_;
  }
  uint32_t lex_at(uint32_t i) const { return i < n_ ? f_[i].lex : 0; }

  static bool is_speech_verb(std::string_view w) {
    return is_one_of(w, {"said", "says", "told", "added", "wrote", "argued", "insisted",
                         "explained", "stated", "noted", "recalled", "asked", "replied"});
  }

  // "Johnson, 45, a worker", "Biden, who ...", "Biden, speaking at ...".
  bool person_context(uint32_t, uint32_t e) const {
    if (e + 2 < n_ && w(e) == "," && kind(e + 1, TokenKind::Number) && w(e + 2) == ",") {
      std::string_view age = w(e + 1);
      return age.size() <= 3 && age.find_first_not_of("0123456789") == std::string_view::npos;
    }
    uint32_t next = e < n_ && w(e) == "," ? e + 1 : e;
    return next < n_ && (f_[next].lex & kPersonCue) && !f_[next].capitalized;
  }

  bool after_place_list(uint32_t b) const {
    // "Prouds Lane, Bilston": a name after a place and a comma.
    if (b < 2 || w(b - 1) != "," || out_.empty()) return false;
    const Mention& prev = out_.back();
    return prev.end == b - 1 && prev.label == Label::Place;
  }

  // Labels the mention; false when it is no entity after all (a treaty, a facility, a
  // capitalised common phrase).
  bool label(Mention& m, bool person_hint) const {
    const uint32_t b = m.first, e = m.end;
    std::string key = fold_span(b, e);
    uint32_t flags = lookup(key);
    auto set = [&m](Label l, Evidence ev) {
      m.label = l;
      m.evidence = ev;
      return true;
    };
    if (person_hint && !(flags & (kOrg | kCountry))) return set(Label::Person, Evidence::Context);
    if (flags & kOrg) return set(Label::Org, Evidence::Lexicon);
    if (flags & kPlace) return set(Label::Place, Evidence::Lexicon);
    if ((flags & kNorp) || is_norp_form(key)) return set(Label::Norp, Evidence::Lexicon);

    if (f_[e - 1].lex & kSkipHead) return false;                  // "Supplemental Border Treaty"
    if (lex_at(word_after(e)) & kFacility) return false;          // "Evin prison"
    // A lone capitalised common word that only names a kind: "the Embassy", "Court".
    if (e - b == 1 && (f_[b].lex & (kOrgWord | kPlaceWord | kTitle))) return false;

    // The head word: before "of"/"for" ("Ministry of Defence"), else the last word.
    uint32_t head = e - 1;
    for (uint32_t k = b + 1; k < e; ++k) {
      if (w(k) == "of" || w(k) == "for") {
        head = k - 1;
        break;
      }
    }
    if (f_[head].lex & kOrgWord) return set(Label::Org, Evidence::Context);
    if (f_[head].lex & kPlaceWord) return set(Label::Place, Evidence::Context);
    if ((lex_at(word_before(b)) & kOrgCue) || (lex_at(word_after(e)) & kOrgCue)) {
      return set(Label::Org, Evidence::Context);                 // "the company “Eling”"
    }
    if (lex_at(word_before(b)) & kTitle) return set(Label::Person, Evidence::Context);  // "judge X"
    if (b >= 2 && w(b - 1) == "of" &&
        is_one_of(w(b - 2), {"port", "city", "town", "village", "capital", "province", "region",
                             "district", "island", "state", "municipality"})) {
      return set(Label::Place, Evidence::Context);                // "the town of Mai Mahiu"
    }
    // An organisation's name first: "UN Human Rights", "NATO Parliamentary Assembly".
    uint32_t found = 0;
    if (lexicon_match(b, e, kNameFlags, &found) > 0 && (found & kOrg)) {
      return set(Label::Org, Evidence::Context);
    }
    if (e - b >= 2) {
      for (uint32_t k = b; k < e; ++k) {
        if (f_[k].lex & kOrgWord) return set(Label::Org, Evidence::Context);
      }
      if (f_[b].lex & kFirstName) return set(Label::Person, Evidence::Context);
      if (b > 0 && (w(b - 1) == "in" || w(b - 1) == "near") &&
          !kind(e, TokenKind::Possessive)) {
        return set(Label::Place, Evidence::Context);              // "in Tel Aviv"
      }
      bool all_common = true;
      for (uint32_t k = b; k < e; ++k) all_common = all_common && (f_[k].common || !f_[k].word);
      if (all_common) return false;                               // "Immigration Compliance"
      return set(Label::Person, Evidence::Guess);
    }
    // One word.
    if (f_[b].all_caps && !f_[b].caps_line && w(b).size() <= 6) {
      return set(Label::Org, Evidence::Context);                  // "FARC", "EMKO"
    }
    uint32_t before = b > 0 ? b - 1 : n_;
    if (before < n_ && (f_[before].lex & kPlaceCue) && !f_[before].capitalized) {
      return set(Label::Place, Evidence::Context);                // "in Valjevo"
    }
    if (after_place_list(b)) return set(Label::Place, Evidence::Context);
    if (person_context(b, e)) return set(Label::Person, Evidence::Context);
    if (f_[b].lex & kFirstName) return set(Label::Person, Evidence::Guess);
    if (is_speech_verb(w(e)) || (b > 0 && is_speech_verb(w(b - 1)) && !f_[b].common)) {
      return set(Label::Person, Evidence::Guess);                 // "Biden said", "said Biden"
    }
    // A lone capitalised common word with no cue is more often a product, a building or a
    // nickname than an organisation: "Project Chrome", "Stork’s Nest".
    if (f_[b].common) return false;
    return set(Label::Org, Evidence::Guess);
  }

  const AnalyzedText& text_;
  const std::vector<TokenFeatures>& f_;
  std::vector<bool>& taken_;
  std::vector<Mention>& out_;
  uint32_t n_;
  std::unordered_set<std::string_view> known_;
  static constexpr uint32_t kUnknown = UINT32_MAX;
  mutable std::vector<uint32_t> memo_;   // span_flags by (token, length - 1)
};

}  // namespace

void find_names(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                std::vector<bool>& taken, std::vector<Mention>& out) {
  NameFinder(text, features, taken, out).run();
}

}  // namespace ann
