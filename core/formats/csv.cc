#include "formats/csv.h"

#include "text/offsets.h"

namespace ann {

std::string csv_cell(std::string_view value) {
  std::string cell;
  // Spreadsheets run a cell starting with one of these as a formula (CSV injection).
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    cell += '\'';
  }
  cell += value;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string write_claims_csv(const Document& doc, const CsvOptions& options) {
  OffsetMap offsets(doc.text);
  std::string out = options.excel_bom ? "\xEF\xBB\xBF" : "";
  out += "source,source_group,cue,stance,kind,content,start,end\r\n";
  for (const Claim& c : doc.claims) {
    const EntityGroup* group = doc.find_group(c.source_group);
    std::string_view cells[] = {
        c.source ? doc.span_text(*c.source) : std::string_view(),
        group ? std::string_view(group->canonical) : std::string_view(),
        c.cue ? doc.span_text(*c.cue) : std::string_view(),
        claim_stance_name(c.stance),
        claim_kind_name(c.kind),
        doc.span_text(c.content),
    };
    for (std::string_view cell : cells) {
      out += csv_cell(cell);
      out += ',';
    }
    out += std::to_string(offsets.byte_to_code_point(c.content.begin));
    out += ',';
    out += std::to_string(offsets.byte_to_code_point(c.content.end));
    out += "\r\n";
  }
  return out;
}

}  // namespace ann
