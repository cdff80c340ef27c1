// The document as tools that read text with "universal newlines" see it: every "\r\n" and
// every lone "\r" becomes "\n", and the spans move with the text. brat reads NAME.txt that way
// (server/src/annotation.py open_textfile, mode 'rU'; Python 3's open() does too), so its
// .txt and .ann are written from this copy and their offsets agree with what brat counts.
//
//   "Vučić said\r\nSerbia" with Serbia at bytes 14..20  =>  "Vučić said\nSerbia", 13..19
#pragma once
#include "document/document.h"

namespace ann {

bool has_carriage_returns(const Document& doc);

// A span that held only the "\r" of a "\r\n" keeps the "\n" instead (spans are never empty).
Document with_line_feeds(const Document& doc);

}  // namespace ann
