#!/usr/bin/env python3
"""w3c-validate.py SCHEMA FILE... - check each file (a Web Annotation or a
collection of them) against the schema of the model's MUST-level
requirements, and each annotation of a collection's page by itself.
Prints one line per problem; exits 1 when there is one, 77 without the
jsonschema module."""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit(77)


def main():
    schema = json.load(open(sys.argv[1]))
    validator = jsonschema.Draft7Validator(schema)
    annotation = jsonschema.Draft7Validator(
        {"$ref": "#/definitions/annotation", "definitions": schema["definitions"]})
    problems = 0
    for path in sys.argv[2:]:
        document = json.load(open(path))
        items = document.get("first", {}).get("items", []) if isinstance(document, dict) else []
        for where, check, value in [(path, validator, document)] + [
                ("%s: items[%d]" % (path, i), annotation, item) for i, item in enumerate(items)]:
            for error in check.iter_errors(value):
                print("%s: %s: %s" % (where, "/".join(map(str, error.absolute_path)), error.message[:200]))
                problems += 1
    sys.exit(1 if problems else 0)


main()
