"""Each content check catches a planted bad example, and lets a good one through.

The checks are run on the real curriculum in test_curriculum_quality.py; these tests show that each
of them can fail.
"""

from tests.modules import curriculum_checks as checks

ALLOWED = {"www.legislation.gov.uk", "safelives.org.uk"}
GOOD_SOURCE = {
    "title": "Definition of a repeat Marac",
    "publisher": "SafeLives",
    "year": "",
    "url": "https://safelives.org.uk/definition-repeat-marac",
}
PLAIN = (
    "Coercive control is a pattern. Each act can look small on its own. Write down what you see and "
    "hear. Ask the person, in private, what life is like at home. Share what you find with your "
    "safeguarding lead."
)
DENSE = (
    "Notwithstanding the aforementioned considerations, multi-agency safeguarding arrangements "
    "necessitate comprehensive, contemporaneous documentation of cumulative indicators, incorporating "
    "qualitative contextualisation of victimisation experiences, organisational accountability "
    "mechanisms, and interdisciplinary information-sharing protocols facilitating proportionate, "
    "evidence-informed interventions."
)


def question(text, correct_position=1, kind="single", choices=4):
    return {
        "kind": kind,
        "text": text,
        "choices": [{"text": f"Choice {n}", "correct": n == correct_position} for n in range(1, choices + 1)],
    }


# Sources


def test_a_source_with_title_publisher_and_a_primary_link_passes():
    assert checks.source_problems(GOOD_SOURCE, ALLOWED) == []


def test_a_source_without_a_title_or_publisher_is_caught():
    problems = checks.source_problems({**GOOD_SOURCE, "title": "", "publisher": " "}, ALLOWED)

    assert problems == ["no title", "no publisher"]


def test_a_link_to_a_copy_of_the_document_is_caught():
    copy = {**GOOD_SOURCE, "url": "https://docsbay.net/marac-referral-criteria-definitions"}

    assert checks.source_problems(copy, ALLOWED) == [
        "link to 'docsbay.net', which is not on the list of primary publishers"
    ]


def test_a_look_alike_host_is_caught():
    """Hosts match exactly: a development copy of a publisher's site is not the publisher's site."""
    dev = {**GOOD_SOURCE, "url": "https://safelives.org.uk.example-mirror.com/definition-repeat-marac"}

    assert len(checks.source_problems(dev, ALLOWED)) == 1


def test_a_year_written_as_n_d_is_caught():
    assert checks.source_problems({**GOOD_SOURCE, "year": "n.d."}, ALLOWED) == [
        "year written as 'n.d.': leave it empty"
    ]


# Reading ease


def test_plain_text_reads_easily_enough():
    assert checks.reading_ease(PLAIN) >= checks.MIN_READING_EASE
    assert checks.hard_to_read(PLAIN) is None


def test_dense_jargon_is_caught_as_hard_to_read():
    assert checks.hard_to_read(DENSE) is not None


# Sentence length


def test_a_sentence_of_31_words_is_caught_and_one_of_30_passes():
    thirty = " ".join(["word"] * 30) + "."
    thirty_one = " ".join(["word"] * 31) + "."

    assert checks.long_sentences(f"{thirty} Short one.") == []
    assert checks.long_sentences(f"Short one. {thirty_one}") == [thirty_one]


def test_list_items_are_read_as_separate_sentences():
    markup = "<p>Record:</p><ul>" + "".join(f"<li>{' '.join(['item'] * 12)}</li>" for _ in range(4)) + "</ul>"

    assert checks.long_sentences(checks.as_prose(checks.text_units(markup))) == []


# Reading time


def test_a_lesson_over_ten_minutes_is_caught_and_one_at_ten_passes():
    assert checks.too_long_to_read(" ".join(["word"] * 2000)) is None
    assert checks.too_long_to_read(" ".join(["word"] * 2001)) == 10.0


def test_reading_time_counts_the_case_study_and_myth_explanation_a_lesson_shows():
    library = {
        "myths": {
            "m": {"statement": "A myth.", "fact": "", "explanation": "<p>" + "word " * 900 + "</p>", "sources": []}
        },
        "case_studies": {
            "c": {
                "title": "A case",
                "setting": "Somewhere",
                "summary": "Summary.",
                "body": "<p>" + "word " * 1200 + "</p>",
                "learning_points": [],
                "sources": [],
            }
        },
        "support_services": {},
    }
    lesson = {
        "title": "Short",
        "summary": "",
        "body": [("text", "<p>Short.</p>"), ("myth_fact", {"myth": "m"}), ("case_study", {"case_study": "c"})],
    }

    assert checks.too_long_to_read(checks.lesson_reading_text(lesson, library)) is not None


# Acronyms


def test_an_acronym_used_before_it_is_spelled_out_is_caught():
    text = "Complete the DASH checklist. The Domestic Abuse, Stalking and Harassment (DASH) checklist helps."

    assert checks.acronyms_not_spelled_out(text) == ["DASH"]


def test_an_acronym_spelled_out_at_first_use_passes_either_way_round():
    text = (
        "Ask for a Domestic Abuse Risk Assessment (DARA) grade. Ask for ANI (Action Needed Immediately). DARA is new."
    )

    assert checks.acronyms_not_spelled_out(text) == []


def test_a_new_acronym_is_found_without_being_listed():
    assert checks.acronyms_not_spelled_out("The NPCC said so. It is in the UK.") == ["NPCC"]


def test_an_acronym_spelled_out_two_ways_is_caught():
    text = (
        "An independent domestic violence advocate (IDVA) can help. Later, an independent domestic violence "
        "adviser (IDVA) speaks for the victim."
    )

    assert checks.spelled_out_more_than_one_way(text) == {"IDVA": ["violence adviser", "violence advocate"]}


# Quizzes


def test_right_answers_always_first_are_caught():
    questions = [question(f"Question {n}?", correct_position=1) for n in range(4)]

    assert "the right answer is always first" in checks.predictable_answer_positions(questions)


def test_right_answers_mostly_in_one_place_are_caught():
    questions = [question(f"Question {n}?", correct_position=position) for n, position in enumerate([3, 3, 3, 1])]

    assert checks.predictable_answer_positions(questions) == ["position 3 holds 3 of 4 right answers"]


def test_right_answers_in_varied_places_pass():
    questions = [question(f"Question {n}?", correct_position=position) for n, position in enumerate([1, 2, 3, 4, 2])]

    assert checks.predictable_answer_positions(questions) == []


def test_only_single_choice_questions_count_for_answer_position():
    questions = [question("Multiple?", kind="multiple"), question("Myth?", kind="myth_fact", choices=2)]

    assert checks.correct_positions(questions) == []


def test_a_question_repeating_a_lesson_statement_word_for_word_is_caught():
    statement = (
        "You can refer someone to MARAC on professional judgement alone, even when fewer than 14 boxes are ticked."
    )
    copied = question(
        "You can refer someone to MARAC on professional judgement alone, even when fewer than 14 boxes are ticked."
    )
    recased = question(
        "you can refer someone to marac on professional judgement alone even when fewer than 14 boxes are ticked"
    )

    assert len(checks.questions_repeating_statements([copied, recased], [statement])) == 2


def test_a_question_on_the_same_topic_in_its_own_words_passes():
    statement = (
        "You can refer someone to MARAC on professional judgement alone, even when fewer than 14 boxes are ticked."
    )
    own_words = question("Police send you a referral graded standard. What does that mean for a MARAC referral?")

    assert checks.questions_repeating_statements([own_words], [statement]) == []


def test_two_near_identical_questions_are_caught():
    first = question("What is the most a court can give for controlling or coercive behaviour?")
    second = question("What is the most a court can give for coercive or controlling behaviour?")
    other = question("Who represents the victim at a MARAC meeting?")

    assert checks.near_duplicate_questions([first, second, other]) == [(first["text"], second["text"])]
