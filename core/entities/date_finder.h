// Finds DATE mentions: calendar expressions as whole spans.
//
//   "Monday, April 6, 2009"  "Apr. 5, 2014"  "13 July"  "February 2017"  "2017/18"  "2008"
//   "last week"  "earlier this month"  "end of this week"  "first week of January"
//   "two weeks ago"  "95 million years ago"  "mid-May"  "yesterday"
// Not dates: clock times ("3:32 a.m."), "may" the verb, "May" at a sentence start unless a
// day or year follows.
#pragma once
#include <vector>

#include "entities/mention.h"
#include "entities/token_features.h"
#include "text/analyzed_text.h"

namespace ann {

// Appends the dates found in tokens not yet `taken`, and marks their tokens taken.
void find_dates(const AnalyzedText& text, const std::vector<TokenFeatures>& features,
                std::vector<bool>& taken, std::vector<Mention>& out);

// 1..12 for a month name or abbreviation ("sept.", "january"), else 0. Takes a folded word.
int month_number(std::string_view folded);

}  // namespace ann
