"""Linear-chain CRF decoding in numpy, with each word type scored once per process.

The model is trained by python-crfsuite (training/ner/train.py) and exported to a small
weight table (`export_crfsuite`): one score vector over the labels per attribute string,
plus the label-transition matrix. A token's attributes are the union of the parts its own
word and its neighbours contribute (`features.word_features`), and a CRF's state score
is a sum over attributes, so the score vector of a word in each of its five roles
(itself, left/right neighbour, two left/right) is computed once per distinct word and
cached. Scoring a document is then five fancy-indexing operations over all its tokens,
and Viterbi runs over all sentences of a document at once (one numpy step per token
position, not per token). The cost no longer grows with the number of features per
token, only with the number of distinct new words seen.

Why not python-crfsuite at run time: it converts every attribute string of every token
into a C++ string and looks it up for each call (~40 per token), which made tagging the
largest cost of the entities stage.
"""

from __future__ import annotations

import io
from bisect import bisect_left, insort
from collections.abc import Sequence
from itertools import accumulate
from pathlib import Path

import numpy as np

from chronik.entities.features import BEGIN, END, AttributeRows

PARTS = 5  # own, as left neighbour, as right neighbour, two to the left, two to the right
# where each part's word sits relative to the token, and where its table begins in rows
_ROLE_SHIFT = np.array([0, -1, 1, -2, 2], dtype=np.intp)[:, None, None]
_PART_BASE = np.arange(PARTS, dtype=np.intp)[:, None, None]


class CrfWeights:
    """Labels, attribute weights (one row per attribute, zero row last) and transitions."""

    def __init__(self, labels: list[str], attributes: list[str], state: np.ndarray,
                 transitions: np.ndarray) -> None:
        self.labels = labels
        self.index = {a: i for i, a in enumerate(attributes)}
        self.unknown = len(attributes)  # the all-zero row for attributes the model lacks
        self.state = state
        self.transitions = transitions

    def score(self, attributes: Sequence[str]) -> np.ndarray:
        get, unknown = self.index.get, self.unknown
        return self.state[[get(a, unknown) for a in attributes]].sum(axis=0)


def save_weights(path: Path, labels: list[str], state_features: dict[tuple[str, str], float],
                 transitions: dict[tuple[str, str], float]) -> None:
    """Write the weight table: attribute strings and the non-zero weights, compressed."""
    attributes = sorted({a for a, _ in state_features})
    a_index = {a: i for i, a in enumerate(attributes)}
    l_index = {lab: i for i, lab in enumerate(labels)}
    items = sorted(state_features.items())
    trans = np.zeros((len(labels), len(labels)), dtype=np.float64)
    for (a, b), w in transitions.items():
        trans[l_index[a], l_index[b]] = w
    buf = io.BytesIO()
    np.savez_compressed(
        buf,
        labels=np.frombuffer("\n".join(labels).encode("utf-8"), dtype=np.uint8),
        attributes=np.frombuffer("\n".join(attributes).encode("utf-8"), dtype=np.uint8),
        rows=np.array([a_index[a] for (a, _), _ in items], dtype=np.int32),
        cols=np.array([l_index[lab] for (_, lab), _ in items], dtype=np.int8),
        values=np.array([w for _, w in items], dtype=np.float32),
        transitions=trans.astype(np.float32),
    )
    path.write_bytes(buf.getvalue())


def export_crfsuite(model_path: Path, out_path: Path) -> None:
    """Turn a python-crfsuite model file into the weight table (training time only)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    info = tagger.info()
    save_weights(out_path, tagger.labels(), info.state_features, info.transitions)


def load_weights(path: Path) -> CrfWeights:
    with np.load(path) as data:
        labels = bytes(data["labels"]).decode("utf-8").split("\n")
        attributes = bytes(data["attributes"]).decode("utf-8").split("\n")
        state = np.zeros((len(attributes) + 1, len(labels)), dtype=np.float64)
        state[data["rows"], data["cols"]] = data["values"]
        transitions = data["transitions"].astype(np.float64)
    return CrfWeights(labels, attributes, state, transitions)


class CrfDecoder:
    """Best label sequences for token runs, with per-word score vectors cached.

    Row 0 of the cache is the edge pseudo-word placed around every sentence: as a left
    neighbour it scores as `BOS`, as a right neighbour as `EOS`, two away as nothing —
    exactly the features a sentence-edge token gets in training.
    """

    def __init__(self, weights: CrfWeights, lexicon: dict[str, Sequence[str]],
                 max_words: int = 65_000) -> None:
        # 65,000 cached words fit the table's 65,536 rows (~45 MB at 17 labels); when it is
        # full, the words met more than once stay (`_make_room`)
        self.weights = weights
        self.lexicon = lexicon
        self.labels = weights.labels
        self.max_words = max_words
        self.attribute_rows = AttributeRows(weights.index, lexicon, weights.unknown)
        self.attribute_rows.preload()
        self._reset()

    def _reset(self) -> None:
        n_labels = len(self.labels)
        self._rows = _WordRows()
        # [part, word row, label]: each part a contiguous table, so gathering a document's
        # rows is a fast `take` (a gather across the part axis copies far more)
        self._table = np.zeros((PARTS, 1024, n_labels), dtype=np.float64)
        self._table[1, 0] = self.weights.score([BEGIN])
        self._table[2, 0] = self.weights.score([END])
        self._size = 1
        self._seen_again = np.zeros(1024, dtype=bool)  # rows used again since they were added
        self._moves: dict[int, np.ndarray] = {}  # Viterbi's move table by number of lanes

    def _make_room(self) -> None:
        """Forget the words not met again since they were scored, keep the others.

        A long ingest of varied news would otherwise either grow the table without end or,
        emptied when full, pay for scoring the most frequent words all over again."""
        keep = np.flatnonzero(self._seen_again[1:self._size]) + 1
        keep = keep[: self.max_words // 2]  # room for at least half the table
        words = np.empty(self._size, dtype=object)
        for word, row in self._rows.items():
            words[row] = word
        rows = np.concatenate([[0], keep])
        self._table = np.ascontiguousarray(self._table[:, rows])
        self._rows = _WordRows(zip(words[keep].tolist(), range(1, len(rows))))
        self._size = len(rows)
        self._seen_again = np.zeros(self._table.shape[1], dtype=bool)

    def _add_words(self, words: list[str]) -> None:
        """Score new words in all five roles with one gather and one segmented sum.

        Scoring word by word cost five small numpy calls per word, which made the first
        sight of a word (every article brings dozens) the largest part of tagging.
        `add.reduceat` sums each attribute run in order, like `score` does; the rows come
        from `AttributeRows` (no attribute strings built) in the same order."""
        n = len(words)
        if self._size + n > self._table.shape[1]:
            self._grow(self._size + n)
        flat, offsets = self.attribute_rows.batch(words)
        state, first = self.weights.state, self._size
        sums = np.add.reduceat(state.take(flat, 0), offsets, axis=0)
        self._table[:, first:first + n] = sums.reshape(PARTS, n, -1)
        self._rows.update(zip(words, range(first, first + n)))
        self._size += n

    def _grow(self, rows: int) -> None:
        """Room for `rows` word rows, doubling the table as often as needed. Only the rows
        in use are copied, into zeros from `np.zeros` (pages the system hands out zeroed
        when first touched): a concatenation with `zeros_like` wrote the zeros, then both
        halves again (~0.05 ms per article of a first pass, where the table grows)."""
        size, capacity = self._size, self._table.shape[1]
        while capacity < rows:
            capacity *= 2
        table = np.zeros((PARTS, capacity, self._table.shape[2]), dtype=self._table.dtype)
        table[:, :size] = self._table[:, :size]
        seen_again = np.zeros(capacity, dtype=bool)
        seen_again[:size] = self._seen_again[:size]
        self._table, self._seen_again = table, seen_again

    def tag(self, runs: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIOES label sequences, one per token run (runs are independent sentences)."""
        label = self.labels.__getitem__
        return [list(map(label, path)) for path in self.tag_ids(runs)]

    def tag_ids(self, runs: Sequence[Sequence[str]]) -> list[list[int]]:
        """`tag` as label numbers (indexes into `labels`), without making the strings."""
        runs = list(runs)
        if not any(runs):
            return [[] for _ in runs]
        n_tokens = sum(map(len, runs))
        if self._size + n_tokens > self.max_words:
            self._make_room()  # bounded memory
            if self._size + n_tokens > self.max_words:
                self._reset()
        rows = self._rows
        old_size = self._size
        # all runs in one id sequence, each surrounded by two edge pseudo-words; a word not
        # seen before gets the next free row on the way (in order of first occurrence, as
        # `_add_words` numbers them) and is scored right after: one dictionary look-up per
        # token (a first pass leaving new words as None, a search for them and a second
        # pass cost ~0.03 ms per document where, as in most batches, some word was new)
        new = rows.start_new(self._size)
        try:
            ids = self._ids(runs, rows.__getitem__)
            if new:
                self._add_words(new)
        except BaseException:  # (a document's time budget may run out anywhere)
            for w in new:  # not scored: not known
                del rows[w]
            raise
        x = np.array(ids, dtype=np.intp)
        mid = x[2:-2]
        self._seen_again[mid[mid < old_size]] = True  # words known before this call
        lengths = [len(r) for r in runs]
        lanes = Lanes(lengths)
        # where in x each run begins, and each (position, lane) token of the lattice sits
        firsts = list(accumulate([length + 2 for length in lengths[:-1]], initial=2))
        at = lanes.layout(firsts, pad=2)
        t = self._table
        # each token's word row in each of its five roles (itself, the word before, after,
        # two before, two after) as a row of the flattened table, gathered at once, then
        # summed in the same order as own + left + right + ... (so bit for bit the same)
        rows_of = x.take(at[None] + _ROLE_SHIFT)
        rows_of += _PART_BASE * t.shape[1]
        parts = t.reshape(-1, t.shape[2]).take(rows_of, 0)
        emit = parts[0] + parts[1]
        emit += parts[2]
        emit += parts[3]
        emit += parts[4]
        return self._viterbi(emit, lanes)

    @staticmethod
    def _ids(runs: Sequence[Sequence[str]], get) -> list:
        ids = [0, 0]
        for run in runs:
            ids += map(get, run)
            ids += (0, 0)
        return ids

    def _viterbi(self, emit: np.ndarray, lanes: Lanes) -> list[list[int]]:
        """All runs at once: a (position, lane, label) lattice, one numpy step per position.

        Each step adds the move scores to the previous position's best scores for every
        (previous label, lane, label) and takes the elementwise maximum over whole
        contiguous (lane, label) slabs of previous labels (fast in numpy, unlike a
        reduction along a short inner axis). A run starting inside a lane begins afresh
        there (its scores are its emissions alone, as at position 0). The forward pass
        keeps only the best scores (an argmax across slabs is not fast); the backward pass
        recovers each lane's best previous label from the stored scores, for the chosen
        label only, and starts each run's path at the run's own end.
        """
        longest, n_lanes, n_labels = emit.shape
        trans = self.weights.transitions
        # moves[k, r, j] = score of moving from label k to label j, the same in every lane r
        # (made once per number of lanes: documents have a handful of lane counts)
        moves = self._moves.get(n_lanes)
        if moves is None:
            moves = np.ascontiguousarray(
                np.broadcast_to(trans[:, None, :], (n_labels, n_lanes, n_labels)))
            if n_lanes <= 64:  # bounded: ~2 KB per lane
                self._moves[n_lanes] = moves
        best = np.empty_like(emit)
        best[0] = emit[0]
        step = np.empty((n_labels, n_lanes, n_labels))  # reused: no allocation per position
        add, maximum = np.add, np.maximum.reduce
        # views made once, not per position: at ~40 positions of a few microseconds each,
        # creating index views is a visible share of the loop
        previous = list(best.transpose(0, 2, 1)[:, :, :, None])  # [label k, lane, 1]
        rows, scores = list(best), list(emit)
        begins = lanes.begins
        for i in range(1, longest):
            row = rows[i]
            add(moves, previous[i - 1], out=step)
            maximum(step, 0, None, row)
            add(row, scores[i], out=row)
            starting = begins.get(i)
            if starting is not None:  # runs starting here: no move into them
                score = scores[i]
                for lane in starting:  # one or two lanes: plain row copies, no fancy index
                    row[lane] = score[lane]
        # each run's best last label, by the position and lane where it ends
        ends = lanes.ends
        end_at = [i for i, at in ends.items() for _ in at]
        end_lane = [lane for at in ends.values() for lane in at]
        finals = best[end_at, end_lane].argmax(axis=1).tolist()
        final_at, k = {}, 0
        for i, at in ends.items():
            final_at[i] = (at, finals[k:k + len(at)])
            k += len(at)
        out = np.empty((longest, n_lanes), dtype=np.intp)
        out[-1] = 0  # a lane whose last run ends earlier: any label until that run's end
        prev = np.empty((n_lanes, n_labels))
        into = np.ascontiguousarray(trans.T)  # into[j] = scores of moving into label j
        take, path_rows = into.take, list(out)
        for i in range(longest - 1, -1, -1):
            cur = path_rows[i]
            ending = final_at.get(i)
            if ending is not None:  # a run's path starts at its own end
                cur[ending[0]] = ending[1]
            if i:  # the argmax runs along the contiguous label axis, into the row before
                add(rows[i - 1], take(cur, 0), out=prev)
                prev.argmax(1, path_rows[i - 1])
        columns = out.T.tolist()
        return [columns[lane][at:at + n] for (lane, at), n in zip(lanes.place, lanes.lengths)]


class _WordRows(dict[str, int]):
    """Word -> its row of the score table. Looking up a word not in it (`rows[word]`) gives
    the word the next free row and notes it in `new`, to be scored before any row is read."""

    __slots__ = ("first_free", "new")

    def start_new(self, first_free: int) -> list[str]:
        """Number the words met from now on from `first_free`; the list they are noted in."""
        self.first_free, self.new = first_free, []
        return self.new

    def __missing__(self, word: str) -> int:
        row = self[word] = self.first_free + len(self.new)
        self.new.append(word)
        return row


class Lanes:
    """Runs (sentences) packed one after another into lanes of the longest run's length.

    Viterbi makes a few numpy calls per position whatever the number of lanes, but each
    call's cost grows with it: a document's sentences, one per lane, left half the
    lattice as padding behind the short ones. Best fit, longest run first, fills each
    lane with several runs instead; the lattice keeps the longest run's positions. (The
    lanes with room are kept sorted by their room, so a run finds the fullest lane it fits
    in by bisection: trying every lane in turn cost more than Viterbi itself when the
    sentences of many documents are decoded together.)
    """

    def __init__(self, lengths: list[int]) -> None:
        self.lengths = lengths
        self.longest = longest = max(lengths)
        fill: list[int] = []
        place = [(0, 0)] * len(lengths)  # (lane, first position) of each run
        order = []
        rooms: list[tuple[int, int]] = []  # (room left, lane) of the lanes not full, sorted
        for r in sorted(range(len(lengths)), key=lengths.__getitem__, reverse=True):
            n = lengths[r]
            if not n:
                continue  # an empty run has no positions
            k = bisect_left(rooms, (n, -1))
            if k < len(rooms):
                room, lane = rooms.pop(k)
            else:
                room, lane = longest, len(fill)
                fill.append(0)
            place[r] = (lane, fill[lane])
            fill[lane] += n
            order.append(r)
            if room > n:
                insort(rooms, (room - n, lane))
        self.place, self.fill, self.order = place, fill, order
        self.begins: dict[int, list[int]] = {}  # position -> lanes where a run starts
        self.ends: dict[int, list[int]] = {}  # position -> lanes where a run ends
        for r in order:
            lane, at = place[r]
            if at:
                self.begins.setdefault(at, []).append(lane)
            self.ends.setdefault(at + lengths[r] - 1, []).append(lane)

    def layout(self, firsts: list[int], pad: int) -> np.ndarray:
        """A [position, lane] table: the k-th position of run r holds `firsts[r] + k`, a
        lane's positions after its last run hold `pad`."""
        order, place, lengths, longest = self.order, self.place, self.lengths, self.longest
        n = np.array([lengths[r] for r in order], dtype=np.intp)
        # every token's offset in its run, then where it goes and what it holds
        offset = np.arange(int(n.sum()), dtype=np.intp) - np.repeat(np.cumsum(n) - n, n)
        where = np.repeat(np.array([place[r][0] * longest + place[r][1] for r in order],
                                   dtype=np.intp), n) + offset
        table = np.full(len(self.fill) * longest, pad, dtype=np.intp)
        table[where] = np.repeat(np.array([firsts[r] for r in order], dtype=np.intp), n) + offset
        return table.reshape(len(self.fill), longest).T
