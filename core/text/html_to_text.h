// HTML (a pasted clipboard fragment or a saved .html page) to plain text with its paragraphs,
// so an article copied from a news site or a word processor reads as it did on screen.
//
//   html_to_text("<p>Vučić said&nbsp;<b>no</b>.</p><p>Second<br>line</p>")
//     => "Vučić said no.\n\nSecond\nline"
//
// - Block elements (p, div, h1-h6, li, blockquote, table rows, ...) become paragraphs
//   separated by one blank line; <br> is a line break; cells of a row are separated by a tab.
// - Character references are decoded: named ones (&amp; &mdash; &eacute; ...), decimal
//   and hex (&#8217; &#x1F600;); &nbsp; becomes a plain space. An unknown name stays as is.
// - Runs of whitespace in text become one space (inside <pre> they are kept).
// - What a reader does not see is dropped: <head>, <script>, <style>, <template>, <noscript>,
//   <svg>, comments, doctype and processing instructions; also <img> (no alt text).
// It is a plain string transformation: nothing is run, fetched or kept from the markup, and
// malformed HTML (unclosed tags, a stray "<") never fails: "a < b" stays "a < b".
// Bytes that are not valid UTF-8 pass through unchanged (AppState replaces them later).
#pragma once
#include <string>
#include <string_view>

namespace ann {

std::string html_to_text(std::string_view html);

}  // namespace ann
