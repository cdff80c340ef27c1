#include "cli_io.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <stdio.h>   // getline (POSIX)

namespace ann::cli {
namespace {

std::string describe(const std::string& path) { return path == "-" ? "standard input" : path; }

std::FILE* open_for_reading(const std::string& path, bool* owned) {
  *owned = path != "-";
  return *owned ? std::fopen(path.c_str(), "rb") : stdin;
}

}  // namespace

bool read_input(const std::string& path, std::string* out, std::string* error) {
  bool owned = false;
  std::FILE* file = open_for_reading(path, &owned);
  if (!file) {
    *error = describe(path) + ": " + std::strerror(errno);
    return false;
  }
  out->clear();
  char buffer[1 << 16];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) out->append(buffer, n);
  bool failed = std::ferror(file);
  int saved_errno = errno;
  if (owned) std::fclose(file);
  if (failed) {
    // Reading a directory fails here (EISDIR), not at fopen.
    *error = describe(path) + ": " + std::strerror(saved_errno);
    return false;
  }
  return true;
}

LineReader::~LineReader() {
  if (owned_ && file_) std::fclose(file_);
  std::free(buffer_);
}

bool LineReader::open(const std::string& path, std::string* error) {
  path_ = path;
  file_ = open_for_reading(path, &owned_);
  if (!file_) {
    *error = describe(path) + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

bool LineReader::next(std::string* line) {
  line->clear();
  if (!file_) return false;
  // POSIX getline keeps NUL bytes and grows its buffer to the longest line, no further.
  ssize_t n = ::getline(&buffer_, &capacity_, file_);
  if (n < 0) {
    if (std::ferror(file_)) error_ = describe(path_) + ": " + std::strerror(errno);
    return false;
  }
  if (n > 0 && buffer_[n - 1] == '\n') --n;
  line->assign(buffer_, static_cast<size_t>(n));
  return true;
}

void write_stdout(std::string_view bytes) { std::fwrite(bytes.data(), 1, bytes.size(), stdout); }

bool flush_stdout() { return std::fflush(stdout) == 0 && !std::ferror(stdout); }

}  // namespace ann::cli
