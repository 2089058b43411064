"""The documentation site builds offline with --strict, and its generated pages are up to date."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from conftest import ROOT


def test_mkdocs_build_is_strictly_clean(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    api = (tmp_path / "site" / "api" / "calendar" / "index.html").read_text(encoding="utf-8")
    assert "compute_deadline" in api and "add_working_days" in api  # generated from the docstrings
    assert "language-pycon" in api  # docstring examples are shown as code, not as Markdown
    assert ":class:" not in api
    kit = (tmp_path / "site" / "api" / "testing" / "index.html").read_text(encoding="utf-8")
    assert "submission_moments" in kit and "kz_service_case" in kit
    issues = (tmp_path / "site" / "data-issues" / "index.html").read_text(encoding="utf-8")
    assert "karaganda-2008/unemployed-registration" in issues


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_data_issues_page_is_generated_from_the_current_data() -> None:
    gen = _tool("gen_data_issues")
    committed = (ROOT / "docs" / "data-issues.md").read_text(encoding="utf-8")
    assert committed == gen.generate(), "docs/data-issues.md is stale: run python tools/gen_data_issues.py"


def test_the_data_issues_page_lists_every_issue() -> None:
    from kzsocial.registry import offices
    from kzsocial.services import catalog

    page = (ROOT / "docs" / "data-issues.md").read_text(encoding="utf-8")
    records = [*catalog().acts, *catalog(), *offices()]
    subunits = [u for o in offices() for u in o.subunits]  # listed with their office
    total = sum(len(r.data_issues) for r in [*records, *subunits])
    assert page.count("\n- **") == total
    for r in records:
        if r.data_issues:
            assert f"`{r.id}`" in page or f"## {r.id}" in page, r.id


def test_the_doctest_fences_hook_leaves_fenced_blocks_alone() -> None:
    import markdown

    hooks = _tool("mkdocs_hooks")
    md = markdown.Markdown(extensions=["fenced_code", hooks.DoctestFences()])
    html = md.convert("Text\n\n>>> [1, 2]\n[1, 2]\n\n```python\n>>> x = 1\n```\n")
    assert html.count("<pre>") == 2 and "language-pycon" in html and "language-python" in html
    text = "Raises :class:`~kzsocial.errors.NotFoundError` (see :func:`kzsocial.services.catalog`)."
    roles = md.reset().convert(text)
    assert roles == "<p>Raises <code>NotFoundError</code> (see <code>kzsocial.services.catalog</code>).</p>"
