"""Everyone across all drafts: the directory, its flags, updating a person everywhere, and
the `people` and `check` commands."""

from __future__ import annotations

import os
import tomllib
from collections import defaultdict
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from proposal_tui.cli import main
from proposal_tui.index import Index
from proposal_tui.model import Person, Proposal
from proposal_tui.people_directory import (
    Directory,
    build_directory,
    directory_with_calls,
    drafts_from_index,
    drafts_in,
    flags,
    person_line,
    probably_same,
    update_everywhere,
)
from proposal_tui.people_links import name_key
from proposal_tui.store import create_draft, list_revisions, load_draft, save_draft


def limit_3(call: str) -> int:
    return 3


def draft(title: str, *people: Person, call: str = "igf-2025", moderator: Person | None = None):
    return Proposal(call=call, title=title, speakers=list(people), onsite_moderator=moderator)


def directory(*proposals: Proposal) -> Directory:
    return build_directory(((Path(f"{p.title}.toml"), p) for p in proposals), limit_3)


def only(found: Directory, name: str):
    [person] = [p for p in found.people if p.name == name]
    return person


ANA = Person(name="Ana Lima", organization="Rede Norte", email="ana@example.org")


# --- who is the same person -----------------------------------------------------------------


def test_one_person_across_drafts_with_their_drafts_and_roles() -> None:
    found = directory(
        draft("a", ANA, moderator=ANA), draft("b", Person(name="Bo")), draft("c", ANA)
    )
    ana = only(found, "Ana Lima")
    assert ana.sessions == 2
    assert ana.drafts == (Path("a.toml"), Path("c.toml"))
    assert [a.roles for a in ana.appearances] == [("speaker 1", "onsite moderator"), ("speaker 1",)]
    assert (ana.organization, ana.over_limit, ana.differing, ana.maybe_same) == (
        "Rede Norte",
        (),
        (),
        (),
    )
    assert [p.name for p in found.people] == ["Ana Lima", "Bo"]


def test_spellings_and_an_email_join_one_person_and_the_difference_is_flagged() -> None:
    found = directory(
        draft("a", ANA),
        draft("b", Person(name="ANA  LIMA", organization="Rede Sul")),
        draft("c", Person(name="Ana Lima Souza", email="ANA@example.org")),
    )
    [ana] = found.people
    assert ana.sessions == 3
    assert ana.name == "Ana Lima"  # the first of the most common spellings
    assert ana.differing == ("name", "organization")


def test_nameless_entries_are_nobody_in_the_directory() -> None:
    assert directory(draft("a", Person(organization="Org"), Person())).people == ()


def test_sessions_are_counted_per_call_against_that_calls_limit() -> None:
    drafts = [draft(f"d{i}", ANA, call="igf-2025") for i in range(4)]
    drafts += [draft(f"e{i}", ANA, call="igf-2024") for i in range(3)]
    [ana] = directory(*drafts).people
    assert ana.sessions == 7
    [over] = ana.over_limit
    assert (over.call, over.sessions, over.limit) == ("igf-2025", 4, 3)
    unlimited = build_directory(((Path(p.title), p) for p in drafts), lambda call: 0)
    assert unlimited.people[0].over_limit == ()


def test_one_draft_holding_a_person_in_many_roles_is_one_session() -> None:
    drafts = [draft(f"d{i}", ANA, ANA.model_copy(), moderator=ANA) for i in range(3)]
    [ana] = directory(*drafts).people
    assert ana.sessions == 3 and ana.over_limit == ()


# --- maybe the same -------------------------------------------------------------------------


def test_names_that_are_maybe_the_same_are_flagged_never_merged() -> None:
    found = directory(
        draft("a", Person(name="J. Carlos Lara")),
        draft("b", Person(name="Juan Carlos Lara")),
        draft("c", Person(name="Carolina Botero"), Person(name="Carolina Bottero")),
        draft("d", Person(name="Ana"), Person(name="Ana Lima"), Person(name="Juan Perez")),
    )
    juan, j = only(found, "Juan Carlos Lara"), only(found, "J. Carlos Lara")
    assert juan.maybe_same == (j.key,) and j.maybe_same == (juan.key,)
    assert only(found, "Carolina Botero").maybe_same == (only(found, "Carolina Bottero").key,)
    assert only(found, "Ana").maybe_same == () and only(found, "Ana Lima").maybe_same == ()
    assert only(found, "Juan Perez").maybe_same == ()
    assert "maybe the same as: J. Carlos Lara" in person_line(juan, found)


def test_probably_same() -> None:
    assert probably_same("J. C. Lara", "Juan Carlos Lara")
    assert probably_same("Juan Carlos Lara", "J Carlos Lara")
    assert not probably_same("Juan Carlos Lara", "Juan Carlos Lara")  # the same name: joined
    assert not probably_same("J. Lara", "Juan Carlos Lara")
    assert not probably_same("Maria Garcia", "Mario Gomez")


# --- filter -------------------------------------------------------------------------------------


def test_find_ignores_accents_and_case_and_looks_at_organisations() -> None:
    found = directory(draft("a", Person(name="José Pérez", organization="Fundación Karisma"), ANA))
    assert [p.name for p in found.find("jose")] == ["José Pérez"]
    assert [p.name for p in found.find("PÉREZ")] == ["José Pérez"]
    assert [p.name for p in found.find("karisma")] == ["José Pérez"]
    assert [p.name for p in found.find("")] == ["Ana Lima", "José Pérez"]
    assert found.find("nobody") == []


def test_find_among_those_found_for_a_shorter_filter_looks_only_at_them() -> None:
    people = [Person(name=n) for n in ("Ana Lima", "Juan Lara", "José Pérez", "Jo Ann")]
    found = directory(draft("a", *people))
    shorter = found.find("j")
    assert [p.name for p in found.find("jo", among=shorter)] == ["Jo Ann", "José Pérez"]
    assert found.find("jo", among=shorter) == found.find("jo")
    only_jose = [p for p in shorter if p.name == "José Pérez"]
    assert [p.name for p in found.find("jo", among=only_jose)] == ["José Pérez"]


# --- generated libraries ------------------------------------------------------------------------

NAMES = ["Ana Lima", "ana lima", "Ána Lima", "Bo Chen", "Chen Wei", "Dee Moss", "Eve Lind"]


@st.composite
def libraries(draw: st.DrawFn) -> list[Proposal]:
    drafts = []
    for index in range(draw(st.integers(0, 9))):
        names = draw(st.lists(st.sampled_from(NAMES), max_size=5))
        call = draw(st.sampled_from(["igf-2024", "igf-2025"]))
        drafts.append(draft(f"d{index}", *(Person(name=n) for n in names), call=call))
    return drafts


@settings(max_examples=100, deadline=None)
@given(libraries())
def test_generated_libraries_count_each_persons_sessions_per_call(drafts: list[Proposal]) -> None:
    expected: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for proposal in drafts:
        for person in proposal.speakers:
            expected[name_key(person.name)][proposal.call].add(proposal.title)
    found = directory(*drafts)
    assert {name_key(p.name) for p in found.people} == set(expected)
    for person in found.people:
        calls = expected[name_key(person.name)]
        assert person.sessions == sum(len(titles) for titles in calls.values())
        over = {o.call: o.sessions for o in person.over_limit}
        assert over == {call: len(t) for call, t in calls.items() if len(t) > 3}


def test_the_index_feeds_the_directory_as_the_files_do(tmp_path: Path) -> None:
    bo = Person(name="Bo Chen", email="bo@example.org")
    create_draft(tmp_path, draft("a", ANA, bo, moderator=ANA))
    create_draft(tmp_path, draft("b", Person(name="ANA LIMA", organization="Other"), call=""))
    create_draft(tmp_path, Proposal(title="c", organizers=[bo], rapporteur=Person(name="Cy")))
    (tmp_path / "broken.toml").write_text("not = [valid", encoding="utf-8")
    from_files = build_directory(drafts_in(tmp_path), limit_3)
    with Index(tmp_path) as index:
        from_index = build_directory(drafts_from_index(index), limit_3)

    def seen(found: Directory) -> list[tuple]:
        return [
            (
                p.name,
                p.organization,
                p.differing,
                [(a.path, a.title, a.roles) for a in p.appearances],
            )
            for p in found.people
        ]

    assert seen(from_index) == seen(from_files)
    assert [a.call for a in only(from_index, "Ana Lima").appearances] == ["igf-2025", "igf-2025"]


def test_the_index_keeps_gender_and_onsite_online_and_a_role_clash_is_flagged(
    tmp_path: Path,
) -> None:
    ana = ANA.model_copy(update={"gender": "female", "participation": "online"})
    create_draft(tmp_path, draft("a", ana, moderator=ana))  # onsite moderator, online
    create_draft(tmp_path, draft("b", ANA.model_copy(update={"gender": "woman"})))
    bo = Person(name="Bo Chen", gender="male", participation="onsite")
    create_draft(tmp_path, draft("c", bo, moderator=bo))
    with Index(tmp_path) as index:
        found = directory_with_calls(drafts_from_index(index))
    from_files = directory_with_calls(drafts_in(tmp_path))
    ana_found = only(found, "Ana Lima")
    [first, _] = ana_found.appearances
    assert first.person.gender == "female" and first.person.participation == "online"
    assert "gender" in ana_found.differing
    assert {path.name for path, _ in ana_found.clashes} == {"a.toml"}
    assert [c for _, c in ana_found.clashes if "marked online" in c] == [
        "Ana Lima (also speaker 1) is marked online. The onsite moderator must be onsite."
        " (2023 rule; check this year's call)"
    ]
    assert any(f.startswith("roles clash in a.toml: ") for f in flags(ana_found, found))
    assert person_line(ana_found, found).startswith("! Ana Lima")
    bo_found = only(found, "Bo Chen")  # a moderator who speaks: a clash of roles
    assert [c for _, c in bo_found.clashes] == [
        "Bo Chen, the onsite moderator, is also speaker 1. A moderator should not also "
        "speak; choose another moderator if you can."
    ]
    assert [(p.name, p.clashes, p.gender) for p in found.people] == [
        (p.name, p.clashes, p.gender) for p in from_files.people
    ]


def test_the_index_keeps_each_drafts_role_clashes_and_the_directory_makes_no_model(
    tmp_path: Path, monkeypatch
) -> None:
    """The role clashes are judged when a draft is read into the index, so the directory
    is built from the index's rows alone: no Proposal or Person is made for it."""
    bo = Person(name="Bo Chen", participation="online")
    create_draft(tmp_path, draft("a", bo, moderator=bo))  # speaks and moderates, online
    create_draft(tmp_path, draft("b", ANA))
    for path in tmp_path.glob("*.toml"):  # not just changed: the index will not read it again
        os.utime(path, (1_750_000_000, 1_750_000_000))
    with Index(tmp_path) as index:
        index.all_rows()
        assert (kept := index.clashes()) == {
            "a.toml": [
                ("onsite moderator", "Bo Chen, the onsite moderator, is also speaker 1. A"
                 " moderator should not also speak; choose another moderator if you can."),
                ("onsite moderator", "Bo Chen (also speaker 1) is marked online. The onsite"
                 " moderator must be onsite. (2023 rule; check this year's call)"),
            ]
        }  # fmt: skip

        def no_model(*args: object, **kwargs: object) -> None:
            raise AssertionError("a model was made")

        for model in (Proposal, Person):
            monkeypatch.setattr(model, "model_construct", no_model)
            monkeypatch.setattr(model, "__init__", no_model)
        found = directory_with_calls(drafts_from_index(index))
    bo_found = only(found, "Bo Chen")
    [appearance] = bo_found.appearances
    assert appearance.roles == ("speaker 1", "onsite moderator")
    assert [clash for _, clash in bo_found.clashes] == [clash for _, clash in kept["a.toml"]]


# --- updating a person everywhere ---------------------------------------------------------------


def test_update_everywhere_saves_each_draft_with_a_revision(tmp_path: Path) -> None:
    bo = Person(name="Bo Chen")
    a = create_draft(tmp_path, draft("a", ANA, bo, moderator=ANA))
    b = create_draft(tmp_path, draft("b", Person(name="ana lima", organization="Old Org")))
    c = create_draft(tmp_path, draft("c", bo))
    found = build_directory(drafts_in(tmp_path), limit_3)
    outcome = update_everywhere(only(found, "Ana Lima"), {"organization": "New Org"})
    assert outcome.saved == (a, b) and outcome.failed == ()
    first = load_draft(a)
    assert first.speakers[0].organization == "New Org"
    assert first.onsite_moderator is first.speakers[0]
    assert first.speakers[1] == bo
    assert load_draft(b).speakers[0].organization == "New Org"
    assert len(list_revisions(a)) == 1 and len(list_revisions(b)) == 1
    assert list_revisions(c) == []


def test_update_everywhere_reports_a_draft_it_cannot_save_and_saves_the_rest(
    tmp_path: Path,
) -> None:
    a = create_draft(tmp_path, draft("a", ANA))
    b = create_draft(tmp_path, draft("b", ANA))
    found = build_directory(drafts_in(tmp_path), limit_3)
    b.write_text("not = [valid", encoding="utf-8")
    outcome = update_everywhere(found.people[0], {"email": "new@example.org"})
    assert outcome.saved == (a,)
    [(path, reason)] = outcome.failed
    assert path == b and "not valid TOML" in reason
    assert b.read_text(encoding="utf-8") == "not = [valid"


def test_update_everywhere_refuses_what_is_not_a_persons_detail(tmp_path: Path) -> None:
    create_draft(tmp_path, draft("a", ANA))
    [ana] = build_directory(drafts_in(tmp_path), limit_3).people
    try:
        update_everywhere(ana, {"participation": "online"})
    except ValueError as exc:
        assert "participation" in str(exc)
    else:
        raise AssertionError("participation belongs to one session, not to the person")


# --- the commands -------------------------------------------------------------------------------


def library(folder: Path, sessions: int) -> list[Path]:
    """`sessions` drafts with Ana in each, and one with Bo alone."""
    paths = [create_draft(folder, draft(f"s{i}", ANA)) for i in range(sessions)]
    paths.append(create_draft(folder, draft("bo", Person(name="Bo \x1b[31mChen"))))
    return paths


def test_people_prints_one_person_a_line_and_exits_0_within_the_limit(tmp_path, capsys) -> None:
    library(tmp_path, 3)
    assert main(["--data-dir", str(tmp_path), "people"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "✓ Ana Lima\t3 sessions\ts0.toml (speaker 1); s1.toml (speaker 1); s2.toml (speaker 1)",
        "✓ Bo ␛[31mChen\t1 session\tbo.toml (speaker 1)",
    ]


def test_people_exits_1_when_anyone_is_over_the_limit(tmp_path, capsys) -> None:
    library(tmp_path, 4)
    assert main(["--data-dir", str(tmp_path), "people"]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("✗ Ana Lima\t4 sessions\t")
    assert first.endswith("over the limit: 4 sessions of igf-2025, the limit is 3")
    assert main(["--data-dir", str(tmp_path), "people", "chen"]) == 0
    assert capsys.readouterr().out.startswith("✓ Bo")
    assert main(["--data-dir", str(tmp_path), "people", "nobody"]) == 0
    assert capsys.readouterr().err == "no one named 'nobody'\n"


def test_check_warns_about_a_person_over_the_limit_naming_the_other_drafts(
    tmp_path, capsys
) -> None:
    paths = library(tmp_path, 4)
    main(["--data-dir", str(tmp_path), "check", str(paths[0])])
    out = capsys.readouterr().out
    assert (
        "  ! warning: People: Ana Lima is in 4 sessions of igf-2025; the limit is 3. "
        "Also in: s1.toml, s2.toml, s3.toml.\n" in out
    )
    main(["--data-dir", str(tmp_path), "check", str(paths[-1])])
    assert "People:" not in capsys.readouterr().out


def test_check_counts_a_draft_from_outside_the_data_dir_once(tmp_path, capsys) -> None:
    library(tmp_path / "data", 3)
    outside = tmp_path / "elsewhere.toml"
    save_draft(outside, draft("x", ANA))
    main(["--data-dir", str(tmp_path / "data"), "check", str(outside)])
    assert "is in 4 sessions of igf-2025" in capsys.readouterr().out
    assert tomllib.loads(outside.read_text(encoding="utf-8"))["schema"] == 2
