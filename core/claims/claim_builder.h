// ClaimBuilder: the claim finder's working state, internal to core/claims (not an API).
// One pass over the sentences finds attributions by their patterns:
//   claim_finder.cc    the pass, headline claims, repeated quotes, the output
//   verb_claims.cc     verbs of saying: subject, addressee, passive, participle, block
//   phrase_claims.cc   "according to", noun cues ("claims that"), issued statements, a
//                      misspelt "said"
//   subject_rules.cc   which words can be a subject, which verbs are really nouns
// The per-token facts they read (lowercase word, cue entry, word classes, quotations) are
// computed once in ClaimText (claim_text.h, word_table.h).
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "claims/claim_text.h"
#include "claims/contents.h"
#include "claims/cues.h"
#include "document/document.h"
#include "text/analyzed_text.h"

namespace ann::claim_detail {

// A claim being assembled, in tokens.
struct Draft {
  std::optional<TokenRange> source;
  std::optional<TokenRange> cue;
  TokenRange content;
  bool deny = false;
  bool block = false;        // "X said:" followed by a paragraph: direct
  bool main_clause = false;  // the cue is a finite verb with its own subject
};

class ClaimBuilder {
 public:
  ClaimBuilder(const AnalyzedText& text, Document& doc) : ct_(text), text_(text), doc_(doc) {}

  void run();

 private:
  const Sentence& sentence(uint32_t s) const { return ct_.sentences()[s]; }
  // Tokens of paragraph p (paragraphs index the text's own sentences).
  TokenRange paragraph_tokens(uint32_t p) const {
    const Paragraph& para = text_.paragraphs[p];
    if (para.first_sentence >= para.end_sentence) return {};
    return {text_.sentences[para.first_sentence].first_token,
            text_.sentences[para.end_sentence - 1].end_token};
  }

  // ----- content boundaries (contents.h) -----

  TokenRange trim(TokenRange r) const { return trim_content(ct_, r); }
  bool finite_cue_at(uint32_t i) const { return ann::finite_cue_at(ct_, i); }
  TokenRange right_content(uint32_t start, uint32_t cue, uint32_t s) const {
    return ann::right_content(ct_, start, cue, sentence(s));
  }
  TokenRange left_content(uint32_t edge, uint32_t s) const {
    return ann::left_content(ct_, edge, sentence(s));
  }
  bool opening_adverbial(uint32_t sb, uint32_t edge) const {
    return ann::opening_adverbial(ct_, sb, edge);
  }

  // ----- one sentence -----

  void scan_sentence(uint32_t s);

  // “…,” sai José Luis Carballido  => a misspelt "said" between a closing quote and a name.
  void typo_cue(uint32_t c, uint32_t s);

  void according_to(uint32_t c, uint32_t s);

  // "refuted claims that A", "allegations from X that A", "media reports that A".
  bool noun_cue(uint32_t c, const CueInfo& cue, uint32_t s);

  // "X issued the following statement …: “A.”": cue from the verb to the noun.
  bool issued_statement(uint32_t c, uint32_t s);

  // "he can make a general statement that A": the subject of the verb that makes the noun
  // cue at c ("make", "issue", "release", "give"), or nothing.
  std::optional<TokenRange> maker_of(uint32_t c, uint32_t s) const;

  // Nouns that name who reports: "media reports that", "police statement that".
  static bool is_source_noun(std::string_view w);

  // The source a participle or an elided subject shares (", declaring that …",
  // "… and added that"): the subject of the clause it hangs on. After a relative "that"
  // ("the same day that Russian officials issued …, dismissing") it is that clause's
  // subject; otherwise the latest main-clause claim of the sentence, else the sentence's
  // subject.
  std::optional<TokenRange> shared_source(uint32_t c, uint32_t s, size_t first_claim) const;

  // A verb cue that is really a noun or an adjective: "the said option", "the rules",
  // "on state television", "anti-state", "The United States" (a capitalised cue inside a
  // sentence that is not a headline).
  bool verb_is_other_word(uint32_t c, uint32_t sb, uint32_t se) const;

  bool is_headline(uint32_t sb, uint32_t) const { return headline_[ct_.sentence_of(sb)]; }

  // Title case: most words capitalised ("US Dismisses Iranian Spy Charges as Absurd").
  bool title_case(uint32_t sb, uint32_t se) const;

  // A subject that cannot be one: it holds another finite verb of saying ("US Dismisses
  // Iranian Spy" before "Charges"), starts with an adverb, or is the speaker's "we"/"I"
  // inside a quotation.
  bool bad_subject(TokenRange subj) const;

  // A base form ("say", "deny") needs a plural or modal subject: "officials say", "they
  // deny", "Colombia and FARC announce" — not "took charge", "Let the commission announce".
  bool base_form_agrees(TokenRange subj, bool had_auxiliary) const;

  void verb_cue(uint32_t c, const CueInfo& cue, uint32_t s, size_t first_claim);

  // "X, a doctor, said": the comma before the verb closes an appositive (the chunk
  // before it is part of a subject that starts the clause), not a content.
  bool appositive_subject(uint32_t comma, uint32_t sb) const;

  // "a sign that says", "an accord that, among other things, called": the relative "that"
  // before the verb (L is the token before the verb), or kNoToken.
  uint32_t relative_that(uint32_t L, uint32_t sb) const;

  // Where the reported clause starts in a report form without "that", or kNoToken:
  // "As X reports from Lima, [A]", "X reports, [A]", "They say, however, [A]".
  uint32_t clause_after_report(const CueInfo& cue, TokenRange subj, uint32_t cue_end,
                               uint32_t s) const;

  enum class Right { Empty, Adjunct, Quote, That, Colon, Clause };
  struct RightKind {
    Right kind = Right::Empty;
    uint32_t start = 0;  // first content token
  };

  // What follows the verb (and its addressee: "told VOA").
  RightKind classify_right(const CueInfo& cue, uint32_t c, uint32_t r, uint32_t s,
                           bool attached = false) const;

  // "told VOA he is", "told the Czech press.", "told reporters that".
  uint32_t skip_addressee(uint32_t r, uint32_t se) const;

  // Words that let a verb with an object report speech: "accused X of", "asked X to",
  // "described X as", "called X “a rude case”".
  bool object_complement_ok(const CueInfo& cue, TokenRange probe) const;

  // What a promise or threat promises: "to send troops", "they will stay" — an action,
  // not a bare noun ("vowed revenge").
  bool promised_action(TokenRange probe) const;

  void right_side(Draft& d, const CueInfo& cue, uint32_t c, uint32_t cue_end, uint32_t s,
                  TokenRange subject, bool attached = false);

  // "denied the allegations [in a statement on Friday]": the end of r before a phrase that
  // says where or when the denial was made.
  uint32_t before_setting(TokenRange r) const;

  bool subject_has(TokenRange subj, std::initializer_list<std::string_view> words) const;

  // ", adding that …", ", declaring that “…", ", quoting the report."
  void participle(Draft& d, const CueInfo& cue, uint32_t c, uint32_t cue_end, uint32_t s,
                  size_t first_claim);

  // Passive cues have no source: "It is also stated that A", "are reported to A",
  // "A, a court was told."
  void passive_cue(Draft& d, const CueInfo& cue, uint32_t a, uint32_t cue_end, uint32_t s);

  // "The minister was quoted as saying A": the subject is the source.
  void quoted_as_saying(Draft& d, uint32_t a, uint32_t cue_end, uint32_t s);

  // "X said:" closing its paragraph: the content is the next paragraph, and the ones
  // after it that go on in the same voice ("This is …", "We …").
  void block_or_inline(Draft& d, uint32_t start, uint32_t s);

  // A headline "Kaczyński: we respect democracy" has a source and no cue.
  void headline_claim();

  // “A,” X said. “B.”  — B, a quotation no claim covers, right after X's claim (same or
  // next paragraph), repeats X's source and cue.
  void inherit_for_quotes();

  void add(const Draft& d) { drafts_.push_back(d); }

  // ----- output -----

  Span span_of(TokenRange r) const;

  void emit();
  bool denies_itself(TokenRange content) const;

  ClaimText ct_;
  const AnalyzedText& text_;
  Document& doc_;
  std::vector<Draft> drafts_;
  std::vector<bool> headline_;  // per sentence: title case
};

}  // namespace ann::claim_detail
