"""Read the curriculum's YAML files into plain data, with every source key replaced by the source it names.

Nothing here touches the database. Layout of `modules/demo/curriculum/` (see docs/content-format.md):
`site.yaml`, `sources/*.yaml` (the registry), `library/{myths,case-studies,support-services}.yaml`
and `modules/<slug>.yaml`.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

CURRICULUM = Path(__file__).resolve().parent / "curriculum"
BLOCK_TAG = re.compile(r"\s*(</?(?:p|h2|h3|ul|ol|li)>)\s*")


class ContentError(ValueError):
    """The curriculum files are not well formed: the message names the file and what is wrong."""


class UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that a key written twice in one mapping is an error, not a silent overwrite."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ContentError(f"{key_node.start_mark.name}, line {key_node.start_mark.line + 1}: '{key}' twice")
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def read_yaml(path):
    with open(path, encoding="utf-8") as stream:
        return yaml.load(stream, Loader=UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass


def tidy(value):
    """Line breaks and indentation in the files are layout only: collapse them, and drop them around block tags."""
    if isinstance(value, str):
        return BLOCK_TAG.sub(r"\1", " ".join(value.split()))
    if isinstance(value, list):
        return [tidy(item) for item in value]
    if isinstance(value, dict):
        return {key: tidy(item) for key, item in value.items()}
    return value


def relative(path):
    """A file's name as a trainer sees it in the repository: `modules/dash-risk-assessment.yaml`."""
    return f"{path.parent.name}/{path.name}"


def source_files(root=CURRICULUM):
    return sorted((root / "sources").glob("*.yaml"))


def read_sources(root=CURRICULUM):
    """The registry as one mapping of key to source; a key defined in two files is an error."""
    registry, defined_in = {}, {}
    for path in source_files(root):
        for key, source in (read_yaml(path) or {}).items():
            if key in registry:
                raise ContentError(f"source '{key}' is defined in both {defined_in[key]} and {relative(path)}")
            registry[key], defined_in[key] = tidy(source), relative(path)
    return registry


@dataclass
class Curriculum:
    """Everything the loader writes, as plain data."""

    site: dict
    myths: list
    case_studies: list
    support_services: list
    modules: list


class SourceResolver:
    """Replaces source keys with sources, naming the file of any key the registry does not hold."""

    def __init__(self, registry):
        self.registry = registry
        self.where = ""

    def one(self, key):
        if key not in self.registry:
            raise ContentError(f"{self.where}: unknown source '{key}'")
        return dict(self.registry[key])

    def many(self, keys):
        return [self.one(key) for key in keys or []]


def block(item, sources, where):
    """A lesson block from its file form `{type: value}` to the loader's `(type, value)`."""
    if not isinstance(item, dict) or len(item) != 1:
        raise ContentError(f"{where}: each block is one 'type: value' pair, not {item!r}")
    [(block_type, value)] = item.items()
    if block_type == "sources":
        return block_type, {"sources": sources.many(value)}
    if block_type == "myth_fact" and "sources" in value:
        return block_type, {**value, "sources": sources.many(value["sources"])}
    if block_type == "quote" and value.get("source"):
        return block_type, {**value, "source": sources.one(value["source"])}
    return block_type, value


def lesson(data, sources, where):
    return {**data, "body": [block(item, sources, f"{where}, lesson '{data['slug']}'") for item in data["body"]]}


def question(data, sources):
    return {**data, "source": sources.one(data["source"]) if data.get("source") else {}, "myth": data.get("myth")}


def module(path, sources):
    data = tidy(read_yaml(path))
    sources.where = relative(path)
    data["lessons"] = [lesson(item, sources, relative(path)) for item in data["lessons"]]
    data["quiz"] = {**data["quiz"], "questions": [question(item, sources) for item in data["quiz"]["questions"]]}
    return data


def with_sources(items, sources, where):
    sources.where = where
    return [{**item, "sources": sources.many(item["sources"])} for item in items]


def read_curriculum(root=CURRICULUM):
    """Read and resolve the whole curriculum; raises ContentError on anything malformed."""
    sources = SourceResolver(read_sources(root))
    site = tidy(read_yaml(root / "site.yaml"))
    library = root / "library"
    return Curriculum(
        site=site,
        myths=with_sources(tidy(read_yaml(library / "myths.yaml")), sources, "library/myths.yaml"),
        case_studies=with_sources(tidy(read_yaml(library / "case-studies.yaml")), sources, "library/case-studies.yaml"),
        support_services=tidy(read_yaml(library / "support-services.yaml")),
        modules=[module(root / "modules" / f"{slug}.yaml", sources) for slug in site["modules"]],
    )
