"""Reports for managers and trainers in the Wagtail admin, each scoped to what the viewer may see."""
