// Status: the result of an operation that can fail on bad input, with a message a user can
// read. The core never throws out of its API; functions that can fail return a Status.
//
//   Status s = read_document_json(bytes, &doc);
//   if (!s.ok()) show(s.message());   // "claims[3].content.end: 5120 is past the end (4096)"
#pragma once
#include <string>
#include <utility>

namespace ann {

class Status {
 public:
  Status() = default;                                        // ok
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }   // empty when ok

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace ann
