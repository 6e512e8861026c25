"""What a certificate states: the same facts on the HTML page, the PDF and the public verification page."""

from elearning.dates import long_date


def certificate_facts(completion):
    """(label, value) pairs printed on the certificate and shown on the verification page."""
    return [
        ("Awarded to", completion.learner_name),
        ("Agency at completion", completion.agency_name or "None recorded"),
        ("Job role at completion", completion.job_role or "None recorded"),
        ("Module", completion.module_title),
        ("Module version", f"Published {long_date(completion.module_revised_at)}"),
        ("Completed on", long_date(completion.completed_at)),
        ("Valid until", long_date(completion.valid_until)),
        ("Quiz score", f"{completion.score}%"),
        ("CPD minutes", str(completion.cpd_minutes)),
        ("Certificate code", completion.certificate_code),
    ]
