"""Each record's fields are declared once, on the model's classes: validation's shapes and the
data-format document are worked out from them."""

import importlib.util
from pathlib import Path
from typing import Annotated

import pytest

from zt_timeline.errors import DataError
from zt_timeline.loading.schema import DeclarationError, Kind, record_class, shape_of
from zt_timeline.loading.validate import build_timeline
from zt_timeline.loading.well_formed import WellFormed
from zt_timeline.model.enums import ActorKind, RecordType
from zt_timeline.model.records import RECORD_TYPES, Actor, Event, Role, Source
from zt_timeline.model.schema import Declared, Spec

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec_ = importlib.util.spec_from_file_location("data_format", ROOT / "tools" / "data_format.py")
    module = importlib.util.module_from_spec(spec_)
    spec_.loader.exec_module(module)
    return module


def test_the_data_format_document_gives_every_field_as_the_model_declares_it():
    tool = _tool()
    text = tool.DOC.read_text(encoding="utf-8")
    assert tool.written(text) == text, "run python tools/data_format.py"
    for declared_class in RECORD_TYPES:
        assert f"<!-- fields: {declared_class.__name__} -->" in text


def test_every_declared_field_has_a_shape_the_file_can_write():
    kinds = {(field.key, field.kind) for record in RECORD_TYPES for field in shape_of(record)}
    assert ("id", Kind.ID) in kinds and ("sources", Kind.CITATIONS) in kinds
    role = {field.name: field for field in shape_of(Role)}
    assert role["start"].key == "from" and role["org"].kind is Kind.REF and role["org"].refers is RecordType.ACTOR
    event = {field.name: field for field in shape_of(Event)}
    assert event["tags"].kind is Kind.SLUGS and event["variants"].kind is Kind.TABLES
    assert [field.name for field in shape_of(Event) if field.required] == ["id", "date", "title", "sources"]
    assert {field.name: field.kind for field in shape_of(Actor)}["kind"] is Kind.CHOICE
    assert {field.name: field.kind for field in shape_of(Source)}["original"] is Kind.EXACTLY
    assert record_class(RecordType.QUOTE).__name__ == "Quote"


def test_a_field_of_a_type_no_file_can_write_is_a_declaration_error():
    class Odd(Declared, frozen=True):
        """A record with a field the format cannot hold."""

        when: complex

    with pytest.raises(DeclarationError, match=r"Odd\.when"):
        shape_of(Odd)


def test_a_field_added_to_a_declaration_is_read_by_both_ways_and_checked():
    """One declaration is all it takes: the short and the long way both read the new field."""

    class Tagged(Declared, frozen=True):
        """An actor-like record with one more field."""

        id: str
        name: str
        kind: ActorKind
        mood: Annotated[str | None, Spec("how it felt")] = None

    ids = {kind: set() for kind in RecordType}
    from zt_timeline.loading import well_formed

    built = WellFormed(ids).build(well_formed.shape(Tagged), {"id": "a", "name": "N", "kind": "person", "mood": "m"})
    assert built == Tagged("a", "N", ActorKind.PERSON, "m")
    assert WellFormed(ids).build(well_formed.shape(Tagged), {"id": "a", "name": "N", "kind": "x"}) is None


def test_the_long_way_reports_a_rule_across_fields_with_its_field():
    document = {
        "sources": [{"id": "s", "title": "T", "publisher": "P"}],
        "events": [{"id": "e", "date": "2018-05-01", "end": "2018-04", "title": "E", "sources": ["s"]}],
    }
    with pytest.raises(DataError) as raised:
        build_timeline(document, "t.toml")
    (problem,) = raised.value.problems
    assert "end" in str(problem) and "before 'date'" in str(problem)


def test_declared_records_stay_frozen_and_hashable():
    import msgspec

    source = Source("s", "T", "P")
    with pytest.raises(AttributeError):
        source.title = "U"  # type: ignore[misc]
    assert hash(source) == hash(Source("s", "T", "P")) and source != Source("s", "T", "Q")
    for record in RECORD_TYPES:
        assert record.__struct_config__.frozen and msgspec.structs.fields(record)
