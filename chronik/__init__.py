"""chronik: turn dated news articles into a chronicle.

    >>> import chronik
    >>> doc = chronik.extract("Das Treffen soll am 10. Januar in Genf stattfinden.", date="2021-12-30")
    >>> [(t.text, t.value) for t in doc.timexes]
    [('10. Januar', '2022-01-10')]
"""

from chronik.model import Document, Entity, Event, Mention, Quote, Timex
from chronik.pipeline import analyse, extract

__version__ = "0.1.0"
__all__ = ["Document", "Entity", "Event", "Mention", "Quote", "Timex", "analyse", "extract"]
