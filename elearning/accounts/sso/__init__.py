"""Single sign-on per agency: each agency's own OpenID Connect identity provider, through django-allauth."""
