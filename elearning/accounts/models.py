"""People and the agencies they work for."""

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from elearning.sanitising import clean_name


class Sector(models.TextChoices):
    POLICE = "police", "Police"
    CHILDRENS_SOCIAL_CARE = "childrens_social_care", "Children's social care"
    HEALTH = "health", "Health"
    PROBATION = "probation", "Probation"
    YOUTH_JUSTICE = "youth_justice", "Youth justice"
    EDUCATION = "education", "Education"
    ADULT_SERVICES = "adult_services", "Adult services"
    VOLUNTARY_SECTOR = "voluntary_sector", "Voluntary sector"
    OTHER = "other", "Other"


class Agency(models.Model):
    """An organisation in the partnership whose staff learn here."""

    name = models.CharField(max_length=200, unique=True)
    sector = models.CharField(max_length=32, choices=Sector.choices)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "agencies"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = clean_name(self.name)
        super().save(*args, **kwargs)


def job_role_key(text):
    """A job title as matching sees it: case and spacing ignored ("  Police  Constable" is "police constable")."""
    return " ".join((text or "").split()).casefold()


class JobRoleQuerySet(models.QuerySet):
    def matching(self, sector, text):
        """The sector's job role whose name or one of its other names is `text`, ignoring case and spacing."""
        key = job_role_key(text)
        if not sector or not key:
            return None
        roles = list(self.filter(sector=sector))
        by_name = next((role for role in roles if role.key == key), None)
        return by_name or next((role for role in roles if key in role.other_keys()), None)


class JobRole(models.Model):
    """A job role on a sector's managed list: what training requirements and reports group people by.

    People still type a job title (or their single sign-on sends one); it links to the role whose name or
    other names match it, so a manager maps a title nobody listed by adding it to a role's other names.
    """

    sector = models.CharField(max_length=32, choices=Sector.choices)
    name = models.CharField(max_length=150)
    other_names = models.TextField(
        blank=True,
        help_text="Other ways people write this job title, one per line, such as PC. Case and spacing are ignored.",
    )
    key = models.CharField(max_length=150, editable=False)

    objects = JobRoleQuerySet.as_manager()

    class Meta:
        ordering = ["sector", "name"]
        constraints = [models.UniqueConstraint(fields=["sector", "key"], name="accounts_jobrole_unique_per_sector")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = clean_name(self.name)
        self.key = job_role_key(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.name = clean_name(self.name)
        self.key = job_role_key(self.name)
        clash = JobRole.objects.filter(sector=self.sector, key=self.key).exclude(pk=self.pk).exists()
        if self.key and clash:
            raise ValidationError({"name": "This sector already has a job role with this name."})

    def other_keys(self):
        return {job_role_key(line) for line in self.other_names.splitlines()} - {""}


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)

    @classmethod
    def normalize_email(cls, email):
        return (email or "").strip().lower()


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with their email address."""

    email = models.EmailField("email address", max_length=254, unique=True)
    full_name = models.CharField(max_length=150)
    agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        help_text="The agency this person works for now. Required for learners.",
    )
    job_role = models.CharField(max_length=150, blank=True, help_text="For example: midwife, PC, social worker.")
    listed_job_role = models.ForeignKey(
        JobRole,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="people",
        help_text="The role on the agency's sector list that the job title matches; empty while unmapped.",
    )
    in_post_since = models.DateField(
        default=timezone.localdate,
        editable=False,
        help_text="When this person joined, or last moved agency or job role: new-starter deadlines count from it.",
    )
    managed_agencies = models.ManyToManyField(
        Agency,
        blank=True,
        related_name="managers",
        help_text="For agency managers: the agencies whose training records they may see.",
    )
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    anonymised_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When name, email and free text were removed (privacy app)."
    )

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name", "email"]

    def __str__(self):
        return self.full_name or self.email

    @classmethod
    def from_db(cls, db, field_names, values):
        user = super().from_db(db, field_names, values)
        if {"agency_id", "listed_job_role_id"} <= user.__dict__.keys():
            user._placement = user.placement()
        return user

    def clean(self):
        super().clean()
        self.email = UserManager.normalize_email(self.email)
        self.full_name = clean_name(self.full_name)
        self.job_role = clean_name(self.job_role)

    def save(self, *args, **kwargs):
        self.email = UserManager.normalize_email(self.email)
        self.full_name = clean_name(self.full_name)
        self.job_role = clean_name(self.job_role)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"agency", "job_role"} & set(update_fields):
            self.link_job_role()
            if getattr(self, "_placement", self.placement()) != self.placement():
                self.in_post_since = timezone.localdate()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "listed_job_role", "in_post_since"}
        super().save(*args, **kwargs)
        self._placement = self.placement()

    def placement(self):
        """The agency and listed job role: moving either starts a new post, and new-starter deadlines."""
        return (self.__dict__.get("agency_id"), self.__dict__.get("listed_job_role_id"))

    def link_job_role(self):
        """Point at the sector's listed role that the job title matches, or at none."""
        sector = self.agency.sector if self.agency_id else None
        self.listed_job_role = JobRole.objects.matching(sector, self.job_role)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email


class Learner(User):
    """People as the training reports see them: the admin's read-only, agency-scoped view of users."""

    class Meta:
        proxy = True
        ordering = ["full_name", "email"]


def email_domain(email):
    """The part of an email address after the last @, lower case ("" when there is none)."""
    local, at, domain = (email or "").strip().rpartition("@")
    return domain.lower() if local and at else ""


class EmailDomainQuerySet(models.QuerySet):
    def for_email(self, email):
        return self.filter(domain=email_domain(email))


class EmailDomain(models.Model):
    """An email domain an agency's staff use; each domain belongs to one agency."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="email_domains")
    domain = models.CharField(max_length=253, unique=True)

    objects = EmailDomainQuerySet.as_manager()

    class Meta:
        ordering = ["domain"]

    def __str__(self):
        return self.domain


class SignInMethod(models.TextChoices):
    PASSWORD_OR_SSO = "password_or_sso", "Password or the agency's single sign-on"
    SSO_ONLY = "sso_only", "The agency's single sign-on only"


class SingleSignOnQuerySet(models.QuerySet):
    def for_email(self, email):
        """The single sign-on of the agency that owns this email address's domain, or None."""
        domain = email_domain(email)
        if not domain:
            return None
        return self.select_related("agency", "app").filter(agency__email_domains__domain=domain).first()


class SingleSignOn(models.Model):
    """An agency's own OpenID Connect identity provider, kept as an allauth SocialApp.

    Configured in the admin by partnership managers and administrators (`sso/viewsets.py`). The app
    holds the issuer, client id and secret; this row ties it to the agency and says whether the
    agency's email domains may still sign in with a password.
    """

    agency = models.OneToOneField(Agency, on_delete=models.CASCADE, related_name="single_sign_on")
    app = models.OneToOneField("socialaccount.SocialApp", on_delete=models.CASCADE, related_name="single_sign_on")
    sign_in_method = models.CharField(max_length=20, choices=SignInMethod.choices, default=SignInMethod.PASSWORD_OR_SSO)

    objects = SingleSignOnQuerySet.as_manager()

    class Meta:
        ordering = ["agency__name"]
        verbose_name = "single sign-on"
        verbose_name_plural = "single sign-on"

    def __str__(self):
        return f"Single sign-on for {self.agency}"

    @property
    def requires_sso(self):
        return self.sign_in_method == SignInMethod.SSO_ONLY

    @property
    def issuer(self):
        return self.app.settings.get("server_url", "")

    @property
    def provider_id(self):
        return self.app.provider_id

    def delete(self, *args, **kwargs):
        """Deleting the configuration deletes its app too: no secret is left behind."""
        app = self.app
        result = super().delete(*args, **kwargs)
        app.delete()
        return result
