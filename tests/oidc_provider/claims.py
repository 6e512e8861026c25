"""The claims the test provider puts in ID tokens and userinfo responses."""

from oauth2_provider.oauth2_validators import OAuth2Validator

from .models import Claims


class ClaimsValidator(OAuth2Validator):
    # job_title as a profile claim, as a claims mapping in Microsoft Entra ID can send it; aud so a test can make the
    # provider issue a token for another client.
    oidc_claim_scope = {**OAuth2Validator.oidc_claim_scope, "job_title": "profile", "aud": "openid"}

    def get_additional_claims(self, request):
        user = request.user
        claims = {"name": user.get_full_name(), "email": user.email, "email_verified": True}
        stored = Claims.objects.filter(user=user).first()
        return {**claims, **(stored.values if stored else {})}
