"""The training case file: realistic, varied, obviously made up, and the same every time.

Built once at 200 incidents (the CLI's default) through the real repositories and wizard, on
a real encrypted training file with cheap test key settings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ypsi_desktop.domain import guidance_ids as ids
from ypsi_desktop.domain.case_views import DueKind
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.demo import NotATrainingFile, build_demo
from ypsi_desktop.services.export import export_bytes, export_case_file, records_of
from ypsi_desktop.storage.chain import verify_chain
from ypsi_desktop.storage.due import due_items
from ypsi_desktop.storage.integrity import check
from ypsi_desktop.storage.key_derivation import KdfParams
from ypsi_desktop.storage.search import search

REFERENCE = date(2026, 9, 1)
COUNT = 200
PASSPHRASE = "plain test passphrase, never used for real"


def new_training_file(folder: Path, *, training: bool = True) -> sessions.CaseFileSession:
    session, _recovery = sessions.create(
        folder / "demo.ypsi",
        user_name="Demo DSL",
        passphrase=PASSPHRASE,
        setting_name="Demo Training School",
        training=training,
        kdf=KdfParams.for_tests(),
    )
    return session


def built(folder: Path, seed: int, count: int = COUNT) -> sessions.CaseFileSession:
    session = new_training_file(folder)
    build_demo(session, incidents=count, seed=seed, reference_date=REFERENCE)
    return session


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sessions.CaseFileSession]:
    session = built(tmp_path_factory.mktemp("demo"), seed=0)
    yield session
    session.close()


@pytest.fixture(scope="module")
def data(demo: sessions.CaseFileSession) -> dict[str, Any]:
    return export_case_file(demo)


def test_every_category_and_every_route_is_suggested_and_decided(data: dict[str, Any]) -> None:
    assessments = data["assessments"]
    for part in ("suggestion", "decision"):
        assert {a[part]["category"] for a in assessments} == set(ids.CATEGORIES), part
        assert {a[part]["route"] for a in assessments} == set(ids.ROUTES), part


def test_the_case_list_shows_every_category_and_route(demo: sessions.CaseFileSession) -> None:
    rows = demo.conn.execute("SELECT DISTINCT latest_category, latest_route FROM incidents")
    pairs = rows.fetchall()
    assert {c for c, _ in pairs} == set(ids.CATEGORIES)
    assert {r for _, r in pairs} == set(ids.ROUTES)


def test_some_decisions_override_the_suggestion_with_written_reasons(
    data: dict[str, Any],
) -> None:
    overrides = [a for a in data["assessments"] if not a["decision"]["accepted_suggestion"]]
    assert len(overrides) >= 5
    for a in overrides:
        differs = (a["decision"]["category"], a["decision"]["route"]) != (
            a["suggestion"]["category"],
            a["suggestion"]["route"],
        )
        assert differs and len(a["decision"]["reasons"]) > 30


def test_every_assessment_is_the_engine_s_own_suggestion(data: dict[str, Any]) -> None:
    from ypsi_desktop.guidance import assess

    for a in data["assessments"]:
        assert assess(a["facts"]).to_dict() == a["suggestion"]


def _scripts(name: str) -> set[str]:
    found = set()
    for ch in name:
        if "\u0370" <= ch <= "\u03ff":
            found.add("greek")
        elif "\u0400" <= ch <= "\u04ff":
            found.add("cyrillic")
        elif ch.isalpha() and not ch.isascii() and "LATIN" in unicodedata.name(ch, ""):
            found.add("latin diacritics")
    return found


def test_names_include_diacritics_greek_and_cyrillic(data: dict[str, Any]) -> None:
    names = [f"{p['first_name']} {p['last_name']}" for p in data["people"]]
    scripts = set().union(*(_scripts(n) for n in names))
    assert scripts == {"greek", "cyrillic", "latin diacritics"}
    assert any("ł" in n or "Ł" in n for n in names)  # Polish
    surnames = [p["last_name"] for p in data["people"]]
    assert any(s.startswith(("Ó ", "Ní ", "Mac ", "Nic ")) for s in surnames)  # Irish


def test_the_made_up_names_are_found_by_the_search_whatever_the_accents(
    demo: sessions.CaseFileSession, data: dict[str, Any]
) -> None:
    greek = next(p for p in data["people"] if "greek" in _scripts(p["last_name"]))
    assert search(demo.conn, greek["last_name"].lower())


def test_adults_appear_and_a_member_of_staff_raises_the_lado_flag(data: dict[str, Any]) -> None:
    adults = [p for p in data["people"] if p["kind"] == "adult"]
    assert any(p["works_with_children"] is True for p in adults)
    assert any("Online contact" in p["role_or_relationship"] for p in adults)
    assert any(ids.FLAG_LADO in a["suggestion"]["flags"] for a in data["assessments"])
    agencies = {r["agency"] for i in data["incidents"] for r in i["referrals"]}
    assert {"mash", "police", "lado"} <= agencies


def test_referrals_some_answered_some_awaited(data: dict[str, Any]) -> None:
    referrals = [r for i in data["incidents"] for r in i["referrals"]]
    answered = [r for r in referrals if r["acknowledged_on"]]
    assert answered and all(r["agency_decision"] for r in answered)
    assert any(r["acknowledged_on"] is None for r in referrals)
    assert all(r["children"] for r in referrals)


def test_open_and_closed_incidents_and_overdue_follow_ups(
    demo: sessions.CaseFileSession, data: dict[str, Any]
) -> None:
    incidents = data["incidents"]
    closed = [i for i in incidents if i["status"] == "closed"]
    still_open = [i for i in incidents if i["status"] == "open"]
    assert len(closed) > 100 and len(still_open) > 10
    decided = {a["incident"] for a in data["assessments"]}
    for incident in closed:
        assert incident["outcome"] and incident["reference"] in decided
        assert all(f["done_on"] for f in incident["follow_ups"])
    overdue = [d for d in due_items(demo.conn, REFERENCE) if d.kind is DueKind.FOLLOW_UP]
    assert len(overdue) >= 3


def test_the_story_is_told_in_the_chronology(data: dict[str, Any]) -> None:
    kinds = {c["kind"] for c in data["chronology"]}
    assert {"incident_recorded", "disclosure", "review", "own_words", "assessment"} <= kinds
    assert {"referral", "acknowledgement", "follow_up_done", "closed"} <= kinds
    assert any(c["corrects_id"] for c in data["chronology"])
    assert any(c["erased"] for c in data["chronology"])
    assert data["person_merges"], "a child recorded twice by mistake was merged"
    assert any(i["multiple_incidents"] for i in data["incidents"])


def test_narratives_describe_the_imagery_in_words_and_say_it_was_not_viewed(
    data: dict[str, Any],
) -> None:
    for incident in data["incidents"]:
        assert "Not viewed" in incident["imagery_description"]
        assert incident["how_came_to_light"] and incident["sharing_extent"]


def test_contact_details_are_obviously_fake(data: dict[str, Any]) -> None:
    phones = [c["telephone"] for c in data["contacts"]] + [data["setting"]["telephone"]]
    emails = [c["email"] for c in data["contacts"]] + [data["setting"]["email"]]
    assert all(re.fullmatch(r"01632 960\d{3}", p) for p in phones if p)
    assert all(e.endswith("example.org") for e in emails if e)
    assert {c["kind"] for c in data["contacts"]} == {"mash", "police", "lado", "ceop", "other"}


def test_the_file_is_a_training_file(demo: sessions.CaseFileSession, data: dict[str, Any]) -> None:
    assert demo.is_training and data["training"] is True


def test_nothing_is_dated_on_or_after_the_reference_date(data: dict[str, Any]) -> None:
    """The timeline comes from the reference date, never from the computer's clock."""
    limit = REFERENCE.isoformat()
    times = [c[k] for c in data["chronology"] for k in ("occurred_at", "recorded_at")]
    times += [a["decided_at"] for a in data["assessments"]]
    times += [i[k] for i in data["incidents"] for k in ("came_to_light_at", "updated_at")]
    assert times and max(times) < limit


def test_the_file_checks_clean_afterwards(demo: sessions.CaseFileSession) -> None:
    report = check(demo.conn)
    assert report.ok, report.problems
    assert verify_chain(demo.conn).ok


def test_the_search_index_is_left_whole_with_secure_delete_back_on(
    demo: sessions.CaseFileSession,
) -> None:
    conn = demo.conn
    secure = conn.execute("SELECT v FROM incident_search_config WHERE k = 'secure-delete'")
    assert secure.fetchone()[0] == 1
    # FTS5's own check raises if the index does not match the text it was built from
    conn.execute("INSERT INTO incident_search (incident_search) VALUES ('integrity-check')")
    indexed = conn.execute("SELECT count(*) FROM incident_search_text WHERE stale = 0")
    assert indexed.fetchone()[0] == COUNT


def test_the_same_seed_gives_an_identical_export(tmp_path: Path, data: dict[str, Any]) -> None:
    with built(tmp_path, seed=0) as again:
        second = export_case_file(again)
    assert export_bytes(records_of(second)) == export_bytes(records_of(data))


def test_a_different_seed_gives_different_records(tmp_path: Path, data: dict[str, Any]) -> None:
    with built(tmp_path, seed=1) as other:
        second = export_case_file(other)
    assert records_of(second)["incidents"] != records_of(data)["incidents"]
    names = [(p["first_name"], p["last_name"]) for p in data["people"]]
    assert [(p["first_name"], p["last_name"]) for p in second["people"]] != names


def test_progress_is_reported_up_to_the_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    with new_training_file(tmp_path) as session:
        build_demo(session, incidents=30, seed=3, progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (30, 30)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_made_up_records_never_go_into_a_real_case_file(tmp_path: Path) -> None:
    with new_training_file(tmp_path, training=False) as session:
        with pytest.raises(NotATrainingFile, match="TRAINING"):
            build_demo(session, incidents=5)
        assert session.conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0


def test_a_training_file_is_filled_only_once(tmp_path: Path) -> None:
    with new_training_file(tmp_path) as session:
        build_demo(session, incidents=3)
        with pytest.raises(NotATrainingFile, match="already holds records"):
            build_demo(session, incidents=3)
