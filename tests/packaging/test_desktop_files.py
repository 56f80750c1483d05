"""The Linux menu entry, the file types and their installer (``packaging/linux``)."""

from __future__ import annotations

import configparser
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from playground import resources_dir
from playground.graph import read_project, save_project

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def mime_types() -> dict[str, ET.Element]:
    root = ET.parse(LINUX / "nn-playground-mime.xml").getroot()
    return {node.get("type"): node for node in root.findall(f"{MIME_NS}mime-type")}


def test_menu_entry_names_the_app_its_icon_and_our_file_types():
    entry = desktop_entry(LINUX / "nn-playground.desktop")
    assert entry["Type"] == "Application" and entry["Name"] == "NN Playground"
    assert entry["Icon"] == "nn-playground" and entry["Terminal"] == "false"
    assert entry["Exec"] == "@EXEC@ %f"  # one file per start: the app opens one project
    assert entry["Comment[uk]"] and entry["Comment[ru]"]
    assert set(filter(None, entry["MimeType"].split(";"))) == set(mime_types())


def test_a_saved_project_is_recognised_by_its_content(tmp_path):
    """The magic string must be in the first bytes of every file the app saves (JSON is not ours alone)."""
    match = mime_types()["application/x-nn-playground-project"].find(f"{MIME_NS}magic/{MIME_NS}match")
    start, end = (int(v) for v in match.get("offset").split(":"))
    project = read_project(resources_dir() / "presets" / "xor-mlp.json")
    save_project(project, tmp_path / "mine.json")
    head = (tmp_path / "mine.json").read_bytes()[: end + len(match.get("value"))]
    assert match.get("value").encode() in head[start:]
    run = mime_types()["application/x-nn-playground-run"]
    assert run.find(f"{MIME_NS}glob").get("pattern") == "*.nnpz"


@pytest.fixture
def program(tmp_path: Path) -> Path:
    folder = tmp_path / "my apps"  # a space: Exec must quote the path
    folder.mkdir()
    program = folder / "nn-playground"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    return program


def install(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data), PATH="/usr/bin:/bin")
    return subprocess.run(["sh", str(LINUX / "install.sh"), *args], env=env, capture_output=True, text=True)


def test_install_puts_entry_icons_and_types_under_the_users_data_folder_and_uninstall_removes_them(tmp_path, program):
    data = tmp_path / "share"
    result = install("--exec", str(program), data=data)
    assert result.returncode == 0, result.stderr
    entry = desktop_entry(data / "applications" / "nn-playground.desktop")
    assert entry["Exec"] == f'"{program}" %f'
    assert entry["TryExec"] == str(program)
    assert (data / "mime" / "packages" / "nn-playground.xml").read_bytes() == (
        LINUX / "nn-playground-mime.xml"
    ).read_bytes()
    for size in (16, 48, 256, 512):
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "nn-playground.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "nn-playground.svg").exists()

    result = install("--uninstall", data=data)
    assert result.returncode == 0, result.stderr
    assert not (data / "applications" / "nn-playground.desktop").exists()
    assert not list((data / "icons").rglob("nn-playground*"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--exec", "/no/such/program"], "is not an executable program"),
        (["--frobnicate"], "unknown option"),
        ([], "no nn-playground program beside this script"),
    ],
)
def test_install_explains_what_is_wrong(tmp_path, args, message):
    result = install(*args, data=tmp_path / "share")
    assert result.returncode != 0
    assert message in result.stderr
    assert not (tmp_path / "share" / "applications").exists()


def test_install_refuses_a_path_a_menu_entry_cannot_quote(tmp_path):
    odd = tmp_path / "a$b"
    odd.mkdir()
    program = odd / "nn-playground"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    result = install("--exec", str(program), data=tmp_path / "share")
    assert result.returncode == 1 and "may not hold" in result.stderr
