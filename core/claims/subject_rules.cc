// Which words can be a claim's subject, and which verbs of saying are other words here.
#include <algorithm>

#include "claims/claim_builder.h"
#include "claims/sources.h"
#include "claims/word_classes.h"

namespace ann::claim_detail {

// The source a participle or an elided subject shares (", declaring that …",
// "… and added that"): the subject of the clause it hangs on. After a relative "that"
// ("the same day that Russian officials issued …, dismissing") it is that clause's
// subject; otherwise the latest main-clause claim of the sentence, else the sentence's
// subject.
std::optional<TokenRange> ClaimBuilder::shared_source(uint32_t c, uint32_t s,
                                                      size_t first_claim) const {
  const Sentence& sent = sentence(s);
  for (uint32_t k = c; k > sent.first_token; --k) {
    uint32_t t = k - 1;
    if (!ct_.is(t, "that") || t == sent.first_token) continue;
    const CueInfo* before = ct_.cue(t - 1);
    bool complement = (before && before->has(kCueVerb)) || ct_.is_comma(t - 1);
    // "tells The Washington Post that A, saying B": a claim's content starts after it.
    for (size_t i = first_claim; i < drafts_.size() && !complement; ++i) {
      complement = drafts_[i].content.begin == t + 1;
    }
    if (complement) break;
    TokenRange np = noun_phrase_after(ct_, t + 1, c);
    if (!np.empty()) return np;
    break;
  }
  for (size_t i = drafts_.size(); i > first_claim; --i) {
    if (drafts_[i - 1].source && drafts_[i - 1].main_clause) return drafts_[i - 1].source;
  }
  TokenRange subj = sentence_subject(ct_, sent.first_token, sent.end_token);
  if (subj.empty()) return std::nullopt;
  return subj;
}

// A verb cue that is really a noun or an adjective: "the said option", "the rules",
// "on state television", "anti-state", "The United States" (a capitalised cue inside a
// sentence that is not a headline).
bool ClaimBuilder::verb_is_other_word(uint32_t c, uint32_t sb, uint32_t se) const {
  if (c > sb) {
    std::string_view prev = ct_.word(c - 1);
    TokenKind pk = ct_.token(c - 1).kind;
    // "a sign that says" is a relative clause, not the determiner "that".
    bool relative = prev == "that" && relative_that(c - 1, sb) != kNoToken;
    if ((ct_.is_class(c - 1, kDeterminer) && !relative) || ct_.is_class(c - 1, kPreposition) ||
        pk == TokenKind::Possessive || pk == TokenKind::Hyphen) {
      return true;
    }
  }
  if (c > sb && ct_.token(c).has(kCapitalized) && !is_headline(sb, se)) return true;
  return false;
}

// Title case: most words capitalised ("US Dismisses Iranian Spy Charges as Absurd").
bool ClaimBuilder::title_case(uint32_t sb, uint32_t se) const {
  uint32_t words = 0, caps = 0;
  for (uint32_t k = sb; k < se; ++k) {
    if (!ct_.is_word(k)) continue;
    ++words;
    if (ct_.token(k).has(kCapitalized)) ++caps;
  }
  return words >= 3 && caps * 4 >= words * 3;
}

// A subject that cannot be one: it holds another finite verb of saying ("US Dismisses
// Iranian Spy" before "Charges"), starts with an adverb, or is the speaker's "we"/"I"
// inside a quotation.
bool ClaimBuilder::bad_subject(TokenRange subj) const {
  if (subj.empty()) return true;
  std::string_view first = ct_.word(subj.begin);
  if (ct_.is_class(subj.begin, kAdverb) && !ct_.is_capitalized(subj.begin)) return true;
  // The author's "we"/"I" is no source; the speaker's inside a quotation is: “I told the
  // president that A,” Bush said.
  const Quotation* q = ct_.quote_at(subj.begin);
  bool quoted_speaker = q && q->sentence_like && first != "you";
  if (subj.end - subj.begin == 1 && (first == "we" || first == "i" || first == "you") &&
      !quoted_speaker) {
    return true;
  }
  for (uint32_t k = subj.begin; k < subj.end; ++k) {
    const CueInfo* c = ct_.cue(k);
    if (ct_.is_capitalized(k) && !is_headline(ct_.sentence_first(k), ct_.sentence_end(k))) continue;
    if (c && c->has(kCueVerb) && !c->has(kCueNoun) && c->form != VerbForm::Gerund &&
        !(k > subj.begin && ct_.is_class(k - 1, kDeterminer))) {
      return true;
    }
  }
  return false;
}

// A base form ("say", "deny") needs a plural or modal subject: "officials say", "they
// deny", "Colombia and FARC announce" — not "took charge", "Let the commission announce".
bool ClaimBuilder::base_form_agrees(TokenRange subj, bool had_auxiliary) const {
  if (had_auxiliary) return true;
  std::string_view first = ct_.word(subj.begin);
  std::string_view last = ct_.word(subj.end - 1);
  if (first == "they" || first == "we" || first == "i" || first == "you") return true;
  auto plural = [](std::string_view w) {
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
  };
  if (plural(first) || plural(last)) return true;
  for (std::string_view collective : {"police", "people", "media", "staff", "public"}) {
    if (last == collective) return true;
  }
  for (uint32_t k = subj.begin; k < subj.end; ++k) {
    // "Colombia and FARC announce"; a headline's comma is an "and": "Kenya, Somalia Request".
    if (ct_.is(k, "and") || (ct_.is_comma(k) && is_headline(subj.begin, subj.end))) return true;
  }
  return false;
}

// "X, a doctor, said": the comma before the verb closes an appositive (the chunk
// before it is part of a subject that starts the clause), not a content.
bool ClaimBuilder::appositive_subject(uint32_t comma, uint32_t sb) const {
  TokenRange subj = subject_before(ct_, comma, sb);
  if (subj.empty()) return false;
  // The subject reaches the clause start: nothing but adverbs before it.
  uint32_t k = sb;
  while (k < subj.begin && (ct_.is_class(k, kSentenceAdverb) || ct_.is_comma(k))) ++k;
  return k == subj.begin;
}

bool ClaimBuilder::subject_has(TokenRange subj,
                               std::initializer_list<std::string_view> words) const {
  for (uint32_t k = subj.begin; k < subj.end; ++k) {
    for (std::string_view w : words) {
      if (ct_.is(k, w)) return true;
    }
  }
  return false;
}

}  // namespace ann::claim_detail
