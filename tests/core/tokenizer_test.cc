#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ann {
namespace {

using K = TokenKind;

std::vector<std::string> texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

std::vector<TokenKind> kinds(std::string_view text) {
  std::vector<TokenKind> out;
  for (const Token& t : tokenize(text)) out.push_back(t.kind);
  return out;
}

using Strings = std::vector<std::string>;

// The token of `text` whose text is `what` (the first one).
Token find(std::string_view text, std::string_view what) {
  for (const Token& t : tokenize(text))
    if (text.substr(t.begin, t.end - t.begin) == what) return t;
  ADD_FAILURE() << "no token " << what << " in " << text;
  return Token{};
}

TEST(TokenizerTest, HeaderExamples) {
  EXPECT_EQ(texts("Russia’s 1,000.5 tonnes"), (Strings{"Russia", "’s", "1,000.5", "tonnes"}));
  EXPECT_EQ(kinds("Russia’s 1,000.5 tonnes"),
            (std::vector<TokenKind>{K::Word, K::Possessive, K::Number, K::Word}));
  EXPECT_EQ(texts("“It’s 380kg,” he said."),
            (Strings{"“", "It’s", "380kg", ",", "”", "he", "said", "."}));
  EXPECT_EQ(texts("see https://x.org/a?b=1."), (Strings{"see", "https://x.org/a?b=1", "."}));
}

TEST(TokenizerTest, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(tokenize("").empty());
  EXPECT_TRUE(tokenize(" \n\t\u00A0 ").empty());
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(texts("1,000.5 3.5 380kg 8,788,600 1990s 5th"),
            (Strings{"1,000.5", "3.5", "380kg", "8,788,600", "1990s", "5th"}));
  // A comma not followed by a group of three digits is a separator: "1,2" and "2019,2020".
  EXPECT_EQ(texts("1,2 2019,2020"), (Strings{"1", ",", "2", "2019", ",", "2020"}));
  // Clock times and dates with separators stay whole.
  EXPECT_EQ(texts("at 3:32 a.m. on 2017/18 or 2020-05-11"),
            (Strings{"at", "3:32", "a.m.", "on", "2017/18", "or", "2020-05-11"}));
  // A sentence-final stop is not a decimal point.
  EXPECT_EQ(texts("in 2011."), (Strings{"in", "2011", "."}));
}

TEST(TokenizerTest, ScoreIsOneNumber) {
  // Decision: digits joined by a hyphen are one value (a score, a range, an ISO date).
  EXPECT_EQ(texts("won 2-1 and 1990-95"), (Strings{"won", "2-1", "and", "1990-95"}));
  EXPECT_EQ(kinds("2-1"), (std::vector<TokenKind>{K::Number}));
}

TEST(TokenizerTest, CurrencyIsSymbolThenNumber) {
  EXPECT_EQ(texts("$5 million, £1.6million, €15"),
            (Strings{"$", "5", "million", ",", "£", "1.6million", ",", "€", "15"}));
  EXPECT_EQ(kinds("$5"), (std::vector<TokenKind>{K::Symbol, K::Number}));
  EXPECT_EQ(kinds("26%"), (std::vector<TokenKind>{K::Number, K::Symbol}));
}

TEST(TokenizerTest, HyphenatedCompounds) {
  const std::string text = "long-range U.S.-backed COVID-19 a 59-year-old";
  EXPECT_EQ(texts(text), (Strings{"long", "-", "range", "U.S.", "-", "backed", "COVID", "-", "19",
                                  "a", "59", "-", "year", "-", "old"}));
  const std::vector<Token> tokens = tokenize("long-range");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].kind, K::Hyphen);
  EXPECT_FALSE(tokens[1].has(kSpaceBefore));
  EXPECT_FALSE(tokens[2].has(kSpaceBefore));
}

TEST(TokenizerTest, SpacedHyphenAndDashesAreDashes) {
  EXPECT_EQ(kinds("one side - us - respects"),
            (std::vector<TokenKind>{K::Word, K::Word, K::Dash, K::Word, K::Dash, K::Word}));
  EXPECT_EQ(texts("negotiators — Ivan –GNA -- x"),
            (Strings{"negotiators", "—", "Ivan", "–", "GNA", "--", "x"}));
  EXPECT_EQ(find("negotiators — Ivan", "—").kind, K::Dash);
  // A hyphen with nothing to join on its right is a dash: "pre- and post-war".
  EXPECT_EQ(find("pre- and", "-").kind, K::Dash);
}

TEST(TokenizerTest, ApostrophesInsideWords) {
  EXPECT_EQ(texts("O'Brien don’t we’re rock’n’roll"),
            (Strings{"O'Brien", "don’t", "we’re", "rock’n’roll"}));
  // "’s" after a pronoun is "is"/"has": the word stays whole.
  EXPECT_EQ(texts("It’s that's There’s"), (Strings{"It’s", "that's", "There’s"}));
}

TEST(TokenizerTest, PossessivesAreSplit) {
  EXPECT_EQ(texts("Russia’s Serbia's NATO’S"),
            (Strings{"Russia", "’s", "Serbia", "'s", "NATO", "’S"}));
  EXPECT_EQ(texts("O’Brien’s plan"), (Strings{"O’Brien", "’s", "plan"}));
  EXPECT_EQ(texts("the ministers’ meeting"), (Strings{"the", "ministers", "’", "meeting"}));
  EXPECT_EQ(find("the ministers’ meeting", "’").kind, K::Possessive);
  EXPECT_EQ(find("the 1990’s", "’s").kind, K::Possessive);
}

TEST(TokenizerTest, ClosingSingleQuoteAfterPluralIsAQuote) {
  // An open ‘ makes the ’ after "arms" a closing quote, not a plural possessive.
  const std::string text = "‘No politics with arms’ said";
  const Token close = find(text, "’");
  EXPECT_EQ(close.kind, K::Quote);
  EXPECT_TRUE(close.has(kCloseQuote));
  EXPECT_TRUE(find(text, "‘").has(kOpenQuote));
}

TEST(TokenizerTest, StraightSingleQuotes) {
  const std::string text = "'World's Largest' Dinosaur";
  EXPECT_EQ(texts(text), (Strings{"'", "World", "'s", "Largest", "'", "Dinosaur"}));
  const std::vector<Token> tokens = tokenize(text);
  EXPECT_TRUE(tokens[0].has(kOpenQuote));
  EXPECT_EQ(tokens[2].kind, K::Possessive);
  EXPECT_TRUE(tokens[4].has(kCloseQuote));
  // A quoted phrase after a plural: the closing ' is a quote because one is open.
  EXPECT_TRUE(find("a 'foot-soldiers' who", "'").has(kOpenQuote));
}

TEST(TokenizerTest, ElisionBeforeDigits) {
  EXPECT_EQ(texts("the ’90s"), (Strings{"the", "’90s"}));
  EXPECT_EQ(texts("the ‘90s"), (Strings{"the", "‘90s"}));
  // The wrongly typed ‘ did not open a quote: the plural possessive still works after it.
  EXPECT_EQ(find("the ‘90s ministers’ talks", "’").kind, K::Possessive);
  EXPECT_EQ(kinds("the ’90s")[1], K::Number);
}

TEST(TokenizerTest, CurlyQuotes) {
  const std::string text = "He said: “Go.” Then";
  EXPECT_TRUE(find(text, "“").has(kOpenQuote));
  EXPECT_TRUE(find(text, "”").has(kCloseQuote));
  EXPECT_EQ(find(text, "“").kind, K::Quote);
}

TEST(TokenizerTest, StraightDoubleQuotesByPosition) {
  const std::string text = "calling them \"ridiculous\" and (\"baseless\").";
  const std::vector<Token> tokens = tokenize(text);
  std::vector<uint16_t> quote_flags;
  for (const Token& t : tokens)
    if (t.kind == K::Quote) quote_flags.push_back(t.flags & (kOpenQuote | kCloseQuote));
  EXPECT_EQ(quote_flags, (std::vector<uint16_t>{kOpenQuote, kCloseQuote, kOpenQuote, kCloseQuote}));
  // After a comma and before a space: closing.
  const std::vector<Token> go = tokenize("\"Go,\" he said");
  EXPECT_TRUE(go[0].has(kOpenQuote));
  EXPECT_TRUE(go[3].has(kCloseQuote));
  // "said:"Go"" with no space: alternates.
  const std::vector<Token> glued = tokenize("said:\"Go\"");
  EXPECT_TRUE(glued[2].has(kOpenQuote));
  EXPECT_TRUE(glued[4].has(kCloseQuote));
  // A lone " between spaces: cannot tell.
  const Token lone = find("5 \" 6", "\"");
  EXPECT_FALSE(lone.has(kOpenQuote) || lone.has(kCloseQuote));
}

TEST(TokenizerTest, EuropeanQuotes) {
  // French « ... », German „...“ and »...«, Swedish ”...”.
  EXPECT_TRUE(find("« Bonjour »", "«").has(kOpenQuote));
  EXPECT_TRUE(find("« Bonjour »", "»").has(kCloseQuote));
  EXPECT_TRUE(find("„Ja“, sagte er", "„").has(kOpenQuote));
  EXPECT_TRUE(find("„Ja“, sagte er", "“").has(kCloseQuote));
  EXPECT_TRUE(find("er sagte »Ja« und", "»").has(kOpenQuote));
  EXPECT_TRUE(find("er sagte »Ja« und", "«").has(kCloseQuote));
  EXPECT_TRUE(find("il dit ‹oui› et", "‹").has(kOpenQuote));
  EXPECT_TRUE(find("il dit ‹oui› et", "›").has(kCloseQuote));
  const std::vector<Token> swedish = tokenize("han sa ”ja” och");
  EXPECT_TRUE(swedish[2].has(kOpenQuote));
  EXPECT_TRUE(swedish[4].has(kCloseQuote));
}

TEST(TokenizerTest, UrlsAndEmails) {
  EXPECT_EQ(texts("(see www.example.com/page)"),
            (Strings{"(", "see", "www.example.com/page", ")"}));
  EXPECT_EQ(texts("at https://en.wikipedia.org/wiki/Foo_(bar)), then"),
            (Strings{"at", "https://en.wikipedia.org/wiki/Foo_(bar)", ")", ",", "then"}));
  EXPECT_EQ(texts("“http://voa.gov/x”"), (Strings{"“", "http://voa.gov/x", "”"}));
  EXPECT_EQ(texts("see www.voanews.com, then"), (Strings{"see", "www.voanews.com", ",", "then"}));
  EXPECT_EQ(kinds("http://voa.gov/x")[0], K::Url);
  EXPECT_EQ(texts("Write to press.office@example.gov.uk."),
            (Strings{"Write", "to", "press.office@example.gov.uk", "."}));
  EXPECT_EQ(kinds("press.office@example.gov.uk")[0], K::Email);
  // Not e-mails: a handle and a bare "@".
  EXPECT_EQ(texts("@voanews and a@b"), (Strings{"@", "voanews", "and", "a", "@", "b"}));
}

TEST(TokenizerTest, AbbreviationsKeepTheirDot) {
  EXPECT_EQ(texts("Mr. Smith and Dr. Jones in the U.S. on Jan. 5"),
            (Strings{"Mr.", "Smith", "and", "Dr.", "Jones", "in", "the", "U.S.", "on", "Jan.",
                     "5"}));
  EXPECT_EQ(texts("J. K. Rowling, J.K. Rowling"),
            (Strings{"J.", "K.", "Rowling", ",", "J.K.", "Rowling"}));
  EXPECT_EQ(texts("В. В. Путин и Č. Novák"), (Strings{"В.", "В.", "Путин", "и", "Č.", "Novák"}));
  EXPECT_EQ(texts("at 10 a.m. e.g. Washington, D.C., says"),
            (Strings{"at", "10", "a.m.", "e.g.", "Washington", ",", "D.C.", ",", "says"}));
  EXPECT_EQ(texts("No. 10 but he said no."), (Strings{"No.", "10", "but", "he", "said", "no", "."}));
  EXPECT_EQ(texts("Acme Inc. and Co."), (Strings{"Acme", "Inc.", "and", "Co."}));
  // An ordinary word keeps its stop apart; so does a domain-like word.
  EXPECT_EQ(texts("He left. Amazon.com"), (Strings{"He", "left", ".", "Amazon", ".", "com"}));
}

TEST(TokenizerTest, LettersOfAnyScript) {
  EXPECT_EQ(texts("Vučić Krušik Москва Ελλάδα Zürich"),
            (Strings{"Vučić", "Krušik", "Москва", "Ελλάδα", "Zürich"}));
  // Combining marks stay inside the word: "Vuc\u030Cic\u0301".
  EXPECT_EQ(texts("Vuc\u030Cic\u0301 x"), (Strings{"Vuc\u030Cic\u0301", "x"}));
}

TEST(TokenizerTest, CaseFlags) {
  EXPECT_TRUE(find("NATO", "NATO").has(kAllCaps));
  EXPECT_TRUE(find("NATO", "NATO").has(kCapitalized));
  EXPECT_FALSE(find("McDonald", "McDonald").has(kAllCaps));
  EXPECT_TRUE(find("McDonald", "McDonald").has(kCapitalized));
  EXPECT_FALSE(find("iPhone", "iPhone").has(kCapitalized));
  EXPECT_FALSE(find("I", "I").has(kAllCaps));  // one letter is not "all caps"
  EXPECT_FALSE(find("G7", "G7").has(kAllCaps));
  EXPECT_TRUE(find("U.S.", "U.S.").has(kAllCaps));
  // Unicode-aware: Latin Extended, Cyrillic, Greek.
  EXPECT_TRUE(find("Čačak", "Čačak").has(kCapitalized));
  EXPECT_FALSE(find("Čačak", "Čačak").has(kAllCaps));
  EXPECT_TRUE(find("ČEZ", "ČEZ").has(kAllCaps));
  EXPECT_TRUE(find("ŁÓDŹ", "ŁÓDŹ").has(kAllCaps));
  EXPECT_TRUE(find("Москва", "Москва").has(kCapitalized));
  EXPECT_TRUE(find("СВР", "СВР").has(kAllCaps));
  EXPECT_FALSE(find("москва", "москва").has(kCapitalized));
  EXPECT_TRUE(find("ΝΑΤΟ", "ΝΑΤΟ").has(kAllCaps));
  EXPECT_TRUE(find("Ελλάδα", "Ελλάδα").has(kCapitalized));
  EXPECT_FALSE(find("ελλάδα", "ελλάδα").has(kCapitalized));
  EXPECT_TRUE(find("Ångström", "Ångström").has(kCapitalized));
  EXPECT_FALSE(find("ßtraße", "ßtraße").has(kCapitalized));
}

TEST(TokenizerTest, WhitespaceFlags) {
  const std::vector<Token> tokens = tokenize("Title\nLine one.\r\n\r\nNext  para\u00A0x");
  ASSERT_EQ(tokens.size(), 7u);  // Title Line one . Next para x
  EXPECT_TRUE(tokens[0].has(kParagraphBefore));  // text start
  EXPECT_FALSE(tokens[0].has(kSpaceBefore));
  EXPECT_TRUE(tokens[1].has(kNewlineBefore));
  EXPECT_FALSE(tokens[1].has(kParagraphBefore));
  EXPECT_FALSE(tokens[3].has(kSpaceBefore));  // "."
  EXPECT_TRUE(tokens[4].has(kParagraphBefore));  // after a blank line (CRLF)
  EXPECT_TRUE(tokens[4].has(kNewlineBefore));
  EXPECT_TRUE(tokens[5].has(kSpaceBefore));
  EXPECT_FALSE(tokens[5].has(kNewlineBefore));
  EXPECT_TRUE(tokens[6].has(kSpaceBefore));  // no-break space
  // A single CRLF is one line break, not a blank line.
  EXPECT_FALSE(tokenize("a\r\nb")[1].has(kParagraphBefore));
  // A blank line made of spaces still separates paragraphs.
  EXPECT_TRUE(tokenize("a\n  \t\nb")[1].has(kParagraphBefore));
}

TEST(TokenizerTest, EllipsesAndPunctuation) {
  EXPECT_EQ(texts("go...,” he"), (Strings{"go", "...", ",", "”", "he"}));
  EXPECT_EQ(texts("wait… (what?!)"), (Strings{"wait", "…", "(", "what", "?", "!", ")"}));
}

TEST(TokenizerTest, OtherCharacters) {
  // An emoji with a skin tone, a ZWJ family and a flag are one token each; U+FFFD too.
  EXPECT_EQ(texts("ok👍🏽 👨‍👩‍👧 🇷🇸 \uFFFDx"),
            (Strings{"ok", "👍🏽", "👨‍👩‍👧", "🇷🇸", "\uFFFD", "x"}));
  EXPECT_EQ(kinds("👍🏽")[0], K::Other);
}

TEST(TokenizerTest, TokensCoverTheTextInOrder) {
  const std::string text = "“Go!” — Mr. O’Neil’s 2-1 win; see www.x.org.\n\n€5…";
  size_t last_end = 0;
  for (const Token& t : tokenize(text)) {
    EXPECT_LE(last_end, t.begin);
    EXPECT_LT(t.begin, t.end);
    for (size_t i = last_end; i < t.begin; ++i) EXPECT_TRUE(std::string(" \n").find(text[i]) != std::string::npos);
    last_end = t.end;
  }
  EXPECT_EQ(last_end, text.size());
}

// Long runs of one kind must stay linear (no rescanning) and not recurse.
TEST(TokenizerTest, LongLinesWithoutSpacesAreFast) {
  const size_t n = 1 << 20;
  EXPECT_EQ(tokenize(std::string(n, 'a')).size(), 1u);
  EXPECT_EQ(tokenize(std::string(n, '-')).size(), 1u);
  EXPECT_EQ(tokenize(std::string(n, '.')).size(), 1u);
  EXPECT_EQ(tokenize("http://" + std::string(n, 'a')).size(), 1u);
  std::string dotted;  // "ab.ab.ab..." : e-mail local-part characters with no "@"
  while (dotted.size() < n) dotted += "ab.";
  EXPECT_EQ(tokenize(dotted).size(), 2 * (dotted.size() / 3));
  std::string local_then_at = dotted + "@x";  // one far "@" with a bad domain
  EXPECT_GT(tokenize(local_then_at).size(), dotted.size() / 2);
  std::string quotes;
  while (quotes.size() < n) quotes += "\"'’";
  EXPECT_GT(tokenize(quotes).size(), 1000u);
  std::string numbers;
  while (numbers.size() < n) numbers += "1,2.";
  EXPECT_GT(tokenize(numbers).size(), 1000u);
}

}  // namespace
}  // namespace ann
