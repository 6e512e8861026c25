"""What a certificate states: the same facts on the HTML page, the PDF and the public verification page."""


def certificate_facts(completion):
    """(label, value) pairs printed on the certificate and shown on the verification page."""
    return [
        ("Awarded to", completion.learner_name),
        ("Agency at completion", completion.agency_name or "None recorded"),
        ("Job role at completion", completion.job_role or "None recorded"),
        ("Module", completion.module_title),
        ("Module version", f"Published {completion.module_revised_at:%d %B %Y}"),
        ("Completed on", f"{completion.completed_at:%d %B %Y}"),
        ("Valid until", f"{completion.valid_until:%d %B %Y}"),
        ("Quiz score", f"{completion.score}%"),
        ("CPD minutes", str(completion.cpd_minutes)),
        ("Certificate code", completion.certificate_code),
    ]
