"""The full-text index: what is indexed, how it is kept in step, how a query becomes a match.

Every piece of text goes through ``normalize_for_search`` on its way in, and
every query through the same function on its way to the index, so «كارخانه»
finds «کارخانه» and «بهره برداری» finds «بهره‌برداری».

SQLite: ``letter_fts`` is a contentless FTS5 table (the text is kept nowhere else: it is
derived from the letter, so storing it again would double the database) whose rowid is the
letter id, with a prefix index for two-letter prefixes. The service writes it (no triggers),
so a letter and its index entry commit together. Because ids follow registration order,
``ORDER BY rowid DESC LIMIT n`` is newest-first straight from the index. An entry is removed
by giving FTS5 the exact text it was indexed with: the letter's search text is computed
again from its rows *before* they change (``reindex``), so ``search_text_of`` and
``normalize_for_search`` must not change without rebuilding the index: bump
``SEARCH_TEXT_VERSION`` and add a migration that calls ``rebuild`` (a test fingerprints both).

PostgreSQL: the same normalised text is stored in ``letter_texts.search_text``, and
``letter_texts.search_tsv`` is a stored column, ``to_tsvector('simple', search_text)``, with a
GIN index (migration 0015; a trigram index on the same text was measured too and counted 2–3
times slower with an index 4 times larger); a query becomes a ``tsquery`` (words ANDed, a ZWNJ
compound a phrase, «*» a prefix) with the same classification marker words excluded, so a count
needs no join. The column is not mapped: SQLite has no such type, and PostgreSQL computes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    bindparam,
    column,
    func,
    literal,
    literal_column,
    table,
    text,
    update,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Join

from secretariat.correspondence._models import SEARCH_INDEX_TABLE, Letter, LetterText
from secretariat.kernel.db.base import table_of
from secretariat.kernel.errors import ValidationError
from secretariat.kernel.text.normalize import normalize_for_search

# The version of what a letter is found by; see the module docstring before changing it.
SEARCH_TEXT_VERSION = 1

FTS_TABLE = SEARCH_INDEX_TABLE
# Not in the ORM metadata: the migration creates it (SQLite only).
fts = table(FTS_TABLE, column("rowid"), column("search_text"), column(FTS_TABLE))


# A letter above "normal" carries its classification in the index as a marker word,
# so a search can be COUNTED inside the index (``q NOT marker``) without looking up
# every hit's row: 50 ms instead of 0.3–3 s for 300,000 hits of a million letters.
# Pages still join the letters and apply visibility.visible_to as well.
CLASSIFICATION_MARKERS: dict[str, str] = {
    "confidential": "zzclassconfidentialzz",
    "secret": "zzclasssecretzz",
}


def search_text_of(
    *,
    classification: str,
    number: str | None,
    subject: str,
    summary: str,
    body: str,
    party_names: Iterable[str],
    keywords: Iterable[str],
    sender_number: str,
    from_unit: str,
    to_unit: str,
) -> str:
    """The normalised text a letter is found by."""
    parts = [number or "", subject, summary, sender_number, from_unit, to_unit, *party_names,
             *keywords, body]
    text = normalize_for_search("\n".join(p for p in parts if p))
    marker = CLASSIFICATION_MARKERS.get(classification)
    return f"{text} {marker}" if marker else text


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def stored_text(session: Session, search: str) -> str:
    """What ``letter_texts.search_text`` keeps: the text on PostgreSQL (its LIKE search reads
    it), nothing on SQLite (the FTS5 index is the only copy)."""
    return "" if is_sqlite(session) else search


def index_new(session: Session, rows: Sequence[tuple[int, str]]) -> None:
    """Add index entries for new letters (SQLite; PostgreSQL reads their letter_texts rows)."""
    if rows and is_sqlite(session):
        session.execute(
            text("INSERT INTO letter_fts(rowid, search_text) VALUES (:id, :t)"),
            [{"id": letter_id, "t": search} for letter_id, search in rows],
        )


def reindex(session: Session, letter_id: int, old_text: str, new_text: str) -> None:
    """Replace a letter's index entry: ``old_text`` must be exactly the text it was indexed
    with (computed from the letter's rows before they changed)."""
    if old_text == new_text:
        return
    if is_sqlite(session):
        session.execute(
            text("INSERT INTO letter_fts(letter_fts, rowid, search_text) "
                 "VALUES ('delete', :id, :old)"),
            {"id": letter_id, "old": old_text},
        )
        session.execute(
            text("INSERT INTO letter_fts(rowid, search_text) VALUES (:id, :t)"),
            {"id": letter_id, "t": new_text},
        )
        return
    row = session.get(LetterText, letter_id)
    if row is None:
        raise LookupError(f"letter {letter_id} has no text row")
    row.search_text = new_text


def rebuild(session: Session, texts: Iterable[tuple[int, str]]) -> None:
    """Index every letter again from ``texts`` ((letter id, search text) of all letters):
    after ``SEARCH_TEXT_VERSION`` changed, or after rows were copied in from elsewhere."""
    if is_sqlite(session):
        session.execute(text("INSERT INTO letter_fts(letter_fts) VALUES ('delete-all')"))
    batch: list[tuple[int, str]] = []
    for item in texts:
        batch.append(item)
        if len(batch) >= 2000:
            _rebuild_batch(session, batch)
            batch = []
    _rebuild_batch(session, batch)


def _rebuild_batch(session: Session, batch: list[tuple[int, str]]) -> None:
    if not batch:
        return
    if is_sqlite(session):
        index_new(session, batch)
    else:
        texts = table_of(LetterText)
        session.connection().execute(
            update(texts).where(texts.c.letter_id == bindparam("key"))
            .values(search_text=bindparam("t")),
            [{"key": letter_id, "t": search} for letter_id, search in batch])


class _FixedOrderJoin(Join):
    """An inner join SQLite may not reorder («a CROSS JOIN b ON ...»).

    Without it the planner may walk an index of ``letters`` (say, classification)
    and re-run the full-text match once per row: seconds instead of milliseconds.
    """

    inherit_cache = True


@compiles(_FixedOrderJoin)
def _render_fixed_order_join(element: _FixedOrderJoin, compiler: Any, **kw: Any) -> str:
    sql: str = compiler.visit_join(element, **kw)
    return sql.replace(" JOIN ", " CROSS JOIN ", 1)


def index_first_join() -> Join:
    """FROM letter_fts CROSS JOIN letters: the index hands out matching letter ids in
    rowid order, so «newest 50 matches» stops after 50 and a count walks only the hits."""
    return _FixedOrderJoin(fts, Letter.__table__, Letter.__table__.c.id == fts.c.rowid)


# --- queries -------------------------------------------------------------------------

@dataclass(frozen=True)
class Term:
    """One typed word (or ZWNJ-joined compound), as normalised tokens; prefix if typed «*»."""

    tokens: tuple[str, ...]
    prefix: bool


def parse_query(query: str) -> list[Term]:
    """Split what was typed on spaces; a word ending in «*» is a prefix («مصو*» finds
    «مصوبه»). Each word is normalised; a word the normaliser splits (at ZWNJ or
    punctuation: «1405/و/12») becomes a phrase."""
    terms: list[Term] = []
    for word in query.split():
        prefix = word.endswith("*")
        tokens = tuple(normalize_for_search(word).split())
        if tokens:
            terms.append(Term(tokens, prefix))
    return terms


def required_terms(query: str) -> list[Term]:
    terms = parse_query(query)
    if not terms:
        raise ValidationError("query", "empty_query")
    return terms


def fts_match_expression(terms: Sequence[Term], hidden_levels: Sequence[str] = ()) -> str:
    """FTS5 syntax: every word must match; quoted, so nothing typed acts as an operator.
    Letters of ``hidden_levels`` (classifications the user may not see) are excluded."""
    parts = []
    for term in terms:
        phrase = '"' + " ".join(term.tokens) + '"'
        parts.append(phrase + " *" if term.prefix else phrase)
    expression = "(" + " AND ".join(parts) + ")"
    markers = [f'"{CLASSIFICATION_MARKERS[level]}"' for level in hidden_levels
               if level in CLASSIFICATION_MARKERS]
    if markers:
        expression += " NOT (" + " OR ".join(markers) + ")"
    return expression


def fts_match(terms: Sequence[Term], hidden_levels: Sequence[str] = ()) -> ColumnElement[bool]:
    """``letter_fts MATCH :q`` (SQLite)."""
    # FTS5 matches against the hidden column that has the table's own name.
    match: ColumnElement[bool] = fts.c[FTS_TABLE].op("MATCH")(
        fts_match_expression(terms, hidden_levels))
    return match


def like_match(terms: Sequence[Term]) -> ColumnElement[bool]:
    """Word-boundary LIKE over the normalised text (PostgreSQL, and the benchmark's baseline)."""
    padded = literal(" ") + LetterText.search_text + literal(" ")
    conditions = []
    for term in terms:
        phrase = " ".join(term.tokens)
        pattern = f"% {phrase}%" if term.prefix else f"% {phrase} %"
        conditions.append(padded.like(pattern))
    return and_(*conditions)


# --- PostgreSQL: a tsvector column with a GIN index ------------------------------------

SEARCH_VECTOR = "search_tsv"  # letter_texts.search_tsv (PostgreSQL only, made by 0015)


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def ts_query_text(terms: Sequence[Term], hidden_levels: Sequence[str] = ()) -> str:
    """``to_tsquery`` syntax: each word a quoted lexeme (nothing typed acts as an operator),
    a compound's tokens a phrase (``<->``), a prefix ``:*``; the hidden classifications'
    marker words negated."""
    parts = []
    for term in terms:
        lexemes = [_lexeme(t) for t in term.tokens]
        if term.prefix:
            lexemes[-1] += ":*"
        parts.append("(" + " <-> ".join(lexemes) + ")")
    parts += [f"!{_lexeme(CLASSIFICATION_MARKERS[level])}" for level in hidden_levels
              if level in CLASSIFICATION_MARKERS]
    return " & ".join(parts)


def ts_match(terms: Sequence[Term], hidden_levels: Sequence[str] = ()) -> ColumnElement[bool]:
    """``letter_texts.search_tsv @@ to_tsquery('simple', :q)`` (PostgreSQL)."""
    query = func.to_tsquery(literal_column("'simple'::regconfig"),
                            ts_query_text(terms, hidden_levels))
    match: ColumnElement[bool] = literal_column(
        f"{LetterText.__tablename__}.{SEARCH_VECTOR}").op("@@")(query)
    return match

