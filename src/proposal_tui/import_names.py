"""Names on a published line of people: the patterns and tests of a person's name.

Titles before a name (`Dr.`, `Ambassador`), the words a name is written with, the words
that mark an organisation or a job title rather than a name, emails, and whether a short
line could be one person at all (`looks_like_person`).  The other `import_person*` and
`import_people*` modules build on these.
"""

from __future__ import annotations

import re

from proposal_tui.import_fields import BULLETS, without_lock
from proposal_tui.model import Person, Region, normalize_region

_REGIONS = frozenset(region.value for region in Region)

NAME_DASH = re.compile(r"(?<![ \t])[ \t]++[-–—][ \t]+")
"""Between a name and an organisation on an `Additional Speakers` line."""
HONORIFIC = re.compile(
    r"(?:(?:(?:Mr|Mrs|Ms|Mx|Mme|Dr|Prof|Professor|Ambassador|Amb|H\.[ \t]?E|Hon|Justice|Judge"
    r"|Eng|Engr|Senator)\.?|M\.(?![ \t]++[A-Z]\.))[ \t]++(?=\S+[ \t]+\S))++"
)
"""A title before a name on a published line (`Dr. Albert …`, `Ambassador Henri …`,
`Justice Eliamani …` of a judge, the French `M. Avis …`): not part of the name, so that
the same person matches across roles.  The import notes say which title was left out of
which name."""
NAME_WORDS = r"[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){1,3}+"
"""Two to four capitalised words: a person's name as a page writes it."""
_GLUED_DASH = re.compile(
    rf"(?P<name>(?:{HONORIFIC.pattern})?[A-Z][\w'’.]*+(?:-[\w'’.]++)*+"
    r"(?:[ \t]++[A-Z][\w'’.]*+(?:-[\w'’.]++)*+){1,3}+)[-–—](?=[ \t]++\S)"
)
"""A name whose last word runs into a dash, a space after it (`Florence Toffa- Ghana
Mobile Web`): the dash between a name and what the person does, spaced wrong."""


_GLUED_SLASH = re.compile(
    rf"(?P<name>(?:{HONORIFIC.pattern})?[A-Z][\w'’.]*+(?:-[\w'’.]++)*+"
    r"(?:[ \t]++[A-Z][\w'’.]*+(?:-[\w'’.]++)*+){1,3}+)/(?P<job>[A-Z][^,/]*+)"
)
"""A name whose last word runs into a slash before a job title (`Name Name/Senior Fellow,
Organisation`): the slash parts the name from what the person does, as a dash would."""


def spaced_dash(text: str) -> str:
    """`text` with the dash run into the name that opens it set apart (`Name- Org` as
    `Name - Org`), or the slash between the name and a job title (`Name/Senior Fellow` as
    `Name - Senior Fellow`), so that it reads as `Name - Org` does; any other text as it
    is."""
    glued = _GLUED_DASH.match(text.strip())
    if glued is not None:
        return f"{glued['name']} {text.strip()[glued.end('name') :]}"
    slashed = _GLUED_SLASH.match(text.strip())
    if slashed is not None and holds_job_start(slashed["job"]):
        return f"{slashed['name']} - {text.strip()[slashed.start('job') :]}"
    return text


_RECORD_STOP = re.compile(rf"(?:{HONORIFIC.pattern})?{NAME_WORDS}[ \t]*+,(?:[^.,]++,?)++\.")
"""A person's line that ends with a full stop (`Mr. Micheal Ilishebo, Law Enforcement
Officer, Zambia Police Service, Africa.`): a name, then details with no other full stop."""
_STOP_BEFORE_GROUP = re.compile(
    rf"(?P<head>(?:{HONORIFIC.pattern})?{NAME_WORDS}[ \t]*+,[^.]++)\.[ \t]++"
    r"(?P<tail>[A-Z][^.,]*+,[ \t]*+(?P<region>[^.,]++)\.?)"
)
"""A person's line whose stakeholder group follows the organisation after a full stop
(`Name, Role, Organisation. Civil Society, WEOG.`)."""


def stop_before_group(text: str) -> str:
    """`text` with the one full stop before its last two parts read as a comma, where the
    last part names a regional group (`Name, Role, Org. Civil Society, WEOG.` as `Name,
    Role, Org, Civil Society, WEOG.`): one person's record, not a sentence; any other text
    as it is."""
    found = _STOP_BEFORE_GROUP.fullmatch(text)
    if found is None or normalize_region(found["region"]) not in _REGIONS:
        return text
    return f"{found['head']}, {found['tail']}"


_NAME_SEMICOLON = re.compile(rf"(?:{HONORIFIC.pattern})?{NAME_WORDS}[ \t]*+;")
"""A name, then a semicolon, opening a person's line whose parts are separated by
semicolons (`Ms Zainab Aminu ; [email protected] ; CITAD; …`, 2023 lightning talks)."""
BIO = re.compile(
    rf"(?P<name>{NAME_WORDS})[ \t]++(?:is|was|has|serves|served|joined|works|leads|heads)[ \t]"
)
"""A sentence that opens with a person's name (`Thomas Schneider is Ambassador …`)."""
TWO_NAMES = re.compile(rf"(?P<one>{NAME_WORDS})[ \t]++(?:and|&)[ \t]++(?P<two>{NAME_WORDS})")
"""Two people named before the details they share (`Vadim Pak and Rodica Ciochina`)."""
EMAIL = re.compile(r"\[email[ \t]*+protected\]|[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,6}+")
"""An email address, or the `[email protected]` a copy of a page shows in its place."""


FUNCTION_WORDS = frozenset({"for", "of", "the", "and", "at", "on", "in", "to"})
"""Small words a job title holds (`Ambassador for Digital Affairs`) and a name does not."""


def name_doubt(person: Person) -> str:
    """Why the name read for `person` may be wrong, or '' when nothing speaks against it:
    an organisation where the name goes (`Freedom Online Coalition`), or a job title
    (`French Ambassador for Digital Affairs, Name, …`)."""
    words = person.name.split()
    if any(w.casefold().strip(".,") in ORG_WORDS for w in words):
        return f"{quoted(person.name)} reads as an organisation, not a person's name"
    if len(words) >= 3 and any(w in FUNCTION_WORDS for w in words[1:-1]):
        return f"{quoted(person.name)} reads as a job title, not a name"
    return ""


def quoted(name: str) -> str:
    """`name` in double quotes on one plain line (a line separator or a control character
    in it read as a space), for a note."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    return f'"{flat}"'


def emails_only(line: str) -> bool:
    """True for a line of emails alone (`[email protected], [email protected]`): the
    emails of the people on the line above, printed on a line of their own (2024 pages)."""
    parts = [part.strip() for part in line.split(",")]
    return any(parts) and all(EMAIL.fullmatch(part) for part in parts if part)


def with_semicolons(line: str) -> str:
    """A person's line with semicolons between its parts (`Ms Shawna Finnegan; [email
    protected] ; Canada; …`: a name, then a semicolon, no comma before it) with commas
    there instead; any other line as it is."""
    text = line.strip()
    if _NAME_SEMICOLON.match(text) is None or "," in text.partition(";")[0]:
        return line
    return text.replace(";", ",")


_LEAD_BULLET = re.compile(rf"^[{BULLETS}][ \t]++(?=\S)")
"""A bullet opening a line of a list: not a word of the line."""


def looks_like_person(line: str) -> bool:
    """True for a short line that could be a person (`Name, group, region`, `Name -
    Organisation, region`, `Name; email; …`), not a sentence (`Name is …`, even with no
    full stop) nor a line of emails alone.  A bullet opening the line is not a word of it."""
    text = with_semicolons(_LEAD_BULLET.sub("", without_lock(line)[0].strip(), count=1))
    if emails_only(text):
        return False
    # `Name, Role, Org (group, region).`, `Mr. Name, Role, Organisation, Country.`
    record = stop_before_group(text)  # `Name, …, Org. Group, Region.`: a longer line is one person
    record, text = record != text, record
    if (text.endswith(").") and ". " not in text) or _RECORD_STOP.fullmatch(text):
        text = text[:-1]
    if not text or len(text) > (300 if record else 200) or text[-1] in ".:;?!":
        return False
    # `Name (to replace … due to …)`: a note in brackets ending the line is no part of it
    plain = _END_NOTE.sub("", text) or text
    if not re.search(r"[,@–—-]", plain) and plain.split()[-1][:1].islower():
        return False  # `Propose speakers`: words before a list, not a name
    # `Name- Org`: the dash run into the name parts them as a spaced one does
    first = NAME_DASH.split(spaced_dash(plain.split(",", 1)[0]), maxsplit=1)[0].strip()
    # `Name (Organisation of many words): group`: the bracket holds no words of the name
    first = first.partition("(")[0].strip() or first
    if BIO.match(first):  # `Samantha Dickinson is substituting at rapporteur`
        return False
    # an email, or a title and a name before a spaced dash (`Prof. Name - what they do`):
    # a longer line is still one person
    words = 30 if record or with_email(text) or _TITLED_DASH.match(text) else 20
    return len(first.split()) <= 6 and len(text.split()) <= words


_END_NOTE = re.compile(r"[ \t]*+\([^()]*+\)$")
"""A note in brackets ending a line (`(to replace Name due to a clash)`, `(online)`)."""


_TITLED_DASH = re.compile(rf"(?:{HONORIFIC.pattern}){NAME_WORDS}[ \t]++[-–—][ \t]")
"""A title and a name, then a spaced dash before what the person does (`Prof. Name - …`)."""


def with_email(line: str) -> bool:
    """True for a `Name, …` line with an email (or `[email protected]`) among its
    comma-separated details: one person's line (2024 pages list people so)."""
    parts = [part.strip() for part in line.split(",")]
    return (
        len(parts) >= 2
        and starts_with_name(line)
        and any(EMAIL.fullmatch(part) for part in parts[1:])
    )


def starts_with_name(text: str) -> bool:
    """True when `text` opens with one to six words, the first capitalised, before its
    first comma or dash."""
    head = NAME_DASH.split(text.split(",", 1)[0], maxsplit=1)[0].split()
    return 1 <= len(head) <= 6 and capitalised(head[0])


def capitalised(word: str) -> bool:
    """True for a word opening with a capital, after any apostrophe marking an elided
    letter (`‘Gbenga`: a name may be printed so)."""
    return word[1:2].isupper() if word[:1] in _ELISIONS else word[:1].isupper()


_ELISIONS = frozenset("‘’'")


_NAME_WORD = re.compile(r"(?:[‘’'](?=[^\W\d_]))?[^\W\d_]++(?:[-'’][^\W\d_]++)*+|[A-Z]\.")
"""A word of a name: letters, joined by hyphens or apostrophes (`Na-Tei`, `O'Brien`), an
apostrophe opening it for an elided letter (`‘Gbenga`), or an initial (`L.`)."""


def name_word(word: str) -> bool:
    """True for a word of a name (`_NAME_WORD`)."""
    return _NAME_WORD.fullmatch(word) is not None


ORG_WORDS = frozenset(
    [
        "academy",
        "agency",
        "alliance",
        "association",
        "authority",
        "bank",
        "board",
        "center",
        "centre",
        "coalition",
        "college",
        "commission",
        "committee",
        "company",
        "corporation",
        "council",
        "department",
        "foundation",
        "forum",
        "government",
        "group",
        "inc",
        "initiative",
        "institute",
        "lab",
        "limited",
        "ltd",
        "ministry",
        "network",
        "office",
        "organisation",
        "organization",
        "partnership",
        "school",
        "secretariat",
        "society",
        "trust",
        "union",
        "university",
    ]
)


JOB_WORDS = frozenset(
    [
        "adviser",
        "advisor",
        "ceo",
        "chair",
        "chairman",
        "chairperson",
        "consultant",
        "coordinator",
        "cto",
        "director",
        "editor",
        "executive",
        "founder",
        "manager",
        "member",
        "minister",
        "officer",
        "president",
        "researcher",
        "secretary",
    ]
)
"""Words of a job title (`Managing Director`, `Chief Technology Officer`) that no name holds."""


JOB_LEADS = frozenset(
    [
        "assistant",
        "associate",
        "chief",
        "deputy",
        "general",
        "head",
        "managing",
        "policy",
        "program",
        "programme",
        "project",
        "regional",
        "senior",
        "technical",
        "vice",
    ]
)
"""Words that open a job title before its head word (`Programme Officer`, `Senior
Adviser`) and that no name holds."""
JOB_STARTS = JOB_WORDS | JOB_LEADS
"""The words a job title run into a name may open with."""
NOT_NAME_WORDS = ORG_WORDS | JOB_WORDS
"""Words no name holds: an organisation's or a job title's."""


def not_name_word(word: str) -> bool:
    """True for a word no name holds (`NOT_NAME_WORDS`), a full stop after it aside."""
    return word.casefold().strip(".") in NOT_NAME_WORDS


def holds_job_start(name: str) -> bool:
    """True where a word of `name` (full stops read as spaces) may open a job title."""
    return not JOB_STARTS.isdisjoint(name.casefold().replace(".", " ").split())


def job_start(words: list[str]) -> int:
    """The index of the first of `words` that may open a job title (`JOB_STARTS`), 0 for none."""
    return next((i for i, w in enumerate(words) if w.casefold() in JOB_STARTS), 0)


def name_before_job(line: str) -> str | None:
    """A person's line that runs the name into a job title with no comma between (`•
    Emmanuel Niyikora Programme Officer at ITU Area Office, Dakar`), with a comma after the
    name (two to four name words before the job title's first word); None for any other
    line, or where the line with the comma still reads as no person."""
    text = line.strip()
    bullet = _LEAD_BULLET.match(text)
    lead, text = (bullet.group(), text[bullet.end() :]) if bullet else ("", text)
    head, comma, tail = text.partition(",")
    words = head.split()
    job = job_start(words)
    if not 2 <= job <= 4 or not any(w.casefold() in JOB_WORDS for w in words[job:]):
        return None
    if not all(name_word(w) and w[0].isupper() for w in words[:job]):
        return None
    named = f"{lead}{' '.join(words[:job])}, {' '.join(words[job:])}{comma}{tail}"
    return named if looks_like_person(named) else None


def org_word(text: str) -> bool:
    """True when a word of `text` is an organisation's word (`Foundation`, `Institute`)."""
    return any(w.casefold().strip(".,/()") in ORG_WORDS for w in text.split())
