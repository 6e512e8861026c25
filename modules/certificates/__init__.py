"""Certificates of completion: the facts they state, the learner's HTML and PDF copies, public verification."""

from .facts import certificate_facts
from .pdf import certificate_pdf

__all__ = ["certificate_facts", "certificate_pdf"]
