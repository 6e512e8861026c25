"""The staff-list upload form: an agency the manager may import into, and the file."""

from django import forms

from elearning.accounts.models import Agency
from elearning.accounts.roles import visible_agency_ids

from .spreadsheets import EXTENSIONS, max_bytes, max_rows


def agencies_for(user):
    agency_ids = visible_agency_ids(user)
    agencies = Agency.objects.order_by("name")
    return agencies if agency_ids is None else agencies.filter(pk__in=agency_ids)


class StaffImportForm(forms.Form):
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.none(),
        empty_label="Choose an agency",
        help_text="Everyone in the file is imported into this agency.",
    )
    file = forms.FileField(
        label="Staff list",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies_for(user)
        self.fields["file"].help_text = (
            f"A CSV file or an Excel workbook (.xlsx), at most {max_bytes() // 1_000_000} MB and "
            f"{max_rows():,} rows. The first row names the columns: name, email, job role, team, start date."
        )

    @property
    def too_large(self):
        upload = self.files.get("file")
        return upload is not None and upload.size > max_bytes()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > max_bytes():
            raise forms.ValidationError(
                f"The file is larger than {max_bytes() // 1_000_000} MB. Split it into smaller files."
            )
        if not upload.name.lower().endswith(EXTENSIONS):
            raise forms.ValidationError("Upload a CSV file (.csv) or an Excel workbook (.xlsx).")
        return upload
