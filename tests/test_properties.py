"""Property-based tests: whatever the input, the date parsers and the loader either succeed or
raise the domain error, never anything else; and any valid timeline, however hostile its text,
loads without loss and prints without a control character in every format.

The profile runs 400 examples per test (100 for the slower rendering one); set
ZT_HYPOTHESIS_PROFILE=thorough for 5,000. Run with --hypothesis-show-statistics to see them."""

import datetime as dt
import io
import json
import os
import re
import string

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from roundtrip import assert_kept, toml_text
from zt_timeline.errors import DataError, DateError
from zt_timeline.loading.read import header_lines, parse_text
from zt_timeline.loading.schema import Kind, shape_of
from zt_timeline.loading.validate import build_timeline
from zt_timeline.model.dates import PartialDate, parse_iso
from zt_timeline.model.enums import ActorKind, OutputFormat, QuoteForm, RecordType, SourceKind
from zt_timeline.model.records import RECORD_TYPES
from zt_timeline.model.timeline import Timeline
from zt_timeline.model.typed_dates import parse_user_date
from zt_timeline.queries.serialize import record_to_dict
from zt_timeline.render.detail import show_output
from zt_timeline.render.emit import emit
from zt_timeline.render.views import actors_output, events_output, quotes_output, sources_output, stats_output

_COMMON = {"deadline": None, "database": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("zt", max_examples=400, **_COMMON)
settings.register_profile("thorough", max_examples=5000, **_COMMON)
PROFILE = settings.get_profile(os.environ.get("ZT_HYPOTHESIS_PROFILE", "zt"))
RENDERING = settings(PROFILE, max_examples=max(PROFILE.max_examples // 4, 1))

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
HOSTILE = ["[bold red]x[/]", "[/]", ":warning:", "\x1b[2J", "\x1b]0;title\x07", "\x9b31m", "\u202eevil", "\x00",
           "\x7f", "\r", "\u2028", "a|b", "=1+1", "\\n", "\t", "\n", '"', "'", "\u2066x\u2069"]

# Text with everything Unicode allows in a TOML string (no surrogates).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
some_text = st.one_of(st.sampled_from(HOSTILE), any_text).map(lambda text: "x" + text)  # never blank
date_like = st.from_regex(r"\A\s?\d{1,5}(-\d{1,3}(-\d{1,3})?)?\s?\Z")
month_name_like = st.builds(
    "{} {} {}".format, st.integers(-1, 40), st.sampled_from(["Jan", "February", "sept", "Mai", "June", "xyz", ""]),
    st.integers(0, 10_000))


@PROFILE
@given(st.one_of(any_text, date_like))
def test_parse_iso_reads_a_date_or_raises_date_error(text):
    try:
        date = parse_iso(text)
    except DateError:
        return
    assert isinstance(date, PartialDate)
    assert parse_iso(date.iso()) == date
    assert date.first_day <= date.last_day


@PROFILE
@given(st.one_of(any_text, date_like, month_name_like))
def test_parse_user_date_reads_a_date_or_raises_date_error(text):
    try:
        date = parse_user_date(text)
    except DateError:
        return
    assert isinstance(date, PartialDate)
    assert date.first_day <= date.last_day


# --- the loader: arbitrary bytes and text --------------------------------------------------

TOML_LINES = [
    "[[sources]]", "[[events]]", "[[actors]]", "[[quotes]]", "[[figures]]", "[timeline]", "[[events.variants]]",
    'id = "s"', 'id = "e"', 'id = "a"', 'id = "Bad"', 'title = "T"', 'publisher = "P"', 'name = "N"',
    'date = "2018"', 'date = "2018-02-30"', "date = 2018-04-06", "date = 2018", 'end = "2017"',
    'sources = ["s"]', 'sources = ["x"]', 'kind = "person"', 'kind = 5', 'speaker = "a"', 'text = "t"',
    'label = "l"', "value = nan", "value = 1e400", "value = 9223372036854775808", 'summary = "\\u001b[2J"',
    "roles = [{ title = 'x', sources = ['s'] }]", "variants = [1, {}]", "a = [[[[]]]]", 'sumary = "typo"',
    "events = 3", "timeline = []", '"quoted key" = 1', "x = {", "]]", "= 1", "[[", "'''", '"""',
]
toml_like = st.lists(st.one_of(st.sampled_from(TOML_LINES), any_text), max_size=30).map("\n".join)


def load_bytes(raw: bytes):
    """Parse and validate as load_timeline does; return the Timeline, or None for a DataError."""
    try:
        document, text = parse_text(raw, "prop.toml")
        lines = header_lines(text)
        return build_timeline(document, "prop.toml", lines)
    except DataError as error:
        assert error.problems
        assert all(str(problem).startswith("prop.toml") for problem in error.problems)
        return None


@PROFILE
@given(st.one_of(st.binary(max_size=200), any_text.map(str.encode), toml_like.map(str.encode)))
def test_loader_never_raises_anything_but_data_error(raw):
    timeline = load_bytes(raw)
    assert timeline is None or isinstance(timeline, Timeline)


# --- the validator: arbitrary TOML-shaped documents -------------------------------------

def _declared_keys() -> set[str]:
    """Every key a record or one of its nested tables may have, from the model's declaration."""
    keys, seen, todo = set(), set(), list(RECORD_TYPES)
    while todo:
        declared = todo.pop()
        if declared in seen:
            continue
        seen.add(declared)
        for field in shape_of(declared):
            if field.kind is not Kind.CITED_PARTS:
                keys.add(field.key)
            if field.nested is not None:
                todo.append(field.nested)
    return keys


FIELDS = sorted(_declared_keys() | {"description", "override"})
scalars = st.one_of(
    any_text, st.sampled_from(["s", "e", "a", "q", "f", "2018", "2018-04", "2018-02-30", "person", "news", "notes"]),
    st.integers(-(2**70), 2**70), st.floats(), st.booleans(), st.dates(), st.datetimes(), st.times(),
)
field_names = st.one_of(st.sampled_from(FIELDS), st.sampled_from(FIELDS), any_text)
toml_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(field_names, inner, max_size=3)),
    max_leaves=8,
)
records = st.dictionaries(field_names, toml_values, max_size=6)
top_level_keys = st.one_of(st.sampled_from([kind.array for kind in RecordType] + ["timeline"]), any_text)
documents = st.dictionaries(top_level_keys, st.one_of(st.lists(records, max_size=3), toml_values), max_size=4)


@PROFILE
@given(documents)
def test_validator_never_raises_anything_but_data_error(document):
    try:
        timeline = build_timeline(document, "prop.toml")
    except DataError as error:
        assert error.problems
        return
    assert isinstance(timeline, Timeline)


# --- valid timelines with hostile text: nothing lost, nothing unsafe printed -------------

slugs = st.from_regex(r"\A[a-z0-9]{1,6}(-[a-z0-9]{1,4})?\Z")
precisions = st.sampled_from(["year", "month", "day"])


def at_precision(day: dt.date, precision: str) -> str:
    return {"year": f"{day:%Y}", "month": f"{day:%Y-%m}", "day": day.isoformat()}[precision]


@st.composite
def spans(draw):
    first, last = sorted(draw(st.lists(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), min_size=2,
                                       max_size=2)))
    return at_precision(first, draw(precisions)), at_precision(last, draw(precisions))


def optional(draw, record, name, strategy):
    if draw(st.booleans()):
        record[name] = draw(strategy)


@st.composite
def valid_documents(draw):
    source_ids = [f"s{i}" for i in range(draw(st.integers(1, 3)))]
    actor_ids = [f"a{i}" for i in range(draw(st.integers(1, 3)))]
    event_ids = [f"e{i}" for i in range(draw(st.integers(1, 4)))]
    cites = st.lists(st.sampled_from(source_ids), min_size=1, max_size=3, unique=True)
    document: dict = {}
    if draw(st.booleans()):
        document["timeline"] = {"title": draw(some_text), "description": draw(some_text)}
    sources = []
    for source_id in source_ids:
        source = {"id": source_id, "title": draw(some_text), "publisher": draw(some_text),
                  "date": draw(spans())[0]}
        for name in ("url", "author", "note"):
            optional(draw, source, name, some_text)
        optional(draw, source, "kind", st.sampled_from([kind.value for kind in SourceKind]))
        sources.append(source)
    actors = []
    for actor_id in actor_ids:
        actor = {"id": actor_id, "name": draw(some_text), "kind": draw(st.sampled_from([k.value for k in ActorKind])),
                 "sources": draw(cites)}
        optional(draw, actor, "aliases", st.lists(some_text, max_size=2))
        if draw(st.booleans()):
            start, until = draw(spans())
            actor["roles"] = [{"title": draw(some_text), "org": draw(st.sampled_from(actor_ids)), "from": start,
                               "until": until, "sources": draw(cites), "note": draw(some_text)}]
        actors.append(actor)
    events = []
    for event_id in event_ids:
        start, end = draw(spans())
        event = {"id": event_id, "date": start, "title": draw(some_text), "sources": draw(cites)}
        optional(draw, event, "end", st.just(end))
        optional(draw, event, "summary", some_text)
        optional(draw, event, "actors", st.lists(st.sampled_from(actor_ids), max_size=2, unique=True))
        optional(draw, event, "tags", st.lists(slugs, max_size=2))
        if draw(st.booleans()):
            other, other_end = draw(spans())
            event["variants"] = [{"date": other, "end": other_end, "sources": draw(cites), "note": draw(some_text)}]
        events.append(event)
    quotes = []
    for index in range(draw(st.integers(0, 2))):
        quote = {"id": f"q{index}", "speaker": draw(st.sampled_from(actor_ids)), "text": draw(some_text),
                 "sources": draw(cites)}
        optional(draw, quote, "form", st.sampled_from([form.value for form in QuoteForm]))
        optional(draw, quote, "context", some_text)
        optional(draw, quote, "event", st.sampled_from(event_ids))
        optional(draw, quote, "via", st.lists(st.one_of(some_text, st.sampled_from(source_ids)), max_size=2))
        if draw(st.booleans()):
            quote["variants"] = [{"text": draw(some_text), "sources": draw(cites), "context": draw(some_text)}]
        quotes.append(quote)
    figures = []
    numbers = st.one_of(st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False, allow_infinity=False))
    for index in range(draw(st.integers(0, 2))):
        figure = {"id": f"f{index}", "label": draw(some_text), "value": draw(numbers), "sources": draw(cites)}
        for name in ("unit", "qualifier"):
            optional(draw, figure, name, some_text)
        optional(draw, figure, "event", st.sampled_from(event_ids))
        if draw(st.booleans()):
            figure["variants"] = [{"value": draw(numbers), "sources": draw(cites), "unit": draw(some_text)}]
        figures.append(figure)
    for name, items in (("sources", sources), ("actors", actors), ("events", events), ("quotes", quotes),
                        ("figures", figures)):
        if items:
            document[name] = items
    return document


def outputs(timeline: Timeline):
    yield events_output(timeline, timeline.events)
    yield quotes_output(timeline, timeline.quotes)
    yield actors_output(timeline, timeline.actors)
    yield stats_output(timeline)
    yield sources_output(timeline, timeline.sources)
    for record_id in timeline.ids():
        yield show_output(timeline, timeline.get(record_id))


@RENDERING
@given(valid_documents())
def test_valid_timelines_load_whole_and_print_safely(document):
    text = toml_text(document)
    timeline = load_bytes(text.encode())
    assert timeline is not None, text
    for array in ("sources", "actors", "events", "quotes", "figures"):
        assert len(getattr(timeline, array)) == len(document.get(array, []))
        for record in document.get(array, []):
            assert_kept(record, json.loads(json.dumps(record_to_dict(timeline.get(record["id"])))), record["id"])
    for output in outputs(timeline):
        for fmt in OutputFormat:
            stream = io.StringIO()
            emit(output, fmt, stream, color=False)
            printed = stream.getvalue()
            if fmt is OutputFormat.CSV:  # CRLF ends each record (RFC 4180); a CR in the data is made visible
                printed = printed.replace("\r\n", "\n")
            assert not UNSAFE.search(printed), (fmt, UNSAFE.findall(printed))
            if fmt is OutputFormat.JSON:
                json.loads(printed)


@PROFILE
@given(st.text(string.ascii_letters + string.digits + "-_ ", max_size=20), toml_values)
def test_unknown_fields_always_warn_by_name(key, value):
    assume(key not in FIELDS)
    document = {"sources": [{"id": "s", "title": "T", "publisher": "P", "date": "2020"}],
                "events": [{"id": "e", "date": "2018", "title": "E", "sources": ["s"], key: value}]}
    timeline = build_timeline(document, "prop.toml")
    (warning,) = timeline.warnings
    assert warning.field == key and warning.record == "event 'e'"
