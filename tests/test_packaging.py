"""The wheel: it carries the call profiles, themes and sample drafts, and a copy installed
on its own exports exactly what the editable install exports.

Building needs the network once (pip fetches hatchling); without it this test fails loudly.
pip and the build run with a temporary home folder: nothing is written into the real one.
Under pytest-xdist the whole module runs on one worker, so the wheel is built once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, SAMPLES

CALLS = tuple(f"igf-{year}" for year in range(2019, 2026))
THEMES = ("proposal-dark", "proposal-light", "proposal-high-contrast")
SAMPLE_NAMES = sorted(p.name for p in SAMPLES.glob("*.toml"))

pytestmark = pytest.mark.xdist_group("wheel")


def _user_pip_config() -> Path | None:
    """The person's own pip settings (index, find-links), which a temporary home hides."""
    named = os.environ.get("PIP_CONFIG_FILE")
    if named:
        return Path(named)
    config_home = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    for candidate in (config_home / "pip" / "pip.conf", Path.home() / ".pip" / "pip.conf"):
        if candidate.is_file():
            return candidate
    return None


@pytest.fixture(scope="module")
def pip_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment for pip: a temporary home and XDG folders (its cache, the build
    backend's files), the person's pip settings still read."""
    home = tmp_path_factory.mktemp("home")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
    }
    config = _user_pip_config()
    if config is not None:
        env["PIP_CONFIG_FILE"] = str(config)
    return env


def _pip(*args: str, cwd: Path, env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", *args, "--disable-pip-version-check"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0:
        pytest.fail(
            f"pip {args[0]} failed (building needs the network to fetch hatchling):\n"
            f"{result.stdout}\n{result.stderr}",
            pytrace=False,
        )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory, pip_env: dict[str, str]) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _pip("wheel", "--no-deps", "-w", str(out), ".", cwd=REPO, env=pip_env)
    [built] = out.glob("proposal_tui-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="module")
def installed(
    wheel: Path, tmp_path_factory: pytest.TempPathFactory, pip_env: dict[str, str]
) -> Path:
    target = tmp_path_factory.mktemp("target")
    _pip(
        "install", "--no-deps", "--no-index", "--target", str(target), str(wheel),
        cwd=target, env=pip_env,
    )  # fmt: skip
    return target


@pytest.mark.parametrize("name", CALLS)
def test_the_wheel_carries_the_call_profiles(wheel_names: set[str], name: str) -> None:
    assert f"proposal_tui/calls/{name}.toml" in wheel_names


@pytest.mark.parametrize("name", THEMES)
def test_the_wheel_carries_the_themes(wheel_names: set[str], name: str) -> None:
    assert f"proposal_tui/themes/{name}.toml" in wheel_names


def test_the_wheel_carries_the_screens_style_sheets(wheel_names: set[str]) -> None:
    package = Path(__file__).resolve().parent.parent / "src"
    sheets = sorted(str(p.relative_to(package)) for p in package.rglob("*.tcss"))
    assert sheets, "no .tcss files found in the source tree"
    assert set(sheets) <= wheel_names


def test_the_wheel_carries_every_sample_draft(wheel_names: set[str]) -> None:
    assert SAMPLE_NAMES
    shipped = sorted(
        n.removeprefix("proposal_tui/sample_proposals/")
        for n in wheel_names
        if n.startswith("proposal_tui/sample_proposals/") and n.endswith(".toml")
    )
    assert shipped == SAMPLE_NAMES


def test_the_wheel_carries_every_stylesheet(wheel_names: set[str]) -> None:
    sheets = sorted(str(p.relative_to(REPO / "src")) for p in (REPO / "src").rglob("*.tcss"))
    assert sheets
    assert [name for name in sheets if name not in wheel_names] == []


def test_the_wheel_holds_no_caches_or_tests(wheel_names: set[str]) -> None:
    assert not [n for n in wheel_names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in wheel_names if n.startswith("tests/")]


def test_the_wheel_declares_the_script_and_pins_textual(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        dist_info = next(n.split("/")[0] for n in archive.namelist() if ".dist-info/" in n)
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode()
        metadata = archive.read(f"{dist_info}/METADATA").decode()
    assert "proposal-tui = proposal_tui.cli:main" in entry_points
    assert "Requires-Dist: textual==8.2.8" in metadata


def _run_installed(installed: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run the wheel's copy: -S keeps the editable install's .pth out of sys.path."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(installed), sysconfig.get_paths()["purelib"]]),
    }
    return subprocess.run(
        [sys.executable, "-S", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_the_installed_copy_is_the_one_imported(installed: Path, tmp_path: Path) -> None:
    result = _run_installed(
        installed, "-c", "import proposal_tui; print(proposal_tui.__file__)", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(installed)


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
@pytest.mark.parametrize("sample", SAMPLE_NAMES)
def test_the_installed_copy_exports_like_the_editable_install(
    installed: Path, tmp_path: Path, sample: str, fmt: str
) -> None:
    shipped_sample = installed / "proposal_tui" / "sample_proposals" / sample
    from_wheel = _run_installed(
        installed,
        "-m",
        "proposal_tui",
        "export",
        str(shipped_sample),
        "--format",
        fmt,
        cwd=tmp_path,
    )
    assert from_wheel.returncode == 0, from_wheel.stderr
    editable = subprocess.run(
        [sys.executable, "-m", "proposal_tui", "export", str(SAMPLES / sample), "--format", fmt],
        cwd=REPO,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert editable.returncode == 0, editable.stderr
    assert from_wheel.stdout == editable.stdout
    assert from_wheel.stdout.strip()
