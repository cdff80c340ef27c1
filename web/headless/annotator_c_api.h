// The raw C surface of the headless core, for JavaScript (annotator-core.mjs wraps it) and any
// other host that can call C: UTF-8 bytes in, document JSON out.
//
//   int len = 0;
//   char* json = ann_annotate("Vučić said on Monday ...", 26, &len);
//   // json => {"schema":"article-annotator/1", ..., "entities":[{"start":0,"end":5,
//   //          "label":"PERSON","text":"Vučić",...}], ...}   (offsets in CODE POINTS)
//   ann_free(json);
//
// Offsets in the JSON are Unicode code points, end exclusive (docs/format.md), not bytes and
// not UTF-16 units: in "😀 Vučić" the name starts at 2, while JavaScript's indexOf gives 3.
// Every returned buffer is NUL-terminated, owned by the caller and freed with ann_free.
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

// Annotates `len` bytes of text (any bytes: invalid UTF-8 is replaced by U+FFFD and counted in
// "replaced_invalid_utf8"). Returns the document JSON; its byte length goes to *out_len.
// A null `utf8` with len 0 is an empty article.
char* ann_annotate(const char* utf8, int len, int* out_len);

// The same with "text": null in the JSON, for a host that keeps the text it passed and puts
// it back (annotator-core.mjs does for a well-formed JS string: the sanitized text is then
// exactly that string). Saves copying and decoding the text through the JSON.
char* ann_annotate_without_text(const char* utf8, int len, int* out_len);

// Sets the newsroom dictionary used by later ann_annotate calls, from its JSON form
// ([{"name","label","aliases"}], core/entities/dictionary.h); len 0 clears it. Returns null on
// success, or an error message to free with ann_free (the previous dictionary stays in use).
char* ann_set_dictionary(const char* json, int len);

// Exports a document (its JSON, as ann_annotate returns it) in `format_name`: "json", "w3c",
// "brat-txt", "brat-ann", "brat-conf", "csv" or "html" (core/formats/export.h). Returns the
// file's text (length to *out_len) and sets *ok to 1; on a bad document or format, *ok is 0
// and the text is the error message. Free it with ann_free either way.
char* ann_export(const char* doc_json, int len, const char* format_name, int* out_len, int* ok);

void ann_free(char* buffer);

#ifdef __cplusplus
}  // extern "C"
#endif
