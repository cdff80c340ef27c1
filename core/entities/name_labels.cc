#include "entities/name_labels.h"

#include <string_view>

#include "lexicon/lexicon.h"

namespace ann {
namespace {

using namespace lexicon;   // flags

constexpr uint32_t kNameFlags = kPlace | kNorp | kOrg;

bool is_speech_verb(std::string_view w) {
  return is_one_of(w, {"said", "says", "told", "added", "wrote", "argued", "insisted",
                       "explained", "stated", "noted", "recalled", "asked", "replied"});
}

// "Johnson, 45, a worker", "Biden, who ...", "Biden, speaking at ...".
bool person_context(const NameTokens& t, uint32_t e) {
  if (e + 2 < t.size() && t.w(e) == "," && t.kind(e + 1, TokenKind::Number) && t.w(e + 2) == ",") {
    std::string_view age = t.w(e + 1);
    return age.size() <= 3 && age.find_first_not_of("0123456789") == std::string_view::npos;
  }
  uint32_t next = e < t.size() && t.w(e) == "," ? e + 1 : e;
  return next < t.size() && (t.f(next).lex & kPersonCue) && !t.f(next).capitalized;
}

bool after_place_list(const NameTokens& t, const std::vector<Mention>& found, uint32_t b) {
  // "Prouds Lane, Bilston": a name after a place and a comma.
  if (b < 2 || t.w(b - 1) != "," || found.empty()) return false;
  const Mention& prev = found.back();
  return prev.end == b - 1 && prev.label == Label::Place;
}

// Lowercase nouns of a kind of place: "Guinsaugon village", "the Tigray region" (after the
// name), "the farming community of Guinsaugon" (before "of").
bool is_place_noun_after(std::string_view w) {
  return is_one_of(w, {"village", "town", "city", "district", "region", "province", "county",
                       "area", "municipality", "neighborhood", "neighbourhood", "suburb",
                       "valley", "oblast", "prefecture", "governorate", "island"});
}
bool is_place_noun_before_of(std::string_view w) {
  return is_one_of(w, {"port", "city", "town", "village", "capital", "province", "region",
                       "district", "island", "state", "municipality", "community", "county",
                       "area", "suburb", "neighborhood", "neighbourhood", "governorate"});
}

// What a company has and a person or place does not: "Zenith's board", "Kovra's
// shareholders", "Valtrex's chief executive".
bool company_possession(const NameTokens& t, uint32_t e) {
  if (!t.kind(e, TokenKind::Possessive)) return false;
  std::string_view w = t.w(e + 1);
  if (w == "chief" && t.w(e + 2) == "executive") return true;
  return is_one_of(w, {"board", "shareholders", "subsidiary", "subsidiaries", "headquarters",
                       "ceo", "stock", "earnings", "revenue", "revenues", "share"});
}

// "shares in Kovra", "a stake in Kovra": the name after "in" is a company, not a place.
bool stake_in(const NameTokens& t, uint32_t b) {
  return b >= 2 && t.w(b - 1) == "in" && is_one_of(t.w(b - 2), {"shares", "stake", "stakes"});
}

// A Roman numeral below 90, folded: "ii", "xiv", "xl" (as in "World War II"). C, D and M
// are left out: "CDC", "MDC" and "DC" are acronyms far more often than numbers.
bool is_roman_numeral(std::string_view w) {
  // Tens (x, xx, xxx, xl, l, lx, lxx, lxxx), then units (i .. ix), each part optional.
  auto take = [&w](std::initializer_list<std::string_view> parts) {
    for (std::string_view p : parts) {   // longest first
      if (w.starts_with(p)) {
        w.remove_prefix(p.size());
        return;
      }
    }
  };
  if (w.empty()) return false;
  take({"lxxx", "lxx", "lx", "xxx", "xx", "xl", "l", "x"});
  take({"viii", "vii", "iii", "vi", "iv", "ix", "ii", "v", "i"});
  return w.empty();
}

// A word in Greek or Cyrillic script: "Путин", "Αθήνα". Nothing in our lexicons covers
// them, so an unknown one is no organisation by default.
bool greek_or_cyrillic(const NameTokens& t, uint32_t i) {
  std::string_view s = t.text().token_text(i);
  if (s.size() < 2) return false;
  const auto lead = static_cast<unsigned char>(s[0]);
  return lead >= 0xCD && lead <= 0xD4;   // U+0340 .. U+053F
}

}  // namespace

bool label_name(const NameTokens& t, const std::vector<Mention>& found, bool person_hint,
              Mention& m) {
  const uint32_t b = m.first, e = m.end;
  std::string_view key = t.fold_span(b, e);
  const uint32_t flags = lookup(key);   // `key` is valid up to the next fold_span
  auto set = [&m](Label l, Evidence ev) {
    m.label = l;
    m.evidence = ev;
    return true;
  };
  if (person_hint && !(flags & (kOrg | kCountry))) return set(Label::Person, Evidence::Context);
  if (flags & kOrg) return set(Label::Org, Evidence::Lexicon);
  if (flags & kPlace) return set(Label::Place, Evidence::Lexicon);
  if (is_norp_form(key, flags)) return set(Label::Norp, Evidence::Lexicon);

  if (t.f(e - 1).lex & kSkipHead) return false;                  // "Supplemental Border Treaty"
  if (t.lex_at(t.word_after(e)) & kFacility) return false;          // "Evin prison"
  if (uint32_t after = t.word_after(e); after < t.size() && is_place_noun_after(t.w(after))) {
    return set(Label::Place, Evidence::Context);                  // "Guinsaugon village"
  }
  if (t.kind(e, TokenKind::Hyphen) && t.joined(e) && t.w(e + 1) == "based") {
    return set(Label::Place, Evidence::Context);                  // "Kismayo-based"
  }
  // A lone capitalised common word that only names a kind: "the Embassy", "Court".
  if (e - b == 1 && (t.f(b).lex & (kOrgWord | kPlaceWord | kTitle))) return false;

  // The head word: before "of"/"for" ("Ministry of Defence"), else the last word.
  uint32_t head = e - 1;
  for (uint32_t k = b + 1; k < e; ++k) {
    if (t.w(k) == "of" || t.w(k) == "for") {
      head = k - 1;
      break;
    }
  }
  if (t.head_flags(head) & kOrgWord) return set(Label::Org, Evidence::Context);  // "Committees"
  if (t.head_flags(head) & kPlaceWord) return set(Label::Place, Evidence::Context);
  if ((t.lex_at(t.word_before(b)) & kOrgCue) || (t.lex_at(t.word_after(e)) & kOrgCue)) {
    return set(Label::Org, Evidence::Context);                 // "the company “Eling”"
  }
  if (company_possession(t, e) || stake_in(t, b)) return set(Label::Org, Evidence::Context);
  if (t.lex_at(t.word_before(b)) & kTitle) return set(Label::Person, Evidence::Context);  // "judge X"
  if (b >= 2 && t.w(b - 1) == "of" && is_place_noun_before_of(t.w(b - 2))) {
    return set(Label::Place, Evidence::Context);                // "the town of Mai Mahiu"
  }
  // An organisation's name first: "UN Human Rights", "NATO Parliamentary Assembly".
  uint32_t hit = 0;
  if (t.lexicon_match(b, e, kNameFlags, &hit) > 0 && (hit & kOrg)) {
    return set(Label::Org, Evidence::Context);
  }
  // ... or last: "Philippine Red Cross", "Kenyan Football Association".
  for (uint32_t k = b + 1; k < e && e - k <= NameTokens::kMaxLexiconWords; ++k) {
    if (t.f(k).word && (t.span_flags(k, e - k) & kOrg)) return set(Label::Org, Evidence::Context);
  }
  // "al-Shabab", "al-Assad": an Arabic article and one word are labelled as that word.
  const uint32_t word = t.article_prefix(b) ? b + 2 : b;
  if (e - word >= 2) {
    for (uint32_t k = b; k < e; ++k) {
      if (t.f(k).lex & kOrgWord) return set(Label::Org, Evidence::Context);
    }
    if (t.f(b).lex & kFirstName) return set(Label::Person, Evidence::Context);
    if (b > 0 && (t.w(b - 1) == "in" || t.w(b - 1) == "near") &&
        !t.kind(e, TokenKind::Possessive)) {
      return set(Label::Place, Evidence::Context);              // "in Tel Aviv"
    }
    bool all_common = true;
    for (uint32_t k = b; k < e; ++k) all_common = all_common && (t.f(k).common || !t.f(k).word);
    if (all_common) return false;                               // "Immigration Compliance"
    return set(Label::Person, Evidence::Guess);
  }
  // One word.
  if (t.f(word).all_caps && !t.f(word).caps_line && t.w(word).size() <= 6) {
    // Currency codes, units and Roman numerals are no acronyms: "CHF", "MW", "XIV".
    if ((t.f(word).lex & (kUnit | kCurrency)) || is_roman_numeral(t.w(word))) return false;
    return set(Label::Org, Evidence::Context);                  // "FARC", "EMKO"
  }
  uint32_t before = b > 0 ? b - 1 : t.size();
  if (before < t.size() && (t.f(before).lex & kPlaceCue) && !t.f(before).capitalized) {
    return set(Label::Place, Evidence::Context);                // "in Valjevo"
  }
  if (after_place_list(t, found, b)) return set(Label::Place, Evidence::Context);
  if (person_context(t, e)) return set(Label::Person, Evidence::Context);
  if (t.f(word).lex & kFirstName) return set(Label::Person, Evidence::Guess);
  if (is_speech_verb(t.w(e)) || (b > 0 && is_speech_verb(t.w(b - 1)) && !t.f(word).common)) {
    return set(Label::Person, Evidence::Guess);                 // "Biden said", "said Biden"
  }
  // A lone capitalised common word with no cue is more often a product, a building or a
  // nickname than an organisation: "Project Chrome", "Stork’s Nest".
  if (t.f(word).common) return false;
  if (greek_or_cyrillic(t, word)) return false;                 // "Путин" with no cue
  return set(Label::Org, Evidence::Guess);
}

}  // namespace ann
