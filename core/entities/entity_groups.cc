#include "entities/entity_groups.h"

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lexicon/lexicon.h"
#include "lexicon/word_set.h"

namespace ann {
namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  size_t find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(size_t a, size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<size_t> parent_;
};

bool is_name_label(Label l) {
  return l == Label::Person || l == Label::Org || l == Label::Place || l == Label::Norp;
}

class Grouper {
 public:
  Grouper(const AnalyzedText& text, const std::vector<TokenFeatures>& f,
          std::vector<Mention>& mentions)
      : text_(text), f_(f), m_(mentions), uf_(mentions.size()) {
    // All keys in one buffer, viewed once it stops growing.
    std::vector<uint32_t> ends;
    ends.reserve(m_.size());
    for (const Mention& m : m_) {
      append_fold_tokens(m.first, m.end, key_text_);
      ends.push_back(static_cast<uint32_t>(key_text_.size()));
    }
    keys_.reserve(m_.size());
    for (size_t i = 0; i < ends.size(); ++i) {
      const uint32_t begin = i == 0 ? 0 : ends[i - 1];
      keys_.emplace_back(key_text_.data() + begin, ends[i] - begin);
    }
  }

  UnionFind& run() {
    unite_same_names();
    unite_dictionary_entries();
    unite_org_prefixes();
    unite_person_parts();
    unite_acronyms();
    return uf_;
  }

 private:
  // Folded words joined by spaces, hyphens kept: "ZANU-PF" => "zanu-pf". The fold of the
  // tokens' text, made of their folds: one space where a single space was, nothing where
  // nothing was; any other gap (a newline, two spaces) folds the text itself.
  void append_fold_tokens(uint32_t b, uint32_t e, std::string& out) const {
    const size_t start = out.size();
    out += f_[b].folded;
    for (uint32_t k = b + 1; k < e; ++k) {
      const uint32_t gap_begin = text_.tokens[k - 1].end, gap_end = text_.tokens[k].begin;
      if (gap_end == gap_begin + 1 && text_.text[gap_begin] == ' ') {
        out += ' ';
      } else if (gap_end != gap_begin) {
        out.resize(start);
        lexicon::append_fold(text_.span_text(text_.tokens[b].begin, text_.tokens[e - 1].end), out);
        return;
      }
      out += f_[k].folded;
    }
  }
  std::string fold_tokens(uint32_t b, uint32_t e) const {
    std::string out;
    append_fold_tokens(b, e, out);
    return out;
  }
  bool weak(const Mention& m) const { return m.evidence <= Evidence::Context; }
  // Keeps a key alive for the Grouper's lifetime (a deque never moves its strings).
  std::string_view keep(std::string key) { return owned_.emplace_back(std::move(key)); }

  void unite_same_names() {
    // Names unite whatever their first-guess labels (the vote settles them); dates and
    // quantities only with their own kind: one table for the names, one per other label.
    // An open-addressing table of mention index + 1, keyed by (table, key).
    auto table_of = [this](size_t i) { return is_name_label(m_[i].label) ? Label::Person : m_[i].label; };
    size_t slots = 16;
    while (slots < 2 * m_.size()) slots <<= 1;
    const size_t mask = slots - 1;
    std::vector<uint32_t> first(slots, 0);
    for (size_t i = 0; i < m_.size(); ++i) {
      if (m_[i].evidence == Evidence::Dictionary) continue;
      const Label table = table_of(i);
      const uint64_t hash = fnv1a(keys_[i]) ^ (static_cast<uint64_t>(table) * 0x9E3779B97F4A7C15ull);
      for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        if (first[slot] == 0) {
          first[slot] = static_cast<uint32_t>(i + 1);
          break;
        }
        const size_t j = first[slot] - 1;
        if (table_of(j) == table && keys_[j] == keys_[i]) {
          uf_.unite(i, j);
          break;
        }
      }
    }
  }

  void unite_dictionary_entries() {
    std::unordered_map<int, size_t> first;
    for (size_t i = 0; i < m_.size(); ++i) {
      if (m_[i].dictionary_entry < 0) continue;
      auto [it, inserted] = first.emplace(m_[i].dictionary_entry, i);
      if (!inserted) uf_.unite(i, it->second);
    }
  }

  // A guessed name that begins a longer organisation name is that organisation:
  // "Techiman Eleven Wonders" ... "Techiman Eleven Wonders FC".
  void unite_org_prefixes() {
    std::unordered_map<std::string_view, size_t> prefixes;
    for (size_t i = 0; i < m_.size(); ++i) {
      const Mention& m = m_[i];
      if (m.label != Label::Org || m.evidence == Evidence::Guess || m.end - m.first < 2) continue;
      for (uint32_t e = m.first + 2; e < m.end; ++e) {
        prefixes.emplace(keep(fold_tokens(m.first, e)), i);
      }
    }
    for (size_t i = 0; i < m_.size(); ++i) {
      if (m_[i].evidence != Evidence::Guess || m_[i].end - m_[i].first < 2) continue;
      auto it = prefixes.find(keys_[i]);
      if (it == prefixes.end()) continue;
      m_[i].label = Label::Org;
      uf_.unite(i, it->second);
    }
  }

  // "Santos" after "Juan Manuel Santos"; "De la Calle" after "Humberto de la Calle".
  // Every word of a full name, and every run of its last words, points to it.
  void unite_person_parts() {
    std::unordered_map<std::string_view, size_t> parts;
    for (size_t i = 0; i < m_.size(); ++i) {
      const Mention& m = m_[i];
      if (m.label != Label::Person || m.end - m.first < 2) continue;
      for (uint32_t k = m.first; k < m.end; ++k) {
        if (f_[k].word && f_[k].capitalized) parts.emplace(f_[k].folded, i);
      }
      for (uint32_t b = m.first + 1; b + 1 < m.end; ++b) parts.emplace(keep(fold_tokens(b, m.end)), i);
    }
    for (size_t i = 0; i < m_.size(); ++i) {
      Mention& m = m_[i];
      if (!is_name_label(m.label) || m.evidence == Evidence::Dictionary) continue;
      auto it = parts.find(keys_[i]);
      if (it == parts.end() || it->second == i) continue;
      const Mention& full = m_[it->second];
      if (full.end - full.first <= m.end - m.first) continue;
      // "Washington" after "George Washington" is him, unless the context makes it the
      // place: "in Washington", "Washington, D.C.".
      if (m.label != Label::Person && !weak(m) &&
          (m.label != Label::Place || place_context(m) || full.evidence == Evidence::Guess)) {
        continue;   // a guessed full name never overrides the lexicon
      }
      m.label = Label::Person;
      uf_.unite(i, it->second);
    }
  }

  bool place_context(const Mention& m) const {
    if (m.end - m.first != 1) return true;
    if (m.first > 0 && (f_[m.first - 1].lex & lexicon::kPlaceCue) &&
        !f_[m.first - 1].capitalized) {
      return true;
    }
    return m.end < f_.size() && text_.token_text(m.end) == ",";
  }

  // Letters of an acronym: "U.N." => "UN".
  static std::string acronym_letters(std::string_view s) {
    std::string out;
    for (char c : s) {
      if (c >= 'A' && c <= 'Z') out.push_back(c);
      else if (c != '.') return "";
    }
    return out.size() >= 2 ? out : "";
  }

  // "Movement for Democratic Change" => "MDC"; "HM Revenue and Customs" => "HMRC".
  std::string initials(const Mention& m) const {
    std::string out;
    for (uint32_t k = m.first; k < m.end; ++k) {
      if (!f_[k].word || !f_[k].capitalized) continue;
      std::string_view s = text_.token_text(k);
      if (f_[k].all_caps) {
        out += acronym_letters(s);
      } else {
        out.push_back(s[0]);
      }
    }
    return out;
  }

  void unite_acronyms() {
    std::unordered_map<std::string, size_t> by_initials;
    for (size_t i = 0; i < m_.size(); ++i) {
      const Mention& m = m_[i];
      if ((m.label == Label::Org || m.label == Label::Place || m.evidence == Evidence::Guess) &&
          m.end - m.first >= 2) {
        by_initials.emplace(initials(m), i);
      }
    }
    for (size_t i = 0; i < m_.size(); ++i) {
      Mention& m = m_[i];
      if (m.end - m.first != 1 || !f_[m.first].all_caps || m.evidence == Evidence::Dictionary) {
        continue;
      }
      std::string letters = acronym_letters(text_.token_text(m.first));
      if (letters.empty()) continue;
      // Defined in parentheses right after the full name: "Foreign Intelligence Service (SVR)".
      if (i > 0 && m.first >= 2 && m.end < text_.tokens.size() &&
          text_.token_text(m.first - 1) == "(" && text_.token_text(m.end) == ")" &&
          m_[i - 1].end == m.first - 1 && is_name_label(m_[i - 1].label) &&
          m_[i - 1].end - m_[i - 1].first >= 2) {
        if (weak(m) || m.label == m_[i - 1].label) {
          uf_.unite(i, i - 1);   // the label vote settles both
          continue;
        }
      }
      auto it = by_initials.find(letters);
      if (it != by_initials.end() && (weak(m) || weak(m_[it->second]) ||
                                      m.label == m_[it->second].label)) {
        uf_.unite(i, it->second);   // "Paris Saint-Germain" (a guess) and "PSG" (an acronym)
      }
    }
  }

  const AnalyzedText& text_;
  const std::vector<TokenFeatures>& f_;
  std::vector<Mention>& m_;
  UnionFind uf_;
  std::string key_text_;                // keys_ point into it
  std::vector<std::string_view> keys_;  // per mention: fold_tokens(first, end)
  std::deque<std::string> owned_;
};

Span span_of(const AnalyzedText& text, const Mention& m) {
  return Span{text.tokens[m.first].begin, text.tokens[m.end - 1].end};
}

}  // namespace

void group_and_add_mentions(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                            const Dictionary* dictionary, std::vector<Mention> mentions,
                            Document& doc) {
  // Each finder appends in text order, so the list is a few sorted runs: merge them (no two
  // mentions share a first token, so any sort gives this order). Many runs: sort.
  auto by_first = [](const Mention& a, const Mention& b) { return a.first < b.first; };
  auto run_end = std::is_sorted_until(mentions.begin(), mentions.end(), by_first);
  for (int runs = 1; run_end != mentions.end() && runs < 8; ++runs) {
    auto next_end = std::is_sorted_until(run_end, mentions.end(), by_first);
    std::inplace_merge(mentions.begin(), run_end, next_end, by_first);
    run_end = next_end;
  }
  if (run_end != mentions.end()) std::sort(mentions.begin(), mentions.end(), by_first);
  Grouper grouper(text, features, mentions);
  UnionFind& uf = grouper.run();

  // The group's label is voted by its mentions, weighted by evidence: "Enos Adipah" after a
  // title (PERSON) three times outweighs one "club Enos Adipah" (ORG). Guessed labels follow.
  const size_t n = mentions.size();
  auto chars = [&](size_t i) {
    Span s = span_of(text, mentions[i]);
    return s.end - s.begin;
  };
  std::vector<std::array<int, kLabelCount>> votes(n, std::array<int, kLabelCount>{});
  for (size_t i = 0; i < n; ++i) {
    static constexpr int kWeight[] = {1, 3, 8, 100};   // Guess, Context, Lexicon, Dictionary
    votes[uf.find(i)][static_cast<int>(mentions[i].label)] +=
        kWeight[static_cast<int>(mentions[i].evidence)];
  }
  for (size_t i = 0; i < n; ++i) {
    Mention& m = mentions[i];
    if (m.evidence > Evidence::Context || !is_name_label(m.label)) continue;
    const auto& v = votes[uf.find(i)];
    int best = static_cast<int>(m.label);
    for (Label l : {Label::Person, Label::Org, Label::Place, Label::Norp}) {
      if (v[static_cast<int>(l)] > v[best]) best = static_cast<int>(l);
    }
    m.label = static_cast<Label>(best);
  }
  // The canonical name: the group's longest mention with the group's label.
  std::vector<size_t> canonical(n, SIZE_MAX);
  for (size_t i = 0; i < n; ++i) {
    size_t& c = canonical[uf.find(i)];
    if (c == SIZE_MAX || chars(i) > chars(c)) c = i;
  }

  // Existing groups (manual ones) by folded canonical name and label.
  std::map<std::pair<std::string, Label>, Id> existing;
  for (const EntityGroup& g : doc.groups) existing.emplace(std::pair(lexicon::fold(g.canonical), g.label), g.id);

  Id next = doc.next_id();
  // One document group per (union-find root, label).
  std::vector<Id> group_ids(n * kLabelCount, kNoId);
  for (size_t i = 0; i < n; ++i) {
    const Mention& m = mentions[i];
    size_t r = uf.find(i);
    Id& group = group_ids[r * kLabelCount + static_cast<size_t>(m.label)];
    if (group == kNoId) {
      size_t c = canonical[r];
      if (mentions[c].label != m.label) {   // a split-off label: its own longest mention
        c = i;
        for (size_t j = i; j < n; ++j) {
          if (uf.find(j) == r && mentions[j].label == m.label && chars(j) > chars(c)) c = j;
        }
      }
      std::string name;
      if (m.dictionary_entry >= 0 && dictionary) {
        name = dictionary->entries[m.dictionary_entry].name;
      } else {
        name = std::string(text.span_text(span_of(text, mentions[c]).begin,
                                          span_of(text, mentions[c]).end));
      }
      // A manual group of the same name and label takes the mentions (none in most documents).
      auto found = existing.empty() ? existing.end()
                                    : existing.find(std::pair(lexicon::fold(name), m.label));
      if (found != existing.end()) {
        group = found->second;
      } else {
        group = next++;
        doc.groups.push_back(EntityGroup{group, std::move(name), m.label, Origin::Auto});
      }
    }
    doc.entities.push_back(Entity{next++, span_of(text, m), m.label, group, Origin::Auto});
  }
  // Mentions went in in text order: only a document with entities before needs the sort.
  auto by_begin = [](const Entity& a, const Entity& b) { return a.span.begin < b.span.begin; };
  if (!std::is_sorted(doc.entities.begin(), doc.entities.end(), by_begin)) {
    std::stable_sort(doc.entities.begin(), doc.entities.end(), by_begin);
  }
}

}  // namespace ann
