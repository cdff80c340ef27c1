#!/usr/bin/env python3
"""End-to-end tests of the `annotate` CLI (Python 3 standard library only).

  annotate_cli_test.py ANNOTATE SHARED_DIR [unittest args, e.g. Jsonl]

SHARED_DIR is ../shared (the dev corpus and the scorer); the tests that need it are skipped
when it is absent. Every fixture text here is written for these tests.
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import threading
import unittest

ANNOTATE = None
SHARED = None

ARTICLE = ("Aleksandar Vučić said on Monday that Serbia \"will not sell weapons\" to anyone. "
           "The ministry denied the report 😀 on 3 March 2023.\n")


def run(args, stdin=b"", check_rc=None):
    """Runs annotate with bytes on stdin; returns (rc, stdout str, stderr str)."""
    r = subprocess.run([ANNOTATE] + args, input=stdin, capture_output=True, timeout=120)
    return r.returncode, r.stdout.decode("utf-8"), r.stderr.decode("utf-8")


def check_offsets(test, text, doc):
    """Every span's "text" is text[start:end] in code points (Python str indices)."""
    for e in doc["entities"]:
        test.assertEqual(text[e["start"]:e["end"]], e["text"], e)
    for c in doc["claims"]:
        for part in ("source", "cue", "content"):
            span = c[part]
            if span is not None:
                test.assertEqual(text[span["start"]:span["end"]], span["text"], c)


class Stdin(unittest.TestCase):
    def test_article_on_stdin_gives_one_document(self):
        rc, out, err = run([], ARTICLE.encode())
        self.assertEqual(rc, 0, err)
        self.assertEqual(out.count("\n"), 1)   # compact: one line
        doc = json.loads(out)
        self.assertEqual(doc["schema"], "article-annotator/1")
        self.assertEqual(doc["version"], 1)
        self.assertEqual(doc["text"], ARTICLE)
        self.assertEqual(doc["replaced_invalid_utf8"], 0)
        for key in ("entities", "groups", "claims"):
            self.assertIsInstance(doc[key], list)
        check_offsets(self, ARTICLE, doc)
        self.assertEqual(err, "")

    def test_pretty_is_the_same_document(self):
        rc, compact, _ = run([], ARTICLE.encode())
        rc2, pretty, _ = run(["--pretty"], ARTICLE.encode())
        self.assertEqual((rc, rc2), (0, 0))
        self.assertIn('\n  "schema"', pretty)
        self.assertEqual(json.loads(compact), json.loads(pretty))

    def test_empty_input_gives_an_empty_document(self):
        rc, out, err = run([], b"")
        self.assertEqual(rc, 0, err)
        doc = json.loads(out)
        self.assertEqual(doc["text"], "")
        self.assertEqual((doc["entities"], doc["groups"], doc["claims"]), ([], [], []))

    def test_invalid_utf8_is_replaced_with_a_warning(self):
        raw = "Ana Horvat said \u201cyes\u201d".encode() + b" \xff\xfe and \xc3(" + " in Zagreb.".encode()
        rc, out, err = run([], raw)
        self.assertEqual(rc, 0, err)
        doc = json.loads(out)
        self.assertGreaterEqual(doc["replaced_invalid_utf8"], 2)
        self.assertIn("\ufffd", doc["text"])
        self.assertTrue(doc["text"].endswith(" in Zagreb."))
        self.assertIn("warning", err)
        self.assertIn("invalid UTF-8", err)
        check_offsets(self, doc["text"], doc)

    def test_code_point_offsets_after_astral_characters(self):
        # Emoji (1 code point, 4 bytes) and a combining mark before the names.
        text = "😀😀 Zoe\u0308 Ardent said that Angela Merkel visited Paris on Friday.\n"
        rc, out, err = run([], text.encode())
        self.assertEqual(rc, 0, err)
        doc = json.loads(out)
        check_offsets(self, text, doc)
        self.assertTrue(doc["entities"], "expected some entity in a plain sentence")


class Files(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.a = pathlib.Path(self.dir.name, "a.txt")
        self.b = pathlib.Path(self.dir.name, "b.txt")
        self.a.write_text("The Vatican said on Sunday that it had no comment.", encoding="utf-8")
        self.b.write_text("Police in Lima arrested 12 people, officials said.", encoding="utf-8")

    def tearDown(self):
        self.dir.cleanup()

    def test_one_document_per_line_in_argument_order(self):
        rc, out, err = run([str(self.b), str(self.a)])
        self.assertEqual(rc, 0, err)
        lines = out.splitlines()
        self.assertEqual(len(lines), 2)
        self.assertEqual(json.loads(lines[0])["text"], self.b.read_text(encoding="utf-8"))
        self.assertEqual(json.loads(lines[1])["text"], self.a.read_text(encoding="utf-8"))

    def test_dash_is_stdin(self):
        rc, out, err = run([str(self.a), "-"], b"From stdin.")
        self.assertEqual(rc, 0, err)
        lines = out.splitlines()
        self.assertEqual(json.loads(lines[1])["text"], "From stdin.")

    def test_unreadable_file_is_reported_and_the_rest_annotated(self):
        missing = str(pathlib.Path(self.dir.name, "missing.txt"))
        rc, out, err = run([str(self.a), missing, str(self.b)])
        self.assertEqual(rc, 1)
        self.assertIn("missing.txt", err)
        self.assertIn("No such file", err)
        self.assertEqual(len(out.splitlines()), 2)

    def test_directory_is_an_input_error(self):
        rc, out, err = run([self.dir.name])
        self.assertEqual(rc, 1)
        self.assertIn(self.dir.name, err)
        self.assertEqual(out, "")


class Usage(unittest.TestCase):
    def test_help_and_version(self):
        rc, out, _ = run(["--help"])
        self.assertEqual(rc, 0)
        self.assertIn("Usage: annotate", out)
        self.assertIn("--jsonl", out)
        rc, out, _ = run(["--version"])
        self.assertEqual(rc, 0)
        self.assertIn("article-annotator/1", out)

    def test_usage_errors_exit_2(self):
        for args in (["--bogus"], ["--dictionary"], ["--jsonl", "--pretty"]):
            rc, out, err = run(args)
            self.assertEqual(rc, 2, args)
            self.assertEqual(out, "", args)
            self.assertIn("annotate: ", err)


class Dictionary(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, content):
        path = pathlib.Path(self.dir.name, name)
        path.write_text(content, encoding="utf-8")
        return str(path)

    def test_bad_dictionary_names_the_place_and_exits_1(self):
        path = self.write("bad.json", '[{"name": "Policske Strojirny", "label": "FOO"}]')
        rc, out, err = run(["--dictionary", path], b"text")
        self.assertEqual(rc, 1)
        self.assertEqual(out, "")
        self.assertIn('[0].label: unknown label "FOO"', err)
        self.assertIn("bad.json", err)

    def test_dictionary_that_is_not_json(self):
        path = self.write("broken.json", '[{"name": "A",')
        rc, _, err = run(["--dictionary=" + path], b"text")
        self.assertEqual(rc, 1)
        self.assertIn("not valid JSON", err)

    def test_missing_dictionary_file(self):
        rc, _, err = run(["--dictionary", str(pathlib.Path(self.dir.name, "none.json"))], b"text")
        self.assertEqual(rc, 1)
        self.assertIn("none.json", err)

    def test_dictionary_names_are_found(self):
        path = self.write("names.json",
                          '[{"name": "Policske Strojirny", "label": "ORG", "aliases": ["PS"]}]')
        text = "Workers at Policske Strojirny went on strike, and PS said it would talk."
        rc, out, err = run(["--dictionary", path], text.encode())
        self.assertEqual(rc, 0, err)
        doc = json.loads(out)
        found = {(e["text"], e["label"]) for e in doc["entities"]}
        self.assertIn(("Policske Strojirny", "ORG"), found)
        self.assertIn(("PS", "ORG"), found)


class Jsonl(unittest.TestCase):
    def test_bad_line_in_the_middle_gives_an_error_line_and_the_run_goes_on(self):
        lines = [json.dumps({"id": 1, "text": "Officials in Kyiv said on Tuesday that talks would resume."}),
                 '{"id": 2, "text": "unterminated',
                 json.dumps({"id": "third", "text": "Nobody said anything."}),
                 json.dumps({"id": 4, "text": 5}),
                 json.dumps(["not", "an", "object"]),
                 json.dumps({"text": "No id here."})]
        rc, out, err = run(["--jsonl"], ("\n".join(lines) + "\n").encode())
        self.assertEqual(rc, 1)
        replies = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(replies), 6)
        self.assertEqual(replies[0]["id"], 1)
        self.assertEqual(replies[0]["document"]["text"], json.loads(lines[0])["text"])
        self.assertIsNone(replies[1]["id"])   # unparsable: the id is unknown
        self.assertEqual(replies[1]["line"], 2)
        self.assertIn("not valid JSON", replies[1]["error"])
        self.assertEqual(replies[2]["id"], "third")
        self.assertIn("document", replies[2])
        self.assertEqual(replies[3], {"id": 4, "line": 4, "error": "text: expected a string, got number 5"})
        self.assertEqual(replies[4]["line"], 5)
        self.assertIn("expected an object", replies[4]["error"])
        self.assertIsNone(replies[5]["id"])
        self.assertIn("document", replies[5])
        self.assertIn("stdin:2:", err)
        self.assertIn("stdin:4: text: expected a string", err)

    def test_blank_lines_crlf_and_a_last_line_without_newline(self):
        data = b'{"id": "a", "text": "One."}\r\n\n   \n{"id": "b", "text": "Two."}'
        rc, out, err = run(["--jsonl"], data)
        self.assertEqual(rc, 0, err)
        replies = [json.loads(line) for line in out.splitlines()]
        self.assertEqual([r["id"] for r in replies], ["a", "b"])
        self.assertEqual(replies[1]["document"]["text"], "Two.")

    def test_invalid_utf8_in_a_line_is_replaced_with_a_warning(self):
        data = b'{"id": 1, "text": "Ana said \xff no."}\n{"id": 2, "text": "Fine."}\n'
        rc, out, err = run(["--jsonl"], data)
        self.assertEqual(rc, 0, err)
        replies = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(replies[0]["document"]["text"], "Ana said \ufffd no.")
        self.assertEqual(replies[0]["document"]["replaced_invalid_utf8"], 1)
        self.assertEqual(replies[1]["document"]["replaced_invalid_utf8"], 0)
        self.assertIn("stdin:1: replaced 1 invalid UTF-8 sequence", err)

    def test_text_with_newlines_and_emoji_keeps_code_point_offsets(self):
        text = "😀 Line one.\n\n\"We will win,\" Maria Silva said in Lisbon on Friday."
        rc, out, err = run(["--jsonl"], (json.dumps({"id": 9, "text": text}) + "\n").encode())
        self.assertEqual(rc, 0, err)
        reply = json.loads(out)
        self.assertEqual(reply["document"]["text"], text)
        check_offsets(self, text, reply["document"])

    def test_reads_jsonl_files_too(self):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            f.write('{"id": 1, "text": "From a file."}\n')
        try:
            rc, out, err = run(["--jsonl", f.name])
            self.assertEqual(rc, 0, err)
            self.assertEqual(json.loads(out)["document"]["text"], "From a file.")
        finally:
            os.unlink(f.name)

    def test_empty_input_gives_no_output(self):
        rc, out, err = run(["--jsonl"], b"")
        self.assertEqual((rc, out), (0, ""), err)


SENTENCES = [
    "President Ana Horvat said on Monday that the port of Split would reopen in 2025.",
    "\"We have no plans to sell the company,\" a spokesman for Northwind Ltd told reporters.",
    "Police in Ghent arrested 14 people after 3.5 tonnes of cocaine were found, officials said.",
    "The ministry denied claims that 200 soldiers had crossed the border near Tiraspol.",
]


def jsonl_lines(count):
    """`count` generated lines of about 700 bytes each: one sentence to annotate plus an
    unknown field as padding, so reading all input at once would show in memory while the
    run stays fast."""
    padding = "x" * 600
    for i in range(count):
        text = f"{SENTENCES[i % len(SENTENCES)]} (item {i})"
        yield (json.dumps({"id": i, "padding": padding, "text": text}) + "\n").encode()


def max_rss_kb(line_count):
    """Runs annotate --jsonl over generated lines; returns (max RSS in kB, output line count)."""
    p = subprocess.Popen([ANNOTATE, "--jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    counted = {"lines": 0}

    def drain():
        for _ in p.stdout:
            counted["lines"] += 1

    reader = threading.Thread(target=drain)
    reader.start()
    for chunk in jsonl_lines(line_count):
        p.stdin.write(chunk)
    p.stdin.close()
    reader.join()
    p.stdout.close()
    _, status, usage = os.wait4(p.pid, 0)   # the rusage of this child alone
    p.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss, counted["lines"], p.returncode


class JsonlMemory(unittest.TestCase):
    def test_memory_stays_flat_over_many_lines(self):
        small, small_lines, rc1 = max_rss_kb(2000)
        large, large_lines, rc2 = max_rss_kb(20000)
        self.assertEqual((rc1, rc2), (0, 0))
        self.assertEqual((small_lines, large_lines), (2000, 20000))
        # 18,000 more lines are ~12 MB more input: reading it all would show; streaming does not.
        print(f"\n  max RSS {small} kB for 2,000 lines, {large} kB for 20,000", file=sys.stderr)
        self.assertLess(large - small, 3 * 1024, f"max RSS {small} kB for 2,000 lines, {large} kB for 20,000")


class Scorer(unittest.TestCase):
    def test_scorer_reads_the_output_with_no_error(self):
        dev = pathlib.Path(SHARED, "corpus", "dev")
        scorer = pathlib.Path(SHARED, "eval", "score.py")
        if not dev.is_dir() or not scorer.is_file():
            self.skipTest(f"no dev corpus at {dev}")
        r = subprocess.run([sys.executable, str(scorer), str(dev), "--run", ANNOTATE, "--json"],
                           capture_output=True, timeout=600)
        self.assertEqual(r.returncode, 0, r.stderr.decode()[-2000:])
        summary = json.loads(r.stdout)
        self.assertEqual(summary["errors"], [])
        self.assertEqual(summary["malformed"], 0)
        self.assertGreater(summary["articles"], 0)

    def test_offsets_match_the_dev_texts(self):
        dev = pathlib.Path(SHARED, "corpus", "dev")
        if not dev.is_dir():
            self.skipTest(f"no dev corpus at {dev}")
        for txt in sorted(dev.glob("*.txt")):
            with self.subTest(txt.name):
                text = txt.read_text(encoding="utf-8")
                rc, out, err = run([str(txt)])
                self.assertEqual(rc, 0, err)
                doc = json.loads(out)
                self.assertEqual(doc["text"], text)
                check_offsets(self, text, doc)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ANNOTATE = os.path.abspath(sys.argv[1])
    SHARED = sys.argv[2]
    unittest.main(argv=[sys.argv[0]] + sys.argv[3:], verbosity=2)
