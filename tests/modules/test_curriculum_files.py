"""The curriculum files are read strictly: mistakes a trainer could make stop the loader with a clear message."""

import pytest
import yaml

from modules.demo.content import CURRICULUM, ContentError, read_curriculum, read_sources, read_yaml, source_files

MODULE = """
title: A module
slug: a-module
lessons:
  - title: A lesson
    slug: a-lesson
    body:
      - text: <p>Some text.</p>
      - sources: [{source}]
quiz:
  title: Check
  pass_mark: 80
  max_failed_attempts: 3
  questions: []
"""
SOURCE = "title: A title\n  publisher: A publisher\n  year: '2020'\n  url: ''\n"


def write_curriculum(root, module=None, sources=None):
    (root / "sources").mkdir()
    (root / "library").mkdir()
    (root / "modules").mkdir()
    for name, text in (sources or {"registry.yaml": f"known:\n  {SOURCE}"}).items():
        (root / "sources" / name).write_text(text)
    (root / "site.yaml").write_text("catalogue: {}\nmyth_buster: {}\nmodules: [a-module]\n")
    for name in ("myths", "case-studies", "support-services"):
        (root / "library" / f"{name}.yaml").write_text("[]\n")
    (root / "modules" / "a-module.yaml").write_text(module or MODULE.format(source="known"))
    return root


def test_a_well_formed_curriculum_is_read_with_its_sources_filled_in(tmp_path):
    curriculum = read_curriculum(write_curriculum(tmp_path))

    [lesson] = curriculum.modules[0]["lessons"]
    source = {"title": "A title", "publisher": "A publisher", "year": "2020", "url": ""}
    assert lesson["body"][1] == ("sources", {"sources": [source]})


def test_line_breaks_in_the_files_are_layout_only(tmp_path):
    text = "|\n          <p>Some\n          text.</p>\n          <p>More.</p>"
    module = MODULE.format(source="known").replace("<p>Some text.</p>", text)
    curriculum = read_curriculum(write_curriculum(tmp_path, module=module))

    assert curriculum.modules[0]["lessons"][0]["body"][0] == ("text", "<p>Some text.</p><p>More.</p>")


def test_an_unknown_source_key_names_the_file(tmp_path):
    with pytest.raises(ContentError, match=r"modules/a-module.yaml: unknown source 'missing'"):
        read_curriculum(write_curriculum(tmp_path, module=MODULE.format(source="missing")))


def test_a_source_defined_in_two_registry_files_is_an_error(tmp_path):
    sources = {"law.yaml": f"known:\n  {SOURCE}", "news.yaml": f"known:\n  {SOURCE}"}

    with pytest.raises(ContentError, match=r"'known' is defined in both sources/law.yaml and sources/news.yaml"):
        read_curriculum(write_curriculum(tmp_path, sources=sources))


def test_a_key_written_twice_in_one_file_is_an_error_not_an_overwrite(tmp_path):
    path = tmp_path / "twice.yaml"
    path.write_text("known: 1\nknown: 2\n")

    with pytest.raises(ContentError, match="line 2: 'known' twice"):
        read_yaml(path)


def test_a_block_must_be_one_type_and_value(tmp_path):
    two_types = "- text: <p>Some text.</p>\n        key_points: {}"
    module = MODULE.format(source="known").replace("- text: <p>Some text.</p>", two_types)

    with pytest.raises(ContentError, match="lesson 'a-lesson': each block is one 'type: value' pair"):
        read_curriculum(write_curriculum(tmp_path, module=module))


def test_the_yaml_reader_refuses_python_objects(tmp_path):
    path = tmp_path / "unsafe.yaml"
    path.write_text("key: !!python/object/apply:os.system ['true']\n")

    with pytest.raises(yaml.constructor.ConstructorError):
        read_yaml(path)


def test_every_source_key_in_the_registry_is_defined_once():
    keys = [key for path in source_files() for key in read_yaml(path)]

    assert len(keys) == len(set(keys))
    assert set(read_sources()) == set(keys)


def test_yes_and_no_are_never_read_as_true_and_false():
    """YAML reads an unquoted yes, no, on or off as a boolean; only these fields may hold one."""
    allowed = {"correct", "is_true", "is_best"}
    found = []

    def walk(value, where):
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, bool) and key not in allowed:
                    found.append(f"{where}: {key}")
                walk(item, where)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, bool):
                    found.append(f"{where}: list item")
                walk(item, where)

    for path in sorted(CURRICULUM.rglob("*.yaml")):
        walk(read_yaml(path), path.name)
    assert found == []
