#include "claims/sources.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "claims/cues.h"
#include "claims/word_classes.h"

namespace ann {
namespace {

constexpr uint32_t kMaxSubjectTokens = 40;

bool is_hard_stop(const ClaimText& ct, uint32_t i) {
  std::string_view r = ct.raw(i);
  TokenKind k = ct.token(i).kind;
  return k == TokenKind::Quote || k == TokenKind::Dash || r == ";" || r == ":" || r == "(" ||
         r == "[" || r == "." || r == "?" || r == "!";
}

// "Responding", "Following": a participle opening an adverbial phrase.
bool is_gerund(const ClaimText& ct, uint32_t i) {
  std::string_view w = ct.word(i);
  return ct.is_word(i) && w.size() > 5 && w.substr(w.size() - 3) == "ing";
}

// The chunk [from, to) may be an appositive's head: "His chief competitor", "The mayor of
// L'Aquila". Not a clause ("Serbia is doing well") nor an adverbial ("In May", "Responding
// to criticism"). `strict` for a head no comma closes: a verb with its preposition
// ("Exports fell by a third") rules it out.
bool looks_like_noun_phrase(const ClaimText& ct, uint32_t from, uint32_t to, uint32_t max_len,
                            bool strict) {
  if (from >= to || to - from > max_len) return false;
  if (!(ct.is_capitalized(from) || ct.is_class(from, kDeterminer))) return false;
  if (ct.is_class(from, kPreposition) || ct.is_class(from, kClauseOpener) ||
      ct.is_class(from, kSentenceAdverb) || is_gerund(ct, from) || ct.is_class(from, kTimeWord) ||
      ct.is_class(from, kPronoun)) {
    return false;
  }
  for (uint32_t k = from; k < to; ++k) {
    if (!ct.is_wordlike(k) && ct.token(k).kind != TokenKind::Possessive &&
        ct.token(k).kind != TokenKind::Hyphen && ct.raw(k) != "." && ct.raw(k) != "'" &&
        ct.raw(k) != "(" && ct.raw(k) != ")") {
      return false;
    }
    if (ct.is_class(k, kAuxiliary)) return false;
    // A verb with its preposition ("Exports fell by a third") makes a clause.
    if (strict && k > from && ct.is_word(k) && !ct.is_capitalized(k) && k + 1 < to &&
        ct.is_class(k + 1, kPreposition) && !ct.is(k + 1, "of") &&
        !ct.is_class(k - 1, kDeterminer)) {
      return false;
    }
    const CueInfo* cue = ct.cue(k);
    if (cue && cue->has(kCueVerb) && !cue->has(kCueNoun) && cue->form != VerbForm::Base) {
      return false;
    }
  }
  return true;
}

// Start of the last comma-free chunk ending before `end`.
uint32_t chunk_start(const ClaimText& ct, uint32_t end, uint32_t sentence_begin) {
  uint32_t k = end;
  while (k > sentence_begin) {
    uint32_t prev = k - 1;
    if (ct.is_comma(prev) || is_hard_stop(ct, prev) || ct.is_class(prev, kClauseOpener)) break;
    k = prev;
  }
  return k;
}

// "Responding to the denial on Monday the author of the Forbes report" => "the author of
// the Forbes report": past an opening prepositional phrase, the subject starts at the first
// determiner or capitalised word that does not follow a preposition or another name word.
uint32_t skip_opening_phrase(const ClaimText& ct, uint32_t begin, uint32_t end) {
  for (uint32_t k = begin + 1; k < end; ++k) {
    bool starts = ct.is_class(k, kDeterminer) || ct.is_capitalized(k);
    if (!starts || ct.is_class(k - 1, kPreposition) || ct.is_class(k - 1, kDeterminer)) continue;
    if (ct.is_capitalized(k) && ct.is_capitalized(k - 1)) continue;  // inside a name
    if (!ct.is_word(k - 1)) continue;
    return k;
  }
  return end;
}

// Words that hold no noun: "said that", "so that", "and who".
bool is_closed_word(const ClaimText& ct, uint32_t i) {
  return ct.is_class(i, kPreposition) || ct.is_class(i, kDeterminer) ||
         ct.is_class(i, kPronoun) || ct.is_class(i, kAuxiliary) || ct.is_class(i, kAdverb) ||
         ct.is_class(i, kConjunction) || ct.is_class(i, kClauseOpener) || ct.cue(i);
}

// "that"/"who" at i opens a relative clause that ends at `end` and belongs to the noun
// before it: "The company [that makes the phones] says", "A man [who saw the crash] told".
// Not a complement clause: "shows that prices rise", "said that".
bool restrictive_relative(const ClaimText& ct, uint32_t i, uint32_t end, uint32_t sentence_begin) {
  if (i <= sentence_begin || i + 2 >= end || !ct.is_word(i - 1) || ct.is_capitalized(i - 1) ||
      is_closed_word(ct, i - 1)) {
    return false;
  }
  for (uint32_t k = i + 1; k < end; ++k) {
    if (!ct.is_wordlike(k) && ct.token(k).kind != TokenKind::Possessive) return false;
  }
  uint32_t verb = i + 1;
  if (ct.is_class(verb, kAuxiliary)) return true;  // "that has built", "who was hurt"
  if (!ct.is_word(verb) || ct.is_capitalized(verb) || is_closed_word(ct, verb)) return false;
  if (ct.is(i, "who")) return true;
  // "that makes the phones", "that built the dam": a verb, then its object.
  uint32_t object = verb + 1;
  return ct.is_class(object, kDeterminer) || ct.is_capitalized(object) ||
         ct.token(object).kind == TokenKind::Number;
}

// [from, to) holds a verb of saying in the past or third person: "the paper reported".
bool holds_finite_cue(const ClaimText& ct, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k) {
    const CueInfo* cue = ct.cue(k);
    if (cue && cue->has(kCueVerb) &&
        (cue->form == VerbForm::Past || cue->form == VerbForm::ThirdPerson) &&
        !ct.is_class(k - 1, kDeterminer)) {
      return true;
    }
  }
  return false;
}

bool is_relative_opener(const ClaimText& ct, uint32_t i) {
  return ct.is(i, "who") || ct.is(i, "which");
}

}  // namespace

TokenRange subject_before(const ClaimText& ct, uint32_t last, uint32_t sentence_begin) {
  if (last < sentence_begin || last >= ct.size()) return {};
  if (ct.is_class(last, kPronoun)) return {last, last + 1};  // "… examination they found"
  // "The government, however, said": the adverb is not part of the subject.
  if (last >= sentence_begin + 3 && ct.is_comma(last) && ct.is_comma(last - 2) &&
      ct.is_class(last - 1, kSentenceAdverb)) {
    last -= 3;
  }
  bool appositive_closed = ct.is_comma(last);
  uint32_t end = appositive_closed ? last : last + 1;
  if (end <= sentence_begin) return {};
  // Subjects are short: look back kMaxSubjectTokens at most (keeps long sentences linear).
  uint32_t reach =
      end > sentence_begin + kMaxSubjectTokens ? end - kMaxSubjectTokens : sentence_begin;
  // "Mr Babiš, who is the fourth richest man, denied" => "Mr Babiš".
  if (appositive_closed) {
    for (uint32_t k = end; k > reach + 1; --k) {
      uint32_t i = k - 1;
      if (is_hard_stop(ct, i)) break;
      // "The study, published in Nature, found": a participle phrase, like a relative.
      bool participle = ct.is_word(i) && !ct.is_capitalized(i) &&
                        (ct.word(i).ends_with("ed") || ct.word(i).ends_with("ing")) &&
                        ct.is_comma(end) && !ct.cue(i);
      if (ct.is_comma(i - 1) && (is_relative_opener(ct, i) || participle)) {
        return subject_before(ct, i - 2, sentence_begin);
      }
    }
  }
  uint32_t begin = end;
  while (begin > reach) {
    uint32_t i = begin - 1;
    std::string_view w = ct.word(i);
    if (ct.raw(i) == ")") {  // "(SVR)" belongs to the name before it
      uint32_t k = i;
      while (k > reach && ct.raw(k) != "(") --k;
      if (ct.raw(k) != "(") break;
      begin = k;
      continue;
    }
    // "The firm that has built the dam": the auxiliary of a relative clause.
    if (ct.is_class(i, kAuxiliary) && i > sentence_begin &&
        (ct.is(i - 1, "that") || ct.is(i - 1, "who")) &&
        restrictive_relative(ct, i - 1, end, sentence_begin)) {
      begin = i;
      continue;
    }
    if (is_hard_stop(ct, i) || ct.is_class(i, kAuxiliary)) break;
    if ((w == "that" || w == "who") && restrictive_relative(ct, i, end, sentence_begin)) {
      begin = i;  // "The company that makes the phones says": one noun phrase
      continue;
    }
    if (ct.is_class(i, kClauseOpener)) {
      // "After the vote the council said": a preposition before a noun phrase and the
      // subject; "after a report of the Commission found": a clause with its subject.
      if (ct.is_class(i, kPreposition) && skip_opening_phrase(ct, i, end) < end) begin = i;
      break;
    }
    if (ct.is_comma(i)) {
      uint32_t head = chunk_start(ct, i, reach);
      // "The ministry, in a statement, said": an adverbial aside, not an appositive ("Smith,
      // of the University of Leeds," is one).
      // Nor is a parenthetical attribution: "The minister, the paper reported, had said".
      if (appositive_closed && chunk_start(ct, end, reach) == i + 1 && i > sentence_begin &&
          ((ct.is_class(i + 1, kPreposition) && !ct.is(i + 1, "of")) ||
           holds_finite_cue(ct, i + 1, end))) {
        return subject_before(ct, i - 1, sentence_begin);
      }
      if (appositive_closed) {  // "Omar Samad, an expert in Washington, D.C., says"
        if (!looks_like_noun_phrase(ct, head, i, 12, false)) break;
        begin = i;
        continue;
      }
      // "His chief competitor, former foreign minister Abdullah Abdullah said"
      if (head == sentence_begin && looks_like_noun_phrase(ct, head, i, 7, true)) begin = head;
      break;
    }
    if (w == "and" || w == "or") {
      // "Colombia and FARC" is one subject; "reported and in a statement IBM" is not.
      bool joins_nouns = i > sentence_begin && i + 1 < end && ct.is_wordlike(i - 1) &&
                         !ct.cue(i - 1) && !ct.is_class(i + 1, kPreposition) &&
                         !ct.is_class(i + 1, kAdverb) && !ct.is_class(i + 1, kPronoun);
      if (!joins_nouns) break;
    }
    if (w == "but" || w == "so" || w == "yet") break;
    begin = i;
  }
  if (begin == reach && reach != sentence_begin) return {};  // no start within reach
  // Drop openers that are not part of the subject: "Meanwhile,", "But", "Earlier,".
  while (begin < end &&
         (ct.is_comma(begin) || ct.is_class(begin, kSentenceAdverb) || ct.is(begin, "and") ||
          (ct.is_class(begin, kAdverb) && begin + 1 < end && ct.is_comma(begin + 1)))) {
    ++begin;
  }
  if (begin >= end) return {};
  if (ct.is_class(begin, kPreposition) || is_gerund(ct, begin) || ct.is_class(begin, kTimeWord)) {
    begin = skip_opening_phrase(ct, begin, end);
  }
  while (end > begin && ct.is_comma(end - 1)) --end;
  if (begin >= end) return {};
  return {begin, end};
}

TokenRange noun_phrase_after(const ClaimText& ct, uint32_t first, uint32_t limit) {
  uint32_t k = first;
  while (k < limit && k - first < 12) {
    std::string_view w = ct.word(k);
    TokenKind kind = ct.token(k).kind;
    bool part = kind == TokenKind::Word || kind == TokenKind::Number ||
                kind == TokenKind::Possessive || kind == TokenKind::Hyphen ||
                (kind == TokenKind::Punct && ct.raw(k) == "." && k > first &&
                 !ct.token(k).has(kSpaceBefore) && k + 1 < limit &&
                 !ct.token(k + 1).has(kNewlineBefore) && ct.is_capitalized(k + 1));
    if (!part) break;
    if (k > first &&
        ((ct.is_class(k, kPreposition) && w != "of") || ct.is_class(k, kClauseOpener) ||
         ct.is_class(k, kConjunction) || (ct.is_class(k, kTimeWord) && ct.is_capitalized(k)))) {
      break;
    }
    ++k;
  }
  return {first, k};
}

TokenRange attached_noun_phrase(const ClaimText& ct, uint32_t last, uint32_t sentence_begin) {
  if (last < sentence_begin || !ct.is_wordlike(last)) return {};
  uint32_t begin = last + 1;
  uint32_t after_preposition = 0;  // 0 = no preposition crossed yet
  while (begin > sentence_begin && last + 1 - begin < 10) {
    uint32_t i = begin - 1;
    std::string_view w = ct.word(i);
    bool part = ct.is_wordlike(i) || ct.token(i).kind == TokenKind::Possessive ||
                ct.token(i).kind == TokenKind::Hyphen;
    bool auxiliary = ct.is_class(i, kAuxiliary) && !ct.is_capitalized(i);  // "in May" is no verb
    if (!part || auxiliary || ct.is_class(i, kClauseOpener) || ct.is_class(i, kPronoun)) break;
    const CueInfo* cue = ct.cue(i);
    if (cue && cue->has(kCueVerb) && !cue->has(kCueNoun) && i != last) break;
    if (ct.is_class(i, kPreposition) && w != "of") {
      if (after_preposition == 0) after_preposition = i + 1;
    }
    begin = i;
    // "a letter from the union claiming": the phrase goes on past "from the".
    bool inside_phrase = i >= sentence_begin + 2 && ct.is_class(i - 1, kPreposition) &&
                         ct.is_word(i - 2) && !ct.cue(i - 2);
    if (ct.is_class(i, kDeterminer) && !inside_phrase) return {begin, last + 1};
  }
  if (after_preposition != 0) return {after_preposition, last + 1};
  return {begin, last + 1};
}

TokenRange sentence_subject(const ClaimText& ct, uint32_t begin, uint32_t end) {
  uint32_t k = begin;
  while (k < end && (ct.is_comma(k) || ct.is_quote_mark(k) || ct.is_class(k, kSentenceAdverb))) ++k;
  if (k >= end) return {};
  if (ct.is_class(k, kPronoun)) return {k, k + 1};
  if (!(ct.is_capitalized(k) || ct.is_class(k, kDeterminer))) return {};
  uint32_t e = k;
  while (e < end && e - k < 10) {
    std::string_view w = ct.word(e);
    bool part = ct.is_wordlike(e) || ct.token(e).kind == TokenKind::Possessive;
    if (!part || ct.is_class(e, kAuxiliary) || ct.is_class(e, kAdverb) ||
        ct.is_class(e, kClauseOpener))
      break;
    if (e > k && ((ct.is_class(e, kPreposition) && w != "of") || ct.cue(e))) break;
    // "The agency kept its forecast": a lowercase word before a determiner is the verb.
    if (e > k + 1 && ct.is_word(e) && !ct.is_capitalized(e) && e + 1 < end &&
        ct.is_class(e + 1, kDeterminer)) {
      break;
    }
    ++e;
  }
  if (e == k) return {};
  return {k, e};
}

bool is_document_phrase(const ClaimText& ct, TokenRange np) {
  static constexpr std::array<std::string_view, 14> kDocuments = {
      "report", "reports", "statement", "study",    "survey",     "investigation", "inquiry",
      "audit",  "review",  "analysis",  "document", "communiqué", "probe",         "announcement"};
  for (uint32_t k = np.begin; k < np.end; ++k) {
    if (ct.is(k, "of")) break;  // "a report of the Commission": the head comes first
    if (std::find(kDocuments.begin(), kDocuments.end(), ct.word(k)) != kDocuments.end()) {
      return true;
    }
  }
  return false;
}

namespace {

constexpr std::array<std::string_view, 24> kPersonNouns = {
    "minister", "politician", "president",  "spokesman", "spokeswoman", "spokesperson",
    "official", "lawyer",     "judge",      "author",    "prosecutor",  "leader",
    "mayor",    "chief",      "director",   "coach",     "man",         "woman",
    "premier",  "governor",   "ambassador", "senator",   "chairman",    "secretary"};
constexpr std::array<std::string_view, 20> kOrgNouns = {
    "company", "ministry", "service",      "agency",       "group",      "party",      "government",
    "club",    "firm",     "organization", "organisation", "commission", "department", "embassy",
    "army",    "police",   "bank",         "office",       "court",      "movement"};

template <size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// True when the mention starting at byte `begin` opens its sentence (its subject, most
// likely): "Nelson Chamisa is a spokesman …" but not "… reporter Peter Clottey, he said".
bool opens_sentence(const ClaimText& ct, uint32_t begin) {
  const auto& toks = ct.text().tokens;
  auto it = std::lower_bound(toks.begin(), toks.end(), begin,
                             [](const Token& t, uint32_t b) { return t.begin < b; });
  if (it == toks.end() || it->begin != begin) return false;
  size_t i = static_cast<size_t>(it - toks.begin());
  uint32_t k = ct.sentence_first(i);
  while (k < i && (ct.is_quote_mark(k) || ct.is_comma(k) || ct.is_class(k, kSentenceAdverb))) ++k;
  return k == i;
}

// The group of the latest mention with label `label` that starts before `before`,
// preferring one that opens its sentence.
Id latest_group(const ClaimText& ct, const Document& doc, Label label, uint32_t before) {
  // Walk back from `before` (entities are sorted by begin), a few sentences at most.
  auto it = std::lower_bound(doc.entities.begin(), doc.entities.end(), before,
                             [](const Entity& e, uint32_t b) { return e.span.begin < b; });
  Id found = kNoId;
  for (int seen = 0; it != doc.entities.begin() && seen < 64; ++seen) {
    --it;
    if (it->label != label || it->group == kNoId) continue;
    if (found == kNoId) found = it->group;
    if (opens_sentence(ct, it->span.begin)) return it->group;
  }
  return found;
}

}  // namespace

bool is_agent_phrase(const ClaimText& ct, TokenRange np) {
  static constexpr std::array<std::string_view, 10> kMoreAgents = {
      "union",  "rebel",   "leader", "protester", "council",
      "cabinet", "country", "nation", "state",     "people"};
  for (uint32_t k = np.begin; k < np.end; ++k) {
    std::string_view w = ct.word(k);
    if (w == "he" || w == "she" || w == "they" || w == "we" || w == "i") return true;
    // A capitalised word other than a sentence-initial determiner ("The rain").
    if (ct.is_capitalized(k) && !(k == np.begin && ct.is_class(k, kDeterminer))) return true;
    bool plural = w.size() > 3 && w.back() == 's';
    std::string_view singular = plural ? w.substr(0, w.size() - 1) : w;
    if (in(kPersonNouns, w) || in(kOrgNouns, w) || in(kPersonNouns, singular) ||
        in(kOrgNouns, singular) || in(kMoreAgents, singular)) {
      return true;
    }
    // People in the plural: "farmers", "activists", "residents", "politicians".
    for (std::string_view suffix : {"er", "or", "ist", "ent", "ant", "ian"}) {
      if (plural && singular.ends_with(suffix)) return true;
    }
  }
  return false;
}

Id resolve_source_group(const ClaimText& ct, const Document& doc, TokenRange source,
                        const EntityGroup* previous_claim_group) {
  if (source.empty()) return kNoId;
  uint32_t begin = ct.token(source.begin).begin;
  uint32_t end = ct.token(source.end - 1).end;
  // PERSON before ORG before PLACE before NORP: "the media office of Russia's Foreign
  // Intelligence Service" => the ORG, not "Russia".
  static constexpr Label kPreference[] = {Label::Person, Label::Org, Label::Place, Label::Norp};
  // Entities are sorted by begin and do not overlap: start at the one before `begin`.
  auto first = std::lower_bound(doc.entities.begin(), doc.entities.end(), begin,
                                [](const Entity& e, uint32_t b) { return e.span.begin < b; });
  if (first != doc.entities.begin()) --first;
  for (Label want : kPreference) {
    for (auto it = first; it != doc.entities.end(); ++it) {
      const Entity& e = *it;
      if (e.span.begin >= end) break;
      if (e.span.end <= begin || e.label != want || e.group == kNoId) continue;
      // A modifier is not the speaker: "Zimbabwe's opposition group", "Russian intelligence
      // service". Only a mention ending the source ("the Russians", "Officials in Belgrade")
      // or a person or organisation counts.
      bool ends_source = e.span.end >= end;
      if ((want == Label::Place || want == Label::Norp) && !ends_source) continue;
      return e.group;
    }
  }
  // A pronoun or a definite description: "he", "the company", "this service".
  std::string_view head = ct.word(source.end - 1);
  bool definite = source.end - source.begin <= 3 &&
                  (source.end - source.begin == 1 || ct.is_class(source.begin, kDeterminer));
  if (!definite) return kNoId;
  const EntityGroup* prev = previous_claim_group;
  if (head == "he" || head == "she" || head == "i" || in(kPersonNouns, head)) {
    if (prev && prev->label == Label::Person) return prev->id;
    return latest_group(ct, doc, Label::Person, begin);
  }
  if (head == "they" || head == "it" || head == "we") {
    if (prev) return prev->id;
    return head == "it" ? latest_group(ct, doc, Label::Org, begin) : kNoId;
  }
  if (in(kOrgNouns, head)) {
    if (prev && prev->label == Label::Org) return prev->id;
    return latest_group(ct, doc, Label::Org, begin);
  }
  return kNoId;
}

}  // namespace ann
