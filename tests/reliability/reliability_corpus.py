"""Bad input, made on purpose: files that readers and the whole pipeline must survive.

Shared by the tests in this folder and by ``scripts/reliability_report.py`` (which runs the
bigger rounds). Every case is a file name and its bytes, with the number of documents a reader
must report for it (articles plus rejections) when that number is fixed by the format.
"""
from __future__ import annotations

import codecs
import gzip
import json
import random
from dataclasses import dataclass

DATE = "2020-05-08"

#: Text pieces the generated texts are built from: names the actor dictionary knows, verbs the
#: event lexicon knows, punctuation, and unicode that has broken text pipelines elsewhere.
WORDS = ["Russia", "Ukraine", "Putin", "Zelensky", "the minister", "NATO", "Kyiv", "Moscow",
         "attacked", "met", "said", "condemned", "accused", "will", "not", "on Monday",
         "in 2019", "yesterday", "and", "the", "of", "troops", "police", "protesters"]
PUNCTUATION = [".", ",", "!", "?", ";", ":", "\"", "'", "(", ")", "-", "--", "...", "\u2019",
               "\u201c", "\u201d", "\u2014"]
ODD_UNICODE = [
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060",          # zero-width, BOM, word joiner
    "\u202e", "\u202c", "\u200f", "\u061c",                    # bidi controls
    "\u0301", "\u0308", "\u0330" * 20,                         # combining marks (and a stack)
    "\U0001f1f7\U0001f1fa", "\U0001f44d\U0001f3fd", "\U0001f469\u200d\U0001f469\u200d\U0001f467",
    "\u0631\u0648\u0633\u064a\u0627", "\u05e8\u05d5\u05e1\u05d9\u05d4",  # Arabic, Hebrew
    "\u0420\u043e\u0441\u0441\u0438\u044f", "\u4fc4\u7f57\u65af",         # Cyrillic, Chinese
    "\u2028", "\u2029", "\x85", "\r", "\x0b", "\x0c",          # line and paragraph separators
    "\x00", "\x01", "\x1b[31m", "\x7f", "\ufffd", "\ufffe", "\U0010ffff",
    "\uff32\uff55\uff53\uff53\uff49\uff41",                    # fullwidth "Russia"
    "\U0001d411\U0001d42e\U0001d42c",                          # mathematical bold
    "\u0130", "\u00df", "\ufb01",                              # letters that change length on case change
]


@dataclass(frozen=True)
class Case:
    """One input file: its category, name, bytes and the documents a reader reports for it."""

    category: str
    name: str
    data: bytes
    documents: int | None = None   # articles + rejections; None when the format leaves it open


def dated(text: str) -> bytes:
    return f"date {DATE} {text}".encode("utf-8", errors="surrogatepass")


def jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def nested_json(depth: int) -> bytes:
    return b'{"text": ' + b"[" * depth + b"]" * depth + b', "date": "2020-05-08"}\n'


def fixed_cases() -> list[Case]:
    """The hand-made bad inputs, one or a few per category."""
    rng = random.Random(7)
    binary = bytes(rng.randrange(256) for _ in range(4096))
    cases = [
        Case("binary", "random.txt", binary, 1),
        Case("binary", "random.jsonl", binary, None),
        Case("binary", "random.csv", binary, None),
        Case("binary", "random.bin", binary, 1),                 # directory: unsupported_format
        Case("binary", "random.txt.gz", binary, 1),              # not gzip
        Case("binary", "cut.jsonl.gz", gzip.compress(jsonl({"date": DATE, "text": "Russia met "
                                                            "Ukraine."}) * 50)[:300], None),
        Case("binary", "png-as-text.txt", b"\x89PNG\r\n\x1a\n" + binary[:512], 1),
        Case("empty", "empty.txt", b"", 1),
        Case("empty", "empty.jsonl", b"", 0),
        Case("empty", "empty.csv", b"", 0),
        Case("empty", "blank.txt", b" \n\t\n\r\n" * 100, 1),
        Case("empty", "only-date.txt", dated(""), 1),
        Case("empty", "bom-only.txt", codecs.BOM_UTF8, 1),
        Case("empty", "empty.txt.gz", gzip.compress(b""), 1),
        Case("nul", "nul.txt", dated("Russia\x00 attacked\x00 Ukraine.\x00\x00"), 1),
        Case("nul", "nul-only.txt", dated("\x00" * 1000), 1),
        Case("nul", "nul.jsonl", jsonl({"date": DATE, "text": "Russia \u0000attacked Ukraine."},
                                       {"date": "2020-05-08\u0000", "text": "x"},
                                       {"date": DATE, "text": "x", "id": "a\u0000b"}), 3),
        Case("nul", "nul.csv", b"date,text\n2020-05-08,Russia\x00 attacked Ukraine\n", 1),
        Case("control", "control.txt", dated("".join(map(chr, range(1, 32))) +
                                             " Russia attacked Ukraine.\x1b[0m\x7f"), 1),
        Case("control", "control.jsonl",
             jsonl({"date": DATE, "text": "".join(map(chr, range(32))) + "Putin met Zelensky."},
                   {"date": DATE, "text": "\x1b]0;title\x07Russia attacked Ukraine."}), 2),
        Case("encoding", "latin1.txt", f"date {DATE} Ren\xe9 said Russia attacked Ukraine."
             .encode("latin-1"), 1),
        Case("encoding", "utf16.txt", ("\ufeff" + f"date {DATE} Russia attacked Ukraine.")
             .encode("utf-16-le"), 1),
        Case("encoding", "utf16.jsonl", jsonl({"date": DATE, "text": "x"}).decode()
             .encode("utf-16"), None),
        Case("encoding", "cp1252.jsonl", b'{"date": "2020-05-08", "text": "\x93Russia\x94"}\n'
             + jsonl({"date": DATE, "text": "Russia met Ukraine."}), 2),
        Case("encoding", "surrogates.jsonl", b'{"date": "2020-05-08", "text": "\\ud800 x"}\n'
             b'{"date": "2020-05-08", "text": "\\udfff\\ud800"}\n'
             b'{"date": "2020-05-08", "text": "\\ud83d\\ude00 Russia met Ukraine."}\n', 3),
        Case("encoding", "overlong.txt", dated("Russia ") + b"\xc0\xaf\xed\xa0\x80 attacked.", 1),
        Case("json", "nested-100k.jsonl", nested_json(100_000), 1),
        Case("json", "nested-objects.jsonl",
             b'{"text": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_000 + b"}\n", 1),
        Case("json", "nested-ok-depth.jsonl", nested_json(500), 1),
        Case("json", "repeated-keys.jsonl",
             b"{" + b'"text": "Russia attacked Ukraine.", ' * 20_000 + b'"date": "2020-05-08"}\n', 1),
        Case("json", "many-objects-one-line.jsonl",
             jsonl({"date": DATE, "text": "x"}).strip() * 5_000 + b"\n", 1),
        Case("json", "array.json", b"[" + b", ".join([jsonl({"date": DATE, "text": "x"}).strip()]
                                                    * 100) + b"]\n", 1),
        Case("json", "pretty.json", json.dumps({"date": DATE, "text": "x"}, indent=2).encode(),
             1),
        Case("json", "wrong-types.jsonl",
             jsonl({"date": 20200508, "text": "x"}, {"date": DATE, "text": ["a"]},
                   {"date": DATE, "text": "x", "id": 1.5}, {"date": DATE, "text": "x", "id": True},
                   {"date": DATE, "text": "x", "title": {"a": 1}}, None, 5, "s", [1],
                   {"date": DATE, "text": 1e309}, {"date": None, "text": "x"}), 11),
        Case("json", "big-numbers.jsonl", b'{"date": "2020-05-08", "text": "x", "n": '
             + b"9" * 5000 + b"}\n" + b'{"date": "2020-05-08", "text": "x", "n": 1e999999}\n'
             + b'{"date": "2020-05-08", "text": NaN}\n', 3),
        Case("csv", "ragged.csv", b"id,date,text\n1,2020-05-08\n2,2020-05-08,a,b\n"
             b'3,2020-05-08,"unterminated\n', None),
        Case("csv", "no-text-column.csv", b"date,body\n2020-05-08,x\n", 1),
        Case("csv", "nul-in-quotes.csv", b'date,text\n2020-05-08,"\x00\x00"\n', 1),
        Case("csv", "header-only.csv", b"date,text\n", 0),
        Case("csv", "cr-only.csv", b"date,text\r2020-05-08,Russia attacked Ukraine.\r", None),
    ]
    bad_dates = ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "2020-02-30",
                 "2020-13-01", "2020-00-10", "99999-01-01", "-2020-01-01", "2020-05-08T25:00",
                 "2020-05-08T10:00+25:00", "2020-05-08Tgarbage", "2020-05-08 ", " 2020-05-08",
                 "\u0662\u0660\u0662\u0660-05-08", "２０２０-05-08", "2020-05-08\n", "1e5", "",
                 "2020-05-08T23:59:60", "1900-01-01", "2100-12-31", "2020-5-8"]
    cases.append(Case("dates", "dates.jsonl", jsonl(*({"date": d, "text": "Russia attacked "
                                                       "Ukraine."} for d in bad_dates)),
                      len(bad_dates)))             # "" gives missing_date: still one document
    for number, value in enumerate(["0001-01-01", "9999-12-31", "2020-02-30", "20200508",
                                    "2020-05-08T99:00", "1899-12-31"]):
        cases.append(Case("dates", f"date-line-{number}.txt",
                          f"date {value} Russia attacked Ukraine.".encode(), 1))
    cases.append(Case("dates", "dates.csv", b"date,text\n" + b"".join(
        f"{d!s},Russia attacked Ukraine.\n".encode() for d in bad_dates if "\n" not in d
        and d), len([d for d in bad_dates if "\n" not in d and d])))
    unicode_text = " ".join(ODD_UNICODE) + " Russia attacked Ukraine."
    cases += [
        Case("unicode", "all-odd.txt", dated(unicode_text), 1),
        Case("unicode", "all-odd.jsonl", jsonl({"date": DATE, "text": unicode_text}), 1),
        Case("unicode", "rtl.txt", dated("\u202eRussia attacked Ukraine.\u202c \u0631\u0648\u0633"
                                         "\u064a\u0627 \u0647\u0627\u062c\u0645\u062a."), 1),
        Case("unicode", "combining.txt", dated("Rus\u0301sia atta\u0308cked Ukraine. " +
                                               "e" + "\u0301" * 5000), 1),
        Case("unicode", "emoji.txt", dated("\U0001f1f7\U0001f1fa Russia \U0001f4a5 attacked "
                                           "\U0001f1fa\U0001f1e6 Ukraine. " * 200), 1),
        Case("unicode", "zero-width.txt", dated("Rus\u200bsia att\u200dacked Ukr\ufeffaine. "
                                                "\u200b" * 3000 + " Putin met Zelensky."), 1),
        Case("unicode", "separators.jsonl", jsonl({"date": DATE, "text": "Russia attacked "
                                                   "Ukraine.\u2028Putin met\u2029Zelensky.\x85"}),
             1),
        Case("unicode", "casefold.txt", dated("\u0130STANBUL \u00df STRASSE \ufb01 Russia "
                                              "attacked Ukraine. " * 50), 1),
    ]
    return cases


def repeated_names(times: int, name: str = "Russia ") -> str:
    """``name`` repeated: "a million repeated names" (cut to a text of at most max_chars)."""
    return name * times


def random_text(rng: random.Random, *, pieces: int) -> str:
    """A text of words, punctuation and odd unicode, in the proportions news-like fuzzing needs."""
    out: list[str] = []
    for _ in range(pieces):
        roll = rng.random()
        if roll < 0.6:
            out.append(rng.choice(WORDS))
        elif roll < 0.8:
            out.append(rng.choice(PUNCTUATION))
        elif roll < 0.95:
            out.append(rng.choice(ODD_UNICODE))
        else:
            out.append(chr(rng.randrange(1, 0x30000)).encode("utf-8", "replace").decode("utf-8",
                                                                                         "replace"))
        out.append(rng.choice([" ", " ", " ", "", "\n", "  "]))
    return "".join(out)


def mutate(data: bytes, rng: random.Random, *, edits: int = 8) -> bytes:
    """``data`` with a few random byte edits (flip, insert, delete, duplicate a slice)."""
    buffer = bytearray(data)
    for _ in range(edits):
        if not buffer:
            buffer.extend(rng.randbytes(4))
            continue
        at = rng.randrange(len(buffer))
        kind = rng.randrange(4)
        if kind == 0:
            buffer[at] ^= 1 << rng.randrange(8)
        elif kind == 1:
            buffer[at:at] = rng.choice([b"\x00", b"\n", b"\xff", b'"', b"{", b",", b"\r",
                                        b"\xe2\x80\xae", rng.randbytes(3)])
        elif kind == 2:
            del buffer[at:at + rng.randrange(1, 8)]
        else:
            end = min(len(buffer), at + rng.randrange(1, 64))
            buffer[at:at] = buffer[at:end] * rng.randrange(1, 5)
    return bytes(buffer)


def capitals_text(rng: random.Random) -> str:
    """News words in lines and paragraphs, some of them in capitals (a headline, wire copy, a
    sign-off) at random places: the passages the segment stage truecases for its model."""
    lines = []
    for _ in range(rng.randrange(1, 16)):
        words = [rng.choice(WORDS + PUNCTUATION) for _ in range(rng.randrange(3, 14))]
        line = " ".join(words)
        lines.append(line.upper() if rng.random() < 0.4 else line)
    return "".join(line + rng.choice(["\n", "\n\n", " ", ". "]) for line in lines)


def generated_cases(seed: int, count: int) -> list[Case]:
    """``count`` random files: random texts in each format, and mutated copies of fixed cases;
    after every fourth (numbers 2, 6, 10, ...) one more, a text with lines in capitals, drawn
    from a generator of its own so that the other files are the same as before it was added."""
    rng = random.Random(seed)
    fixed = fixed_cases()
    cases: list[Case] = []
    for number in range(count):
        roll = rng.randrange(4)
        text = random_text(rng, pieces=rng.randrange(1, 120))
        if roll == 0:
            cases.append(Case("random-text", f"gen{seed}-{number}.txt", dated(text), 1))
        elif roll == 1:
            records = [{"date": DATE, "text": random_text(rng, pieces=rng.randrange(1, 60))}
                       for _ in range(rng.randrange(1, 4))]
            cases.append(Case("random-text", f"gen{seed}-{number}.jsonl", jsonl(*records),
                              len(records)))
        else:
            base = rng.choice(fixed)
            if len(base.data) > 20_000:
                base = Case(base.category, base.name, base.data[:20_000])
            name = base.name.replace(".", f"-mut{seed}-{number}.", 1)
            cases.append(Case("mutated", name, mutate(base.data, rng), None))
        if number % 4 == 2:
            text = capitals_text(random.Random(f"{seed}-{number}-capitals"))
            cases.append(Case("random-capitals", f"gen{seed}-{number}-capitals.txt", dated(text), 1))
    return cases
