// Claim assembly: for every cue, reads the source and the content around it.
//
//   Vučić said he cares about ...               subject, cue, content after
//   “A,” he said.   /   A, said Kaczyński.     content before (a quote or the clause)
//   According to X, A.   /   A, according to X.
//   It is also stated that A.  /  are reported to A.   passive: no source
//   X has dismissed a report saying A, calling B ...     participles and attached nouns
//   refuted claims that A.                      a noun cue: "claims" with its own claim
//   X said:  (paragraph)  A.                    a block quote
//   “A,” X said. “B.”                           B repeats X and the cue
//   X called for A. / X pledged to A.           requests; promises need "to" or a clause
//   As X reports, A.  /  X reports, A.          report forms without "that"
//   a sign that says: A.                        a relative "that": the noun is the source
//   X issued the following statement: “A.”      cue from the verb to the noun
#include "claims/claim_finder.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "claims/claim_builder.h"
#include "claims/sources.h"
#include "claims/word_classes.h"

namespace ann::claim_detail {

void ClaimBuilder::run() {
  headline_.reserve(ct_.sentences().size());
  for (const Sentence& sent : ct_.sentences())
    headline_.push_back(title_case(sent.first_token, sent.end_token));
  for (uint32_t s = 0; s < ct_.sentences().size(); ++s) scan_sentence(s);
  headline_claim();
  inherit_for_quotes();
  emit();
}

void ClaimBuilder::scan_sentence(uint32_t s) {
  const Sentence& sent = sentence(s);
  size_t first_claim = drafts_.size();
  for (uint32_t c = sent.first_token; c < sent.end_token; ++c) {
    if (!ct_.is_word(c)) continue;
    if (ct_.is(c, "according") && c + 1 < sent.end_token && ct_.is(c + 1, "to")) {
      according_to(c, s);
      continue;
    }
    const CueInfo* cue = ct_.cue(c);
    if (!cue) {
      if (c > 0 && ct_.quote_closed_by(c - 1)) typo_cue(c, s);  // only after a quote
      continue;
    }
    if (cue->has(kCueNoun) && noun_cue(c, *cue, s)) continue;
    if (cue->has(kCueVerb)) verb_cue(c, *cue, s, first_claim);
  }
}

// A headline "Kaczyński: we respect democracy" has a source and no cue.
void ClaimBuilder::headline_claim() {
  if (text_.paragraphs.empty() || text_.sentences.empty()) return;
  const Paragraph& para = text_.paragraphs[0];
  if (para.first_sentence >= para.end_sentence) return;
  TokenRange first = paragraph_tokens(0);
  uint32_t b = first.begin, e = std::min<uint32_t>(first.end, b + kMaxSentenceTokens);
  uint32_t colon = b;
  while (colon < e && colon < b + 5 && ct_.is_capitalized(colon)) ++colon;
  if (colon == b || colon >= e || ct_.raw(colon) != ":" || colon + 1 >= e) return;
  for (const Draft& d : drafts_) {
    if (d.content.begin < e && d.content.end > b) return;  // a cue already covers it
  }
  Draft d;
  d.source = TokenRange{b, colon};
  d.content = {colon + 1, e};
  add(d);
}

// “A,” X said. “B.”  — B, a quotation no claim covers, right after X's claim (same or
// next paragraph), repeats X's source and cue.
void ClaimBuilder::inherit_for_quotes() {
  if (ct_.quotes().empty() || drafts_.empty()) return;  // nothing to inherit
  std::vector<TokenRange> contents;
  contents.reserve(drafts_.size());
  // Where contents start, sorted: a quotation is covered when one starts inside it (a
  // binary search, not a walk over every content). A claim quoted inside it (“I told the
  // president that A”) does not cover it.
  std::vector<uint32_t> starts;
  starts.reserve(drafts_.size());
  for (const Draft& d : drafts_) {
    TokenRange t = trim(d.content);
    contents.push_back(t);
    bool nested = d.cue && ct_.quote_at(d.cue->begin) && ct_.quote_at(d.cue->begin)->sentence_like;
    if (!t.empty() && !nested) starts.push_back(t.begin);
  }
  std::sort(starts.begin(), starts.end());
  // Drafts by content end: the attribution right before each quotation.
  std::vector<size_t> by_end(drafts_.size());
  for (size_t i = 0; i < by_end.size(); ++i) by_end[i] = i;
  std::sort(by_end.begin(), by_end.end(),
            [&](size_t x, size_t y) { return contents[x].end < contents[y].end; });
  std::vector<Draft> extra;
  size_t next = 0;
  const Draft* before = nullptr;
  for (const Quotation& q : ct_.quotes()) {
    while (next < by_end.size() && contents[by_end[next]].end <= q.open_token) {
      const Draft& d = drafts_[by_end[next]];
      if (d.cue && !ct_.quote_at(d.cue->begin)) before = &d;
      ++next;
    }
    if (!q.sentence_like || q.single || !before) continue;
    // Covered: a content starts inside the quotation or runs into it.
    auto first_inside = std::lower_bound(starts.begin(), starts.end(), q.first_token);
    bool covered_inside = first_inside != starts.end() && *first_inside < q.end_token;
    bool runs_into = false;
    for (size_t i = next; i < by_end.size() && !runs_into; ++i) {
      runs_into = contents[by_end[i]].begin < q.end_token && !contents[by_end[i]].empty();
      if (contents[by_end[i]].begin >= q.first_token) runs_into = false;
      if (i > next + 8) break;
    }
    if (covered_inside || runs_into) continue;
    // The quotation opens its sentence ("But, "ironically, …"" counts).
    uint32_t s = ct_.sentence_of(q.open_token);
    uint32_t k = sentence(s).first_token;
    while (k < q.open_token && (ct_.is_class(k, kSentenceAdverb) || ct_.is_comma(k))) ++k;
    if (k != q.open_token) continue;
    uint32_t prev_para = sentence(ct_.sentence_of(before->cue->begin)).paragraph;
    uint32_t para = sentence(s).paragraph;
    if (para > prev_para + 1) continue;
    Draft d = *before;
    d.content = {q.first_token, q.end_token};
    d.block = false;
    extra.push_back(d);
  }
  for (Draft& d : extra) add(d);
}

Span ClaimBuilder::span_of(TokenRange r) const {
  return Span{ct_.token(r.begin).begin, ct_.token(r.end - 1).end};
}

// "It is not true that we closed the hospital, the minister said": a denial in the words.
bool ClaimBuilder::denies_itself(TokenRange t) const {
  uint32_t k = t.begin;
  if (k + 3 >= t.end || !ct_.is(k, "it")) return false;
  ++k;
  if (ct_.is(k, "is") || ct_.is(k, "was") || ct_.raw(k) == "’s" || ct_.raw(k) == "'s")
    ++k;
  else
    return false;
  if (ct_.is(k, "untrue") || ct_.is(k, "false")) return true;
  return ct_.is(k, "not") && k + 1 < t.end && ct_.is(k + 1, "true");
}

void ClaimBuilder::emit() {
  std::vector<std::pair<Draft, TokenRange>> out;
  out.reserve(drafts_.size());
  // One claim per content and cue: the same quotation can be reached twice ("“A,” he
  // said" read from the quote and from the verb).
  for (const Draft& d : drafts_) {
    TokenRange t = trim(d.content);
    if (!t.empty()) out.emplace_back(d, t);
  }
  auto key = [](const std::pair<Draft, TokenRange>& x) {
    return std::make_tuple(x.second.begin, x.second.end,
                           x.first.cue ? x.first.cue->begin : UINT32_MAX);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const auto& x, const auto& y) { return key(x) < key(y); });
  out.erase(std::unique(out.begin(), out.end(),
                        [&](const auto& x, const auto& y) {
                          return x.first.cue && y.first.cue && key(x) == key(y);
                        }),
            out.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& x, const auto& y) { return x.second.begin < y.second.begin; });
  Id next = doc_.next_id();
  std::vector<Claim> found;
  found.reserve(out.size());
  // Groups are resolved in reading order (by cue), so "he" follows the latest speaker.
  std::vector<size_t> order(out.size());
  for (size_t i = 0; i < out.size(); ++i) order[i] = i;
  auto anchor = [&](size_t i) {
    const Draft& d = out[i].first;
    return d.source ? d.source->begin : (d.cue ? d.cue->begin : out[i].second.begin);
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return anchor(x) < anchor(y); });
  std::vector<Id> groups(out.size(), kNoId);
  // Groups by id, looked up once per claim (a scan of doc_.groups each time would make a
  // long article with many pronoun sources quadratic).
  std::vector<std::pair<Id, const EntityGroup*>> group_by_id;  // sorted: one allocation
  group_by_id.reserve(doc_.groups.size());
  for (const EntityGroup& g : doc_.groups) group_by_id.emplace_back(g.id, &g);
  std::sort(group_by_id.begin(), group_by_id.end());
  const EntityGroup* previous = nullptr;
  for (size_t i : order) {
    const Draft& d = out[i].first;
    if (!d.source || d.source->empty()) continue;
    groups[i] = resolve_source_group(ct_, doc_, *d.source, previous);
    if (groups[i] == kNoId) continue;
    auto it = std::lower_bound(group_by_id.begin(), group_by_id.end(),
                               std::make_pair(groups[i], static_cast<const EntityGroup*>(nullptr)));
    previous = it != group_by_id.end() && it->first == groups[i] ? it->second : nullptr;
  }
  // “I told the president that A,” Bush said: the quoted "I" is the speaker of the claim
  // whose content holds it. `out` is sorted by content start: look back a few claims.
  for (size_t i = 0; i < out.size(); ++i) {
    const Draft& d = out[i].first;
    if (!d.source || d.source->end != d.source->begin + 1) continue;
    uint32_t src = d.source->begin;
    if (!(ct_.is(src, "i") || ct_.is(src, "we")) || !ct_.quote_at(src)) continue;
    for (size_t j = i; j-- > 0 && i - j <= 4;) {
      const TokenRange& outer = out[j].second;
      if (outer.begin <= src && src < outer.end && groups[j] != kNoId) {
        groups[i] = groups[j];
        break;
      }
    }
  }
  for (size_t i = 0; i < out.size(); ++i) {
    const auto& [d, t] = out[i];
    Claim c;
    c.id = next++;
    if (d.source && !d.source->empty()) c.source = span_of(*d.source);
    c.source_group = groups[i];
    if (d.cue && !d.cue->empty()) c.cue = span_of(*d.cue);
    c.content = span_of(t);
    c.kind = claim_kind(ct_, t, d.block);
    c.stance = d.deny || denies_itself(t) ? ClaimStance::Deny : ClaimStance::Assert;
    found.push_back(c);
  }
  doc_.claims.reserve(doc_.claims.size() + found.size());
  doc_.claims.insert(doc_.claims.end(), found.begin(), found.end());
  std::stable_sort(doc_.claims.begin(), doc_.claims.end(), [](const Claim& x, const Claim& y) {
    return x.content.begin < y.content.begin;
  });
}

}  // namespace ann::claim_detail

namespace ann {

void find_claims(const AnalyzedText& text, Document& doc) {
  if (text.tokens.empty() || text.sentences.empty()) return;
  claim_detail::ClaimBuilder builder(text, doc);
  builder.run();
}

}  // namespace ann
