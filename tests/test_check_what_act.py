"""What a claim is about, by the act and the document it names: an act a person does once in an
office (a nomination, a confirmation, a swearing-in) is judged against that very act, for the
person the claim names, and the post it gives for the act is a part of it; a claim that names an
executive order is not about a memorandum. Over the bundled data."""

from __future__ import annotations

import pytest

from conftest import BUNDLED
from zt_timeline.checking.actions import find_acts
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.parts import PartKind, Verdict
from zt_timeline.checking.subject import subject_of
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso
from zt_timeline.model.enums import Action

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIED


@pytest.fixture(scope="module")
def checker():
    return Checker(load_timeline(BUNDLED))


def written_on(checker: Checker, day: str) -> Checker:
    """The same data, checking a text written on that day (or month)."""
    return Checker(checker.index.timeline, parse_iso(day))


def found(result, kind: PartKind):
    return next(finding for finding in result.findings if finding.kind is kind)


@pytest.mark.parametrize("text", ["The Senate confirmed Kirstjen Nielsen as secretary",
                                  "Nielsen was confirmed to lead the department",
                                  "Congress confirms Kirstjen Nielsen as Homeland Security secretary"])
def test_confirmed_in_an_office_is_a_confirmation_not_a_statement(text):
    assert [act.action for act in find_acts(text)] == [Action.CONFIRM]


def test_confirmed_that_is_still_said_of_a_report():
    assert [act.action for act in find_acts("Kelly confirmed that officials are considering it")] == [Action.STATE]


def test_the_name_before_a_passive_verb_is_not_who_did_it(checker):
    subject = subject_of(checker.index, "Kirstjen Nielsen was confirmed by the Senate on December 5, 2017.", None)
    assert subject.agents() == frozenset({"senate"})


@pytest.mark.parametrize(("claim", "verdict", "record"), [
    ("Kirstjen Nielsen was confirmed by the Senate on December 5, 2017.", S, "nielsen-confirmed"),
    ("Kirstjen Nielsen was confirmed by the Senate on December 15, 2017.", C, "nielsen-confirmed"),
    ("The Senate confirmed Kirstjen Nielsen as Homeland Security secretary on December 5, 2017.", S,
     "nielsen-confirmed"),
    ("Kirstjen Nielsen was sworn in on December 6, 2017.", S, "nielsen-sworn-in"),
    # the day of the confirmation is not the swearing-in's, though the two acts are of one family
    ("Kirstjen Nielsen was sworn in on December 5, 2017.", C, "nielsen-sworn-in"),
])
def test_a_date_is_judged_against_the_act_the_claim_names(checker, claim, verdict, record):
    date = found(checker.check(claim), PartKind.DATE)
    assert (date.verdict, date.record) == (verdict, record)


def test_another_persons_confirmation_is_not_what_a_claim_is_about(checker):
    """Both were confirmed by the Senate: the person says which confirmation."""
    result = checker.check("Kirstjen Nielsen was confirmed by the Senate on December 15, 2017.")
    assert result.about is not None and result.about.id == "nielsen-confirmed"


def test_a_post_the_record_does_not_name_keeps_a_nomination_from_support(checker):
    wrong = checker.check("Trump nominated Kirstjen Nielsen to be his chief of staff.")
    post = found(wrong, PartKind.OFFICE)
    assert (post.part, post.verdict, wrong.verdict) == ("his chief of staff", U, U)
    right = checker.check("Trump nominated Kirstjen Nielsen as Secretary of Homeland Security.")
    assert right.verdict is S and not any(f.kind is PartKind.OFFICE and f.verdict is U for f in right.findings)


# --- the kind of document a claim names -------------------------------------------------------------

def test_the_kinds_of_document_a_text_names():
    from zt_timeline.checking.about import documents_in

    assert documents_in("Trump signed an executive order") == {"executive order"}
    assert documents_in("a memo from Sessions; the memorandum") == {"memorandum"}
    assert documents_in("Trump ended the policy") == frozenset()


def test_an_executive_order_on_the_wrong_day_is_not_left_between_it_and_a_memorandum(checker):
    """The catch-and-release memorandum shares 'Trump', 'order' and 'end' with the claim, but it
    is not an executive order: the claim is about Executive Order 13841 and its day is wrong."""
    date = found(checker.check("On July 20, 2018, Trump issued an executive order on family separation."),
                 PartKind.DATE)
    assert (date.verdict, date.record) == (C, "eo-13841")


# --- who did it and the kind of act do not say which record ----------------------------------------

@pytest.mark.parametrize("claim", ["Sessions announced new asylum rules on June 11, 2018.",
                                   "Sessions announced the policy on May 11, 2018.",
                                   # Trump signed many executive orders; the data holds few
                                   "Trump signed the travel ban executive order on January 27, 2017.",
                                   "Trump signed an executive order on border security on January 25, 2017."])
def test_a_person_and_a_kind_of_act_alone_do_not_single_out_a_record_to_contradict(checker, claim):
    """Sessions announced many things; the data holds one announcement of his. A claim that
    shares with it only his name and 'announced' (or only 'executive order') is not shown to be
    about it."""
    date = found(checker.check(claim), PartKind.DATE)
    assert date.verdict is U and "closest" in (date.note or "")


@pytest.mark.parametrize("claim", ["Sessions announced the zero tolerance policy on May 11, 2018.",
                                   "Trump signed an executive order ending family separations on June 26, 2018.",
                                   # three title words no other title has together: the order on separation
                                   "President Donald Trump signed an executive order on June 26, 2018 to stop the "
                                   "separations.",
                                   "On April 16, 2018, Attorney General Jeff Sessions notified all U.S. attorneys "
                                   "along the border of a new zero tolerance policy toward undocumented migrants."])
def test_what_was_done_singles_out_the_record(checker, claim):
    date = found(checker.check(claim), PartKind.DATE)
    assert date.verdict is C and date.record in ("zero-tolerance-announced", "eo-13841")


def test_a_day_after_on_is_the_day_of_the_order_not_a_deadline(checker):
    """"ordered the government to reunite families on June 26": the order's day, not a day by which
    families were to be reunited (that is "by", or "to be reunited Tuesday")."""
    result = checker.check("Judge Dana Sabraw ordered the government to reunite families on June 26, 2018.")
    date = found(result, PartKind.DATE)
    assert (date.verdict, date.record, result.verdict) == (S, "sabraw-injunction", S)


def test_an_act_done_once_is_dated_by_the_day_it_began(checker):
    """Nielsen resigned on April 7, 2019 and left on the 10th: the record spans both days, and the
    first is the day she resigned."""
    assert found(checker.check("Nielsen resigned on April 7, 2019."), PartKind.DATE).verdict is S
    assert found(checker.check("Nielsen resigned on April 17, 2019."), PartKind.DATE).verdict is C


def test_a_deadline_for_an_age_group_the_data_has_none_for_is_not_judged(checker):
    """"children under ten ... by Tuesday, July 10": no recorded deadline is for that group."""
    dated = written_on(checker, "2018-07-05")
    result = dated.check("He ordered the government to reunite all children under ten with their parents by "
                         "Tuesday, July 10, and all remaining children by July 26.")
    assert result.verdict is not C


def test_a_weekday_in_a_text_dated_to_its_month_is_supported_by_the_record_s_day(checker):
    """A piece of April 2019 says Nielsen resigned "Sunday": her resignation is recorded on Sunday,
    April 7. "Monday" is not read (which Monday is not known), and never contradicted."""
    april = written_on(checker, "2019-04")
    sunday = april.check("Kirstjen Nielsen resigned on Sunday.")
    assert sunday.verdict is S and found(sunday, PartKind.DATE).part == "Sunday (7 Apr 2019)"
    monday = april.check("Kirstjen Nielsen resigned on Monday.")
    assert monday.verdict is U and not any(f.kind is PartKind.DATE for f in monday.findings)


# --- what the fresh5 half's single run showed ------------------------------------------------------

@pytest.mark.parametrize("claim", [
    # 463 parents 'likely deported' is a recorded count: the count of parents who waived
    # reunification, recorded the same day, does not rule it out
    "Judge Sabraw faulted the government after officials said 463 parents are believed to no longer be in the U.S. "
    "and likely to have been deported without their children.",
    # the phone-contact day is a deadline of another act than reuniting
    "The judge also ordered that children under 5 be reunited by July 10, 2018, parents be allowed to speak with "
    "their children by July 6, 2018.",
])
def test_true_sentences_among_the_week_s_counts_and_deadlines_are_not_contradicted(checker, claim):
    assert checker.check(claim).verdict is not C


def test_a_deadline_named_before_its_day_and_the_weekday_written_with_it(checker):
    dated = written_on(checker, "2018-07-25")
    result = dated.check("The federal deadline to reunite migrant children separated from their parents is "
                         "Thursday, July 26, at midnight.")
    date = found(result, PartKind.DATE)
    assert (date.verdict, date.record) == (S, "july-26-deadline")


def test_a_nominee_is_a_person_not_the_nomination(checker):
    """"Trump withdrew nominee Ronald Vitiello": the withdrawal, which the claim's verb names."""
    dated = written_on(checker, "2019-04-08")
    result = dated.check("On Friday, Trump withdrew nominee Ronald Vitiello to head Immigration and Customs "
                         "Enforcement.")
    assert not any(f.record == "vitiello-nominated" and f.verdict is C for f in result.findings)
    assert found(checker.check("Trump announced the resignation of Nielsen on April 17, 2019."),
                 PartKind.DATE).verdict is C  # the resignation the noun names is still hers


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Azar said there are somewhat fewer than 3,000 kids who were separated from their parents.", S),
    # 1,995 is the Department of Homeland Security's count, not one Azar is recorded giving
    ("Azar said there are somewhat fewer than 2,000 kids who were separated from their parents.", U),
    # the count nearest is the Department's (2,342), not one Nielsen is recorded giving
    ("Nielsen said there are somewhat fewer than 3,000 kids who were separated from their parents.", U),
])
def test_a_count_someone_is_said_to_give_is_supported_only_by_a_record_of_theirs(checker, claim, verdict):
    dated = written_on(checker, "2018-07-05")
    assert found(dated.check(claim), PartKind.NUMBER).verdict is verdict

