// Claims without a finite verb of saying: "according to X", noun cues ("refuted claims
// that A", "allegations from X that A") and a misspelt "said" after a quote.
#include "claims/claim_builder.h"
#include "claims/sources.h"
#include "claims/word_classes.h"

namespace ann::claim_detail {

// “…,” sai José Luis Carballido  => a misspelt "said" between a closing quote and a name.
void ClaimBuilder::typo_cue(uint32_t c, uint32_t s) {
  if (c == 0 || c + 1 >= sentence(s).end_token) return;
  if (!ct_.quote_closed_by(c - 1) || !ct_.is_capitalized(c + 1)) return;
  if (ct_.token(c).has(kCapitalized) || !is_said_typo(ct_.raw(c))) return;
  Draft d;
  d.cue = TokenRange{c, c + 1};
  TokenRange src = noun_phrase_after(ct_, c + 1, sentence(s).end_token);
  if (!src.empty()) d.source = src;
  d.content = left_content(c - 1, s);
  add(d);
}

void ClaimBuilder::according_to(uint32_t c, uint32_t s) {
  const Sentence& sent = sentence(s);
  uint32_t src_begin = c + 2;
  uint32_t src_end = src_begin;
  while (src_end < sent.end_token && !ct_.is_comma(src_end) && !ct_.is_quote_mark(src_end) &&
         !(ct_.raw(src_end) == "." && src_end + 1 == sent.end_token) && src_end - src_begin < 16) {
    ++src_end;
    // "According to the USGS (USGS) a major earthquake …": no comma after the name.
    if (ct_.raw(src_end - 1) == ")" && src_end < sent.end_token && !ct_.is_comma(src_end) &&
        !ct_.is(src_end, "and") && !ct_.is(src_end, "or")) {
      break;
    }
  }
  if (src_end == src_begin) return;
  Draft d;
  d.cue = TokenRange{c, c + 2};
  d.source = TokenRange{src_begin, src_end};
  // The left part starts after the last "that" or colon before the cue.
  uint32_t left_begin = sent.first_token;
  for (uint32_t k = sent.first_token; k < c; ++k) {
    if (ct_.is(k, "that") || ct_.raw(k) == ":") left_begin = k + 1;
  }
  TokenRange left = trim({left_begin, c});
  while (!left.empty() && ct_.is_class(left.begin, kSentenceAdverb))
    left = trim({left.begin + 1, left.end});
  TokenRange right = trim(right_content(src_end, c, s));
  if (src_end + 1 < sent.end_token && ct_.quote_opened_by(src_end + 1)) {
    right = right_content(src_end, c, s);
  }
  // "Eling, according to the same source, sent kits …": the longer part is the content.
  d.content = (right.end - right.begin >= left.end - left.begin) ? right : left;
  if (d.content.empty()) return;
  add(d);
}

// "refuted claims that A", "allegations from X that A", "media reports that A".
bool ClaimBuilder::noun_cue(uint32_t c, const CueInfo& cue, uint32_t s) {
  const Sentence& sent = sentence(s);
  if (!cue.has(kCueVerb) && issued_statement(c, s)) return true;
  if (cue.has(kCueVerb)) {  // "claims", "reports": a noun only after these
    if (c == sent.first_token) return false;
    std::string_view prev = ct_.word(c - 1);
    const CueInfo* prev_cue = ct_.cue(c - 1);
    if (cue.form == VerbForm::Past || cue.form == VerbForm::Gerund) return false;
    bool noun = ct_.is_class(c - 1, kDeterminer) || ct_.is_class(c - 1, kPreposition) ||
                (prev_cue && prev_cue->has(kCueVerb)) ||
                (c >= sent.first_token + 2 && is_source_noun(prev) &&
                 ct_.is_class(c - 2, kPreposition));  // "years of media reports that"
    // "absurd charges by Iran that": an agent or origin follows a noun, not a verb.
    if (c + 1 < sent.end_token && (ct_.is(c + 1, "by") || ct_.is(c + 1, "from"))) noun = true;
    if (!noun) return false;
  }
  // "said in a statement that …": the verb's content, not the noun's.
  for (uint32_t k = c; k > sent.first_token && k + 4 > c; --k) {
    const CueInfo* verb = ct_.cue(k - 1);
    if (verb && verb->has(kCueVerb) && !verb->has(kCueWeak) && k - 1 != c &&
        ct_.is_class(k, kPreposition)) {
      return true;
    }
  }
  // Find "that", possibly after "from X" / "by X".
  uint32_t k = c + 1;
  std::optional<TokenRange> source;
  if (k < sent.end_token && (ct_.is(k, "from") || ct_.is(k, "by"))) {
    uint32_t j = k + 1;
    while (j < sent.end_token && j < k + 10 && !ct_.is(j, "that") && !ct_.is_comma(j)) ++j;
    if (j < sent.end_token && ct_.is(j, "that") && j > k + 1) {
      source = TokenRange{k + 1, j};
      k = j;
    }
  }
  if (k >= sent.end_token || !ct_.is(k, "that")) return cue.has(kCueNoun) && !cue.has(kCueVerb);
  uint32_t after = k + 1;
  while (after < sent.end_token && ct_.is_comma(after)) ++after;
  if (after >= sent.end_token || ct_.is_class(after, kAuxiliary)) return true;  // relative
  if (!source && c > sent.first_token) {
    if (ct_.token(c - 1).kind == TokenKind::Possessive && c >= sent.first_token + 2) {
      TokenRange owner = attached_noun_phrase(ct_, c - 2, sent.first_token);
      if (!owner.empty()) source = owner;
    } else if (is_source_noun(ct_.word(c - 1))) {
      source = TokenRange{c - 1, c};  // "years of media reports that"
    } else {
      source = maker_of(c, s);  // "he can make a general statement that"
    }
  }
  Draft d;
  d.cue = TokenRange{c, c + 1};
  d.source = source;
  d.content = right_content(k + 1, c, s);
  add(d);
  return true;
}

// "X issued the following statement today in response to Y: “A.”": the cue runs from the
// verb to the noun, the content follows the colon.
bool ClaimBuilder::issued_statement(uint32_t c, uint32_t s) {
  uint32_t sb = sentence(s).first_token, se = sentence(s).end_token;
  uint32_t verb = c;
  while (verb > sb && c - verb < 4) {
    --verb;
    std::string_view w = ct_.word(verb);
    if (w == "issued" || w == "issues" || w == "released" || w == "releases" ||
        w == "published" || w == "publishes") {
      break;
    }
    if (!ct_.is_word(verb) || ct_.cue(verb)) return false;  // "the following", "a new"
  }
  if (verb == c || !ct_.is_word(verb) || c - verb >= 4) return false;
  std::string_view w = ct_.word(verb);
  if (w != "issued" && w != "issues" && w != "released" && w != "releases" && w != "published" &&
      w != "publishes") {
    return false;
  }
  uint32_t colon = c + 1;
  while (colon < se && colon < c + 30 && ct_.raw(colon) != ":") {
    bool verb = finite_cue_at(colon) && !ct_.cue(colon)->has(kCueNoun);  // not "charges"
    if (verb || ct_.is_quote_mark(colon) || ct_.is(colon, "that")) return false;
    ++colon;
  }
  if (colon >= se || ct_.raw(colon) != ":") return false;
  uint32_t a = verb;
  while (a > sb && (ct_.is_class(a - 1, kAuxiliary) || ct_.is_class(a - 1, kAdverb))) --a;
  Draft d;
  d.cue = TokenRange{verb, c + 1};
  if (a > sb) {
    TokenRange subj = subject_before(ct_, a - 1, sb);
    if (!subj.empty()) d.source = subj;
  }
  d.main_clause = true;
  d.content = right_content(colon + 1, c, s);
  if (colon + 1 >= se) block_or_inline(d, se, s);  // the statement is the next paragraph
  if (trim(d.content).empty()) return false;
  add(d);
  return true;
}

// "he can make a general statement that A", "the ministry issued a statement that A": the
// subject of the verb that makes the noun cue at c, or nothing.
std::optional<TokenRange> ClaimBuilder::maker_of(uint32_t c, uint32_t s) const {
  uint32_t sb = sentence(s).first_token;
  uint32_t verb = c;
  while (verb > sb && c - verb < 4) {
    --verb;
    std::string_view w = ct_.word(verb);
    if (w == "make" || w == "makes" || w == "made" || w == "issue" || w == "issues" ||
        w == "issued" || w == "release" || w == "releases" || w == "released" || w == "gave" ||
        w == "give" || w == "gives") {
      uint32_t a = verb;
      while (a > sb && (ct_.is_class(a - 1, kAuxiliary) || ct_.is_class(a - 1, kAdverb))) --a;
      if (a == sb) return std::nullopt;
      TokenRange subj = subject_before(ct_, a - 1, sb);
      if (subj.empty() || bad_subject(subj)) return std::nullopt;
      return subj;
    }
    // Only a determiner and adjectives between: "a general", "a short written".
    if (!ct_.is_word(verb) || ct_.is_capitalized(verb) || ct_.cue(verb) ||
        ct_.is_class(verb, kPreposition) || ct_.is_class(verb, kPronoun)) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// Nouns that name who reports: "media reports that", "police statement that".
bool ClaimBuilder::is_source_noun(std::string_view w) {
  for (std::string_view n :
       {"media", "police", "press", "government", "military", "army", "court", "intelligence",
        "ministry", "official", "officials", "agency", "news"}) {
    if (w == n) return true;
  }
  return false;
}

}  // namespace ann::claim_detail
