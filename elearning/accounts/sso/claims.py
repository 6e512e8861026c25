"""What an identity provider said about a person, read from the claims allauth collected.

allauth keeps the ID token's claims and the userinfo response side by side in the social account's
`extra_data`; the userinfo response wins where both name a claim, as in allauth itself.
"""

from dataclasses import dataclass

from elearning.sanitising import clean_name

from ..models import UserManager


def merged_claims(extra_data):
    data = extra_data or {}
    if "id_token" in data or "userinfo" in data:
        return {**(data.get("id_token") or {}), **(data.get("userinfo") or {})}
    return dict(data)


def email_is_verified(claims):
    """`email_verified` true; or, when it is absent, Microsoft Entra ID's `xms_edov` true.

    Entra ID never sends `email_verified` for work accounts. Its optional `xms_edov` claim says the
    tenant owns and has verified the address's domain, which is what `email_verified` means for them.
    """
    if "email_verified" in claims:
        return is_true(claims["email_verified"])
    return claims.get("xms_edov") is True


def is_true(value):
    """OpenID Connect says booleans; some providers send the strings "true" and "false"."""
    return value is True or (isinstance(value, str) and value.strip().lower() == "true")


@dataclass(frozen=True)
class Claims:
    email: str
    email_verified: bool
    full_name: str
    job_title: str

    @classmethod
    def from_extra_data(cls, extra_data):
        claims = merged_claims(extra_data)
        given_and_family = " ".join(
            str(claims.get(part) or "").strip() for part in ("given_name", "family_name")
        ).strip()
        return cls(
            email=UserManager.normalize_email(str(claims.get("email") or "")),
            email_verified=email_is_verified(claims),
            full_name=clean_name(str(claims.get("name") or given_and_family))[:150],
            job_title=clean_name(str(claims.get("job_title") or claims.get("jobTitle") or ""))[:150],
        )
