#!/usr/bin/env python3
"""Validates Relais' HSDS output against the HSDS 3.0 JSON schemas (python3-jsonschema).

usage: validate_hsds.py SCHEMA_DIR KIND FILE [KIND FILE ...]

KIND is one of:
  services, organizations, taxonomy_terms     a JSON array of objects (the export files)
  service                                     one fully nested service (/hsds/services/{id})
  services-page, organizations-page, taxonomy_terms-page
                                              an HSDS API Page object (/hsds/... lists)

Exit status 0 when every file is valid; otherwise each problem is printed and the status is 1.
"""
import json
import pathlib
import sys

import jsonschema

SCHEMA_FOR = {
    "services": "service.json",
    "service": "service.json",
    "organizations": "organization.json",
    "taxonomy_terms": "taxonomy_term.json",
    "services-page": "compiled/service_list.json",
    "organizations-page": "compiled/organization_list.json",
    "taxonomy_terms-page": "taxonomy_term.json",
}
PAGE_KEYS = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page",
             "empty"]


def validator(schema_dir, name):
    path = (schema_dir / name).resolve()
    schema = json.loads(path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    resolver = jsonschema.RefResolver(base_uri=path.as_uri(), referrer=schema)
    return cls(schema, resolver=resolver, format_checker=jsonschema.FormatChecker())


def page_validator(schema_dir):
    api = json.loads((schema_dir / "openapi.json").read_text(encoding="utf-8"))
    page = dict(api["components"]["schemas"]["Page"])
    page["required"] = PAGE_KEYS + ["contents"]
    page["properties"] = dict(page["properties"], contents={"type": "array"})
    return jsonschema.Draft202012Validator(page)


def check_profile(item, where, errors):
    """The Relais profile extension: every service and term carries its three languages."""
    translations = item.get("relais_translations")
    if not isinstance(translations, dict) or "name" not in translations:
        errors.append(f"{where}: relais_translations.name missing")
        return
    for text in translations.values():
        if sorted(text) != ["en", "fr", "nl"]:
            errors.append(f"{where}: relais_translations wants fr, nl and en")


def main(argv):
    if len(argv) < 4 or len(argv) % 2:
        print(__doc__, file=sys.stderr)
        return 2
    schema_dir = pathlib.Path(argv[1])
    errors = []
    # The format checker must be live: a non-UUID id has to be refused.
    probe = validator(schema_dir, "organization.json")
    if probe.is_valid({"id": "not-a-uuid", "name": "x", "description": "x"}):
        errors.append("this jsonschema does not check the uuid format")
    pages = page_validator(schema_dir)
    for kind, file_name in zip(argv[2::2], argv[3::2]):
        if kind not in SCHEMA_FOR:
            errors.append(f"unknown kind {kind}")
            continue
        document = json.loads(pathlib.Path(file_name).read_text(encoding="utf-8"))
        check = validator(schema_dir, SCHEMA_FOR[kind])
        if kind.endswith("-page"):
            for error in pages.iter_errors(document):
                errors.append(f"{file_name}: page: {error.message}")
            items = document.get("contents", []) if isinstance(document, dict) else []
            if isinstance(document, dict) and document.get("size") != len(items):
                errors.append(f"{file_name}: size is not the number of contents")
        elif kind == "service":
            items = [document]
        else:
            items = document
            if not isinstance(items, list):
                errors.append(f"{file_name}: not an array")
                continue
        if not items and kind != "organizations-page":
            errors.append(f"{file_name}: nothing to validate")
        for index, item in enumerate(items):
            where = f"{file_name}[{index}]"
            for error in check.iter_errors(item):
                path = "/".join(str(part) for part in error.absolute_path)
                errors.append(f"{where}/{path}: {error.message}")
            if kind.startswith("service") or kind.startswith("taxonomy_terms"):
                check_profile(item, where, errors)
    for error in errors[:50]:
        print(error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
