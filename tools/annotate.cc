// annotate: annotates news articles from the command line and prints document JSON
// (docs/format.md). Run `annotate --help` for the usage.
//
//   annotate < article.txt                 one document
//   annotate a.txt b.txt                   one document per line, in argument order
//   annotate --jsonl < in.jsonl > out.jsonl
//       in:  {"id": 7, "text": "..."}       out: {"id": 7, "document": {...}}
//       a bad line gives {"id": 7, "line": 3, "error": "..."} and the run continues.
//
// Exit codes: 0 ok, 1 some input was bad (reported on stderr), 2 usage error.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "annotator.h"
#include "document/document_json.h"
#include "document/json_input.h"
#include "entities/dictionary.h"
#include "text/utf8.h"
#include "cli_io.h"

namespace {

constexpr std::string_view kToolVersion = "0.1.0";

constexpr char kUsage[] =
    "Usage: annotate [OPTIONS] [FILE...]\n"
    "Finds entities and claims in news articles and prints document JSON\n"
    "(schema article-annotator/1, see docs/format.md).\n"
    "\n"
    "  annotate < article.txt        annotate standard input (UTF-8 text)\n"
    "  annotate FILE...              annotate each file; one JSON document per line,\n"
    "                                in argument order (\"-\" is standard input)\n"
    "  annotate --jsonl [FILE...]    read lines {\"id\": ..., \"text\": \"...\"} and write lines\n"
    "                                {\"id\": ..., \"document\": {...}}; a bad line gives\n"
    "                                {\"id\": ..., \"line\": N, \"error\": \"...\"} and the run goes on.\n"
    "                                Streams line by line in constant memory (xargs -P,\n"
    "                                GNU parallel --pipe, Hadoop streaming, Spark pipe).\n"
    "\n"
    "Options:\n"
    "  --dictionary FILE   newsroom names, JSON [{\"name\": ..., \"label\": ..., \"aliases\": [...]}]\n"
    "  --pretty            indent the JSON (not with --jsonl)\n"
    "  --help              show this help\n"
    "  --version           show the version and the document schema\n"
    "\n"
    "Invalid UTF-8 is replaced by U+FFFD (counted in \"replaced_invalid_utf8\") with a warning.\n"
    "Exit status: 0 ok, 1 bad input (unreadable file, bad JSONL line, bad dictionary), 2 usage.\n";

struct Options {
  bool jsonl = false;
  bool pretty = false;
  std::string dictionary_path;
  std::vector<std::string> files;   // empty: standard input
};

int usage_error(const std::string& message) {
  std::cerr << "annotate: " << message << "\nTry 'annotate --help'.\n";
  return 2;
}

// Returns -1 when the run should go on, else the exit code (after --help, or a usage error).
int parse_arguments(int argc, char** argv, Options* options) {
  bool only_files = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (only_files || arg == "-" || arg.empty() || arg[0] != '-') {
      options->files.emplace_back(arg);
    } else if (arg == "--") {
      only_files = true;
    } else if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (arg == "--version") {
      std::cout << "annotate " << kToolVersion << " (document schema " << ann::kDocumentSchema << ")\n";
      return 0;
    } else if (arg == "--jsonl") {
      options->jsonl = true;
    } else if (arg == "--pretty") {
      options->pretty = true;
    } else if (arg == "--dictionary") {
      if (i + 1 >= argc) return usage_error("--dictionary needs a FILE");
      options->dictionary_path = argv[++i];
    } else if (arg.rfind("--dictionary=", 0) == 0) {
      options->dictionary_path = std::string(arg.substr(std::strlen("--dictionary=")));
    } else {
      return usage_error("unknown option '" + std::string(arg) + "'");
    }
  }
  if (options->jsonl && options->pretty) {
    return usage_error("--pretty cannot be used with --jsonl (JSONL needs one document per line)");
  }
  return -1;
}

// "annotate: warning: a.txt: replaced 2 invalid UTF-8 sequences with U+FFFD"
void warn_replaced(const std::string& where, size_t replaced) {
  if (replaced == 0) return;
  std::cerr << "annotate: warning: " << where << ": replaced " << replaced << " invalid UTF-8 sequence"
            << (replaced == 1 ? "" : "s") << " with U+FFFD\n";
}

// One whole article per input: stdin or each file. Returns false if any input failed.
bool annotate_articles(const Options& options, const ann::AnnotateOptions& annotate_options) {
  std::vector<std::string> inputs = options.files;
  if (inputs.empty()) inputs.push_back("-");
  bool all_ok = true;
  for (const std::string& path : inputs) {
    std::string bytes;
    std::string error;
    if (!ann::cli::read_input(path, &bytes, &error)) {
      std::cerr << "annotate: " << error << "\n";
      all_ok = false;
      continue;
    }
    ann::Document doc = ann::annotate(bytes, annotate_options);
    warn_replaced(path == "-" ? "standard input" : path, doc.replaced_invalid_utf8);
    std::string json = ann::write_document_json(doc, options.pretty ? 2 : -1);
    json += '\n';
    ann::cli::write_stdout(json);
  }
  return all_ok;
}

// Handles one JSONL line; returns false if it was bad (an error line is written instead).
bool annotate_jsonl_line(std::string_view raw_line, const std::string& where, size_t line_number,
                         const ann::AnnotateOptions& annotate_options, std::string* out) {
  // Archives hold mojibake: invalid UTF-8 is replaced (as for plain text) rather than
  // refusing the whole line as bad JSON.
  ann::SanitizedText line = ann::sanitize_utf8(raw_line);
  warn_replaced(where + ":" + std::to_string(line_number), line.replaced);
  ann::Json request;
  ann::Json id = nullptr;
  ann::Status parsed = ann::parse_untrusted_json(line.utf8, &request);
  std::string error;
  if (!parsed.ok()) {
    error = parsed.message();
  } else if (!request.is_object()) {
    error = "expected an object {\"id\": ..., \"text\": \"...\"}, got " + ann::describe_json_value(request);
  } else {
    if (auto it = request.find("id"); it != request.end()) id = *it;
    auto text = request.find("text");
    if (text == request.end()) error = "text: missing";
    else if (!text->is_string()) error = "text: expected a string, got " + ann::describe_json_value(*text);
  }
  out->clear();
  if (!error.empty()) {
    std::cerr << "annotate: " << where << ":" << line_number << ": " << error << "\n";
    ann::Json reply;
    reply["id"] = id;
    reply["line"] = line_number;
    reply["error"] = error;
    *out = ann::dump_json(reply);
    *out += '\n';
    return false;
  }
  ann::Document doc = ann::annotate(request["text"].get_ref<const std::string&>(), annotate_options);
  doc.replaced_invalid_utf8 = line.replaced;   // counted over the whole line, before parsing
  *out = "{\"id\":" + ann::dump_json(id) + ",\"document\":" + ann::write_document_json(doc) + "}\n";
  return true;
}

// Line by line from stdin or each file: memory stays bounded by the longest line.
bool annotate_jsonl(const Options& options, const ann::AnnotateOptions& annotate_options) {
  std::vector<std::string> inputs = options.files;
  if (inputs.empty()) inputs.push_back("-");
  bool all_ok = true;
  std::string line;
  std::string reply;
  for (const std::string& path : inputs) {
    ann::cli::LineReader reader;
    std::string error;
    if (!reader.open(path, &error)) {
      std::cerr << "annotate: " << error << "\n";
      all_ok = false;
      continue;
    }
    const std::string where = path == "-" ? "stdin" : path;
    size_t line_number = 0;
    while (reader.next(&line)) {
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.pop_back();        // CRLF files
      if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines
      all_ok &= annotate_jsonl_line(line, where, line_number, annotate_options, &reply);
      ann::cli::write_stdout(reply);
    }
    if (!reader.error().empty()) {
      std::cerr << "annotate: " << reader.error() << "\n";
      all_ok = false;
    }
  }
  return all_ok;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  Options options;
  int exit_code = parse_arguments(argc, argv, &options);
  if (exit_code >= 0) return exit_code;

  ann::Dictionary dictionary;
  ann::AnnotateOptions annotate_options;
  if (!options.dictionary_path.empty()) {
    std::string bytes;
    std::string error;
    if (!ann::cli::read_input(options.dictionary_path, &bytes, &error)) {
      std::cerr << "annotate: dictionary: " << error << "\n";
      return 1;
    }
    ann::Status status = ann::parse_dictionary_json(bytes, &dictionary);
    if (!status.ok()) {
      std::cerr << "annotate: " << options.dictionary_path << ": " << status.message() << "\n";
      return 1;
    }
    annotate_options.dictionary = &dictionary;
  }

  bool ok = options.jsonl ? annotate_jsonl(options, annotate_options)
                          : annotate_articles(options, annotate_options);
  if (!ann::cli::flush_stdout()) {
    std::cerr << "annotate: error writing standard output\n";
    return 1;
  }
  return ok ? 0 : 1;
}
