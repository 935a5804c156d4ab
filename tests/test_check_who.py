"""Who a claim names, and in what office: an office named without a name read as its one holder
then, the span of a tenure, an acronym between an office and a name, a judge the claim does not
name; a quotation's contractions written out, and who a claim gives words to."""

from __future__ import annotations

import functools

import pytest

from conftest import BUNDLED
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.parts import ClaimCheck, PartKind, Verdict
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso
from zt_timeline.model.timeline import Timeline


@functools.cache  # the bundled data is read once for every test of the module
def _checker() -> Checker:
    timeline: Timeline = load_timeline(BUNDLED)
    return Checker(timeline)


def check(text: str) -> ClaimCheck:
    return _checker().check(text)


def parts(result: ClaimCheck, kind: PartKind) -> list[tuple[str, Verdict]]:
    return [(f.part, f.verdict) for f in result.findings if f.kind is kind]


def test_an_office_without_a_name_is_read_as_its_holder_on_the_claims_day():
    result = check("The Homeland Security secretary resigned on April 7, 2019.")
    assert result.verdict is Verdict.SUPPORTED and result.about is not None
    assert result.about.id == "nielsen-resigns"
    (office,) = [f for f in result.findings if f.kind is PartKind.OFFICE]
    assert office.part == "Homeland Security secretary (Kirstjen Nielsen)"
    assert office.note == "read as the one holder of the office on 7 Apr 2019"


def test_the_holder_read_makes_a_wrong_day_a_contradiction():
    result = check("The Homeland Security secretary resigned on April 7, 2018.")
    assert result.verdict is Verdict.CONTRADICTED
    assert parts(result, PartKind.DATE) == [("April 7, 2018", Verdict.CONTRADICTED)]


def test_a_former_holder_is_one_who_held_it_before_the_day():
    result = check("The former head of the Office of Refugee Resettlement testified on Feb. 26, 2019.")
    assert ("head of the Office of Refugee Resettlement (Scott Lloyd)", Verdict.SUPPORTED) in \
        parts(result, PartKind.OFFICE)
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("text", [
    "The Homeland Security secretary resigned in April 2019.",  # it changed hands that month
    "Congress confirmed Kirstjen Nielsen as Homeland Security secretary on Dec. 5, 2017.",  # a post, not a person
    "President Barack Obama signed an order on June 20, 2018.",  # a name the data does not know
    "The task force will include the Attorney General and others.",  # a body's member, doing nothing
])
def test_no_one_is_read_into_an_office_that_is_a_post_a_title_or_unclear(text):
    assert not [f for f in check(text).findings if f.note and f.note.startswith("read as the one holder")]


_KELLY = "“It is more important to me, Wolf, to try to keep people off of this awful network.”"
_KELLY_CONTRACTED = _KELLY.replace("It is", "It’s")


@pytest.mark.parametrize(("text", "verdict", "speaker"), [
    # a contraction in a quotation is its words written out
    (f"Kelly replied: {_KELLY}", Verdict.SUPPORTED, ("John F. Kelly", Verdict.SUPPORTED)),
    # words given with another verb of speech to someone else are contradicted
    (f"Sessions replied: {_KELLY_CONTRACTED}", Verdict.CONTRADICTED, ("Jeff Sessions", Verdict.CONTRADICTED)),
    # words beside someone else, with no verb read, are not supported
    (f"Sessions, at the podium: {_KELLY_CONTRACTED}", Verdict.UNVERIFIED, ("Jeff Sessions", Verdict.UNVERIFIED)),
])
def test_words_recorded_from_someone_are_theirs_whatever_the_verb_or_the_contractions(text, verdict, speaker):
    result = check(text)
    assert result.verdict is verdict
    assert parts(result, PartKind.SPEAKER) == [speaker]


def test_a_judge_the_claim_does_not_name_did_not_do_what_a_president_signed():
    written = Checker(load_timeline(BUNDLED), parse_iso("2018-06-30"))  # what a text of that week could know
    result = written.check("On June 16, a federal judge in San Diego blocks family separation, ordering the "
                           "administration to reunite families.")
    assert result.verdict is Verdict.CONTRADICTED
    assert result.about is not None and result.about.id == "sabraw-injunction"


def test_an_acronym_between_an_office_and_a_name_is_read_past():
    result = check("Trump announced that U.S. Immigration and Customs Enforcement (ICE) Director Kevin McAleenan "
                   "will replace Nielsen.")
    assert parts(result, PartKind.OFFICE) == [("Immigration and Customs Enforcement Director Kevin McAleenan",
                                              Verdict.CONTRADICTED)]


@pytest.mark.parametrize(("text", "verdict"), [
    ("Nielsen was the 6th United States Secretary of Homeland Security from December 6, 2017 to April 10, 2019.",
     Verdict.SUPPORTED),
    ("Nielsen was the 6th United States Secretary of Homeland Security from December 6, 2017 to April 30, 2019.",
     Verdict.CONTRADICTED),
    ("Nielsen served as secretary of homeland security from 2017 to 2019.", Verdict.SUPPORTED),
    ("Nielsen served as secretary of homeland security from 2017 to 2020.", Verdict.CONTRADICTED),
])
def test_the_span_of_a_tenure_is_checked_against_the_roles_dates(text, verdict):
    result = check(text)
    assert result.verdict is verdict
    (office,) = [f for f in result.findings if f.kind is PartKind.OFFICE]
    assert office.verdict is verdict and office.record == "nielsen"


@pytest.mark.parametrize(("text", "speaker"), [
    # someone the data does not know, given long words recorded as found from someone else
    ("“It is more important to me, Wolf, to try to keep people off of this awful network,” Anthony Romero, "
     "a lawyer, told NBC.", ("Anthony Romero", Verdict.CONTRADICTED)),
    # a place between the verb of speech and the words is no speaker
    ("Jeff Sessions told reporters on Friday, when asked about separating families at the U.S.-Mexico border: "
     "“It is more important to me, Wolf, to try to keep people off of this awful network.”",
     ("Jeff Sessions", Verdict.CONTRADICTED)),
    ("John Kelly told reporters on Friday, when asked about separating families at the U.S.-Mexico border: "
     "“It is more important to me, Wolf, to try to keep people off of this awful network.”",
     ("John F. Kelly", Verdict.SUPPORTED)),
])
def test_who_a_claim_gives_long_words_to_is_checked(text, speaker):
    assert parts(check(text), PartKind.SPEAKER) == [speaker]


def test_a_person_nominated_by_another_is_not_the_others_nomination_of_someone_else():
    # Trump is on the record of his nomination of Nielsen, but Homan is who this claim says was nominated
    result = Checker(load_timeline(BUNDLED), parse_iso("2018-07-01")).check(
        "Thomas Homan was nominated to the top post by Mr. Trump in November.")
    assert result.about is None or result.about.id != "nielsen-nominated"
    assert result.verdict is not Verdict.CONTRADICTED


def test_a_body_the_record_does_not_name_as_doer_keeps_the_claim_from_support():
    # the report was the Justice Department inspector general's, not Homeland Security's
    result = Checker(load_timeline(BUNDLED), parse_iso("2021-01-15")).check(
        "Jeff Sessions and his deputy Rod Rosenstein pushed to separate children from their families, according to "
        "a report released Thursday by the Department of Homeland Security’s inspector general.")
    assert result.verdict is Verdict.UNVERIFIED
    assert [(f.kind, f.verdict) for f in result.findings if f.kind is PartKind.AGENT] == [
        (PartKind.AGENT, Verdict.UNVERIFIED)]


@pytest.mark.parametrize("dated", ["2018-09", "2018-09-25"])
def test_whose_policy_a_name_says_is_not_who_did_what_follows(dated):
    # "the Justice Department's policy on prosecuting ...": the department is not said to prosecute;
    # and the day is when options were presented to Nielsen, an act zt does not know
    result = Checker(load_timeline(BUNDLED), parse_iso(dated)).check(
        "The memo mentions a series of options that were presented to Secretary of Homeland Security Kirstjen "
        "Nielsen on April 23 for how to approach the Justice Department’s “zero tolerance” policy on prosecuting "
        "undocumented border crossers.")
    assert not [f for f in result.findings if f.kind is PartKind.AGENT and f.verdict is Verdict.SUPPORTED]
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "verdict"), [
    # a few words near a record's, a small word of it replaced: perhaps said another time
    ('"President Obama had child separation," Trump said.', Verdict.UNVERIFIED),
    # a few words with a word of substance replaced: a misquote
    ('"These are flexible deadlines," Sabraw said.', Verdict.CONTRADICTED),
])
def test_a_short_quotation_is_a_misquote_only_where_a_word_of_substance_differs(text, verdict):
    (quotation,) = [f for f in check(text).findings if f.kind is PartKind.QUOTATION]
    assert quotation.verdict is verdict


_FILING = ("“Plaintiffs’ counsel should use their considerable resources and their network of law firms, NGOs, "
           "volunteers, and others, together with the information that defendants have provided (or will soon "
           "provide), to establish contact with possible class members in foreign countries,”")


@pytest.mark.parametrize(("text", "speaker"), [
    (f"{_FILING} the Justice Department said.", ("U.S. Department of Justice", Verdict.SUPPORTED)),
    (f"{_FILING} the ACLU said.", ("American Civil Liberties Union", Verdict.CONTRADICTED)),
])
def test_a_body_said_to_speak_words_recorded_from_another_body_is_contradicted(text, speaker):
    assert parts(check(text), PartKind.SPEAKER) == [speaker]


def test_someone_appointed_is_not_the_record_of_another_persons_taking_office():
    result = check("On January 30, 2017, President Donald Trump demoted acting Immigration and Customs Enforcement "
                   "director Daniel Ragsdale to deputy director, and appointed Homan as acting director.")
    assert result.verdict is not Verdict.CONTRADICTED
