"""Python compiled from ui/*.ui by tools/build_forms.py. Generated: do not edit by hand."""
