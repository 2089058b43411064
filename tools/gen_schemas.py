"""Write the shipped JSON Schemas, the OpenAPI document (``src/kzsocial/data/schemas/``) and the export's schema
(``src/kzsocial/data/export.schema.json``), generated from the types.

Run ``python tools/gen_schemas.py`` after adding or changing a field of a public value (or an error class);
``tests/serde/test_schemas.py`` fails while the shipped files differ from a fresh generation.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from kzsocial.export import generated_schema
from kzsocial.schema import _dump, _write_shipped

FOLDER = Path(__file__).resolve().parent.parent / "src" / "kzsocial" / "data" / "schemas"

if __name__ == "__main__":
    if FOLDER.exists():
        shutil.rmtree(FOLDER)
    written = _write_shipped(FOLDER)
    (FOLDER.parent / "export.schema.json").write_text(_dump(generated_schema()), encoding="utf-8")
    print(f"wrote {len(written)} files to {FOLDER} and export.schema.json")
