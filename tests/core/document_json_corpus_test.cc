// Whatever the annotator produces must be a valid document: for each dev-corpus article,
// annotate => write => read => write gives the same JSON. Catches finders that emit empty
// spans, dangling group ids or unsorted annotations, which the strict reader refuses.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "annotator.h"
#include "document/document_json.h"

namespace ann {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST(DocumentJsonCorpus, AnnotatorOutputRoundTrips) {
  const std::filesystem::path dev = std::filesystem::path(ANNOTATOR_SHARED_DIR) / "corpus" / "dev";
  if (!std::filesystem::is_directory(dev)) GTEST_SKIP() << "no dev corpus at " << dev;
  int articles = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dev)) {
    if (entry.path().extension() != ".txt") continue;
    SCOPED_TRACE(entry.path().filename().string());
    Document doc = annotate(read_file(entry.path()));
    std::string json = write_document_json(doc);
    Document back;
    Status s = read_document_json(json, &back);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(write_document_json(back), json);
    ++articles;
  }
  EXPECT_GT(articles, 0);
}

TEST(DocumentJsonCorpus, TrickyTextRoundTrips) {
  // Astral characters, combining marks, quotes of every kind, CRLF and a replaced byte.
  const std::string text =
      "\xF0\x9F\x98\x80 \"We will not go,\" said Zoe\xCC\x88 Ardent in Z\xC3\xBCrich on Monday.\r\n"
      "\xE2\x80\x9CNo comment,\xE2\x80\x9D the ministry told AFP \xF0\x9F\x87\xB7\xF0\x9F\x87\xB8 \xFF.";
  Document doc = annotate(text);
  EXPECT_EQ(doc.replaced_invalid_utf8, 1u);
  std::string json = write_document_json(doc);
  Document back;
  Status s = read_document_json(json, &back);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(back.text, doc.text);
  EXPECT_EQ(write_document_json(back), json);
}

}  // namespace
}  // namespace ann
