"""The translation catalogue: collect every text the app shows, keep the Qt ``.ts`` files in step, compile ``.qm``.

Texts come from three places: ``tr("…")`` and ``N_("…")`` literals in the package's source (read with ``ast``,
so nothing is imported for them), the registry (layer kinds, parameter specs, datasets: their help, labels
and choice labels), and the bundled presets (names, descriptions, lesson texts, comparison labels).

    python -m playground.i18n_catalog update          # add new texts to the .ts files, drop vanished ones
    python -m playground.i18n_catalog todo uk          # the untranslated texts of one language, as JSON
    python -m playground.i18n_catalog merge uk F.json  # take translations {source: text} from a JSON file
    python -m playground.i18n_catalog compile          # .ts → .qm with Qt's lrelease
    python -m playground.i18n_catalog check            # exit 1 if anything is missing or unfinished

No Qt import (``lrelease`` runs as a program); the UI loads the ``.qm`` files (``ui.i18n``).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import playground
from playground.graph.i18n import CONTEXT

LANGUAGES = {"uk": "uk_UA", "ru": "ru_RU"}
"""The translated languages and their Qt locale names (English is the source)."""
MARKERS = frozenset({"tr", "N_"})
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def package_dir() -> Path:
    return Path(playground.__file__).parent


def translations_dir() -> Path:
    return playground.resources_dir() / "translations"


def ts_path(language: str) -> Path:
    return translations_dir() / f"playground_{language}.ts"


def qm_path(language: str) -> Path:
    return translations_dir() / f"playground_{language}.qm"


def _shown(text: object) -> bool:
    """A text worth translating: a non-empty string with at least one letter."""
    return isinstance(text, str) and bool(_LETTER.search(text))


def source_texts(root: Path | None = None) -> set[str]:
    """The first (literal) argument of every ``tr(...)`` / ``N_(...)`` call under ``root``."""
    texts: set[str] = set()
    for path in sorted((root or package_dir()).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            first = node.args[0]
            if name in MARKERS and isinstance(first, ast.Constant) and _shown(first.value):
                texts.add(first.value)
    return texts


def registry_texts() -> set[str]:
    """Help, labels and choice labels of every layer kind, data and training setting and dataset."""
    from playground.graph.layers import CATEGORIES, KINDS
    from playground.graph.settings import DATA_PARAMS, DATASETS, FEATURES, TRAIN_PARAMS

    texts: list[object] = list(CATEGORIES)
    specs = [*DATA_PARAMS, *TRAIN_PARAMS]
    for kind in KINDS.values():
        texts.append(kind.help)
        texts += [label for label, _ in kind.variants]
        specs += kind.params
    for spec in specs:
        texts += [spec.help, spec.label, *spec.choice_labels.values()]
    for info in DATASETS.values():
        texts += [info.label, info.help]
    texts += FEATURES.values()
    return {t for t in texts if _shown(t)}


def preset_texts(folder: Path | None = None) -> set[str]:
    """Names, descriptions, lesson texts and comparison labels of the bundled presets."""
    from playground.graph.lessons import LESSON_TEXTS

    texts: list[object] = []
    for path in sorted((folder or playground.resources_dir() / "presets").glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        texts += [raw.get("name"), raw.get("description")]
        lesson = raw.get("lesson") or {}
        texts += [lesson.get(key) for key in LESSON_TEXTS]
        for variant in raw.get("variants") or []:
            texts += [variant.get("label"), variant.get("row"), variant.get("col")]
    return {t for t in texts if _shown(t)}


def all_texts() -> set[str]:
    """Everything the catalogue must translate."""
    return source_texts() | registry_texts() | preset_texts()


# --- .ts files -----------------------------------------------------------------------------------


def read_ts(path: Path) -> dict[str, tuple[str, bool]]:
    """source → (translation, finished) of a .ts file (empty if there is none yet)."""
    if not path.is_file():
        return {}
    result: dict[str, tuple[str, bool]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text or "" if translation is not None else ""
        finished = translation is not None and translation.get("type") is None and bool(text)
        result[source] = (text, finished)
    return result


def write_ts(path: Path, language: str, entries: dict[str, tuple[str, bool]]) -> None:
    """Write a .ts file with one context, messages sorted by source (stable diffs)."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(entries):
        text, finished = entries[source]
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def update(languages: Iterable[str] = LANGUAGES) -> dict[str, int]:
    """Bring each .ts file in step with the texts: new ones unfinished, vanished ones dropped. → unfinished counts."""
    texts = all_texts()
    counts = {}
    for language in languages:
        old = read_ts(ts_path(language))
        entries = {t: old.get(t, ("", False)) for t in texts}
        write_ts(ts_path(language), language, entries)
        counts[language] = sum(not finished for _, finished in entries.values())
    return counts


def placeholders(text: str) -> list[str]:
    """The ``{name}`` placeholders of a text, sorted (a translation must keep the same ones)."""
    return sorted(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def problems(language: str) -> list[str]:
    """What keeps a language's catalogue from being complete: missing, unfinished, broken placeholders."""
    entries = read_ts(ts_path(language))
    found = [f"missing: {t!r}" for t in sorted(all_texts() - entries.keys())]
    for source, (text, finished) in sorted(entries.items()):
        if not finished:
            found.append(f"unfinished: {source!r}")
        elif placeholders(source) != placeholders(text):
            found.append(f"placeholders differ: {source!r} → {text!r}")
    return found


def merge(language: str, translations: dict[str, str]) -> int:
    """Take ``translations`` (source → text) into a language's .ts file; returns how many were used."""
    entries = read_ts(ts_path(language))
    used = 0
    for source, text in translations.items():
        if source in entries and isinstance(text, str) and text.strip():
            entries[source] = (text, True)
            used += 1
    write_ts(ts_path(language), language, entries)
    return used


def lrelease() -> str:
    """Qt's catalogue compiler, as shipped in the PySide6 wheel."""
    found = shutil.which("pyside6-lrelease")
    if found is None:
        import importlib.util

        spec = importlib.util.find_spec("PySide6")
        candidate = Path(spec.origin).parent / "lrelease" if spec and spec.origin else None
        if candidate is None or not candidate.exists():
            raise FileNotFoundError("Qt's lrelease was not found: install PySide6-Essentials")
        found = str(candidate)
    return found


def compile_qm(language: str, target: Path | None = None) -> Path:
    """Compile a language's .ts into .qm (``target`` or beside it)."""
    out = target or qm_path(language)
    subprocess.run([lrelease(), "-silent", str(ts_path(language)), "-qm", str(out)], check=True)
    return out


def main(argv: list[str]) -> int:
    command, *rest = argv or ["check"]
    if command == "update":
        for language, unfinished in update().items():
            print(f"{language}: {unfinished} unfinished")
    elif command == "todo":
        entries = read_ts(ts_path(rest[0]))
        todo = {source: "" for source, (_, finished) in sorted(entries.items()) if not finished}
        print(json.dumps(todo, ensure_ascii=False, indent=1))
    elif command == "merge":
        used = merge(rest[0], json.loads(Path(rest[1]).read_text(encoding="utf-8")))
        print(f"{rest[0]}: {used} translations taken")
    elif command == "compile":
        for language in LANGUAGES:
            print(compile_qm(language))
    elif command == "check":
        bad = {language: problems(language) for language in LANGUAGES}
        for language, found in bad.items():
            for line in found[:30]:
                print(f"{language}: {line}")
            print(f"{language}: {len(found)} problems")
        return 1 if any(bad.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
