"""The rich-text features each kind of field offers editors, defined once for every app."""

# Short explanations, feedback and situations: no headings.
SHORT_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]
# Longer text with its own sections: module overviews, catalogue and quiz introductions, lesson text.
RICH_TEXT_FEATURES = ["h2", "h3", *SHORT_RICH_TEXT_FEATURES]
# A case study sits inside a lesson, under the lesson's own headings.
CASE_STUDY_FEATURES = ["h3", *SHORT_RICH_TEXT_FEATURES]
# Information pages (privacy notice, accessibility statement) may also link to documents.
INFORMATION_FEATURES = [*RICH_TEXT_FEATURES, "document-link"]
