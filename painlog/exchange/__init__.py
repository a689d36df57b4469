"""The diary leaving and coming back in open formats: CSV, JSON (both round-trip) and FHIR R4 (export)."""
