// File and stream helpers for the annotate CLI: whole files, lines in constant memory, and
// stdout. "-" names standard input. Errors come back as "PATH: reason" strings.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

namespace ann::cli {

// Reads all of `path` ("-" = stdin) as bytes.
bool read_input(const std::string& path, std::string* out, std::string* error);

// Reads `path` ("-" = stdin) one line at a time; the line excludes its '\n'.
class LineReader {
 public:
  LineReader() = default;
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  ~LineReader();

  bool open(const std::string& path, std::string* error);
  bool next(std::string* line);                 // false at the end or on a read error
  const std::string& error() const { return error_; }

 private:
  std::FILE* file_ = nullptr;
  char* buffer_ = nullptr;                      // owned by getline; freed with std::free
  size_t capacity_ = 0;
  bool owned_ = false;
  std::string path_;
  std::string error_;
};

void write_stdout(std::string_view bytes);
bool flush_stdout();                            // false if any write failed

}  // namespace ann::cli
