"""People in lists the importer once misread: a name glued to its dash before a long job
title, a heading naming the speakers with a word before it, people named in an agenda."""

from __future__ import annotations

from import_support import names
from proposal_tui.importer import import_text


def test_a_name_glued_to_its_dash_before_a_long_job_title_is_a_person() -> None:
    # `Name- Role of many words, Organisation`: the dash run into the name parts them as a
    # spaced one does, however many words the job title has
    text = (
        "IGF 2023 WS #1 Harbours\n\n"
        "Speakers:\n\n"
        "Ana Lima- Deputy Envoy of the Port Board for Tugs and Quays, United Harbour Office\n"
        "Bo Chen- Head of Quay Policy & Planning, DockHub\n"
        "Cy Dorn- Skipper, Tug Works\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["Ana Lima", "Bo Chen", "Cy Dorn"]
    assert speakers[1].organization == "Head of Quay Policy & Planning, DockHub"


def test_a_name_run_into_a_slash_before_a_job_title_ends_at_the_slash() -> None:
    # `Dr. Name/Senior Fellow, Organisation`: the slash parts the name from the job title,
    # as a dash would; in a line running people together it starts the next person
    text = (
        "IGF 2025 Day 0 Event #1 Harbours\n\n"
        "Speakers\n\n"
        "Ana Lima, Skipper, Tug Works, Civil Society (WEOG) Ben Ode, Pilot, Quay Trust,"
        " Civil Society (APAC) Dr. Cy Dorn/Resident Senior Fellow, Dock Club (WEOG)"
        " Di Eng, Harbour Master, Port Board (GRULAC)\n"
    )
    speakers = import_text(text).proposal.speakers
    assert names(speakers) == ["Ana Lima", "Ben Ode", "Cy Dorn", "Di Eng"]
    assert speakers[2].organization.startswith("Resident Senior Fellow, Dock Club")
    one = "IGF 2023 WS #1 Harbours\n\nSpeakers:\n\nAna Lima/Senior Adviser, Dock Club\n"
    assert names(import_text(one).proposal.speakers) == ["Ana Lima"]
