// Requests, promises and threats (GUIDELINES: requests count; promises and threats count
// with an action, not with a bare noun object).
#include <gtest/gtest.h>

#include "claim_test_util.h"

namespace ann {
namespace {

TEST(ClaimRequests, CalledForTakesTheNounAsContent) {
  auto claims = claims_of("The regional council called for more ambulances in rural areas.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The regional council");
  EXPECT_EQ(claims[0].cue, "called for");
  EXPECT_EQ(claims[0].content, "more ambulances in rural areas");
}

TEST(ClaimRequests, CallingForAfterAnAuxiliary) {
  auto claims = claims_of("After the flood, the mayors of both towns are calling for help.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "the mayors of both towns");
  EXPECT_EQ(claims[0].cue, "calling for");
  EXPECT_EQ(claims[0].content, "help");
}

TEST(ClaimRequests, CalledByNameIsNoRequest) {
  // "called" with an object and no "for"/"on"/"as": naming, not speech.
  EXPECT_TRUE(claims_of("The farmers called the dog Rex.").empty());
}

TEST(ClaimRequests, RequestingWithANounObject) {
  auto claims = claims_of(
      "The two ministers signed a letter requesting emergency funds for the hospitals.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "a letter");
  EXPECT_EQ(claims[0].cue, "requesting");
  EXPECT_EQ(claims[0].content, "emergency funds for the hospitals");
}

TEST(ClaimRequests, PledgedToDoSomething) {
  auto claims = claims_of("Norway recently pledged to send 200 engineers to the region.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Norway");
  EXPECT_EQ(claims[0].cue, "pledged");
  EXPECT_EQ(claims[0].content, "to send 200 engineers to the region");
}

TEST(ClaimRequests, VowedWithABareClause) {
  auto claims = claims_of("The two governors have vowed their states will share the water.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].cue, "vowed");
  EXPECT_EQ(claims[0].content, "their states will share the water");
}

TEST(ClaimRequests, ThreatensToAct) {
  auto claims = claims_of("Thousands marched on Friday even as the army threatens to clear the square.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "the army");
  EXPECT_EQ(claims[0].cue, "threatens");
  EXPECT_EQ(claims[0].content, "to clear the square");
}

TEST(ClaimRequests, PromiseOrThreatWithOnlyANounIsNoClaim) {
  EXPECT_TRUE(claims_of("The rebels vowed revenge.").empty());
  EXPECT_TRUE(claims_of("The union threatened a strike in March.").empty());
  EXPECT_TRUE(claims_of("The coach promised a better season.").empty());
}

TEST(ClaimRequests, ThingsThatThreatenMakeNoClaim) {
  // Only people and organisations promise or threaten; weather and drugs do not speak.
  EXPECT_TRUE(claims_of("The rain threatened to ruin the harvest.").empty());
  EXPECT_TRUE(claims_of("The new drug promises to cut deaths by half.").empty());
  auto claims = claims_of("The farmers vowed they would return in spring.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "The farmers");
  EXPECT_EQ(claims[0].content, "they would return in spring");
}

TEST(ClaimRequests, WhatTheyCalledANoun) {
  auto claims = claims_of("The mayors asked for money to fight what they called a new plague.");
  const Seen* called = with_cue(claims, "called");
  ASSERT_TRUE(called);
  EXPECT_EQ(called->source, "they");
  EXPECT_EQ(called->content, "a new plague");
}

TEST(ClaimRequests, InterpretedAs) {
  auto claims = claims_of("Bankers in Lima interpreted the fall as a sign of weaker demand.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source, "Bankers in Lima");
  EXPECT_EQ(claims[0].cue, "interpreted");
  EXPECT_EQ(claims[0].content, "the fall as a sign of weaker demand");
}

TEST(ClaimRequests, AddedAsPuttingInIsNoClaim) {
  EXPECT_TRUE(claims_of("The station recently added two new frequencies for listeners.").empty());
  auto claims = claims_of("The water is safe, the mayor added.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].content, "The water is safe");
}

}  // namespace
}  // namespace ann
